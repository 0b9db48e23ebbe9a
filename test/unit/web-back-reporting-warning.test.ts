// Tester s48: the documents screen let a coordinator make and publish a results report the day the
// plan was saved, while every unit was still back-reporting, with no word of it. Before generating
// and before publishing a results report it now says how much is still in its grace and until when
// (backReportingWarning, from the year's obligations with status due).
import { describe, expect, it } from 'vitest';
import type { Obligation } from '../../web/src/api-types.js';
import { backReportingWarning } from '../../web/src/due-notes.js';
import { buildAnnualReport } from '../../shared/documents/annual-report-model.js';
import { assembleOrgYear } from '../../shared/domain/org-year.js';
import type { StoredPlan } from '../../shared/domain/plan.js';
import type { PlainDate } from '../../shared/domain/plain-date.js';
import type { Report } from '../../shared/domain/report.js';
import { overdueAfter } from '../../shared/domain/settlement.js';
import { toThaiDigits } from '../../shared/domain/thai-format.js';
import { SAMPLE_ORG, SAMPLE_UNITS } from '../support/document-samples.js';
import { lateAdditionPlan, sentReport } from '../support/late-addition-year.js';

const o = (dueDate: string, onTimeUntil: string, periodEnd = dueDate, status: Obligation['status'] = 'due') =>
  ({ dueDate, onTimeUntil, periodEnd, status }) as Obligation;

describe('the warning before a results report is made or published while work is in its grace', () => {
  it('the plan saved 12 May 2027: October to April past due, on time until 17 May', () => {
    const items = [
      ...['2026-10-31', '2026-11-30', '2026-12-31', '2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30'].map((d) =>
        o(d, '2027-05-17'),
      ),
      // May's own report, due at the month's end: not yet due, not counted
      o('2027-05-31', '2027-05-31'),
    ];
    expect(backReportingWarning(items, '2027-05-12')).toBe(
      'ยังมี ๗ รายการที่อยู่ระหว่างส่งย้อนหลังถึง ๑๗ พฤษภาคม ๒๕๗๐ รายงานที่จัดทำตอนนี้จะยังไม่รวมผลเหล่านั้น',
    );
    // the half-year's: only the work of 1 October - 31 March
    expect(backReportingWarning(items, '2027-05-12', '2027-03-31')).toBe(
      'ยังมี ๖ รายการที่อยู่ระหว่างส่งย้อนหลังถึง ๑๗ พฤษภาคม ๒๕๗๐ รายงานที่จัดทำตอนนี้จะยังไม่รวมผลเหล่านั้น',
    );
  });

  it('two days of additions: the later last day', () => {
    const items = [o('2027-06-30', '2027-07-23'), o('2027-05-31', '2027-07-26')];
    expect(backReportingWarning(items, '2027-07-22')).toBe(
      'ยังมี ๒ รายการที่อยู่ระหว่างส่งย้อนหลังถึง ๒๖ กรกฎาคม ๒๕๗๐ รายงานที่จัดทำตอนนี้จะยังไม่รวมผลเหล่านั้น',
    );
  });

  it('nothing to say: the grace over, sent, or work not added late', () => {
    expect(backReportingWarning([o('2027-04-30', '2027-05-17')], '2027-05-18')).toBe('');
    expect(backReportingWarning([o('2027-04-30', '2027-05-17', '2027-04-30', 'submitted')], '2027-05-12')).toBe('');
    expect(backReportingWarning([o('2027-04-30', '2027-04-30')], '2027-04-20')).toBe('');
  });
});

