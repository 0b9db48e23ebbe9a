// A Gantt's month row read as a whole (session 26's verifier, S26-9 and S26-10 neighbours; task
// s27-c). A date on any day names its month when the row's cells run month after month ("15 ต.ค.
// 66", "15/10/2566", Excel dates on the 15th: before, only the 1st did); bare numbers "10, 11, 12,
// 1 … 9" are October to September (exactly the fiscal order: "1 … 12" cannot be told,
// month-row-unread); a run's months take their years from those written in it. Against the plan's
// fiscal year (monthYearsIn), months are placed by their dates, or, all of another year, read by
// name and said (month-row-other-year).
import { BE_OFFSET } from '../domain/fiscal-calendar.js';
import { toThaiDigits } from '../domain/thai-format.js';
import type { Column } from './column-names.js';
import { withEnglishMonthsInThai } from './english-month-names.js';
import {
  BARE_MONTH_NUMBER,
  type HeaderMonth,
  headerMonthOfLabel,
  headerYear,
  monthCountName,
} from './period-columns.js';
import { cellDayDate } from './thai-dates.js';
import { matchKey, stripTags } from './thai-text.js';

/** A month label is short: a longer cell is never read for one. */
const MAX_LABEL = 60;
/** A run of months needs company, as a one-row header's months do. */
const MIN_RUN = 3;

/** A cell's month as read alone: `alone` when it names it without its row (headerMonthOfLabel). */
interface Read extends HeaderMonth {
  alone: boolean;
  bare?: true;
}

function readLabel(label: string): Read | undefined {
  if (!label || label.length > MAX_LABEL) return undefined;
  const own = headerMonthOfLabel(label);
  if (own) return { ...own, alone: true };
  // a date of any day ("15 ต.ค. 66", "15/10/2566"), or a month's bare number ("10", "๑๐")
  const key = matchKey(withEnglishMonthsInThai(stripTags(label)));
  const date = cellDayDate(key);
  if (date)
    return { month: date.month, ...(date.year === undefined ? {} : { year: headerYear(date.year) }), alone: false };
  return BARE_MONTH_NUMBER.test(key) ? { month: Number(key), alone: false, bare: true } : undefined;
}

/** Does `b` name the month after `a`'s, both dates or both bare numbers? */
const follows = (a: Read, b: Read | undefined) => !!b && !a.bare === !b.bare && b.month === (a.month % 12) + 1;

const plain = ({ month, year }: HeaderMonth): HeaderMonth => (year === undefined ? { month } : { month, year });

/**
 * The months a header row's cells (`labels`, as text) name, one per cell, undefined where none: a
 * cell naming its month alone (headerMonthOfLabel) always; a date of any day, or a bare number, in
 * a run of MIN_RUN or more adjacent cells naming month after month (bare numbers: exactly October
 * to September). A run's months get their years from the years written in it when those agree with
 * its order; else none has one (read by name, as before). Linear in the row.
 */
export function monthRow(labels: readonly string[]): (HeaderMonth | undefined)[] {
  const reads = labels.map(readLabel);
  const months = reads.map((r) => (r?.alone ? plain(r) : undefined));
  for (let start = 0; start < reads.length;) {
    let end = start + 1;
    const first = reads[start];
    if (first) while (end < reads.length && follows(reads[end - 1]!, reads[end])) end++;
    const isRun = first && end - start >= MIN_RUN && (!first.bare || (end - start === 12 && first.month === 10));
    if (isRun) placeRun(reads as Read[], start, end, months);
    start = end;
  }
  return months;
}

/** The months of the run `reads[start..end)` into `months`, with their years when the written ones agree. */
function placeRun(reads: readonly Read[], start: number, end: number, months: (HeaderMonth | undefined)[]): void {
  let anchor: number | undefined;
  let agree = true;
  for (let k = start; k < end; k++) {
    const { month, year } = reads[k]!;
    if (year === undefined) continue;
    const at = year * 12 + month - 1 - (k - start);
    if (anchor === undefined) anchor = at;
    else if (at !== anchor) agree = false;
  }
  for (let k = start; k < end; k++) {
    const month = reads[k]!.month;
    months[k] = anchor === undefined || !agree ? { month } : { month, year: Math.floor((anchor + k - start) / 12) };
  }
}

