// Review 17 s13, S13-3 (units): a follow-up may name its own units among its measure's, so a unit
// leaves one duty from a month on (stop the follow-up after that month, add one without the unit).
// Obligations (and so reminders, counts, documents) follow; the guard refuses only what would
// orphan a report; the plan document says who reports on it.
import { describe, expect, it } from 'vitest';
import { buildPlanDocument } from '../../shared/documents/plan-document-model.js';
import { expandPlan, obligationCount } from '../../shared/domain/obligations.js';
import { reportsOrphanedBy } from '../../shared/domain/plan-reports-guard.js';
import { MeasureInput, type Plan } from '../../shared/domain/plan.js';
import { SEED_ORG, SEED_UNITS, storedSeedPlan } from '../support/seed-annual-report.js';
import { FIVE_UNITS, importSeedPlan } from '../support/seed-plan.js';

const { plan: seed } = importSeedPlan();
/** i4 of the FY2566 seed: every unit; follow-up 2 is monthly */
const withI4FollowUps = (followUps: Plan['measures'][number]['followUps']): Plan => ({
  ...seed,
  measures: seed.measures.map((m) => (m.measureId === 'i4' ? { ...m, followUps } : m)),
});
const i4 = seed.measures.find((m) => m.measureId === 'i4')!;
const i4f2 = i4.followUps.find((f) => f.followUpNo === 2)!;
const unitsOf = (plan: Plan, followUpNo: number, periodId: string) =>
  expandPlan(plan, FIVE_UNITS)
    .filter((o) => o.measureId === 'i4' && o.followUpNo === followUpNo && o.periodId === periodId)
    .map((o) => o.unitId)
    .sort();

describe('a follow-up with its own units', () => {
  const withoutFinance = ['clerk', 'engineering', 'education', 'health'];
  const revised = withI4FollowUps([
    { ...i4f2, lastMonth: '2023-03' },
    {
      followUpNo: 3,
      text: 'รายงานผลทุกเดือน',
      cadence: 'monthly',
      audience: [],
      firstMonth: '2023-04',
      unitIds: withoutFinance,
    },
  ]);

  it('asks only those units: กองคลัง reports March on the old one and nothing from April', () => {
    expect(unitsOf(revised, 2, '2023-03')).toEqual([...FIVE_UNITS].sort());
    expect(unitsOf(revised, 2, '2023-04')).toEqual([]);
    expect(unitsOf(revised, 3, '2023-04')).toEqual([...withoutFinance].sort());
    expect(unitsOf(revised, 3, '2023-09')).toEqual([...withoutFinance].sort());
    expect(obligationCount(revised, FIVE_UNITS)).toBe(expandPlan(revised, FIVE_UNITS).length);
  });

  it('names units of the org only: one the org no longer has makes nothing', () => {
    const gone = withI4FollowUps([{ ...i4f2, unitIds: ['finance', 'old-unit'] }]);
    expect(unitsOf(gone, 2, '2023-01')).toEqual(['finance']);
  });

  it('is refused by the guard when it takes off a unit that reported, allowed when it keeps it', () => {
    const before = { plan: seed, orgUnitIds: FIVE_UNITS };
    const report = { obligationId: 'i4.f2.2023-01.finance', unitId: 'finance' };
    const offFinance = withI4FollowUps([{ ...i4f2, unitIds: withoutFinance }]);
    expect(reportsOrphanedBy(offFinance, [report], before)).toMatchObject([
      { measureId: 'i4', followUpNo: 2, obligationsDropped: true },
    ]);
    const onlyFinance = withI4FollowUps([{ ...i4f2, unitIds: ['finance'] }]);
    expect(reportsOrphanedBy(onlyFinance, [report], before)).toEqual([]);
  });

  it('in the schema: among the measure’s units, each once, not empty', () => {
    const i6 = seed.measures.find((m) => m.measureId === 'i6')!; // สำนักปลัด only
    const parse = (unitIds: string[]) =>
      MeasureInput.safeParse({ ...i6, followUps: [{ ...i6.followUps[0]!, unitIds }] });
    expect(parse(['clerk']).success).toBe(true);
    for (const bad of [['finance'], ['clerk', 'clerk'], []]) {
      const r = parse(bad);
      expect(r.success, JSON.stringify(bad)).toBe(false);
      expect(r.error?.issues[0]?.path).toEqual(expect.arrayContaining(['followUps', 0, 'unitIds']));
    }
  });
});

describe('the plan document', () => {
  it('writes a follow-up’s own units after its text, by name', () => {
    const plan = storedSeedPlan();
    const i9 = plan.measures.find((m) => m.measureId === 'i9')!;
    i9.followUps[0]!.unitIds = ['engineering', 'education'];
    const model = buildPlanDocument({ org: SEED_ORG, units: SEED_UNITS, plan });
    const written = model.measures.find((m) => m.measureId === 'i9')!.followUps[0]!;
    expect(written).toContain('(หน่วยงานที่รายงาน: กองช่าง, กองการศึกษา)');
    const others = model.measures.find((m) => m.measureId === 'i4')!.followUps.join(' ');
    expect(others).not.toContain('หน่วยงานที่รายงาน');
  });
});

describe('a unit added to a measure during the year (review 17 s15, S15-1)', () => {
  it('owes that measure’s periods from its first month; the others the whole year', () => {
    const plan: Plan = {
      ...seed,
      measures: seed.measures.map((m) =>
        m.measureId === 'i4'
          ? { ...m, responsible: { ...m.responsible, unitFirstMonths: { engineering: '2023-01' } } }
          : m,
      ),
    };
    expect(unitsOf(plan, 2, '2022-12')).toEqual(['clerk', 'education', 'finance', 'health']);
    expect(unitsOf(plan, 2, '2023-01')).toEqual([...FIVE_UNITS].sort());
    // the quarter ending in December is not its; the year's annual period is
    const annual = withI4FollowUps([{ ...i4f2, cadence: 'annual' }]);
    const i4Annual = annual.measures.find((m) => m.measureId === 'i4')!;
    i4Annual.responsible = { ...i4Annual.responsible, unitFirstMonths: { engineering: '2023-01' } };
    expect(unitsOf(annual, 2, 'FY')).toEqual([...FIVE_UNITS].sort());
    expect(obligationCount(plan, FIVE_UNITS)).toBe(expandPlan(plan, FIVE_UNITS).length);
  });
});
