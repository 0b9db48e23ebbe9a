// Review 17 s15, S15-1: S14-8's neighbours through PUT /plan. A unit added to a saved measure, or a
// kept follow-up's cadence changed (no reports yet), owed every period since 1 October: overdue in
// the unit's own list the moment it was saved. Now they owe the periods from the month of the save.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import { call } from '../../support/api-events.js';
import type { Measure } from '../../../shared/domain/plan.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { obligationIdsOf, putPlan, savedPlan, saveWithMeasure } from '../../support/plan-requests.js';

let f: ApiFixture;
// 2 February 2566 (Bangkok): FY2566 is four months in; a test may move the API's clock on
let now = new Date('2023-02-02T03:00:00Z');

beforeAll(async () => {
  f = await createApiFixture({ clock: () => now });
});
afterAll(async () => f?.close());

const measures = async () => savedPlan(f);
const saveWith = (measureId: string, change: (m: Measure) => Measure) => saveWithMeasure(f, measureId, change);
const i6Obligations = async (as: string) => (await obligationIdsOf(f, as)).filter((id) => id.startsWith('i6.'));

describe('changes to a saved measure in February', () => {
  it('กองช่าง added to i6 (สำนักปลัด’s) reports from February, not since October; สำนักปลัด keeps its periods', async () => {
    const res = await saveWith('i6', (m) => {
      m.responsible.unitIds = ['clerk', 'engineering'];
      m.followUps[0]!.cadence = 'monthly';
      return m;
    });
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
    const engineering = await i6Obligations(who.engineeringStaff);
    expect(engineering[0]).toBe('i6.f1.2023-02.engineering');
    expect(engineering).not.toContain('i6.f1.2022-10.engineering');
    expect(engineering).not.toContain('i6.f1.2023-01.engineering');
    const saved = (await measures()).measures.find((m) => m.measureId === 'i6')!;
    expect(saved.responsible.unitFirstMonths).toEqual({ engineering: '2023-02' });
    // the cadence changed from April-September to monthly: its new periods start in February too
    expect(saved.followUps[0]!.firstMonth).toBe('2023-02');
    const clerk = await i6Obligations(who.clerkStaff);
    expect(clerk[0]).toBe('i6.f1.2023-02.clerk');
  });

  it('a later save keeps กองช่าง’s first month, even when the client leaves it out', async () => {
    const res = await saveWith('i6', (m) => {
      delete m.responsible.unitFirstMonths;
      m.title = `${m.title} (ปรับปรุง)`;
      return m;
    });
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
    const saved = (await measures()).measures.find((m) => m.measureId === 'i6')!;
    expect(saved.responsible.unitFirstMonths).toEqual({ engineering: '2023-02' });
    expect(await i6Obligations(who.engineeringStaff)).not.toContain('i6.f1.2022-12.engineering');
  });
});

// tester s38: a report added past its due date was "overdue" in the unit's list the day after,
// while it still counted as on time (3 days after the save: settlement.ts onTimeUntil)
describe('a follow-up added on 2 February with a "once" date already past (20 January)', () => {
  const id = 'i4.f9.ONCE.finance';
  const view = async (on: string) => {
    now = new Date(`${on}T03:00:00Z`);
    const res = await call(f.handler, {
      method: 'GET',
      path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}', { fy: 2566, obligationId: id }),
      as: who.financeStaff,
    });
    const list = await call(f.handler, {
      method: 'GET',
      path: apiPath('/v1/fiscal-years/{fy}/obligations', { fy: 2566 }),
      as: who.financeStaff,
      query: { from: '2023-01-01', to: '2023-01-31' },
    });
    const listed = (list.body.items as { obligationId: string; status: string }[]).find((o) => o.obligationId === id);
    expect(listed?.status).toBe(res.body.status);
    return res.body as { status: string; dueDate: string; onTimeUntil: string };
  };

  beforeAll(async () => {
    now = new Date('2023-02-02T03:00:00Z');
    const res = await saveWith('i4', (m) => {
      m.followUps.push({
        followUpNo: 9,
        text: 'รายงานผลการตรวจสอบพัสดุประจำปีต่อนายกเทศมนตรี',
        cadence: 'once',
        audience: [],
        dueDate: '2023-01-20',
      });
      return m;
    });
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
  });
  afterAll(() => {
    now = new Date('2023-02-02T03:00:00Z');
  });

  it.each([
    ['the day it was added', '2023-02-02', 'due'],
    // three working days: Friday 3, Monday 6 and Tuesday 7 February
    ['a weekend day within its grace', '2023-02-05', 'due'],
    ['the last day it is on time', '2023-02-07', 'due'],
    ['the day after', '2023-02-08', 'overdue'],
  ])('on %s (%s): %s, on time until 7 February', async (_name, on, status) => {
    expect(await view(on)).toMatchObject({ status, dueDate: '2023-01-20', onTimeUntil: '2023-02-07' });
  });

  it('an obligation in the plan from the start: overdue the day after its due date, on time until it', async () => {
    now = new Date('2023-02-02T03:00:00Z');
    const res = await call(f.handler, {
      method: 'GET',
      path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}', {
        fy: 2566,
        obligationId: 'i4.f2.2023-01.finance',
      }),
      as: who.financeStaff,
    });
    expect(res.body).toMatchObject({ status: 'overdue', dueDate: '2023-01-31', onTimeUntil: '2023-01-31' });
  });
});

