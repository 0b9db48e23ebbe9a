// Earlier versions of a year's plan, kept for the plan's history to restore (review 17 s14,
// S14-17: a file imported over the saved plan in error deleted six measures, with no way back).
// A save keeps the plan it replaces (in the same transaction as its switch), so every version but
// the current one is kept once it has been replaced, plans saved before this existed included.
// Bounded: gzip'd JSON of at most MAX_KEPT_PLAN_BYTES (a plan is at most 2 MB of JSON, mostly
// repeated Thai: about a tenth of that compressed), the last KEPT_PLAN_VERSIONS versions.
import { gunzipSync, gzipSync } from 'node:zlib';
import { DeleteCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import { StoredPlan } from '../domain/plan.js';
import type { TransactItem } from './audit-entry.js';
import type { Store } from './dynamo-client.js';
import { fromItem } from './item-codec.js';
import { keys } from './keys.js';

/** Earlier versions kept per plan: the one before each of the last 20 saves. */
export const KEPT_PLAN_VERSIONS = 20;
/** A version larger than this compressed is not kept (an item holds at most 400 KB). */
export const MAX_KEPT_PLAN_BYTES = 350_000;

/** The Put that keeps `plan` (the version a save replaces), or undefined when it is too large to keep. */
export function keepPlanVersionPut(tableName: string, plan: StoredPlan): TransactItem | undefined {
  const gz = gzipSync(Buffer.from(JSON.stringify(plan)));
  if (gz.length > MAX_KEPT_PLAN_BYTES) return undefined;
  return {
    Put: {
      TableName: tableName,
      Item: { ...keys.planVersion(plan.orgId, plan.fy, plan.version), type: 'planVersion', gz: new Uint8Array(gz) },
    },
  };
}

/** Version `version` of the plan as it was saved, if it is kept. */
export async function readKeptPlanVersion(
  store: Store,
  orgId: string,
  fy: number,
  version: number,
): Promise<StoredPlan | undefined> {
  const { Item } = await store.doc.send(
    new GetCommand({ TableName: store.tableName, Key: keys.planVersion(orgId, fy, version) }),
  );
  const gz = Item?.gz as Uint8Array | undefined;
  // as the plan's own items: saved under older rules, read by their shape (item-codec.ts)
  return gz ? fromItem(StoredPlan, JSON.parse(gunzipSync(gz).toString('utf8')) as Record<string, unknown>) : undefined;
}

/** Forgets the version that fell out of the last KEPT_PLAN_VERSIONS when `replaced` was kept. */
export async function forgetOldPlanVersion(store: Store, orgId: string, fy: number, replaced: number): Promise<void> {
  const old = replaced - KEPT_PLAN_VERSIONS;
  if (old < 1) return;
  await store.doc.send(new DeleteCommand({ TableName: store.tableName, Key: keys.planVersion(orgId, fy, old) }));
}
