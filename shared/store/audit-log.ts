// Reading the audit trail of an org, one month at a time.
import type { Store } from './dynamo-client.js';
import { keys, prefixes } from './keys.js';
import { queryAll } from './query-pages.js';

export interface AuditRecord {
  actor: string;
  action: string;
  target: string;
  at: string;
  details?: Record<string, string | number | boolean>;
}

export async function auditTrail(store: Store, orgId: string, month: Date): Promise<AuditRecord[]> {
  const items = await queryAll(store, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': keys.audit(orgId, month, 'x').pk, ':prefix': prefixes.audit },
  });
  return items.map((i) => ({
    actor: String(i.actor),
    action: String(i.action),
    target: String(i.target),
    at: String(i.at),
    ...(i.details ? { details: i.details as AuditRecord['details'] } : {}),
  }));
}
