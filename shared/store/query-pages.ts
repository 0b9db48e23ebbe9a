// Run a Query to its last page.
import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Store } from './dynamo-client.js';

/** A Query's key condition: partition `pk`, sort keys beginning with `prefix` (spread into the input). */
export const withPrefix = (pk: string, prefix: string) => ({
  KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
  ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix },
});

export async function queryAll(
  store: Store,
  input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>,
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await store.doc.send(
      new QueryCommand({ ...input, TableName: store.tableName, ...(start ? { ExclusiveStartKey: start } : {}) }),
    );
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

/**
 * Reads a Query until more than `limit` kept items are known (so the caller knows a next page
 * exists) or the Query ends. A Query page stops at 1 MB whatever Limit says, so one call may read
 * several pages. Returns the kept items in key order (at most `limit` + `extra`); the caller slices.
 * `extra`: how many more the last request may ask for (items `keep` drops, such as a cursor's own).
 * `from`: the key to start after (a page cursor's ExclusiveStartKey).
 */
export async function queryBeyond(
  store: Store,
  input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey' | 'Limit'>,
  limit: number,
  options: {
    keep?: (item: Record<string, unknown>) => boolean;
    extra?: number;
    from?: Record<string, unknown>;
  } = {},
): Promise<Record<string, unknown>[]> {
  const found: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined = options.from;
  do {
    const out = await store.doc.send(
      new QueryCommand({
        ...input,
        TableName: store.tableName,
        Limit: limit + 1 + (options.extra ?? 0) - found.length,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    found.push(...(out.Items ?? []).filter((i) => options.keep?.(i) ?? true));
    start = out.LastEvaluatedKey;
  } while (start && found.length <= limit);
  return found;
}

/**
 * One page of queryBeyond's answer: its first `limit` items, and `last` (the page's last item, from
 * which the next page starts) only when more items follow, so the last page carries no cursor
 * (break 18 F6).
 */
export function pageOf<T>(found: readonly T[], limit: number): { items: T[]; last?: T } {
  const items = found.slice(0, limit);
  return found.length > limit && items.length > 0 ? { items, last: items.at(-1)! } : { items };
}
