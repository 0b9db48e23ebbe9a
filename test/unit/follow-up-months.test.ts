// Review 17 s13, S13-3: a reported follow-up's cadence could never change mid-year, and the page's
// advice (keep the old follow-up, add a new one) left the old monthly periods running to September.
// A follow-up now carries the first and/or last month it covers: obligations (and so reminders,
// escalations, compliance figures and documents, all made from them) stop or start there, and the
// guard refuses only what would orphan a report.
import { describe, expect, it } from 'vitest';
import { expandPlan, obligationCount } from '../../shared/domain/obligations.js';
import { followUpMonthsLabel, followUpMonthsOutsideFiscalYear } from '../../shared/domain/follow-up-months.js';
import { reportsOrphanedBy } from '../../shared/domain/plan-reports-guard.js';
import { MeasureInput, Plan } from '../../shared/domain/plan.js';
import { FIVE_UNITS, importSeedPlan } from '../support/seed-plan.js';

const { plan: seed } = importSeedPlan();
/** i4 of the FY2566 seed: follow-up 2 is monthly, for every unit */
const withI4FollowUps = (followUps: Plan['measures'][number]['followUps']): Plan => ({
  ...seed,
  measures: seed.measures.map((m) => (m.measureId === 'i4' ? { ...m, followUps } : m)),
});
const i4f2 = seed.measures.find((m) => m.measureId === 'i4')!.followUps.find((f) => f.followUpNo === 2)!;
const periodsOf = (plan: Plan, followUpNo: number) => [
  ...new Set(
    expandPlan(plan, FIVE_UNITS)
      .filter((o) => o.measureId === 'i4' && o.followUpNo === followUpNo)
      .map((o) => o.periodId),
  ),
];
const report = (periodId: string, followUpNo = 2) => ({
  obligationId: `i4.f${followUpNo}.${periodId}.finance`,
  unitId: 'finance',
});

describe('a follow-up stopped after a month, and a new one from the next month', () => {
  // the reviewer's: monthly to March, then quarterly from April
  const revised = withI4FollowUps([
    { ...i4f2, lastMonth: '2023-03' },
    { followUpNo: 3, text: 'รายงานผลทุกไตรมาส', cadence: 'quarterly', audience: [], firstMonth: '2023-04' },
  ]);

  it('makes the old monthly periods only to March and the new quarterly ones from April', () => {
    expect(periodsOf(revised, 2)).toEqual(['2022-10', '2022-11', '2022-12', '2023-01', '2023-02', '2023-03']);
    expect(periodsOf(revised, 3)).toEqual(['Q3', 'Q4']);
    expect(obligationCount(revised, FIVE_UNITS)).toBe(expandPlan(revised, FIVE_UNITS).length);
  });

  it('keeps a quarter (or half, or the year) one of whose months is covered', () => {
    const quarterly = withI4FollowUps([{ ...i4f2, cadence: 'quarterly', firstMonth: '2023-02', lastMonth: '2023-04' }]);
    expect(periodsOf(quarterly, 2)).toEqual(['Q2', 'Q3']);
    const annual = withI4FollowUps([{ ...i4f2, cadence: 'annual', lastMonth: '2022-10' }]);
    expect(periodsOf(annual, 2)).toEqual(['FY']);
    const halves = withI4FollowUps([{ ...i4f2, cadence: 'semiannual', firstMonth: '2023-04' }]);
    expect(periodsOf(halves, 2)).toEqual(['H2']);
  });

  it('is allowed by the guard when the old follow-up ends after its last reported month', () => {
    const before = { plan: seed, orgUnitIds: FIVE_UNITS };
    expect(reportsOrphanedBy(revised, [report('2023-02'), report('2023-03')], before)).toEqual([]);
  });

  it('is refused by the guard when it would orphan a report: ending before a reported month, starting after one', () => {
    const before = { plan: seed, orgUnitIds: FIVE_UNITS };
    const endsEarly = withI4FollowUps([{ ...i4f2, lastMonth: '2023-02' }]);
    expect(reportsOrphanedBy(endsEarly, [report('2023-03')], before)).toMatchObject([
      { measureId: 'i4', followUpNo: 2, obligationsDropped: true },
    ]);
    const startsLate = withI4FollowUps([{ ...i4f2, firstMonth: '2023-04' }]);
    expect(reportsOrphanedBy(startsLate, [report('2023-01')], before)).toMatchObject([
      { measureId: 'i4', followUpNo: 2, obligationsDropped: true },
    ]);
  });
});