// s49: the warning recounted the rule from status `due` alone and missed a report returned
// (ส่งกลับแก้ไข) while in its grace, which the results report counts รอส่งย้อนหลัง. It now reads
// the rule the counts use (settlement.ts inGraceOn), with a returned report as unsent.
describe('the warning counts what the results report counts as รอส่งย้อนหลัง', () => {
  it('a report returned while in its grace is counted, as the report counts it', () => {
    const items = [o('2027-04-30', '2027-05-17', '2027-04-30', 'returned'), o('2027-03-31', '2027-05-17')];
    expect(backReportingWarning(items, '2027-05-12')).toBe(
      'ยังมี ๒ รายการที่อยู่ระหว่างส่งย้อนหลังถึง ๑๗ พฤษภาคม ๒๕๗๐ รายงานที่จัดทำตอนนี้จะยังไม่รวมผลเหล่านั้น',
    );
  });

  it('only returned reports in grace, one of them past the half-year: the half-year counts its own', () => {
    const items = [
      o('2027-03-31', '2027-05-17', '2027-03-31', 'returned'),
      o('2027-04-30', '2027-05-18', '2027-04-30', 'returned'),
    ];
    expect(backReportingWarning(items, '2027-05-12', '2027-03-31')).toBe(
      'ยังมี ๑ รายการที่อยู่ระหว่างส่งย้อนหลังถึง ๑๗ พฤษภาคม ๒๕๗๐ รายงานที่จัดทำตอนนี้จะยังไม่รวมผลเหล่านั้น',
    );
    expect(backReportingWarning(items, '2027-05-12')).toBe(
      'ยังมี ๒ รายการที่อยู่ระหว่างส่งย้อนหลังถึง ๑๘ พฤษภาคม ๒๕๗๐ รายงานที่จัดทำตอนนี้จะยังไม่รวมผลเหล่านั้น',
    );
  });

  it('nothing to say of a returned report past its grace, or not added late, or of accepted work', () => {
    expect(backReportingWarning([o('2027-04-30', '2027-05-17', '2027-04-30', 'returned')], '2027-05-18')).toBe('');
    expect(backReportingWarning([o('2027-04-30', '2027-04-30', '2027-04-30', 'returned')], '2027-05-12')).toBe('');
    expect(backReportingWarning([o('2027-04-30', '2027-05-17', '2027-04-30', 'accepted')], '2027-05-12')).toBe('');
  });

  it.each([
    ['the tester’s year, saved 12 May 2027, some sent, one returned', '2027-05-12', 'year'],
    ['the same, its half-year', '2027-05-12', 'half-year'],
    ['a year without grace: the plan in place from the start', '2027-05-12', 'none'],
  ] as const)('%s: the same number as the report', (_name, asOf, scope) => {
    const addedOn = scope === 'none' ? undefined : ('2027-05-12' as const);
    const plan = graced(addedOn);
    const at = '2027-05-12T04:00:00.000Z';
    const reports = new Map<string, Report>([
      ['i4.f1.2026-10.clerk', report('i4.f1.2026-10.clerk', at, 'submitted')],
      ['i4.f1.2026-11.clerk', report('i4.f1.2026-11.clerk', at, 'returned')],
      ['i4.f1.2027-04.finance', report('i4.f1.2027-04.finance', at, 'returned')],
      ['i4.f1.2026-12.finance', report('i4.f1.2026-12.finance', at, 'accepted')],
    ]);
    const half = scope === 'half-year';
    const model = buildAnnualReport({
      org: SAMPLE_ORG,
      units: SAMPLE_UNITS,
      plan,
      reports,
      asOf,
      ...(half ? { scope: 'half-year' as const } : {}),
    });
    // the page's obligations as the API gives them (fiscal-year-obligations.ts toView)
    const { tracked } = assembleOrgYear({ plan, reports, units: SAMPLE_UNITS, dueRules: SAMPLE_ORG.dueRules, asOf });
    const views = tracked.map(
      ({ obligation: ob, status }) => ({ ...ob, onTimeUntil: overdueAfter(ob, asOf), status }) as unknown as Obligation,
    );
    const warning = backReportingWarning(views, asOf, half ? '2027-03-31' : undefined);
    const counted = model.statistics.total.inGrace ?? 0;
    expect(scope === 'none' ? counted === 0 : counted > 2).toBe(true);
    expect(warning.match(/^ยังมี ([๐-๙]+) รายการ/)?.[1] ?? '๐').toBe(toThaiDigits(counted));
  });
});

const graced = (addedOn?: PlainDate): StoredPlan => lateAdditionPlan(addedOn, addedOn);

const report = (obligationId: string, at: string, reviewState: Report['reviewState']): Report =>
  sentReport(obligationId, at, { reviewState });

// re-check 2 s49: on the last day of a grace the warning said nothing, while the overview counted the
// work รอส่งย้อนหลัง: a report made that day counts it ไม่ได้ส่ง, yet sent that day it is on time
describe("the warning on a grace's last day", () => {
  it('says how many can still be sent on time today and that a report made today counts them ไม่ได้ส่ง', () => {
    expect(backReportingWarning([o('2027-04-30', '2027-05-17'), o('2027-03-31', '2027-05-17')], '2027-05-17')).toBe(
      'ยังมี ๒ รายการที่ส่งย้อนหลังได้ตรงเวลาถึงวันนี้ (๑๗ พฤษภาคม ๒๕๗๐) รายงานที่จัดทำวันนี้จะนับเป็นไม่ได้ส่ง',
    );
  });

  it('a returned report on its last day is counted too', () => {
    expect(backReportingWarning([o('2027-09-30', '2027-10-01', '2027-09-30', 'returned')], '2027-10-01')).toBe(
      'ยังมี ๑ รายการที่ส่งย้อนหลังได้ตรงเวลาถึงวันนี้ (๑ ตุลาคม ๒๕๗๐) รายงานที่จัดทำวันนี้จะนับเป็นไม่ได้ส่ง',
    );
  });

  it('beside work whose grace goes on: both, the later one first', () => {
    expect(backReportingWarning([o('2027-06-30', '2027-07-23'), o('2027-05-31', '2027-07-22')], '2027-07-22')).toBe(
      'ยังมี ๑ รายการที่อยู่ระหว่างส่งย้อนหลังถึง ๒๓ กรกฎาคม ๒๕๗๐ รายงานที่จัดทำตอนนี้จะยังไม่รวมผลเหล่านั้น และอีก ๑ รายการที่ส่งย้อนหลังได้ตรงเวลาถึงวันนี้ (๒๒ กรกฎาคม ๒๕๗๐) รายงานที่จัดทำวันนี้จะนับเป็นไม่ได้ส่ง',
    );
  });
});
