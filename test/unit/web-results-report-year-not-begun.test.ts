// Session 56, tester B: the documents screen of a fiscal year that has not begun (next year's plan
// imported in September) says, before anything is asked of the API, that its results report cannot
// be made yet, in the words the document function's refusal uses; from 1 October it says nothing.
import { describe, expect, it } from 'vitest';
import { resultsReportNotYetNote } from '../../web/src/due-notes.js';

describe('the results report of a year not begun, on the documents screen', () => {
  it.each([
    [2567, '2023-09-29', '๑ ตุลาคม ๒๕๖๖', '๒๕๖๗'],
    [2567, '2023-09-30', '๑ ตุลาคม ๒๕๖๖', '๒๕๖๗'],
    [2568, '2023-06-01', '๑ ตุลาคม ๒๕๖๗', '๒๕๖๘'],
  ])('FY%s on %s: says when the year begins', (fy, today, starts, year) => {
    expect(resultsReportNotYetNote(today, fy)).toBe(
      `ปีงบประมาณ พ.ศ. ${year} ยังไม่เริ่ม (เริ่ม ${starts}) จึงยังไม่มีผลการดำเนินการให้รายงาน จัดทำรายงานผลของปีนี้ได้ตั้งแต่วันที่ ${starts}`,
    );
  });

  it.each([
    [2567, '2023-10-01'],
    [2566, '2023-09-29'],
    [2566, '2024-02-01'],
  ])('FY%s on %s: nothing (the year has begun)', (fy, today) => {
    expect(resultsReportNotYetNote(today, fy)).toBe('');
  });
});
