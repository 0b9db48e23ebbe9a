// Tester s48: the documents screen let a coordinator make and publish a results report the day the
// plan was saved, while every unit was still back-reporting, with no word of it. Before generating
// and before publishing a results report it now says how much is still in its grace and until when
// (backReportingWarning, from the year's obligations with status due).
import { describe, expect, it } from 'vitest';
import type { Obligation } from '../../web/src/api-types.js';
import { backReportingWarning } from '../../web/src/due-notes.js';

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

  it('nothing to say: the grace over or ending today (counted ไม่ได้ส่ง), sent, or work not added late', () => {
    expect(backReportingWarning([o('2027-04-30', '2027-05-17')], '2027-05-17')).toBe('');
    expect(backReportingWarning([o('2027-04-30', '2027-05-17', '2027-04-30', 'submitted')], '2027-05-12')).toBe('');
    expect(backReportingWarning([o('2027-04-30', '2027-04-30')], '2027-04-20')).toBe('');
  });
});
