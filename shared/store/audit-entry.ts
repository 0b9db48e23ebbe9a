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

/** A document generation's target, "annual-report:2566/3": its year's documents history (break 19 s28, F8). */
const DOCUMENT_TARGET = /^(?:annual-report|plan-document):(\d{4})\/\d+$/;

/** The history the year's documents (generate, publish, withdraw of both kinds) are read by. */
export const DOCUMENTS_HISTORY = 'documents:all';

/** The gsi1 partition an entry is read by, or undefined when only the monthly trail holds it. */
function historyPartition(facts: AuditFacts): string | undefined {
  const document = DOCUMENT_TARGET.exec(facts.target);
  if (document) return indexKeys.auditOf(facts.orgId, DOCUMENTS_HISTORY, Number(document[1]));
  if (!HISTORY_KINDS.has(facts.target.split(':')[0]!)) return undefined;
  const fy = facts.target.startsWith('report:') ? facts.details?.fy : undefined;
  return indexKeys.auditOf(facts.orgId, facts.target, typeof fy === 'number' ? fy : undefined);
}

export function auditPut(tableName: string, facts: AuditFacts): TransactItem {
  const entryId = randomUUID();
  const gsi1pk = historyPartition(facts);
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...keys.audit(facts.orgId, facts.at, entryId),
        // a report's, plan's, unit's, person's or the year's documents' history, read through gsi1
        ...(gsi1pk ? { gsi1pk, gsi1sk: indexKeys.auditOfSort(facts.at, process.hrtime.bigint(), entryId) } : {}),
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
