// Tester s51 (P1 for API clients): a plan re-sent as it was first sent, its follow-up's firstMonth
// left out, lost the month the save had given it: new-2 added on 15 November 2566 owed October too,
// due at once, escalated to the unit head and the executives. A kept follow-up (same measure,
// number and duty) whose body leaves firstMonth out now keeps the saved one; October sent ("from
// the year's start", the page's ต้นปีงบประมาณ) is stored as none. And (P3) the very plan saved sent
// again saves nothing: 200 with the current version and a Thai note (docs/api.md).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../../shared/domain/municipal-units.js';
import { type Measure, Plan } from '../../../shared/domain/plan.js';
import { importMeasuresDocument } from '../../../shared/import/measures-document.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { checkPlan, obligationIdsOf, putPlan, savedPlan } from '../../support/plan-requests.js';
import { SEED_DOCUMENT } from '../../support/seed-plan.js';

let f: ApiFixture;
let now = new Date('2023-10-05T10:00:00+07:00');
const fy = 2567;
const plan2567 = Plan.parse(
  importMeasuresDocument(readFileSync(SEED_DOCUMENT, 'utf8'), { orgId: 'demo', fy, units: MUNICIPAL_UNITS }).plan,
);

beforeAll(async () => {
  f = await createApiFixture({ clock: () => now });
  const res = await putPlan(f, { format: 'json', title: '', measures: plan2567.measures }, fy);
  expect(res.status, JSON.stringify(res.body.error)).toBe(200);
  now = new Date('2023-11-15T10:00:00+07:00');
});
afterAll(async () => f?.close());

/** The tester's measure: one monthly follow-up for กองสาธารณสุขฯ, no firstMonth. */
const new2 = (): Measure => ({
  ...structuredClone(plan2567.measures[0]!),
  measureId: 'new-2',
  order: plan2567.measures.length + 1,
  title: 'มาตรการตรวจสอบสุขาภิบาลอาหารประจำเดือน',
  responsible: { text: 'กองสาธารณสุขฯ', allUnits: false, unitIds: ['health'] },
  followUps: [{ followUpNo: 1, text: 'รายงานผลการตรวจประจำเดือน', cadence: 'monthly', audience: [] }],
});
const body = (measures: Measure[], title = '') => ({ format: 'json', title, measures });
const testerBody = () => body([...structuredClone(plan2567.measures), new2()]);
const check = (b: { title: string; measures: Measure[] }) => checkPlan(f, { title: b.title, measures: b.measures }, fy);
const followUp = async (measureId: string, no = 1) =>
  (await savedPlan(f, fy)).measures.find((m) => m.measureId === measureId)!.followUps.find((x) => x.followUpNo === no)!;
const obligationsOf = async (prefix: string) =>
  (await obligationIdsOf(f, who.coordinator, fy)).filter((id) => id.startsWith(prefix));

describe('the tester’s steps: new-2 added on 15 November 2566, the same body sent again', () => {
  it('the first save starts new-2 in November: health’s first report is new-2.f1.2023-11.health', async () => {
    const res = await putPlan(f, testerBody(), fy);
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
    expect(res.body.pastDue).toBeUndefined();
    expect((await followUp('new-2')).firstMonth).toBe('2023-11');
    expect((await obligationsOf('new-2.'))[0]).toBe('new-2.f1.2023-11.health');
  });

  it('POST plan-checks of the same body foresees nothing made due, as PUT answers', async () => {
    const res = await check(testerBody());
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
    expect(res.body.pastDue).toBeUndefined();
  });

  it('the same body again: nothing saved, 200 with the current version and a Thai note', async () => {
    const before = await savedPlan(f, fy);
    const res = await putPlan(f, testerBody(), fy);
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
    expect(res.body.pastDue).toBeUndefined();
    expect(res.body.plan.version).toBe(before.version);
    expect(res.body.unchanged.message_th).toBe(
      `ไม่ได้บันทึก: แผนที่ส่งมาเหมือนแผนฉบับที่ ${['', '๑', '๒', '๓'][before.version]} ที่บันทึกไว้แล้วทุกประการ จึงไม่สร้างฉบับใหม่`,
    );
    expect((await savedPlan(f, fy)).version).toBe(before.version);
    expect((await followUp('new-2')).firstMonth).toBe('2023-11');
    expect(await obligationsOf('new-2.')).not.toContain('new-2.f1.2023-10.health');
  });

  it('the body sent again with a new title: saved, new-2 keeps November, nothing past made due', async () => {
    const before = await savedPlan(f, fy);
    const b = { ...testerBody(), title: 'แผนมาตรการ (ปรับปรุง)' };
    expect((await check(b)).body.pastDue).toBeUndefined();
    const res = await putPlan(f, b, fy);
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
    expect(res.body.unchanged).toBeUndefined();
    expect(res.body.plan.version).toBe(before.version + 1);
    expect(res.body.pastDue).toBeUndefined();
    expect((await followUp('new-2')).firstMonth).toBe('2023-11');
    expect((await obligationsOf('new-2.'))[0]).toBe('new-2.f1.2023-11.health');
  });
});

