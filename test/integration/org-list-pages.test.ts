// Jobs walk every org page by page (listOrgs): the last page carries no cursor, so the walk ends
// without one more, empty, Query. Each table of its own: exactly 0, 3 (a page) and 4 orgs.
import { afterAll, describe, expect, it } from 'vitest';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { OrgRepository } from '../../shared/store/org-repository.js';
import { SEED_TIME } from '../support/seed-org.js';
import { createTestStore, type TestStore } from '../support/test-store.js';

const stores: TestStore[] = [];
afterAll(async () => Promise.all(stores.map((s) => s.drop())));

/** A table holding `count` orgs, with a count of the Queries the repository sends. */
async function orgsTable(count: number) {
  const store = await createTestStore();
  stores.push(store);
  const orgs = new OrgRepository(store);
  const ctx = { actor: 'system:seed', now: SEED_TIME };
  for (let n = 1; n <= count; n++) {
    await orgs.putOrg(
      { orgId: `org-${n}`, name: `เทศบาลตำบลที่ ${n}`, dueRules: {}, createdAt: SEED_TIME.toISOString() },
      ctx,
    );
  }
  let queries = 0;
  const send = store.doc.send.bind(store.doc);
  store.doc.send = ((command: unknown, ...rest: unknown[]) => {
    if (command instanceof QueryCommand) queries++;
    return (send as (...a: unknown[]) => unknown)(command, ...rest);
  }) as typeof store.doc.send;
  return { orgs, queries: () => queries };
}

/** Every org, walking pages of `limit` as the scheduled jobs do; the cursor of each page. */
async function walk(orgs: OrgRepository, limit: number) {
  const ids: string[] = [];
  const cursors: (string | undefined)[] = [];
  let cursor: string | undefined;
  do {
    const page = await orgs.listOrgs({ limit, ...(cursor ? { cursor } : {}) });
    ids.push(...page.items.map((o) => o.orgId));
    cursor = page.cursor;
    cursors.push(cursor);
  } while (cursor);
  return { ids, cursors };
}

describe('listing every org page by page', () => {
  it('exactly a page of orgs is one page with no cursor, read in one Query', async () => {
    const { orgs, queries } = await orgsTable(3);
    const { ids, cursors } = await walk(orgs, 3);
    expect(ids).toEqual(['org-1', 'org-2', 'org-3']);
    expect(cursors).toEqual([undefined]);
    expect(queries()).toBe(1);
  });

  it('one org more than a page is two pages, the second without a cursor', async () => {
    const { orgs } = await orgsTable(4);
    const { ids, cursors } = await walk(orgs, 3);
    expect(ids).toEqual(['org-1', 'org-2', 'org-3', 'org-4']);
    expect(cursors).toHaveLength(2);
    expect(cursors[0]).toBeDefined();
    expect(cursors[1]).toBeUndefined();
  });

  it('no org at all is one empty page with no cursor', async () => {
    const { orgs, queries } = await orgsTable(0);
    expect(await walk(orgs, 3)).toEqual({ ids: [], cursors: [undefined] });
    expect(queries()).toBe(1);
  });

  it('pages of one walk 4 orgs in 4 pages, the last without a cursor', async () => {
    const { orgs } = await orgsTable(4);
    const { ids, cursors } = await walk(orgs, 1);
    expect(ids).toEqual(['org-1', 'org-2', 'org-3', 'org-4']);
    expect(cursors.map(Boolean)).toEqual([true, true, true, false]);
  });
});
