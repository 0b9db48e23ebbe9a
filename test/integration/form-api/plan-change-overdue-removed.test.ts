// Tester s56 D: on 15 April the coordinator made i4.f2 (monthly, nobody reported October-March)
// quarterly and saved: the save started it from April, so the 30 overdue monthly reports, already
// escalated, left the staff page, the digests and the results report's missed count without a word.
// Now POST …/plan-checks and PUT /plan's answer say it (overdue-removed): how many, per unit, and
// what to do instead (stop the old follow-up after March, add a new one from April). Still saved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarizeCompliance } from '../../../shared/domain/compliance-summary.js';
import type { ImportWarning } from '../../../shared/import/import-warning.js';
import type { Measure } from '../../../shared/domain/plan.js';
import { bangkokDate } from '../../../shared/domain/plain-date.js';
import { loadOrgYear } from '../../../shared/store/fiscal-year-repository.js';
import { apiPath } from '../../../shared/api/api-path.js';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { changedPlanBody, checkPlan, obligationIdsOf, saveWithMeasure } from '../../support/plan-requests.js';

const APRIL_15 = new Date('2023-04-15T03:00:00Z');
const when = { now: APRIL_15 };
let f: ApiFixture;
beforeAll(async () => {
  f = await createApiFixture(when);
});
afterAll(async () => f?.close());

/** The year's missed count (the results report's "ไม่ได้ส่ง") on the API's day. */
async function missed(): Promise<number> {
  const org = (await f.repos.orgs.getOrg('demo'))!;
  const units = await f.repos.orgs.listUnits('demo');
  const today = bangkokDate(when.now);
  const year = (await loadOrgYear(f.store, org, units, 2566, today))!;
  return summarizeCompliance(year.tracked, { from: '2022-10-01', to: '2023-09-30' }, today, new Map()).total.missing;
}

const followUp = (ms: Measure[], measureId: string, no: number) =>
  ms.find((m) => m.measureId === measureId)!.followUps.find((x) => x.followUpNo === no)!;
const overdueRemoved = (warnings: ImportWarning[]) => warnings.filter((w) => w.code === 'overdue-removed');

/** POST …/plan-checks of the saved plan changed by `change`: its overdue-removed warnings. */
async function checked(change: (ms: Measure[]) => void): Promise<ImportWarning[]> {
  const body = await changedPlanBody(f, change);
  const res = await checkPlan(f, { title: body.title, measures: body.measures });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return overdueRemoved(res.body.warnings as ImportWarning[]);
}

