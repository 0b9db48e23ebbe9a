// Session 50: the plan screen's note "การบันทึกแผนนี้จะทำให้รายงานของรอบที่ผ่านมาแล้ว … ถึงกำหนดส่งทันที"
// was computed in the page with the API's default due dates and no closure days: for an org whose
// monthly reports are due on the 5th of the next month (or with its own quarter rules, or closure
// days) its count and dates were not what the save then made due. POST …/plan-checks now answers
// `pastDue` by the org's rules and calendar, and PUT /plan's `pastDue` climbs the jobs' calendar.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import type { DueRules } from '../../../shared/domain/due-rules.js';
import { MUNICIPAL_UNITS } from '../../../shared/domain/municipal-units.js';
import { expandPlan } from '../../../shared/domain/obligations.js';
import { pastDueAtSave } from '../../../shared/domain/past-due-at-save.js';
import { Plan } from '../../../shared/domain/plan.js';
import type { PlainDate } from '../../../shared/domain/plain-date.js';
import { ladderOf } from '../../../shared/domain/reminder-ladder.js';
import { onTimeUntil } from '../../../shared/domain/settlement.js';
import { thaiWorkingDays } from '../../../shared/domain/thai-working-days.js';
import { importMeasuresDocument } from '../../../shared/import/measures-document.js';
import { call } from '../../support/api-events.js';
import { createApiFixture, who } from '../../support/api-fixture.js';
import { FIVE_UNITS, SEED_DOCUMENT } from '../../support/seed-plan.js';

const fy = 2567;
const planFrom = (text: string): Plan =>
  Plan.parse(importMeasuresDocument(text, { orgId: 'demo', fy, units: MUNICIPAL_UNITS }).plan);
const SEED_PLAN = planFrom(readFileSync(SEED_DOCUMENT, 'utf8'));
// one measure a cadence: monthly, quarterly, half-yearly
const CADENCES_PLAN = planFrom(
  [
    'แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567',
    ['ตัวชี้วัด', 'มาตรการ', 'การติดตามผล', 'ผู้รับผิดชอบ'].join('\t'),
    ['ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่', 'จัดทำประกาศเจตจำนงสุจริตของผู้บริหาร', 'รายงานผลทุกเดือน', 'สำนักปลัด'].join('\t'),
    ['ตัวชี้วัดที่ 2 การใช้งบประมาณ', 'เปิดเผยข้อมูลการจัดซื้อจัดจ้าง', 'รายงานผลทุกไตรมาส', 'กองคลัง'].join('\t'),
    ['ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล', 'ปรับปรุงเว็บไซต์ให้เป็นปัจจุบัน', 'รายงานผลรอบ 6 เดือน', 'กองช่าง กองคลัง'].join('\t'),
  ].join('\n'),
);

interface Case {
  plan: Plan;
  /** the save's day (Bangkok), 10:00 */
  today: PlainDate;
  dueRules: DueRules;
  closureDays: PlainDate[];
}

/**
 * The org given its rules and closure days, then the draft checked (what the page shows before the
 * save), saved (PUT /plan's answer), and what the save made due as the jobs remind it: the stored
 * plan's obligations added that day, on the org's calendar (thaiWorkingDays with its closure days).
 */
