// Re-check s48 #5: does this year's home leave out last year's September reports on 1-5 October
// under an org rule "monthly on the 5th of the next month", until they are overdue? The home note
// (web/src/earlier-year-work.ts) counts last year's lists of status due, overdue and returned of the
// unit (the org's overview adds submitted); it asks the API for each. Checked here as it reads them,
// on 2 October (the first working day), 5 October (the due date) and 6 October (overdue): September's
// report is in the due list, then the overdue list, every day.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { SEED_TIME } from '../../support/seed-org.js';

const bangkok = (local: string) => new Date(`${local}+07:00`);
let now = bangkok('2023-10-02T10:00:00');
let f: ApiFixture;

beforeAll(async () => {
  f = await createApiFixture({
    get now() {
      return now;
    },
  });
  const org = (await f.repos.orgs.getOrg('demo'))!;
  await f.repos.orgs.putOrg(
    { ...org, dueRules: { monthly: { kind: 'day-of-next-month', day: 5 } } },
    { actor: 'system:seed', now: SEED_TIME },
  );
}, 60_000);
afterAll(async () => f?.close());

/** The ids of FY2566's obligations of กองคลัง with `status`, every page, as the home asks. */
async function listed(status: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const res = await call(f.handler, {
      method: 'GET',
      path: '/v1/fiscal-years/2566/obligations',
      as: who.financeStaff,
      query: { limit: '200', unit: 'finance', status, ...(cursor ? { cursor } : {}) },
    });
    expect(res.status).toBe(200);
    ids.push(...(res.body.items as { obligationId: string }[]).map((o) => o.obligationId));
    cursor = res.body.cursor;
  } while (cursor);
  return ids;
}

const HOME_STATUSES = ['due', 'overdue', 'returned'];
const SEPTEMBER = 'i4.f2.2023-09.finance';

describe("this year's home counts last year's September reports due on 5 October under an org's rule", () => {
  it.each([
    ['2 October, the first working day', '2023-10-02', 'due'],
    ['5 October, the due date', '2023-10-05', 'due'],
    ['6 October, overdue', '2023-10-06', 'overdue'],
  ])('%s: in the %s list the home reads', async (_, day, status) => {
    now = bangkok(`${day}T10:00:00`);
    const lists = Object.fromEntries(await Promise.all(HOME_STATUSES.map(async (s) => [s, await listed(s)] as const)));
    expect(lists[status]).toContain(SEPTEMBER);
    expect(HOME_STATUSES.filter((s) => lists[s]!.includes(SEPTEMBER))).toEqual([status]);
  });
});