describe('on 15 April, a change to i4.f2 (monthly, October-March never reported by any unit)', () => {
  it.each([
    ['made quarterly', (ms: Measure[]) => void (followUp(ms, 'i4', 2).cadence = 'quarterly')],
    ['made six-monthly', (ms: Measure[]) => void (followUp(ms, 'i4', 2).cadence = 'semiannual')],
    ['its months narrowed to April-September', (ms: Measure[]) => void (followUp(ms, 'i4', 2).firstMonth = '2023-04')],
  ])(
    '%s: the check says 30 overdue unsent reports leave the record, 6 of each unit, and how to change from April',
    async (_n, change) => {
      const [w, ...more] = await checked(change);
      expect(more).toEqual([]);
      expect(w).toMatchObject({ measureId: 'i4', followUpNo: 2 });
      expect(w!.message_th).toContain('ตัวชี้วัดที่ ๔ (i4) การติดตามผลข้อ ๒');
      expect(w!.message_th).toContain('ลบรายงานที่เลยกำหนดแล้วแต่ยังไม่ได้ส่ง ๓๐ รายการ');
      expect(w!.message_th).toContain('กองช่าง ๖ รายการ');
      expect(w!.message_th).toContain('กองคลัง ๖ รายการ');
      expect(w!.message_th).toContain('รอบตุลาคม ๒๕๖๕ - มีนาคม ๒๕๖๖');
      expect(w!.message_th).toContain(
        'ตั้ง "หยุดการติดตามผลข้อนี้หลังเดือน" เป็นมีนาคม ๒๕๖๖ แล้วเพิ่มการติดตามผลข้อใหม่ที่ "เริ่มตั้งแต่เดือน" เมษายน ๒๕๖๖',
      );
      expect(w!.message_en).toContain('removes 30 overdue, unsent reports');
      expect(w!.message_en).toContain('"กองช่าง" (engineering) 6');
    },
  );

  it('removed outright: the check names its 30 overdue reports, said of the measure (the follow-up is gone)', async () => {
    const [w, ...more] = await checked((ms) => {
      const i4 = ms.find((m) => m.measureId === 'i4')!;
      i4.followUps = i4.followUps.filter((x) => x.followUpNo !== 2);
    });
    expect(more).toEqual([]);
    expect(w).toMatchObject({ measureId: 'i4' });
    expect(w!.followUpNo).toBeUndefined();
    expect(w!.message_th).toContain('ยังไม่ได้ส่ง ๓๐ รายการ');
    expect(w!.message_th).toContain('ถ้าจะเปลี่ยนหรือยกเลิกการติดตามผลข้อนี้ตั้งแต่เดือนเมษายน ๒๕๖๖');
  });

  it('the documented way (stopped after March, a quarterly one added from April) removes nothing: no warning', async () => {
    expect(
      await checked((ms) => {
        const i4 = ms.find((m) => m.measureId === 'i4')!;
        const old = followUp(ms, 'i4', 2);
        old.lastMonth = '2023-03';
        i4.followUps.push({ ...old, followUpNo: 3, cadence: 'quarterly', lastMonth: undefined, firstMonth: '2023-04' });
      }),
    ).toEqual([]);
  });

  it('a change that keeps every overdue report (its text reworded) says nothing', async () => {
    expect(await checked((ms) => void (followUp(ms, 'i4', 2).text += ' (แก้ไขคำ)'))).toEqual([]);
  });

  it('saved quarterly: still saved, and the answer says what it removed; the missed count falls by those 30', async () => {
    const before = await missed();
    expect((await obligationIdsOf(f, who.engineeringStaff)).filter((id) => id.startsWith('i4.f2.2023-0'))).toContain(
      'i4.f2.2023-03.engineering',
    );
    const res = await saveWithMeasure(f, 'i4', (m) => {
      m.followUps.find((x) => x.followUpNo === 2)!.cadence = 'quarterly';
      return m;
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const [w, ...more] = overdueRemoved(res.body.warnings as ImportWarning[]);
    expect(more).toEqual([]);
    expect(w!.message_th).toContain('การบันทึกนี้ลบรายงานที่เลยกำหนดแล้วแต่ยังไม่ได้ส่ง ๓๐ รายการออกจากระบบแล้ว');
    expect(w!.message_en).toContain('this save removed 30 overdue, unsent reports');
    expect(await missed()).toBe(before - 30);
    expect(await obligationIdsOf(f, who.engineeringStaff)).not.toContain('i4.f2.2023-03.engineering');
  });
});

describe('quarterly made yearly on 15 April (quarters 1 and 2 overdue, unreported)', () => {
  beforeAll(async () => {
    // i5.f1 made quarterly in October: it owes the whole year
    when.now = new Date('2022-10-20T03:00:00Z');
    const res = await saveWithMeasure(f, 'i5', (m) => {
      m.followUps.find((x) => x.followUpNo === 1)!.cadence = 'quarterly';
      return m;
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    when.now = APRIL_15;
  });

  it('the check says 10 overdue reports leave, two quarters of each unit', async () => {
    const [w, ...more] = await checked((ms) => void (followUp(ms, 'i5', 1).cadence = 'annual'));
    expect(more).toEqual([]);
    expect(w).toMatchObject({ measureId: 'i5', followUpNo: 1 });
    expect(w!.message_th).toContain('ยังไม่ได้ส่ง ๑๐ รายการ');
    expect(w!.message_th).toContain('กองช่าง ๒ รายการ');
    expect(w!.message_th).toContain('รอบไตรมาสที่ ๑ ปีงบประมาณ ๒๕๖๖ - ไตรมาสที่ ๒ ปีงบประมาณ ๒๕๖๖');
  });

  it('a unit that reported quarter 1: its report is the reports guard’s (reports-cut), the other 9 are counted', async () => {
    const sent = await call(f.handler, {
      method: 'PUT',
      path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report', {
        fy: 2566,
        obligationId: 'i5.f1.Q1.engineering',
      }),
      as: who.engineeringStaff,
      body: { progress: 'done', summary: 'รายงานผลต่อที่ประชุมแล้ว' },
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    const body = await changedPlanBody(f, (ms) => void (followUp(ms, 'i5', 1).cadence = 'annual'));
    const res = await checkPlan(f, { title: body.title, measures: body.measures });
    const codes = (res.body.warnings as ImportWarning[]).map((w) => w.code);
    expect(codes).toEqual(['reports-cut', 'overdue-removed']);
    const [w] = overdueRemoved(res.body.warnings as ImportWarning[]);
    expect(w!.message_th).toContain('ยังไม่ได้ส่ง ๙ รายการ');
    expect(w!.message_th).toContain('กองช่าง ๑ รายการ');
  });
});
