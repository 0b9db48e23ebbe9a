// Thai presentation: Buddhist-era years, Thai month names, Thai digits (Intl for dates and fractions).
import type { PlainDate } from './plain-date.js';

const TZ = 'Asia/Bangkok';

/**
 * A formatter built on first use: a Thai Buddhist-calendar formatter loads ICU data (several ms of
 * CPU each), which a cold start should pay only when a request formats something.
 */
function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

const thaiDigits = lazy(() => new Intl.NumberFormat('th-TH-u-nu-thai', { useGrouping: false }));

/** Thai digits are U+0E50..U+0E59 (Unicode, Thai block), in the order of 0..9. */
const THAI_ZERO = 0x0e50;

/**
 * 2566 -> "๒๕๖๖"; digits inside a string are converted too. Integers and strings map digit by
 * digit (a first Intl.NumberFormat in Thai costs about 10 ms of a cold start); other numbers go
 * through Intl (at most 3 fraction digits, no grouping).
 */
export function toThaiDigits(value: number | string): string {
  if (typeof value === 'number' && !Number.isSafeInteger(value)) return thaiDigits().format(value);
  return String(value).replace(/[0-9]/g, (d) => String.fromCharCode(THAI_ZERO + d.charCodeAt(0) - 48));
}

/** "๒๕๖๖" -> "2566"; leaves every other character alone. */
export function fromThaiDigits(text: string): string {
  return text.replace(/[\u0E50-\u0E59]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
}

function utcNoon(date: PlainDate): Date {
  return new Date(`${date}T12:00:00Z`);
}

/** The Buddhist era counts from 543 BCE: BE = CE + 543 (as ICU's Buddhist calendar, which a test checks). */
const BUDDHIST_ERA_OFFSET = 543;

/** "2023-04-20" -> 2566: the date's Buddhist-era year. */
export function buddhistYear(date: PlainDate): number {
  return Number(date.slice(0, 4)) + BUDDHIST_ERA_OFFSET;
}

/** Thai month names, January first (the same as ICU's th-TH, which a test checks). */
export const THAI_MONTHS = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
] as const;

/** Thai months' short names, January first ("ม.ค." … "ธ.ค."), as plans and labels write them. */
export const THAI_SHORT_MONTHS = [
  'ม.ค.',
  'ก.พ.',
  'มี.ค.',
  'เม.ย.',
  'พ.ค.',
  'มิ.ย.',
  'ก.ค.',
  'ส.ค.',
  'ก.ย.',
  'ต.ค.',
  'พ.ย.',
  'ธ.ค.',
] as const;

const MONTH_NAMES = [...THAI_MONTHS, ...THAI_SHORT_MONTHS].map((m) => m.replaceAll('.', '\\.')).join('|');

/**
 * A Thai date as a pattern: "๖ ธันวาคม ๒๕๖๙", "๖ ธ.ค. ๒๕๖๙", "๖ ธันวาคม พ.ศ. ๒๕๖๙", "5 ม.ค. 70", "๑ ก.ย.":
 * a day and a month, a year of four or two digits if any. Kept whole by the emails (keepWhole), the
 * public page and the results report's HTML (wholeThaiDates) and the page (web/src/dom.ts).
 */
export const THAI_DATE_SOURCE = `(?<![0-9๐-๙])[0-9๐-๙]{1,2} (?:${MONTH_NAMES})(?: (?:พ\\.ศ\\. )?[0-9๐-๙]{2}(?:[0-9๐-๙]{2})?(?![0-9๐-๙]))?`;

/**
 * A month with its year, no day, as a pattern: "มีนาคม ๒๕๗๐", "มี.ค. ๒๕๗๐", "มีนาคม พ.ศ. ๒๕๗๐" (the page
 * and the emails keep it whole: web/src/dom.ts, keepWhole).
 */
export const thaiMonthYearSource = () => `(?:${MONTH_NAMES}) (?:พ\\.ศ\\. )?[0-9๐-๙]{4}(?![0-9๐-๙])`;

/** 1..12 -> "มกราคม".."ธันวาคม"; RangeError outside 1..12. */
export function thaiMonthName(month: number): string {
  const name = THAI_MONTHS[month - 1];
  if (name === undefined) throw new RangeError(`month ${month} is not 1..12`);
  return name;
}

