// Review 17 s15, S15-1: S14-8's neighbours through PUT /plan. A unit added to a saved measure, or a
// kept follow-up's cadence changed (no reports yet), owed every period since 1 October: overdue in
// the unit's own list the moment it was saved. Now they owe the periods from the month of the save.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Measure } from '../../../shared/domain/plan.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { obligationIdsOf, savedPlan, saveWithMeasure } from '../../support/plan-requests.js';

let f: ApiFixture;

beforeAll(async () => {
  // 2 February 2566 (Bangkok): FY2566 is four months in
  f = await createApiFixture({ now: new Date('2023-02-02T03:00:00Z') });
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
