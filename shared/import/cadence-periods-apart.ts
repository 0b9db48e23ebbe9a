// What the words of a recurring follow-up name that the product's periods do not follow: months
// named one by one that are not the cadence's period ends ("รายงานทุก 3 เดือน (ม.ค. เม.ย. ก.ค. ต.ค.)":
// the fiscal quarters end in Dec, Mar, Jun and Sep), and quarters named apart under a monthly report
// ("รายงานทุกเดือน ในไตรมาสที่ 2 และ 4": a follow-up's months are one run). The cadence stays as read;
// the coordinator is told (session 27's closing note).
import type { Cadence } from '../domain/due-rules.js';
import { toThaiDigits } from '../domain/thai-format.js';
import { regexMatches } from './regex-matches.js';
import { ANY_MONTH, MONTH, monthOf } from './thai-dates.js';
import { quartersListed } from './timeframe-months.js';

const MONTHS = new RegExp(ANY_MONTH, 'g');
/** "ต.ค. - มี.ค.", "ต.ค.ถึงมี.ค." (a match key): a span of months, the follow-up's months, not rounds. */
const MONTH_SPAN = new RegExp(`${MONTH}(?:[0-9]{2,4})?(?:[-–—~]|ถึง)${MONTH}`);
/** The last month of each period of a cadence (1-12), and their short Thai and English names. */
const PERIOD_ENDS: Partial<Record<Cadence, { months: number[]; th: string; en: string }>> = {
  quarterly: { months: [12, 3, 6, 9], th: 'ธ.ค. มี.ค. มิ.ย. และ ก.ย.', en: 'Dec, Mar, Jun and Sep' },
  semiannual: { months: [3, 9], th: 'มี.ค. และ ก.ย.', en: 'Mar and Sep' },
};

/**
 * Why the words of a follow-up read as `cadence` (`key`: their match key) name periods the cadence
 * does not follow, Thai first, quoting what they name; undefined when they do not. Months: two or
 * more named one by one (no span) of which one is not a period end. Quarters: two or more listed
 * under a monthly report, not in a row (in a row they are its months: timeframe-months.ts).
 */
export function periodsNamedApart(key: string, cadence: Cadence): { th: string; en: string } | undefined {
  const ends = PERIOD_ENDS[cadence];
  if (ends && !MONTH_SPAN.test(key)) {
    const named = regexMatches(key, MONTHS).map((m) => m[0]);
    const months = new Set(named.map(monthOf));
    if (months.size >= 2 && [...months].some((m) => !ends.months.includes(m))) {
      const list = [...new Set(named)].join(' ');
      return {
        th: `ระบุเดือน ${list} ซึ่งไม่ใช่เดือนสิ้นรอบที่ระบบใช้ (ปีงบประมาณสิ้นรอบเดือน ${ends.th}) รายงานจะครบกำหนดตามรอบของปีงบประมาณ ไม่ใช่เดือนที่ระบุ`,
        en: `it names the months ${list}, not the months the product's periods end in (the fiscal year's ${ends.en}): reports fall due at those period ends, not in the months named`,
      };
    }
  }
  if (cadence === 'monthly') {
    const quarters = quartersListed(key);
    if (quarters && quarters.length >= 2 && quarters.some((q, i) => i > 0 && q !== quarters[i - 1]! + 1)) {
      const listed = (q: readonly string[]) => q.slice(0, -1).join(', ');
      const th = `${listed(quarters.map(toThaiDigits))} และ ${toThaiDigits(quarters.at(-1)!)}`;
      const en = `${listed(quarters.map(String))} and ${quarters.at(-1)}`;
      return {
        th: `ระบุไตรมาสที่ ${th} ซึ่งไม่ต่อเนื่องกัน แต่การติดตามผลข้อหนึ่งมีช่วงเดือนได้ช่วงเดียว จึงต้องรายงานทุกเดือนตลอดปี (ถ้ารายงานเฉพาะไตรมาสเหล่านั้น ให้แยกเป็นการติดตามผลข้อละช่วง แล้วตั้ง "เริ่มตั้งแต่เดือน" และ "หยุดการติดตามผลข้อนี้หลังเดือน" ของแต่ละข้อ)`,
        en: `it names quarters ${en}, not in a row, but a follow-up's months are one run, so it reports every month of the year (to report in those quarters only, split it into one follow-up per run and set each one's first and last month)`,
      };
    }
  }
  return undefined;
}
