// The jobs fixture copies a seeded template org's items into each fixture's table, its org id in
// place of the template's (test/support/jobs-fixture.ts): the table is item for item what the
// seed's writes through the repositories make for that org.
import { afterAll, describe, expect, it } from 'vitest';
import { seedJobsOrg, seedJobsOrgCopy } from '../support/jobs-fixture.js';
import { itemsOf } from '../support/table-items.js';
import { createTestStore, type TestStore } from '../support/test-store.js';

const stores: TestStore[] = [];
afterAll(async () => {
  for (const store of stores) await store.drop();
});

/**
 * The table's items as comparable text: sets as sorted lists, items in order, an audit entry's
 * random id and its write sequence (gsi1sk) and a plan revision's random part as placeholders, as
 * they differ between any two writes.
 */
async function tableOf(seed: (store: TestStore) => Promise<void>): Promise<string[]> {
  const store = await createTestStore();
  stores.push(store);
  await seed(store);
  const plain = (value: unknown): unknown =>
    value instanceof Set
      ? { set: [...value].map(plain).sort() }
      : Array.isArray(value)
        ? value.map(plain)
        : value && typeof value === 'object' && !(value instanceof Uint8Array)
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]))
          : value;
  return (await itemsOf(store))
    .map((item) =>
      JSON.stringify(plain(item))
        .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>')
        .replace(/#\d{20}#/g, '#<sequence>#')
        .replace(/\b(r\d{6})-[0-9a-f]{8}\b/g, '$1-<random>'),
    )
    .sort();
}

describe("a jobs fixture's table is the seed's writes for its org", () => {
  it.each([
    ['clijobs', true],
    ['overdue-range', true],
    ['a', true],
    ['pvparts300', false],
    ['holidaynote', false],
  ] as const)('org %s (the seed plan saved: %s)', async (orgId, seedPlan) => {
    const written = await tableOf((store) => seedJobsOrg(store, orgId, seedPlan));
    const copied = await tableOf((store) => seedJobsOrgCopy(store, orgId, seedPlan));
    expect(written.length).toBeGreaterThan(20);
    expect(copied).toEqual(written);
  });
});