async function checkThenSave(c: Case) {
  const f = await createApiFixture({ now: new Date(`${c.today}T10:00:00+07:00`) });
  try {
    const org = (await f.repos.orgs.getOrg('demo'))!;
    await f.repos.orgs.putOrg(
      { ...org, dueRules: c.dueRules, closureDays: c.closureDays },
      { actor: 'test', now: new Date() },
    );
    const handler = f.otherInstance();
    const body = { title: '', measures: c.plan.measures };
    const path = (p: '/v1/fiscal-years/{fy}/plan-checks' | '/v1/fiscal-years/{fy}/plan') => apiPath(p, { fy });
    const checked = await call(handler, {
      method: 'POST',
      path: path('/v1/fiscal-years/{fy}/plan-checks'),
      as: who.coordinator,
      body,
    });
    expect(checked.status, JSON.stringify(checked.body.error)).toBe(200);
    const saved = await call(handler, {
      method: 'PUT',
      path: path('/v1/fiscal-years/{fy}/plan'),
      as: who.coordinator,
      body: { format: 'json', ...body },
    });
    expect(saved.status, JSON.stringify(saved.body.error)).toBe(200);
    const stored = (await f.repos.plans.getPlan('demo', fy))!;
    const calendar = await thaiWorkingDays([2024], c.closureDays);
    const added = expandPlan(stored, FIVE_UNITS, c.dueRules).filter((o) => o.addedOn === c.today);
    const ladder = ladderOf(added[0]!, { calendar });
    const on = (stage: string) => ladder.find((s) => s.stage === stage)!.on;
    const made = {
      count: added.length,
      units: new Set(added.map((o) => o.unitId)).size,
      onTimeUntil: onTimeUntil(added[0]!),
      headsOn: on('escalation-head'),
      executivesOn: on('escalation-executive'),
    };
    // what the page computed alone, with the API's default rules and no closure days
    const pageAlone = pastDueAtSave(c.plan, undefined, c.today, { unitIds: FIVE_UNITS });
    return { warned: checked.body.pastDue, answered: saved.body.pastDue, made, pageAlone };
  } finally {
    await f.close();
  }
}

describe("the save's warning by the org's own due rules and closure days equals what the save makes due", () => {
  it('monthly reports due on the 5th of the next month, saved on 3 May 2567: April is not due yet (136 reports, not 156)', async () => {
    const r = await checkThenSave({
      plan: SEED_PLAN,
      today: '2024-05-03',
      dueRules: { monthly: { kind: 'day-of-next-month', day: 5 } },
      closureDays: [],
    });
    expect(r.made).toEqual({
      count: 136,
      units: 5,
      onTimeUntil: '2024-05-09',
      headsOn: '2024-05-16',
      executivesOn: '2024-05-23',
    });
    expect(r.warned).toEqual(r.made);
    expect(r.answered).toEqual(r.made);
    expect(r.pageAlone?.count).toBe(156);
  });

  it('quarterly reports due 30 days after the quarter and half-yearly on the 15th of the next month, saved on 10 April 2567 (neighbour): 7 reports of 2 units, not 10 of 3', async () => {
    const r = await checkThenSave({
      plan: CADENCES_PLAN,
      today: '2024-04-10',
      dueRules: { quarterly: { kind: 'days-after', days: 30 }, semiannual: { kind: 'day-of-next-month', day: 15 } },
      closureDays: [],
    });
    // six months of สำนักปลัด and กองคลัง's first quarter (due 30 January); its second (30 April)
    // and the half-year (15 April) not yet, which the default dates made due
    expect(r.made).toEqual({
      count: 7,
      units: 2,
      onTimeUntil: '2024-04-18',
      headsOn: '2024-04-25',
      executivesOn: '2024-05-02',
    });
    expect(r.warned).toEqual(r.made);
    expect(r.answered).toEqual(r.made);
    expect(r.pageAlone).toMatchObject({ count: 10, units: 3 });
  });

  it("closure days on the heads' and the executives' days, saved on 15 May 2567 (neighbour): told a day later, as the emails go", async () => {
    const r = await checkThenSave({
      plan: SEED_PLAN,
      today: '2024-05-15',
      dueRules: {},
      closureDays: ['2024-05-16', '2024-05-27', '2024-06-04', '2024-06-05'],
    });
    expect(r.made).toMatchObject({
      units: 5,
      // the last on-time day is the API's (closure days counted as working days: docs/reminders.md)
      onTimeUntil: '2024-05-20',
      headsOn: '2024-05-28',
      executivesOn: '2024-06-06',
    });
    expect(r.warned).toEqual(r.made);
    expect(r.answered).toEqual(r.made);
    expect(r.pageAlone).toMatchObject({ count: r.made.count, headsOn: '2024-05-27', executivesOn: '2024-06-04' });
  });
});