// tester s39 #1: FY2567's plan first saved on 5 December with i4's follow-up "unspecified" (what the
// importer leaves when the document names no cadence), then settled as monthly the same day: it
// printed "(ตั้งแต่เดือนธันวาคม)" and owed nothing for October and November. Settling "ไม่ระบุ"
// completes the plan as adopted: the whole year, the months already past due from the save on.
describe('FY2567 first saved on 5 December with an "unspecified" follow-up, then settled as monthly', () => {
  const december = new Date('2023-12-05T03:00:00Z');
  beforeAll(async () => {
    now = december;
    // last year's measures as this year's, without what the tests above gave them (dates, months)
    const seed = (await savedPlan(f, 2566)).measures.map((m) => ({
      ...m,
      responsible: { ...m.responsible, unitFirstMonths: undefined },
      followUps: m.followUps
        .filter((x) => x.cadence !== 'once')
        .map((x) => ({
          ...x,
          firstMonth: undefined,
          unitFirstMonths: undefined,
          ...(m.measureId === 'i4' ? { cadence: 'unspecified' as const } : {}),
        })),
    }));
    const first = await putPlan(f, { format: 'json', title: 'แผน ๒๕๖๗', measures: seed }, 2567);
    expect(first.status, JSON.stringify(first.body.error)).toBe(200);
    const settled = await saveWithMeasure(
      f,
      'i4',
      (m) => ({ ...m, followUps: m.followUps.map((x, i) => (i === 0 ? { ...x, cadence: 'monthly' } : x)) }),
      2567,
    );
    expect(settled.status, JSON.stringify(settled.body.error)).toBe(200);
  });
  afterAll(() => {
    now = new Date('2023-02-02T03:00:00Z');
  });

  it('owes October and November too, and the saved follow-up names no first month', async () => {
    const i4 = (await savedPlan(f, 2567)).measures.find((m) => m.measureId === 'i4')!;
    expect(i4.followUps[0]!.firstMonth).toBeUndefined();
    const ids = await obligationIdsOf(f, who.financeStaff, 2567);
    expect(ids).toEqual(expect.arrayContaining(['i4.f1.2023-10.finance', 'i4.f1.2023-11.finance']));
  });

  it('October’s report, due before the save, is on time until 8 December, not overdue at once', async () => {
    const res = await call(f.handler, {
      method: 'GET',
      path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}', {
        fy: 2567,
        obligationId: 'i4.f1.2023-10.finance',
      }),
      as: who.financeStaff,
    });
    expect(res.body).toMatchObject({ status: 'due', onTimeUntil: '2023-12-08' });
  });

  it('another follow-up left unspecified and one made quarterly: neither is given a first month', async () => {
    const res = await saveWithMeasure(
      f,
      'i4',
      (m) => ({ ...m, followUps: m.followUps.map((x, i) => (i === 1 ? { ...x, cadence: 'quarterly' } : x)) }),
      2567,
    );
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
    const i4 = (await savedPlan(f, 2567)).measures.find((m) => m.measureId === 'i4')!;
    expect(i4.followUps.map((x) => x.firstMonth ?? null)).toEqual(i4.followUps.map(() => null));
  });
});
