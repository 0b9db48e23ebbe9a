// Break s32 F1: a report an org due rule puts after 30 September (September's monthly report "on the
// 5th of the next month") was labelled "outside the fiscal year, never due, no reminders: the
// coordinator must fix the plan" on the staff's list, the obligation page and the calendar feed,
// while it was due and reminded. Only a due date the plan itself states outside its year is flagged
// (repair-plan-dates.test.ts).
import ical, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { SEED_TIME } from '../../support/seed-org.js';

const bangkok = (local: string) => new Date(`${local}+07:00`);
const base = '/v1/fiscal-years/2566';
let f: ApiFixture;

interface View {
  obligationId: string;
  cadence: string;
  periodId: string;
  unitId: string;
  dueDate: string;
  dueDateLabel: string;
  status: string;
}

beforeAll(async () => {
  f = await createApiFixture({ now: bangkok('2023-10-03T10:00:00') });
  const org = (await f.repos.orgs.getOrg('demo'))!;
  await f.repos.orgs.putOrg(
    {
      ...org,
      dueRules: {
        monthly: { kind: 'day-of-next-month', day: 5 },
        semiannual: { kind: 'days-after', days: 30 },
        once: { kind: 'days-after', days: 30 },
      },
    },
    { actor: 'system:seed', now: SEED_TIME },
  );
  // a one-off the plan dates 20 September 2023, inside the year: the rule makes it 20 October
  const plan = (await f.repos.plans.getPlan('demo', 2566))!;
  plan.measures[0]!.followUps.push({
    followUpNo: 91,
    text: 'รายงานผลครั้งเดียว',
    cadence: 'once',
    dueDate: '2023-09-20',
    audience: [],
  });
  await f.repos.plans.savePlan(plan, { actor: 'system:seed', expectedVersion: plan.version, now: SEED_TIME });
}, 60_000);
afterAll(async () => f?.close());

async function obligationsOf(as: string, query: Record<string, string> = {}): Promise<View[]> {
  const items: View[] = [];
  let cursor: string | undefined;
  do {
    const res = await call(f.handler, {
      method: 'GET',
      path: `${base}/obligations`,
      as,
      query: { limit: '200', ...query, ...(cursor ? { cursor } : {}) },
    });
    expect(res.status).toBe(200);
    items.push(...res.body.items);
    cursor = res.body.cursor;
  } while (cursor);
  return items;
}

/** [what, pick one finance obligation, due date, Thai label] */
const CASES = [
  [
    "September's monthly report, due on the 5th of the next month",
    (o: View) => o.cadence === 'monthly' && o.periodId === '2023-09',
    '2023-10-05',
    '๕ ตุลาคม ๒๕๖๖',
  ],
  [
    'the second half-year report, due 30 days after 30 September',
    (o: View) => o.cadence === 'semiannual' && o.periodId === 'H2',
    '2023-10-30',
    '๓๐ ตุลาคม ๒๕๖๖',
  ],
  [
    'a one-off the plan dates 20 September, due 30 days after it',
    (o: View) => o.cadence === 'once' && o.obligationId.includes('.f91.'),
    '2023-10-20',
    '๒๐ ตุลาคม ๒๕๖๖',
  ],
] as const;

describe('a report an org due rule makes due after 30 September', () => {
  it.each(CASES)(
    '%s: the staff list and the obligation page give the Thai date, due, never "outside the fiscal year"',
    async (_what, pick, dueDate, label) => {
      const mine = (await obligationsOf(who.financeStaff, { unit: 'finance' })).find(pick)!;
      expect(mine).toMatchObject({ dueDate, dueDateLabel: label, status: 'due' });
      const one = await call(f.handler, {
        method: 'GET',
        path: `${base}/obligations/${mine.obligationId}`,
        as: who.financeStaff,
      });
      expect(one.status).toBe(200);
      expect(one.body).toMatchObject({ dueDateLabel: label });
      expect(JSON.stringify(one.body)).not.toContain('นอกปีงบประมาณ');
    },
  );

  it("no obligation on the coordinator's list is called outside the fiscal year", async () => {
    const all = await obligationsOf(who.coordinator);
    const after = all.filter((o) => o.dueDate > '2023-09-30');
    // every unit's September monthly, H2 and the one-off
    expect(after.length).toBeGreaterThan(10);
    expect(after.filter((o) => o.dueDateLabel.includes('นอกปีงบประมาณ'))).toEqual([]);
    expect(new Set(after.map((o) => o.dueDateLabel))).toEqual(
      new Set(['๕ ตุลาคม ๒๕๖๖', '๒๐ ตุลาคม ๒๕๖๖', '๓๐ ตุลาคม ๒๕๖๖']),
    );
  });

  it('the calendar feed says "กำหนดส่ง ๕ ตุลาคม ๒๕๖๖" (and the other two) on those events', async () => {
    const created = await call(f.handler, {
      method: 'POST',
      path: '/v1/calendar-feeds',
      as: who.financeStaff,
      body: {},
    });
    expect(created.status).toBe(201);
    const res = await call(f.handler, { method: 'GET', path: new URL(created.body.url).pathname });
    expect(res.status).toBe(200);
    const events = Object.values(ical.sync.parseICS(String(res.body))).filter((c): c is VEvent => c?.type === 'VEVENT');
    const descriptions = events.map((e) => (typeof e.description === 'string' ? e.description : ''));
    for (const [, , , label] of CASES) expect(descriptions.some((d) => d.includes(`กำหนดส่ง ${label}`))).toBe(true);
    expect(descriptions.filter((d) => d.includes('นอกปีงบประมาณ'))).toEqual([]);
  });
});