describe('follow-up months in the plan schema', () => {
  const measure = seed.measures.find((m) => m.measureId === 'i4')!;

  it('are declared fields of a follow-up (YYYY-MM), refused otherwise', () => {
    const ok = MeasureInput.safeParse({ ...measure, followUps: [{ ...i4f2, firstMonth: '2023-04' }] });
    expect(ok.success).toBe(true);
    const bad = MeasureInput.safeParse({ ...measure, followUps: [{ ...i4f2, lastMonth: 'มีนาคม' }] });
    expect(bad.success).toBe(false);
  });

  it('must fall inside the fiscal year, the last not before the first (Thai first, field-level)', () => {
    const place = () => ({ th: 'มาตรการลำดับที่ ๑', en: 'measure 1' });
    const plan = {
      fy: 2566,
      measures: [
        {
          followUps: [
            { firstMonth: '2023-10' },
            { firstMonth: '2023-05', lastMonth: '2023-04' },
            { firstMonth: '2022-10', lastMonth: '2023-09' },
          ],
        },
      ],
    };
    const messages = followUpMonthsOutsideFiscalYear(plan, 'body', place);
    expect(messages.map((m) => m.path)).toEqual([
      'body.measures.0.followUps.0.firstMonth',
      'body.measures.0.followUps.1.lastMonth',
    ]);
    expect(messages[0]!.message_th).toContain('เดือนต้องอยู่ในปีงบประมาณ พ.ศ. ๒๕๖๖');
    expect(messages[1]!.message_th).toContain('เดือนสุดท้าย (เมษายน ๒๕๖๖) อยู่ก่อนเดือนแรก (พฤษภาคม ๒๕๖๖)');
  });

  it('are said in Thai as the page and the documents write them', () => {
    expect(followUpMonthsLabel({ lastMonth: '2023-03' })?.th).toBe('ถึงเดือนมีนาคม ๒๕๖๖');
    expect(followUpMonthsLabel({ firstMonth: '2023-04' })?.th).toBe('ตั้งแต่เดือนเมษายน ๒๕๖๖');
    expect(followUpMonthsLabel({})).toBeUndefined();
  });
});

describe('follow-up months in the documents', () => {
  it('are written before the cadence note, which still decides the cadence when read again', async () => {
    const { followUpWithCadence } = await import('../../shared/documents/document-model-fields.js');
    const { cadenceOfNote } = await import('../../shared/domain/plan-labels.js');
    const stopped = followUpWithCadence({ text: 'รายงานผลทุกเดือน', cadence: 'monthly', lastMonth: '2023-03' });
    expect(stopped).toBe('รายงานผลทุกเดือน (ถึงเดือนมีนาคม ๒๕๖๖) (ทุกเดือน)');
    expect(cadenceOfNote(stopped)).toBe('monthly');
    const started = followUpWithCadence({ text: 'รายงานผู้บริหาร', cadence: 'quarterly', firstMonth: '2023-04' });
    expect(started).toMatch(/^รายงานผู้บริหาร \(ตั้งแต่เดือนเมษายน ๒๕๖๖\) \(ทุกไตรมาส/);
    expect(cadenceOfNote(started)).toBe('quarterly');
    expect(followUpWithCadence({ text: 'รายงานผลทุกเดือน', cadence: 'monthly' })).toBe('รายงานผลทุกเดือน');
  });
});
