// The audit entry that every write appends, in the same transaction as the change.
import { randomUUID } from 'node:crypto';
import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { AuditAction } from '../domain/audit-actions.js';
import { indexKeys, keys } from './keys.js';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

export interface AuditFacts {
  orgId: string;
  /** a person id, or "system:<job>" */
  actor: string;
  action: AuditAction;
  /** what changed, e.g. "report:i4.f2.2023-04.finance" */
  target: string;
  at: Date;
  details?: Record<string, string | number | boolean>;
}

/** Targets whose history people read (GET …/audit); others are only in the monthly trail. */
const HISTORY_KINDS = new Set(['report', 'plan', 'unit', 'person']);

export function auditPut(tableName: string, facts: AuditFacts): TransactItem {
  const entryId = randomUUID();
  const fy = facts.target.startsWith('report:') ? facts.details?.fy : undefined;
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...keys.audit(facts.orgId, facts.at, entryId),
        // a report's, plan's, unit's or person's history is readable by target through gsi1
        ...(HISTORY_KINDS.has(facts.target.split(':')[0]!)
          ? {
              gsi1pk: indexKeys.auditOf(facts.orgId, facts.target, typeof fy === 'number' ? fy : undefined),
              gsi1sk: indexKeys.auditOfSort(facts.at, process.hrtime.bigint(), entryId),
            }
          : {}),
        type: 'audit',
        orgId: facts.orgId,
        actor: facts.actor,
        action: facts.action,
        target: facts.target,
        at: facts.at.toISOString(),
        ...(facts.details ? { details: facts.details } : {}),
      },
    },
  };
}

export type { TransactItem };
