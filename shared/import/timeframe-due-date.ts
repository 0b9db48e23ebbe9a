// A one-off follow-up's date written in its measure's timeframe column, not in its own text: "1
// กุมภาพันธ์ 2567" | "รายงานผลต่อนายก (ครั้งเดียว)" is due 1 February 2567 (review 17 s26, S26-2: it
// had no due date, and its obligation fell on the year's first quarter's end, silently).
import { fiscalYearBounds } from '../domain/fiscal-calendar.js';
import { lastDayOfMonth, type PlainDate } from '../domain/plain-date.js';
import { formatThaiDate } from '../domain/thai-format.js';
import { readDeadline } from './deadline-cadence.js';
import { withEnglishMonthsInThai } from './english-month-names.js';
import { regexMatches } from './regex-matches.js';
import { THAI_DATE, withYearFirstDatesDayFirst } from './thai-dates.js';
import { matchKey, stripTags } from './thai-text.js';
import { timeframeMonths } from './timeframe-months.js';

const DATES = new RegExp(THAI_DATE.source, 'g');
/** A date after these is where the work starts, no deadline */
const FROM = /(?:ตั้งแต่|เริ่ม)(?:วันที่|เดือน)?$/;
/** A month after this is due before it begins (beforeItBegins: "ก่อนเดือนมีนาคม 2567", 29 February) */
const BEFORE = /ก่อน$/;
/** Only this much of a timeframe is read (as timeframe-months.ts reads it). */
const MAX_TEXT = 1000;

/**
 * The day a timeframe names as its one date ("1 กุมภาพันธ์ 2567", "ภายใน 31 มีนาคม 2567",
 * "15/03/2567"; a month alone, "มิถุนายน 2567", its last day; a date without its year inside the
 * year), read as a deadline inside fiscal year `fy` (BE) is (deadline-cadence.ts), with what it says
 * (Thai, English); for a span shorter than the year, its end (spanEnd); undefined when it names no
 * date or span, or only a date that is no day inside the year.
 */
export function timeframeDueDate(
  timeframe: string,
  fy: number,
): { dueDate: PlainDate; th: string; en: string } | undefined {
  const key = withYearFirstDatesDayFirst(matchKey(withEnglishMonthsInThai(stripTags(timeframe.slice(0, MAX_TEXT)))));
  const dates = regexMatches(key, DATES);
  const date = dates.length === 1 ? dates[0]! : undefined;
  if (!date || FROM.test(key.slice(0, date.index))) return spanEnd(timeframe, fy);
  const due = readDeadline(date, key, fy, false, BEFORE.test(key.slice(0, date.index)));
  return due.kind === 'once' ? { dueDate: due.dueDate, th: due.th, en: due.en } : spanEnd(timeframe, fy);
}

/**
 * A timeframe shorter than the year ("เม.ย. - มิ.ย. 67", "ไตรมาส 3", "ตั้งแต่ ม.ค. 67"): the one-off is
 * due at its end, the last day of its last month (timeframe-months.ts; the year's end when it runs
 * on to it). Before, it fell on 31 December, maybe before its work began (verified in session 26).
 */
function spanEnd(timeframe: string, fy: number): { dueDate: PlainDate; th: string; en: string } | undefined {
  const months = timeframeMonths(timeframe, fy);
  if (!months) return undefined;
  const dueDate = months.lastMonth
    ? lastDayOfMonth(Number(months.lastMonth.slice(0, 4)), Number(months.lastMonth.slice(5, 7)))
    : fiscalYearBounds(fy).end;
  return {
    dueDate,
    th: `สิ้นสุดวันที่ ${formatThaiDate(dueDate)}`,
    en: `it ends on ${dueDate}`,
  };
}
