// Session 53 (P1): a follow-up's last month of September, the fiscal year's last, was stored as sent,
// while a first month of October is stored as none (s51, s52): the same plan re-sent with or without
// "หยุดหลังเดือนกันยายน" saved a new version, and the plan document printed a stop that stops nothing.
// Now both ends of the year are stored as none (yearBoundsAsNone, shared/domain/mid-year-additions.ts):
// the plan is the same plan either way, its obligations unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FollowUp, Measure } from '../../../shared/domain/plan.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { changedPlanBody, obligationIdsOf, putPlan, savedMeasure, savedPlan } from '../../support/plan-requests.js';

let f: ApiFixture;
const fy = 2566;
const SEPTEMBER = '2023-09';

beforeAll(async () => (f = await createApiFixture({ now: new Date('2023-01-10T10:00:00+07:00') })));
afterAll(async () => f?.close());

const changed = (change: (measures: Measure[]) => void, title?: string) => changedPlanBody(f, change, { fy, title });
const measureOf = (measureId: string) => savedMeasure(f, measureId, fy);
const i6 = (measures: Measure[]) => measures.find((m) => m.measureId === 'i6')!;
const monthly = (followUpNo: number, more: Partial<FollowUp> = {}): FollowUp => ({
  followUpNo,
  text: 'รายงานผลการตรวจประจำเดือน',
  cadence: 'monthly',
  audience: [],
  ...more,
});

describe('a follow-up’s last month of September (the fiscal year’s last) is stored as none', () => {
  it('the saved plan sent again with i6 f1 stopped after September: nothing saved, the same obligations', async () => {
    const before = await savedPlan(f, fy);
    const owed = await obligationIdsOf(f, who.clerkStaff, fy);
    const res = await putPlan(f, await changed((measures) => (i6(measures).followUps[0]!.lastMonth = SEPTEMBER)), fy);
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
    expect(res.body.unchanged).toBeDefined();
    expect((await savedPlan(f, fy)).version).toBe(before.version);
    expect((await measureOf('i6')).followUps[0]!.lastMonth).toBeUndefined();
    expect(await obligationIdsOf(f, who.clerkStaff, fy)).toEqual(owed);
  });

  it('a follow-up added with September as its last month: stored without one; sent again without it, nothing saved', async () => {
    const body = await changed(
      (measures) => i6(measures).followUps.push(monthly(2, { lastMonth: SEPTEMBER })),
      'แผน i6 ข้อ ๒',
    );
    const res = await putPlan(f, body, fy);
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
    expect(res.body.unchanged).toBeUndefined();
    const f2 = (await measureOf('i6')).followUps[1]!;
    expect(f2.lastMonth).toBeUndefined();
    // the save's month for an addition, as without a last month
    expect(f2.firstMonth).toBe('2023-01');
    const owed = await obligationIdsOf(f, who.clerkStaff, fy);
    expect(owed.filter((id) => id.startsWith('i6.f2.')).at(-1)).toBe('i6.f2.2023-09.clerk');
    const again = await putPlan(f, await changed((measures) => delete i6(measures).followUps[1]!.lastMonth), fy);
    expect(again.status, JSON.stringify(again.body.error)).toBe(200);
    expect(again.body.unchanged).toBeDefined();
  });

  it('a quarterly follow-up from November to September: its first month kept, no last month', async () => {
    const res = await putPlan(
      f,
      await changed(
        (measures) =>
          i6(measures).followUps.push({
            ...monthly(3, { firstMonth: '2022-11', lastMonth: SEPTEMBER }),
            cadence: 'quarterly',
          }),
        'แผน i6 ข้อ ๓',
      ),
      fy,
    );
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
    const f3 = (await measureOf('i6')).followUps[2]!;
    expect(f3.firstMonth).toBe('2022-11');
    expect(f3.lastMonth).toBeUndefined();
  });

  it('a plan stored with September before this rule: sent again with or without it, nothing saved', async () => {
    // as a save before session 53 stored it
    const stored = await f.repos.plans.getPlan('demo', fy);
    const plan = structuredClone(stored!);
    plan.measures.find((m) => m.measureId === 'i6')!.followUps[0]!.lastMonth = SEPTEMBER;
    await f.repos.plans.savePlan(plan, {
      actor: 'system:seed',
      expectedVersion: stored!.version,
      replaced: stored,
      now: new Date('2023-01-10T03:00:00Z'),
    });
    const version = (await savedPlan(f, fy)).version;
    for (const body of [
      await changed(() => {}),
      await changed((measures) => delete i6(measures).followUps[0]!.lastMonth),
    ]) {
      const res = await putPlan(f, body, fy);
      expect(res.status, JSON.stringify(res.body.error)).toBe(200);
      expect(res.body.unchanged).toBeDefined();
      expect((await savedPlan(f, fy)).version).toBe(version);
    }
  });
});