/**
 * A one-row header's month columns ("ต.ค." … "ก.ย." beside the others, no group over them): at
 * least three note columns naming a month (monthRow) are the timeframe's months.
 */
export function withMonthColumns(columns: readonly Column[]): Column[] {
  const months = monthRow(columns.map((c) => (c.role === 'note' ? c.label : '')));
  if (months.filter((m) => m !== undefined).length < MIN_RUN) return [...columns];
  return columns.map((c, j) => {
    const m = months[j];
    return m === undefined ? c : { ...c, role: 'timeframe', ...m };
  });
}

/** A month as a count of months (CE year × 12 + month − 1). */
const countOf = (month: number, year: number) => year * 12 + month - 1;
/** The fiscal year (BE) a month (count) falls in: October starts the next one. */
const fiscalYearOfCount = (i: number) => Math.floor(i / 12) + BE_OFFSET + (i % 12 >= 9 ? 1 : 0);

/**
 * A header's month columns against fiscal year `fy` (BE): as they are when none has a year or one
 * of them falls in `fy` (each placed by its date: period-columns.ts markedTimeframe); else, all
 * of other years, without their years (read by name in `fy`, as a plan of another year's
 * timeframes are) and `other`, what to say (month-row-other-year), quoting the dated months.
 */
export function monthYearsIn(
  columns: Column[],
  fy: number,
): { columns: Column[]; other?: { th: string; en: string; source: string } } {
  const counts = columns.flatMap((c) =>
    c.month !== undefined && c.year !== undefined ? [countOf(c.month, c.year)] : [],
  );
  if (counts.length === 0 || counts.some((i) => fiscalYearOfCount(i) === fy)) return { columns };
  const [first, last] = [Math.min(...counts), Math.max(...counts)];
  const source = first === last ? monthCountName(first) : `${monthCountName(first)} - ${monthCountName(last)}`;
  const years = [...new Set(counts.map(fiscalYearOfCount))].sort((a, b) => a - b);
  const fyTh = toThaiDigits(fy);
  return {
    columns: columns.map((c) => {
      if (c.year === undefined) return c;
      const { year: _, ...rest } = c;
      return rest;
    }),
    other: {
      th: `หัวตารางระบุเดือนเป็นวันที่ "${source}" ซึ่งเป็นเดือนของปีงบประมาณ ${years.map(toThaiDigits).join(' และ ')} ไม่ใช่ปี ${fyTh} ที่นำเข้า จึงอ่านเครื่องหมายในแต่ละเดือนตามชื่อเดือนในปีงบประมาณ ${fyTh} ตรวจว่าเลือกปีถูกต้อง และตรวจระยะเวลาดำเนินการของแต่ละมาตรการ`,
      en: `the header's months are dated "${source}", months of fiscal year ${years.join(' and ')}, not ${fy} as imported: the marks under them were read by the months' names in ${fy}; check the year, and each measure's timeframe`,
      source,
    },
  };
}

/**
 * What to say of a row's marks in months its header dates outside fiscal year `fy` (BE): `months`,
 * the months quoted (period-columns.ts markedTimeframe's `outside`), no part of its timeframe.
 */
export function outsideYearMessage(months: string, fy: number): { th: string; en: string } {
  const end = fy - BE_OFFSET;
  const span = `${monthCountName(countOf(10, end - 1))} - ${monthCountName(countOf(9, end))}`;
  return {
    th: `มีเครื่องหมายในเดือน "${months}" ตามวันที่ในหัวตาราง ซึ่งอยู่นอกปีงบประมาณ ${toThaiDigits(fy)} (${span}) จึงไม่นับเป็นระยะเวลาดำเนินการของปีนี้ ตรวจระยะเวลาดำเนินการของมาตรการนี้`,
    en: `marks in "${months}", by the header's dates, fall outside fiscal year ${fy} (${span}): not taken as this year's timeframe; check this measure's timeframe`,
  };
}
