// Tester s52: "ต้นปีงบประมาณ (ตุลาคม)" chosen in the plan editor for a follow-up added in January
// was saved from January: the page sent no month, and the save gives an addition its own month.
// The page now sends October when it is chosen (docs/web.md); here, what the API does with it: a
// new follow-up, or a cadence changed, sent with October owes the whole year (stored as no first
// month), past due at once as PUT's and POST …/plan-checks' `pastDue` say. And (P3) a unit's first
// month of October is stored as none too, as a follow-up's is (one rule, mid-year-additions.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FollowUp, Measure } from '../../../shared/domain/plan.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import {
  changedPlanBody,
  checkPlan,
  obligationIdsOf,
  putPlan,
  savedMeasure,
  savedPlan,
} from '../../support/plan-requests.js';

let f: ApiFixture;
const fy = 2566;
const OCTOBER = '2022-10';

beforeAll(async () => (f = await createApiFixture({ now: new Date('2023-01-10T10:00:00+07:00') })));
afterAll(async () => f?.close());

const check = (b: { title: string; measures: Measure[] }) => checkPlan(f, { title: b.title, measures: b.measures }, fy);
const changed = (title: string, change: (measures: Measure[]) => void) => changedPlanBody(f, change, { fy, title });
const measureOf = (measureId: string) => savedMeasure(f, measureId, fy);
const obligationsOf = async (prefix: string, as: string = who.clerkStaff) =>
  (await obligationIdsOf(f, as, fy)).filter((id) => id.startsWith(prefix));
const monthly = (followUpNo: number, more: Partial<FollowUp> = {}): FollowUp => ({
  followUpNo,
  text: 'รายงานผลการตรวจประจำเดือน',
  cadence: 'monthly',
  audience: [],
  ...more,
});

describe('a follow-up added on 10 January 2566 with "from the year’s start" (October) chosen', () => {
  it('a new measure’s follow-up sent with October: stored as none, owed from October, October to December past due as plan-checks foresaw', async () => {
    const body = await changed('แผน เพิ่ม x1', (measures) =>
      measures.push({
        ...structuredClone(measures.find((m) => m.measureId === 'i6')!),
        measureId: 'x1',
        order: measures.length + 1,
        title: 'มาตรการตรวจสอบการเบิกจ่าย',
        followUps: [monthly(1, { firstMonth: OCTOBER }), monthly(2)],
      }),
    );
    const foreseen = await check(body);
    expect(foreseen.status, JSON.stringify(foreseen.body.error)).toBe(200);
    const res = await putPlan(f, body, fy);
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
    const x1 = await measureOf('x1');
    expect(x1.followUps[0]!.firstMonth).toBeUndefined();
    // the one with nothing chosen starts at the save's month, as before
    expect(x1.followUps[1]!.firstMonth).toBe('2023-01');
    expect((await obligationsOf('x1.f1.')).slice(0, 4)).toEqual([
      'x1.f1.2022-10.clerk',
      'x1.f1.2022-11.clerk',
      'x1.f1.2022-12.clerk',
      'x1.f1.2023-01.clerk',
    ]);
    expect((await obligationsOf('x1.f2.'))[0]).toBe('x1.f2.2023-01.clerk');
    // October, November and December of x1.f1 are past due at once: said by the check and the save
    expect(res.body.pastDue).toMatchObject({ count: 3, units: 1 });
    expect(foreseen.body.pastDue).toEqual(res.body.pastDue);
  });

  it('a new follow-up of a kept measure sent with October: owed from October', async () => {
    const body = await changed('แผน เพิ่มข้อ ๒ ของ i6', (measures) =>
      measures.find((m) => m.measureId === 'i6')!.followUps.push(monthly(2, { firstMonth: OCTOBER })),
    );
    const res = await putPlan(f, body, fy);
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
    expect((await measureOf('i6')).followUps[1]!.firstMonth).toBeUndefined();
    expect((await obligationsOf('i6.f2.'))[0]).toBe('i6.f2.2022-10.clerk');
    expect(res.body.pastDue).toMatchObject({ count: 3 });
  });

  it('a kept follow-up whose cadence changed (i6 f1 April–September made monthly) sent with October: owed from October', async () => {
    const body = await changed('แผน i6 รายเดือน', (measures) => {
      const f1 = measures.find((m) => m.measureId === 'i6')!.followUps[0]!;
      f1.cadence = 'monthly';
      f1.firstMonth = OCTOBER;
    });
    const res = await putPlan(f, body, fy);
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
    expect((await measureOf('i6')).followUps[0]!.firstMonth).toBeUndefined();
    expect((await obligationsOf('i6.f1.'))[0]).toBe('i6.f1.2022-10.clerk');
  });

  it('the same plan sent again with October still named: nothing saved', async () => {
    const before = await savedPlan(f, fy);
    const body = await changed(before.title, (measures) => {
      measures.find((m) => m.measureId === 'x1')!.followUps[0]!.firstMonth = OCTOBER;
    });
    const res = await putPlan(f, body, fy);
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
    expect(res.body.unchanged).toBeDefined();
    expect((await savedPlan(f, fy)).version).toBe(before.version);
  });
});

describe('a unit’s first month of October (unitFirstMonths) is stored as none, as a follow-up’s is', () => {
  it('กองคลัง added to i6 on 10 January with October: no first month stored, its reports from October; sent again, nothing saved', async () => {
    const body = await changed('แผน i6 กองคลัง', (measures) => {
      const i6 = measures.find((m) => m.measureId === 'i6')!;
      i6.responsible = { ...i6.responsible, unitIds: ['clerk', 'finance'], unitFirstMonths: { finance: OCTOBER } };
    });
    const res = await putPlan(f, body, fy);
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
    expect((await measureOf('i6')).responsible.unitFirstMonths).toBeUndefined();
    expect((await obligationsOf('i6.f1.', who.financeStaff))[0]).toBe('i6.f1.2022-10.finance');
    const again = await putPlan(f, { ...body, expectedVersion: res.body.plan.version }, fy);
    expect(again.status, JSON.stringify(again.body.error)).toBe(200);
    expect(again.body.unchanged).toBeDefined();
  });

  it('a unit added to x1 f2’s own units with October: none on the follow-up; a November kept beside it', async () => {
    const body = await changed('แผน x1 หน่วยงาน', (measures) => {
      const x1 = measures.find((m) => m.measureId === 'x1')!;
      x1.responsible = { ...x1.responsible, unitIds: ['clerk', 'finance', 'engineering'] };
      x1.followUps[0]!.unitIds = ['clerk'];
      x1.followUps[1]!.unitIds = ['clerk'];
    });
    expect((await putPlan(f, body, fy)).status).toBe(200);
    const next = await changed('แผน x1 หน่วยงาน ๒', (measures) => {
      const x1 = measures.find((m) => m.measureId === 'x1')!;
      x1.followUps[1]!.unitIds = ['clerk', 'finance', 'engineering'];
      x1.followUps[1]!.unitFirstMonths = { finance: OCTOBER, engineering: '2022-11' };
    });
    const res = await putPlan(f, next, fy);
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
    expect((await measureOf('x1')).followUps[1]!.unitFirstMonths).toEqual({ engineering: '2022-11' });
  });
});
