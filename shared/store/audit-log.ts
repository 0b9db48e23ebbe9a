// Reading the audit trail: an org's month, or one target's history (a report, plan, unit, person).
import { documentTarget, triggerActor } from './audit-entry.js';
import type { Store } from './dynamo-client.js';
import { indexKeys, keys, prefixes } from './keys.js';
import { BY_SUBJECT_INDEX } from './table-definition.js';
import { pageOf, queryAll, queryBeyond, withPrefix } from './query-pages.js';

export interface AuditRecord {
  actor: string;
  /** the actor's name when the entry was written (entries by people, from session 29 on) */
  actorName?: string;
  action: string;
  target: string;
  at: string;
  details?: Record<string, string | number | boolean>;
}

export async function auditTrail(store: Store, orgId: string, month: Date): Promise<AuditRecord[]> {
  const items = await queryAll(store, {
    ...withPrefix(keys.audit(orgId, month, 'x').pk, prefixes.audit),
  });
  return items.map((i) => ({
    actor: String(i.actor),
    action: String(i.action),
    target: String(i.target),
    at: String(i.at),
    ...(i.details ? { details: i.details as AuditRecord['details'] } : {}),
  }));
}

export interface AuditHistoryPage {
  items: (AuditRecord & { entryId: string })[];
  cursor?: string;
}

/** A cursor that is not one of ours (or another target's): the caller gets a 400, not a 500. */
export class BadCursorError extends Error {
  override name = 'BadCursorError';
}

/**
 * The history of one target (newest first), through gsi1; see indexKeys.auditOf. A page holds at
 * most `limit` entries (default 20); `cursor` is there only when older entries follow.
 */
export class AuditLog {
  constructor(private readonly store: Store) {}

  async history(
    orgId: string,
    target: string,
    options: { fy?: number; cursor?: string; limit?: number } = {},
  ): Promise<AuditHistoryPage> {
    const partition = indexKeys.auditOf(orgId, target, options.fy);
    const limit = options.limit ?? 20;
    const start = options.cursor ? decodeCursor(options.cursor, partition) : undefined;
    // one item past the page tells whether older entries follow: the last page carries no cursor
    const found = await queryBeyond(
      this.store,
      {
        IndexName: BY_SUBJECT_INDEX,
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': partition },
        ScanIndexForward: false,
      },
      limit,
      start ? { from: start } : {},
    );
    const { items: page, last } = pageOf(found, limit);
    const items = page.map((i) =>
      asWrittenNow({
        entryId: String(i.gsi1sk).split('#')[2] ?? '',
        actor: String(i.actor),
        ...(typeof i.actorName === 'string' ? { actorName: i.actorName } : {}),
        action: String(i.action),
        target: String(i.target),
        at: String(i.at),
        ...(i.details ? { details: i.details as AuditRecord['details'] } : {}),
      }),
    );
    return { items, ...(last ? { cursor: encodeCursor(last) } : {}) };
  }
}

/**
 * A document entry as session 29 writes it: entries written before (and indexed since by
 * `npm run admin -- repair-documents-history`) name the generation only in their target
 * ("annual-report:2566/3") and a generation's actor as its trigger ("person:{id}", "schedule:{time}").
 * Other entries are returned as they are.
 */
function asWrittenNow<R extends AuditRecord>(record: R): R {
  const document = documentTarget(record.target);
  if (!document) return record;
  const legacyActor = /^(?:person|schedule):/.test(record.actor);
  return {
    ...record,
    actor: legacyActor ? triggerActor(document.kind, record.actor) : record.actor,
    details: { generation: document.generation, ...record.details },
  };
}

/** The cursor after `item`: its table and index keys, as DynamoDB's ExclusiveStartKey of gsi1 takes them. */
const encodeCursor = (item: Record<string, unknown>) =>
  Buffer.from(JSON.stringify({ pk: item.pk, sk: item.sk, gsi1pk: item.gsi1pk, gsi1sk: item.gsi1sk })).toString(
    'base64url',
  );

function decodeCursor(cursor: string, partition: string): Record<string, string> {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new BadCursorError('not JSON');
  }
  const names = ['pk', 'sk', 'gsi1pk', 'gsi1sk'];
  if (
    typeof key !== 'object' ||
    key === null ||
    Object.keys(key).sort().join() !== [...names].sort().join() ||
    // DynamoDB refuses empty key strings (ValidationException): such a cursor is not ours
    !Object.values(key).every((v) => typeof v === 'string' && v.length > 0 && v.length < 400) ||
    (key as Record<string, string>).gsi1pk !== partition
  ) {
    throw new BadCursorError('not a cursor of this history');
  }
  return key as Record<string, string>;
}
