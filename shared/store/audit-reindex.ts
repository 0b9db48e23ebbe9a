// Indexing document entries written before the documents history existed (session 29): such
// generate, publish and withdraw entries are only in their org's monthly trail, without the gsi1
// keys GET /v1/fiscal-years/{fy}/documents/audit reads. `npm run admin -- repair-documents-history`.
import { DOCUMENT_KINDS } from '../domain/document-kinds.js';
import { historyPartition } from './audit-entry.js';
import type { Store } from './dynamo-client.js';
import { indexKeys, keys, prefixes } from './keys.js';
import { queryAll } from './query-pages.js';
import { updateIf } from './writes.js';

/** One document entry of the monthly trail that no history holds. */
export interface UnindexedEntry {
  pk: string;
  sk: string;
  action: string;
  target: string;
  at: string;
  /** the documents history it belongs in (gsi1pk) */
  history: string;
}

/**
 * The document entries (generate, publish, withdraw of any kind) of `orgId`'s audit month `month`
 * (any instant in it) that carry no gsi1 keys: one Query of the month's partition, filtered.
 */
export async function unindexedDocumentEntries(store: Store, orgId: string, month: Date): Promise<UnindexedEntry[]> {
  const kinds = DOCUMENT_KINDS.map((_, k) => `begins_with(target, :kind${k})`).join(' OR ');
  const items = await queryAll(store, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    FilterExpression: `attribute_not_exists(gsi1pk) AND (${kinds})`,
    ExpressionAttributeValues: {
      ':pk': keys.audit(orgId, month, 'x').pk,
      ':prefix': prefixes.audit,
      ...Object.fromEntries(DOCUMENT_KINDS.map((kind, k) => [`:kind${k}`, `${kind}:`])),
    },
    ConsistentRead: true,
  });
  return items.flatMap((i) => {
    const history = historyPartition({ orgId, target: String(i.target) });
    return history
      ? [
          {
            pk: String(i.pk),
            sk: String(i.sk),
            action: String(i.action),
            target: String(i.target),
            at: String(i.at),
            history,
          },
        ]
      : [];
  });
}

/**
 * Give `entry` the gsi1 keys an entry written today would have, so its year's documents history
 * lists it by its time. An entry indexed meanwhile is left as it is (false).
 */
export async function indexDocumentEntry(store: Store, entry: UnindexedEntry): Promise<boolean> {
  const entryId = entry.sk.slice(entry.sk.lastIndexOf('#') + 1);
  return updateIf(store, {
    Key: { pk: entry.pk, sk: entry.sk },
    UpdateExpression: 'SET gsi1pk = :pk, gsi1sk = :sk',
    ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(gsi1pk)',
    // sequence 0: these entries sort before any written in the same millisecond since
    ExpressionAttributeValues: { ':pk': entry.history, ':sk': indexKeys.auditOfSort(new Date(entry.at), 0n, entryId) },
  });
}
