// A test table's items read whole and written again: a fixture seeded once a process is copied into
// the next fixture's table (a few BatchWriteItem requests, not the seed's ~30 transactions again).
import { BatchWriteCommand, type BatchWriteCommandInput, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { TestStore } from './test-store.js';

/** Every item of `store`'s table. */
export async function itemsOf(store: TestStore): Promise<Record<string, unknown>[]> {
  const all: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await store.doc.send(
      new ScanCommand({
        TableName: store.tableName,
        ConsistentRead: true,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    all.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return all;
}

/** `value` with `from` replaced by `to` in every string (keys, attribute names, sets, lists). */
export function replacedIn(value: unknown, from: string, to: string): unknown {
  if (typeof value === 'string') return value.replaceAll(from, to);
  if (Array.isArray(value)) return value.map((v) => replacedIn(v, from, to));
  if (value instanceof Set) return new Set([...value].map((v) => replacedIn(v, from, to)));
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [replacedIn(k, from, to), replacedIn(v, from, to)]),
    );
  return value;
}

/** Writes `items` into `store`'s table, 25 a request, again until none is left unprocessed. */
export async function putItems(store: TestStore, items: readonly unknown[]): Promise<void> {
  for (let at = 0; at < items.length; at += 25) {
    let pending: NonNullable<BatchWriteCommandInput['RequestItems']>[string] = items
      .slice(at, at + 25)
      .map((item) => ({ PutRequest: { Item: item as Record<string, unknown> } }));
    while (pending.length > 0) {
      const out = await store.doc.send(new BatchWriteCommand({ RequestItems: { [store.tableName]: pending } }));
      pending = out.UnprocessedItems?.[store.tableName] ?? [];
    }
  }
}
