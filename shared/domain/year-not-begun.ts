// A results report of a fiscal year that has not begun reports nothing done (session 56, tester B):
// the document function refuses it and the documents screen says so first, in these words.
import { fiscalYearBounds } from './fiscal-calendar.js';
import { formatThaiDate, toThaiDigits } from './thai-format.js';

/** Why fiscal year `fy`'s results report cannot be made on `today` (Thai, English), or undefined once it has begun. */
export function yearNotBegun(fy: number, today: string): { th: string; en: string } | undefined {
  const { start } = fiscalYearBounds(fy);
  if (today >= start) return undefined;
  const starts = formatThaiDate(start);
  return {
    th: `ปีงบประมาณ พ.ศ. ${toThaiDigits(fy)} ยังไม่เริ่ม (เริ่ม ${starts}) จึงยังไม่มีผลการดำเนินการให้รายงาน จัดทำรายงานผลของปีนี้ได้ตั้งแต่วันที่ ${starts}`,
    en: `fiscal year ${fy} begins on ${start}: its results report can be made from that day`,
  };
}
