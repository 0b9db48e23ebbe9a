// Review 17 s15, S15-1: S14-8's neighbours through PUT /plan. A unit added to a saved measure, or a
// kept follow-up's cadence changed (no reports yet), owed every period since 1 October: overdue in
// the unit's own list the moment it was saved. Now they owe the periods from the month of the save.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import { call } from '../../support/api-events.js';
import type { Measure } from '../../../shared/domain/plan.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { obligationIdsOf, savedPlan, saveWithMeasure } from '../../support/plan-requests.js';

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
    ['the last day it is on time', '2023-02-05', 'due'],
    ['the day after', '2023-02-06', 'overdue'],
  ])('on %s (%s): %s, on time until 5 February', async (_name, on, status) => {
    expect(await view(on)).toMatchObject({ status, dueDate: '2023-01-20', onTimeUntil: '2023-02-05' });
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
