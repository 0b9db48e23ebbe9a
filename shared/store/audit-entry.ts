// The audit entry that every write appends, in the same transaction as the change.
import { randomUUID } from 'node:crypto';
import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { keys } from './keys.js';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

export interface AuditFacts {
  orgId: string;
  /** a person id, or "system:<job>" */
  actor: string;
  action: string;
  /** what changed, e.g. "report:i4.f2.2023-04.finance" */
  target: string;
  at: Date;
  details?: Record<string, string | number | boolean>;
}

export function auditPut(tableName: string, facts: AuditFacts): TransactItem {
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...keys.audit(facts.orgId, facts.at, randomUUID()),
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