describe('other kept duties re-sent without their months', () => {
  it('a unit added to a kept measure (new-2 + กองคลัง) on 15 November, re-sent without unitFirstMonths: กองคลัง from November', async () => {
    const withFinance = () => {
      const m = new2();
      m.responsible = { text: 'กองสาธารณสุขฯ และกองคลัง', allUnits: false, unitIds: ['health', 'finance'] };
      return m;
    };
    const first = await putPlan(f, body([...structuredClone(plan2567.measures), withFinance()], 'หน่วยงานเพิ่ม'), fy);
    expect(first.status, JSON.stringify(first.body.error)).toBe(200);
    const b = body([...structuredClone(plan2567.measures), withFinance()], 'หน่วยงานเพิ่ม ส่งซ้ำ');
    expect((await check(b)).body.pastDue).toBeUndefined();
    const again = await putPlan(f, b, fy);
    expect(again.status, JSON.stringify(again.body.error)).toBe(200);
    expect(again.body.pastDue).toBeUndefined();
    const saved = (await savedPlan(f, fy)).measures.find((m) => m.measureId === 'new-2')!;
    expect(saved.responsible.unitFirstMonths).toEqual({ finance: '2023-11' });
    expect(saved.followUps[0]!.firstMonth).toBe('2023-11');
    const finance = (await obligationIdsOf(f, who.financeStaff, fy)).filter((id) => id.startsWith('new-2.'));
    expect(finance[0]).toBe('new-2.f1.2023-11.finance');
  });

  it('a cadence changed on 15 November (i5 f4 semiannual → monthly), re-sent without firstMonth: monthly from November', async () => {
    const monthly = () =>
      plan2567.measures.map((m) => {
        const c = structuredClone(m);
        if (c.measureId === 'i5') c.followUps.find((x) => x.followUpNo === 4)!.cadence = 'monthly';
        return c;
      });
    const first = await putPlan(f, body([...monthly(), new2()], 'รอบใหม่'), fy);
    expect(first.status, JSON.stringify(first.body.error)).toBe(200);
    expect((await followUp('i5', 4)).firstMonth).toBe('2023-11');
    const b = body([...monthly(), new2()], 'รอบใหม่ ส่งซ้ำ');
    expect((await check(b)).body.pastDue).toBeUndefined();
    const again = await putPlan(f, b, fy);
    expect(again.status, JSON.stringify(again.body.error)).toBe(200);
    expect(again.body.pastDue).toBeUndefined();
    expect((await followUp('i5', 4)).firstMonth).toBe('2023-11');
    expect(await obligationsOf('i5.f4.')).not.toContain('i5.f4.2023-10.clerk');
  });

  it('re-sent on 10 January 2567: new-2 still from November (not October, nor January)', async () => {
    now = new Date('2024-01-10T10:00:00+07:00');
    const b = { ...testerBody(), title: 'แผนมาตรการ มกราคม' };
    expect((await check(b)).body.pastDue).toBeUndefined();
    const res = await putPlan(f, b, fy);
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
    expect(res.body.pastDue).toBeUndefined();
    expect((await followUp('new-2')).firstMonth).toBe('2023-11');
    expect((await obligationsOf('new-2.')).slice(0, 3)).toEqual([
      'new-2.f1.2023-11.health',
      'new-2.f1.2023-12.health',
      'new-2.f1.2024-01.health',
    ]);
  });
});

describe('"from the year’s start" said explicitly: October sent', () => {
  it('new-2 sent with firstMonth 2023-10: stored as none, the whole year owed, October made due now', async () => {
    const m = new2();
    m.followUps[0]!.firstMonth = '2023-10';
    const res = await putPlan(f, body([...structuredClone(plan2567.measures), m], 'ทั้งปี'), fy);
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
    expect(res.body.pastDue).toMatchObject({ count: 1, units: 1 });
    expect((await followUp('new-2')).firstMonth).toBeUndefined();
    expect((await obligationsOf('new-2.'))[0]).toBe('new-2.f1.2023-10.health');
  });

  it('sent again with October: nothing saved (the same plan as stored)', async () => {
    const m = new2();
    m.followUps[0]!.firstMonth = '2023-10';
    const before = await savedPlan(f, fy);
    const res = await putPlan(f, body([...structuredClone(plan2567.measures), m], 'ทั้งปี'), fy);
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
    expect(res.body.unchanged).toBeDefined();
    expect((await savedPlan(f, fy)).version).toBe(before.version);
  });
});
