// The results report's statistics count every report of the year's plan, as its period lines do,
// also those due after 30 September: September's monthly report under "the 5th of the next month"
// (due 5 October), a semiannual report under "30 days after" (due 30 October), a quarterly one under
// "15th of the next month" (due 15 October). Before, the statistics stopped at the fiscal year's
// last day, so a report regenerated in November listed September's as sent ("ส่งแล้ว ๕/๕") and left
// them out of "ภาระการรายงานที่ครบกำหนด".
import { describe, expect, it } from 'vitest';
import { buildAnnualReport, STATUS_TH, type AnnualReportModel } from '../../shared/documents/annual-report-model.js';
import type { DueRules } from '../../shared/domain/due-rules.js';
import type { PlainDate } from '../../shared/domain/plain-date.js';
import { SAMPLE_ORG, SAMPLE_UNITS } from '../support/document-samples.js';
import { importSeedPlan } from '../support/seed-plan.js';

const { plan } = importSeedPlan();
const stored = { ...plan, version: 1, updatedAt: '2022-10-01T02:00:00.000Z', updatedBy: 'test' };

function build(dueRules: DueRules, asOf: PlainDate): AnnualReportModel {
  return buildAnnualReport({
    org: { ...SAMPLE_ORG, dueRules },
    units: SAMPLE_UNITS,
    plan: stored,
    reports: new Map(),
    asOf,
  });
}

const entries = (model: AnnualReportModel) =>
  model.measures.flatMap((m) => m.followUps.flatMap((f) => f.periods.flatMap((p) => p.entries.map(() => p.dueDate))));

const cases: [string, DueRules][] = [
  ['monthly reports due the 5th of the next month', { monthly: { kind: 'day-of-next-month', day: 5 } }],
  [
    'every report due 30 days after its period',
    Object.fromEntries(
      (['monthly', 'quarterly', 'semiannual', 'april-september', 'annual', 'once', 'unspecified'] as const).map((c) => [
        c,
        { kind: 'days-after', days: 30 },
      ]),
    ),
  ],
  [
    'monthly and quarterly reports due the 15th of the next month',
    {
      monthly: { kind: 'day-of-next-month', day: 15 },
      quarterly: { kind: 'day-of-next-month', day: 15 },
    },
  ],
];

describe("the results report's statistics cover the whole year's plan", () => {
  it.each(cases)('%s: regenerated on 20 November, every listed report is counted as due', (_, rules) => {
    const model = build(rules, '2023-11-20');
    const listed = entries(model);
    expect(listed.filter((d) => d > '2023-09-30').length).toBeGreaterThan(0);
    expect(model.statistics.total.due).toBe(listed.length);
    expect(model.statistics.total.missing).toBe(listed.length);
    expect(model.statistics.total.notYetDue).toBe(0);
  });

  it.each(cases)('%s: made on 1 October, those due in October are counted as not yet due', (_, rules) => {
    const model = build(rules, '2023-10-01');
    const listed = entries(model);
    const later = listed.filter((d) => d > '2023-10-01').length;
    expect(later).toBeGreaterThan(0);
    expect(model.statistics.total.notYetDue).toBe(later);
    expect(model.statistics.total.due).toBe(listed.length - later);
    const byUnit = model.statistics.byUnit.reduce((n, u) => n + u.counts.due + u.counts.notYetDue, 0);
    expect(byUnit).toBe(listed.length);
  });
});

// tester s38 n1: a plan saved late printed "ไม่ได้ส่ง" for reports still within their on-time grace
describe('the results report of a plan saved late (Monday 3 April) counts no report missing within its grace', () => {
  const late = {
    ...stored,
    measures: plan.measures.map((m) => ({
      ...m,
      followUps: m.followUps.map((f) => ({ ...f, addedOn: '2023-04-03' })),
    })),
  };
  const made = (asOf: PlainDate) =>
    buildAnnualReport({ org: SAMPLE_ORG, units: SAMPLE_UNITS, plan: late, reports: new Map(), asOf });
  const statuses = (model: AnnualReportModel) =>
    new Set(
      model.measures.flatMap((m) =>
        m.followUps.flatMap((f) => f.periods.flatMap((p) => p.entries.map((e) => STATUS_TH[e.status]))),
      ),
    );

  // its grace: Tuesday 4, Wednesday 5 and Friday 7 April (6 April, วันจักรี, a holiday)
  // those past their due date are รอส่งย้อนหลัง: due, not sent, not missing (tester s48)
  it.each(['2023-04-03', '2023-04-06'] as const)(
    'made on %s: none ไม่ได้ส่ง; past their due date รอส่งย้อนหลัง, the rest ยังไม่ถึงกำหนด',
    (asOf) => {
      const model = made(asOf);
      expect([...statuses(model)].sort()).toEqual(['ยังไม่ถึงกำหนด', 'รอส่งย้อนหลัง'].sort());
      const dueBy = entries(model).filter((d) => d <= asOf).length;
      expect(dueBy).toBeGreaterThan(0);
      expect(model.statistics.total).toMatchObject({ due: dueBy, inGrace: dueBy, missing: 0 });
    },
  );

  it('made on 7 April (its grace over that day): those due by then are ไม่ได้ส่ง', () => {
    const model = made('2023-04-07');
    const dueBy = entries(model).filter((d) => d <= '2023-04-07').length;
    expect(dueBy).toBeGreaterThan(0);
    expect(model.statistics.total).toMatchObject({ due: dueBy, missing: dueBy });
    expect(statuses(model)).toContain('ไม่ได้ส่ง');
  });
});
