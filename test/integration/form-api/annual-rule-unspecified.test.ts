// Break s60-D: a follow-up the importer left "unspecified" is treated as annual (its period, its
// opening, its label "ประจำปีงบประมาณ"), but an org's annual due rule did not reach it: with
// `set-due-rule --cadence annual --rule days-after:20` the demo's eight yearly follow-ups, all
// unspecified, stayed due 30 September while the page and the emails called them yearly. The annual
// rule now applies to them unless the org set a rule for "unspecified" itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DueRules } from '../../../shared/domain/due-rules.js';
import { setDueRule } from '../../../shared/use-cases/administer-org.js';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { SEED_TIME } from '../../support/seed-org.js';
import { adminCliContext } from '../../support/admin-context.js';

const bangkok = (local: string) => new Date(`${local}+07:00`);
let f: ApiFixture;

interface View {
  obligationId: string;
  cadence: string;
  periodId: string;
  dueDate: string;
  dueDateLabel: string;
}

beforeAll(async () => {
  f = await createApiFixture({ now: bangkok('2023-09-04T10:00:00') });
}, 60_000);
afterAll(async () => f?.close());

async function withRules(dueRules: DueRules) {
  const org = (await f.repos.orgs.getOrg('demo'))!;
  await f.repos.orgs.putOrg({ ...org, dueRules }, { actor: 'system:seed', now: SEED_TIME });
}

/** กองคลัง's yearly obligations of FY2566 as the staff's list shows them */
async function financeYearly(): Promise<View[]> {
  const res = await call(f.otherInstance(), {
    method: 'GET',
    path: '/v1/fiscal-years/2566/obligations',
    as: who.financeStaff,
    query: { limit: '200', from: '2022-10-01', to: '2023-12-31' },
  });
  expect(res.status).toBe(200);
  return (res.body.items as View[]).filter((o) => o.periodId === 'FY');
}

describe("an unspecified follow-up takes the org's annual due rule", () => {
  it.each<[string, DueRules, string, string]>([
    ['annual 20 days after the year', { annual: { kind: 'days-after', days: 20 } }, '2023-10-20', '๒๐ ตุลาคม ๒๕๖๖'],
    [
      'annual on the 15th of the next month',
      { annual: { kind: 'day-of-next-month', day: 15 } },
      '2023-10-15',
      '๑๕ ตุลาคม ๒๕๖๖',
    ],
    [
      'its own rule before the annual one',
      { annual: { kind: 'days-after', days: 20 }, unspecified: { kind: 'days-after', days: 5 } },
      '2023-10-05',
      '๕ ตุลาคม ๒๕๖๖',
    ],
  ])('%s', async (_, rules, dueDate, label) => {
    await withRules(rules);
    const yearly = await financeYearly();
    expect(yearly.filter((o) => o.cadence === 'unspecified').length).toBeGreaterThan(0);
    for (const o of yearly)
      expect([o.obligationId, o.dueDate, o.dueDateLabel]).toEqual([o.obligationId, dueDate, label]);
  });
});

describe('an annual rule taken back makes the unspecified reports due at once: added late that day', () => {
  it('on 5 October 2023, "annual: 20 days after" back to the default marks their year as added on the 5th', async () => {
    await withRules({ annual: { kind: 'days-after', days: 20 } });
    const admin = adminCliContext(f.repos, bangkok('2023-10-05T10:00:00'));
    await setDueRule(admin, { orgId: 'demo', cadence: 'annual', rule: { kind: 'default' } });
    const plan = (await f.repos.plans.getPlan('demo', 2566))!;
    const unspecified = plan.measures.flatMap((m) => m.followUps).filter((x) => x.cadence === 'unspecified');
    expect(unspecified.length).toBeGreaterThan(0);
    expect(unspecified.map((x) => x.periodsAddedOn ?? null)).toEqual(unspecified.map(() => ({ FY: '2023-10-05' })));
  });
});
