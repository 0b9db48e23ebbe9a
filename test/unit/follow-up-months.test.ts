// Review 17 s13, S13-3: a reported follow-up's cadence could never change mid-year, and the page's
// advice (keep the old follow-up, add a new one) left the old monthly periods running to September.
// A follow-up now carries the first and/or last month it covers: obligations (and so reminders,
// escalations, compliance figures and documents, all made from them) stop or start there, and the
// guard refuses only what would orphan a report.
import { describe, expect, it } from 'vitest';
import { expandPlan, obligationCount } from '../../shared/domain/obligations.js';
import {
  firstRoundCoverage,
  followUpMonthsLabel,
  followUpMonthsOutsideFiscalYear,
  monthsAsStored,
  periodSpans,
  timeframeMonthsFor,
} from '../../shared/domain/follow-up-months.js';
import { periodsFor } from '../../shared/domain/periods.js';
import { planSummaryLines } from '../../shared/import/import-plan.js';
import { isPlaceholder, reportsOrphanedBy, stampReportedPastStop } from '../../shared/domain/plan-reports-guard.js';
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

  it('from its first month keeps a quarter (or half, or the year) one of whose months is covered', () => {
    const quarterly = withI4FollowUps([{ ...i4f2, cadence: 'quarterly', firstMonth: '2023-02', lastMonth: '2023-06' }]);
    expect(periodsOf(quarterly, 2)).toEqual(['Q2', 'Q3']);
    const annual = withI4FollowUps([{ ...i4f2, cadence: 'annual', firstMonth: '2023-09' }]);
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

// tester s43 F2: a cancelled yearly measure stopped after February ("หยุดการติดตามผลข้อนี้หลังเดือน
// กุมภาพันธ์") still owed its September report: a period was kept when one of its months was covered.
// A stop now ends every period that ends after it, but one a unit reported on.
describe('a follow-up stopped after a month owes no period that ends after it', () => {
  it('a yearly follow-up stopped in February owes nothing for the year', () => {
    const annual = withI4FollowUps([{ ...i4f2, cadence: 'annual', lastMonth: '2023-02' }]);
    expect(periodsOf(annual, 2)).toEqual([]);
    expect(obligationCount(annual, FIVE_UNITS)).toBe(expandPlan(annual, FIVE_UNITS).length);
  });

  it('a half-yearly one stopped in February owes nothing; stopped in March it owes H1', () => {
    const feb = withI4FollowUps([{ ...i4f2, cadence: 'semiannual', lastMonth: '2023-02' }]);
    expect(periodsOf(feb, 2)).toEqual([]);
    const march = withI4FollowUps([{ ...i4f2, cadence: 'semiannual', lastMonth: '2023-03' }]);
    expect(periodsOf(march, 2)).toEqual(['H1']);
  });

  it('a quarterly one stopped in May owes Q1 and Q2 only; a one-off is owed whatever its months', () => {
    const quarterly = withI4FollowUps([{ ...i4f2, cadence: 'quarterly', lastMonth: '2023-05' }]);
    expect(periodsOf(quarterly, 2)).toEqual(['Q1', 'Q2']);
    const once = withI4FollowUps([{ ...i4f2, cadence: 'once', dueDate: '2023-08-31', lastMonth: '2023-02' }]);
    expect(periodsOf(once, 2)).toEqual(['ONCE']);
  });

  it('keeps, for the unit that reported on it, a period past the stop (reportedPastStop, stamped by the save)', () => {
    const annual = withI4FollowUps([{ ...i4f2, cadence: 'annual', lastMonth: '2023-02' }]);
    const reports = [
      { obligationId: 'i4.f2.FY.finance', unitId: 'finance', progress: 'in_progress' as const },
      // a placeholder ("ร่าง", not started, nothing else written) keeps nothing
      { obligationId: 'i4.f2.FY.clerk', unitId: 'clerk', progress: 'not_started' as const },
    ];
    stampReportedPastStop(annual, reports);
    const f2 = annual.measures.find((m) => m.measureId === 'i4')!.followUps[0]!;
    expect(f2.reportedPastStop).toEqual(['FY.finance']);
    const made = expandPlan(annual, FIVE_UNITS).filter((o) => o.measureId === 'i4');
    expect(made.map((o) => o.obligationId)).toEqual(['i4.f2.FY.finance']);
    expect(obligationCount(annual, FIVE_UNITS)).toBe(expandPlan(annual, FIVE_UNITS).length);
    // the guard then finds the finance report at home, and the placeholder holds nothing
    const before = { plan: seed, orgUnitIds: FIVE_UNITS };
    expect(
      reportsOrphanedBy(
        annual,
        reports.filter((r) => !isPlaceholder(r)),
        before,
      ),
    ).toEqual([]);
    // a stamp from a request is the save's to set: without reports it is taken off
    stampReportedPastStop(annual, []);
    expect(f2.reportedPastStop).toBeUndefined();
  });

  it("a measure's timeframe ending in February gives each follow-up the period its work ends in", () => {
    const months = { lastMonth: '2023-02' };
    expect(timeframeMonthsFor(months, 'monthly', 2566)).toEqual({ lastMonth: '2023-02' });
    expect(timeframeMonthsFor(months, 'quarterly', 2566)).toEqual({ lastMonth: '2023-03' });
    expect(timeframeMonthsFor(months, 'annual', 2566)).toEqual({});
    expect(timeframeMonthsFor({ firstMonth: '2023-01', lastMonth: '2023-07' }, 'semiannual', 2566)).toEqual({
      firstMonth: '2023-01',
    });
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

// the page loads follow-up-months.ts: its own period spans keep due rules (and zod) out of the page's
// bundle, and must be periodsFor's exactly
describe("a cadence's period spans, without due dates", () => {
  it.each(['monthly', 'quarterly', 'semiannual', 'april-september', 'annual', 'unspecified', 'once'] as const)(
    '%s: the same starts and ends as periodsFor, in FY2566 and FY2570',
    (cadence) => {
      for (const fy of [2566, 2570])
        expect(periodSpans(cadence, fy).map((p) => [p.start, p.end])).toEqual(
          periodsFor(cadence, fy).map((p) => [p.start, p.end]),
        );
    },
  );
});

// Tester s44: quarterly from March owes the whole January-March quarter, and nothing said so. The
// words are built from the cadence's periods (periodSpans), and agree with the periods made.
describe('a follow-up starting inside a quarter or half says its first round covers the whole period', () => {
  it.each([
    ['quarterly', '2023-03', 'เริ่มเดือนมีนาคม: รายงานรอบไตรมาส ม.ค.–มี.ค. ครอบคลุมทั้งไตรมาส', 'Q2'],
    ['quarterly', '2022-11', 'เริ่มเดือนพฤศจิกายน: รายงานรอบไตรมาส ต.ค.–ธ.ค. ครอบคลุมทั้งไตรมาส', 'Q1'],
    ['semiannual', '2023-05', 'เริ่มเดือนพฤษภาคม: รายงานรอบครึ่งปี เม.ย.–ก.ย. ครอบคลุมทั้งครึ่งปี', 'H2'],
    ['april-september', '2023-01', 'เริ่มเดือนมกราคม: รายงานรอบครึ่งปี ต.ค.–มี.ค. ครอบคลุมทั้งครึ่งปี', 'H1'],
    // s45: an annual follow-up begun mid-year still owes its one round, the whole fiscal year's
    ['annual', '2023-03', 'เริ่มเดือนมีนาคม: รายงานรอบปีงบประมาณ ต.ค.–ก.ย. ครอบคลุมทั้งปีงบประมาณ', 'FY'],
    ['annual', '2022-11', 'เริ่มเดือนพฤศจิกายน: รายงานรอบปีงบประมาณ ต.ค.–ก.ย. ครอบคลุมทั้งปีงบประมาณ', 'FY'],
    ['annual', '2023-09', 'เริ่มเดือนกันยายน: รายงานรอบปีงบประมาณ ต.ค.–ก.ย. ครอบคลุมทั้งปีงบประมาณ', 'FY'],
  ] as const)('%s from %s', (cadence, firstMonth, th, firstPeriod) => {
    expect(firstRoundCoverage({ cadence, firstMonth }, 2566)?.th).toBe(th);
    // the periods made start with that whole period
    const plan = withI4FollowUps([{ ...i4f2, cadence, firstMonth }]);
    expect(periodsOf(plan, 2)[0]).toBe(firstPeriod);
  });

  it.each([
    ['quarterly', '2023-04'],
    ['semiannual', '2022-10'],
    ['monthly', '2023-03'],
    ['annual', '2022-10'],
    ['once', '2023-03'],
    ['quarterly', undefined],
  ] as const)('%s from %s: nothing to say (a period’s first month, or no such period)', (cadence, firstMonth) => {
    expect(firstRoundCoverage({ cadence, firstMonth }, 2566)).toBeUndefined();
  });

  it("the import's summary (the CLI's) says it under the follow-up, whatever gave the month", () => {
    const plan = withI4FollowUps([{ ...i4f2, cadence: 'quarterly', firstMonth: '2023-03' }]);
    const lines = planSummaryLines({ plan, warnings: [] });
    const at = lines.findIndex((l) => l.startsWith('  ติดตามผลข้อ ๒: ทุกไตรมาส'));
    expect(lines[at]).toContain('(ตั้งแต่เดือนมีนาคม ๒๕๖๖)');
    expect(lines[at + 1]).toBe(
      "    เริ่มเดือนมีนาคม: รายงานรอบไตรมาส ม.ค.–มี.ค. ครอบคลุมทั้งไตรมาส / from 2023-03: the quarter's report covers 2023-01 to 2023-03, the whole quarter",
    );
    // a quarter's first month (neighbour): nothing more
    const april = planSummaryLines({
      plan: withI4FollowUps([{ ...i4f2, cadence: 'quarterly', firstMonth: '2023-04' }]),
      warnings: [],
    });
    expect(april.join('\n')).not.toContain('ครอบคลุมทั้ง');
  });

  it("the CLI's summary says an annual follow-up begun in March covers the whole fiscal year (s45)", () => {
    const lines = planSummaryLines({
      plan: withI4FollowUps([{ ...i4f2, cadence: 'annual', firstMonth: '2023-03' }]),
      warnings: [],
    });
    const at = lines.findIndex((l) => l.startsWith('  ติดตามผลข้อ ๒: '));
    expect(lines[at]).toContain('(ตั้งแต่เดือนมีนาคม ๒๕๖๖)');
    expect(lines[at + 1]).toBe(
      "    เริ่มเดือนมีนาคม: รายงานรอบปีงบประมาณ ต.ค.–ก.ย. ครอบคลุมทั้งปีงบประมาณ / from 2023-03: the fiscal year's report covers 2022-10 to 2023-09, the whole fiscal year",
    );
  });
});

describe('months as saves store them (monthsAsStored)', () => {
  it('a follow-up stored before session 53 from October to September reads as the whole year', () => {
    expect(monthsAsStored({ firstMonth: '2025-10', lastMonth: '2026-09' })).toEqual({});
    expect(monthsAsStored({ firstMonth: '2026-10', lastMonth: '2027-09' })).toEqual({});
  });
  it('months inside the year stay as they are, one bound alone too', () => {
    expect(monthsAsStored({ firstMonth: '2027-03', lastMonth: '2027-08' })).toEqual({
      firstMonth: '2027-03',
      lastMonth: '2027-08',
    });
    expect(monthsAsStored({ firstMonth: '2026-11', lastMonth: '2027-09' })).toEqual({ firstMonth: '2026-11' });
    expect(monthsAsStored({ firstMonth: '2026-10', lastMonth: '2027-07' })).toEqual({ lastMonth: '2027-07' });
  });
});