export interface ThaiDateOptions {
  /** Thai digits, as official documents use them (default true) */
  thaiDigits?: boolean;
}

const longDate = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
const thaiDate = lazy(() => new Intl.DateTimeFormat('th-TH-u-ca-buddhist-nu-thai', longDate));
const thaiDateArabic = lazy(() => new Intl.DateTimeFormat('th-TH-u-ca-buddhist', longDate));

/** ICU's Buddhist calendar is Julian before October 1582: from 1583 on it is Gregorian + 543. */
const FIRST_GREGORIAN_YEAR = 1583;

/**
 * "2023-09-30" -> "๓๐ กันยายน ๒๕๖๖": the same text as ICU's th-TH Buddhist long date (a test
 * compares them day by day), written from the month names so that a request listing due dates
 * does not load ICU's calendar data (about 20 ms of a cold start). Years ICU counts otherwise
 * (before 1583, past 9999) and dates Date cannot read go through Intl as before.
 */
export function formatThaiDate(date: PlainDate, options: ThaiDateOptions = {}): string {
  const at = utcNoon(date);
  const year = at.getUTCFullYear();
  if (!(year >= FIRST_GREGORIAN_YEAR && year <= 9999))
    return (options.thaiDigits === false ? thaiDateArabic : thaiDate)().format(at);
  const text = `${at.getUTCDate()} ${THAI_MONTHS[at.getUTCMonth()]} ${year + BUDDHIST_ERA_OFFSET}`;
  return options.thaiDigits === false ? text : toThaiDigits(text);
}

/**
 * "ปีงบฯ": ปีงบประมาณ as official letters shorten it (with ไปยาลน้อย), for an email subject's
 * period, where a phone's inbox line shows about 40 columns ("สรุปปีงบฯ ๒๕๖๖ ถึง ๑ ก.ย.").
 */
export const FY_SHORT_TH = 'ปีงบฯ';

/** "2023-09-01" -> "๑ ก.ย.": a day and its month's short name, no year (a subject's "ถึง ๑ ก.ย."). */
export function formatThaiDayMonthShort(date: PlainDate): string {
  return `${toThaiDigits(Number(date.slice(8, 10)))} ${THAI_SHORT_MONTHS[Number(date.slice(5, 7)) - 1]}`;
}

/** "2023-04" -> "เมษายน ๒๕๖๖" */
export function formatThaiMonth(yearMonth: string, options: ThaiDateOptions = {}): string {
  const month = Number(yearMonth.slice(5, 7));
  const year = buddhistYear(`${yearMonth}-01` as PlainDate);
  return `${thaiMonthName(month)} ${options.thaiDigits === false ? year : toThaiDigits(year)}`;
}

const bangkokDateTime = lazy(
  () =>
    new Intl.DateTimeFormat('th-TH-u-ca-buddhist-nu-thai', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: TZ,
    }),
);

/** An instant shown in Bangkok time: "๑ เมษายน ๒๕๖๖ เวลา ๐๘:๓๐ น." */
export function formatThaiDateTime(instant: Date): string {
  const parts = bangkokDateTime().formatToParts(instant);
  const get = (t: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('day')} ${get('month')} ${get('year')} เวลา ${get('hour')}:${get('minute')} น.`;
}

/** "a, b และ c" (`word` 'และ') or "a, b หรือ c" ('หรือ'). */
export const thaiList = (items: readonly string[], word: 'และ' | 'หรือ') =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${word} ${items.at(-1)}`;

/** A file's size as the ITA page and the documents screen say it: 78_123 -> "๗๖.๓ KB" */
export function thaiFileSize(bytes: number): string {
  if (bytes < 1024) return `${toThaiDigits(bytes)} ไบต์`;
  // the unit as the figure reads once rounded: 1,048,575 bytes is "1.0 MB", not "1024.0 KB"
  const kb = (bytes / 1024).toFixed(1);
  return +kb < 1024 ? `${toThaiDigits(kb)} KB` : `${toThaiDigits((bytes / 1048576).toFixed(1))} MB`;
}
