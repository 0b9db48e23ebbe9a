// Tester s50 (P3): the plan imported on the real day (7 December 2026), then the results report made
// for 1 October 2023 on a time-travelled local system said "เริ่มใช้ระบบติดตามเมื่อ ๗ ธันวาคม ๒๕๖๙ รายงาน ๑๒
// รายการ … บันทึกย้อนหลัง", and its reports sent in 2023 counted as sent within that future grace. A
// report (or any reading of the year) for a day before the save reads the plan as if it had always
// been there, as the README says of the jobs (org-year.ts knownOn).
import { describe, expect, it } from 'vitest';
import { buildAnnualReport } from '../../shared/documents/annual-report-model.js';
import { assembleOrgYear } from '../../shared/domain/org-year.js';
import type { PlainDate } from '../../shared/domain/plain-date.js';
import type { Report } from '../../shared/domain/report.js';
import { SAMPLE_ORG, SAMPLE_UNITS } from '../support/document-samples.js';
import { lateAdditionPlan, sentReport } from '../support/late-addition-year.js';

const reportsOf = (reports: Report[]) => new Map(reports.map((r) => [r.obligationId, r]));
const LATE = [
  // October's, due 31 October 2026, sent two months late
  sentReport('i4.f1.2026-10.clerk', '2026-12-28T03:00:00.000Z'),
  sentReport('m9.f1.2027-01.finance', '2027-03-15T03:00:00.000Z'),
];

describe('a results report made for a day before its plan was saved reads the plan as if always there', () => {
  it.each<[string, PlainDate, PlainDate, 'year' | 'half-year']>([
    ['saved the day after the year ends, report of 1 October', '2027-10-02', '2027-10-01', 'year'],
    ['saved in 2029 (a plan imported on the real day), report of 1 October', '2029-12-07', '2027-10-01', 'year'],
    ['saved on 12 May, half-year report made on 1 April', '2027-05-12', '2027-04-01', 'half-year'],
  ])('%s: no "เริ่มใช้ระบบติดตาม" note, the late reports counted late', (_name, savedOn, asOf, scope) => {
    const m = buildAnnualReport({
      org: SAMPLE_ORG,
      units: SAMPLE_UNITS,
      plan: lateAdditionPlan(savedOn, savedOn),
      reports: reportsOf(LATE),
      asOf,
      scope,
    });
    expect(m.backRecorded).toBeUndefined();
    expect(m.statistics.total.onTime).toBe(0);
    expect(m.statistics.total.late).toBe(2);
    expect(m.statistics.total.inGrace ?? 0).toBe(0);
  });

  it('the year read on the day of the save itself still knows the addition (its grace)', () => {
    const year = assembleOrgYear({
      plan: lateAdditionPlan('2027-05-12', '2027-05-12'),
      reports: reportsOf([]),
      units: SAMPLE_UNITS,
      dueRules: {},
      asOf: '2027-05-12',
    });
    const october = year.trackedById.get('i4.f1.2026-10.clerk')!;
    expect(october.obligation.addedOn).toBe('2027-05-12');
    const before = assembleOrgYear({
      plan: lateAdditionPlan('2027-05-12', '2027-05-12'),
      reports: reportsOf([]),
      units: SAMPLE_UNITS,
      dueRules: {},
      asOf: '2027-05-11',
    });
    expect(before.trackedById.get('i4.f1.2026-10.clerk')!.obligation.addedOn).toBeUndefined();
  });
});
