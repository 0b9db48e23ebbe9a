// Dates as Thai plans write them, in a match key (matchKey: no spaces, Arabic digits): "31มีนาคม2567",
// "31มี.ค.67", "31/03/2567", "มีนาคม2567" (a month alone: its last day). Bounded patterns only.
import { BE_OFFSET, fiscalYearBounds } from '../domain/fiscal-calendar.js';
import { lastDayOfMonth, type PlainDate, plainDate } from '../domain/plain-date.js';
import { THAI_MONTHS, THAI_SHORT_MONTHS } from '../domain/thai-format.js';

const FULL_MONTHS: readonly string[] = THAI_MONTHS;
const SHORT_MONTHS: readonly string[] = THAI_SHORT_MONTHS;
const escape = (s: string) => s.replace(/\./g, '\\.');
/** Misspellings of a month's full name, read as it (review 17 s24, S24-7) */
const MISSPELT: Readonly<Record<string, number>> = { กุมภาพันธุ์: 2 };
/** A Thai letter or mark (not a digit) */
const THAI_LETTER = '[\\u0E01-\\u0E3A\\u0E40-\\u0E4E]';
/** A short month written with its last dot, the dot between left out or not ("ต.ค.", "ตค.") */
const SHORT_MONTH_WITH_END_DOT = `(?:${SHORT_MONTHS.map((s) => s.replace('.', '\\.?').replace(/\.$/, '\\.')).join('|')})`;
/**
 * Not after a letter and a dot that are no short month's end, the text before `start` (what the
 * month begins with: put after it, so the look-behind runs only where a month's letter is):
 * "อ.ก.พ." (a committee), "อ.ส.ค." (an agency) are no month (review 17 s25), while "ม.ค.ก.พ." and
 * "มค.ก.พ." (a list) are months.
 */
const notAbbreviated = (start: string) => `(?<![ก-ฮ]\\.(?<!${SHORT_MONTH_WITH_END_DOT})${start})`;
/**
 * A short month with its dots, not the start of an agency's abbreviation: "ก.พ.ร." (the OPDC) and
 * "ก.ค.ศ." are no month (S24-8), while "มิ.ย.ก.ย." is two months (a month's first letter goes on);
 * nor its end (notAbbreviated, after the letters). As [first letter, the rest].
 */
const dotted = (short: string): [string, string] => [
  short[0]!,
  `${escape(short.slice(1))}${notAbbreviated(escape(short))}(?!(?![มกเพสตธ])[ก-ฮ](?:\\.|(?!${THAI_LETTER})))`,
];
/**
 * A short month with a dot or both left out ("ต.ค", "ตค.", "ตค": S24-7), never inside a word
 * ("พยาบาล", "กยศ."): after no letter, or after เดือน/ภายใน/ถึง/ตั้งแต่/ก่อน/เริ่ม/สิ้น ("สิ้นมีค": the end
 * of March, review 17 s25); before no letter; nor an abbreviation's end (notAbbreviated). As [first
 * letter, the rest]: the look-behinds come after the first letter (which they take in) and a look
 * at the letters, so they run only where the month's letters are.
 */
const loose = (short: string): [string, string] => {
  const [a, b] = short.split('.') as [string, string];
  const end = `(?![.]|${THAI_LETTER})`;
  const after = `(?<=(?:^|[^\\u0E01-\\u0E3A\\u0E40-\\u0E4E]|เดือน|ใน|ถึง|แต่|ก่อน|เริ่ม|สิ้น)${a[0]})`;
  return [
    a[0]!,
    `(?=${a.slice(1)}\\.?${b})${after}${notAbbreviated(a[0]!)}${a.slice(1)}(?:\\.${b}${end}|${b}(?:\\.(?!${THAI_LETTER})|${end}))`,
  ];
};
/** Alternatives as [first letter, the rest], joined under their first letters (in their order). */
function byFirstLetter(alternatives: readonly [string, string][]): string {
  const rests = new Map<string, string[]>();
  for (const [first, rest] of alternatives) rests.set(first, [...(rests.get(first) ?? []), rest]);
  return [...rests].map(([first, list]) => `${first}(?:${list.join('|')})`).join('|');
}
/**
 * A month's name, full or short, as one group (longest first: "มีนาคม" before "มี.ค."), with the
 * spellings of monthOf: a short month's dots may be left out, a misspelt full name is read. Its
 * alternatives are grouped by their first letter and every look-around comes after it, so a place
 * with no month's letter fails at once (review 17 s25, task s25-f: the S24-7/S24-8 look-behinds
 * before the letters ran at every character of every cell and cost the ordinary input).
 */
export const MONTH = `(${byFirstLetter([
  ...[...FULL_MONTHS, ...Object.keys(MISSPELT)].map((name): [string, string] => [name[0]!, name.slice(1)]),
  ...SHORT_MONTHS.map(dotted),
  ...SHORT_MONTHS.map(loose),
])})`;
/** MONTH without its group, to place inside other patterns (a callback's offsets stay where they were). */
export const ANY_MONTH = MONTH.replace('(', '(?:');
/** the short months without their dots ("มค", "มีค") */
const UNDOTTED = SHORT_MONTHS.map((s) => s.replace(/\./g, ''));
/** A day of the month in digits, as a group ("1", "01", "31"; a reader checks its range) */
const DAY = '([0-9]{1,2})';
/** A year's digits, as a group: 4 (BE or CE) or 2 (BE) */
const YEAR_DIGITS = '([0-9]{4}|[0-9]{2})';
const YEAR = `(?:พ\\.ศ\\.)?${YEAR_DIGITS}`;
/** What stands between a day, a month and a year written in digits ("31/03/2567", "15.10.23", "1-10-66") */
const DIGITS_SEPARATOR = '[/.-]';

/** The month (1-12) a name of MONTH names ("มีนาคม", "มี.ค.", "มีค", "กุมภาพันธุ์"). */
export function monthOf(name: string): number {
  const full = FULL_MONTHS.indexOf(name);
  if (full >= 0) return full + 1;
  return MISSPELT[name] ?? UNDOTTED.indexOf(name.replace(/\./g, '')) + 1;
}

/** A written year as Christian era: 4 digits BE (>= 2400) or CE, 2 digits BE ("67" = 2567). */
export function ceYear(written: string): number {
  const n = Number(written);
  if (written.length === 2) return 2500 + n - BE_OFFSET;
  return n >= 2400 ? n - BE_OFFSET : n;
}

/** "31มีนาคม2567", "31/03/2567", "มีนาคม2567" (the month's last day); the year may be left out. */
export const THAI_DATE = new RegExp(
  `${DAY}${MONTH}${YEAR}?|${DAY}${DIGITS_SEPARATOR}([0-9]{1,2})${DIGITS_SEPARATOR}${YEAR_DIGITS}|(?:เดือน)?${MONTH}${YEAR}?`,
);

/**
 * A header cell's year after its month, to the cell's end (a pattern's tail, one group: the year's
 * digits, undefined for none): "2566", "66", "พ.ศ.2566", "-66" (Excel's "mmm-yy"), "/2566". Only
 * anchored: inside text a dash after a month may begin a range ("1ต.ค.-31ธ.ค.": no year 31).
 */
export const CELL_END_YEAR = '(?:พ\\.ศ\\.)?[-/]?([0-9]{2}|[0-9]{4})?$';
/** A cell of one day and its month's name ("วันที่" before it or not), its year as CELL_END_YEAR: [day, month, year] */
const CELL_DAY_MONTH = new RegExp(`^(?:วันที่)?${DAY}${MONTH}${CELL_END_YEAR}`);
/** A cell of one date in digits, day first, its separators alike: [day, separator, month, year] */
const CELL_DIGITS_DATE = new RegExp(`^${DAY}(${DIGITS_SEPARATOR})([0-9]{1,2})\\2${YEAR_DIGITS}$`);

/** A date a cell holds alone: day (1-31), month (1-12), and its year as written (undefined: none). */
export interface CellDate {
  day: number;
  month: number;
  year?: string;
}

/**
 * The date of a day a cell's match key holds and nothing else, read as THAI_DATE reads one:
 * "15ตุลาคม2566", "วันที่31ต.ค.66", "15ต.ค.", "15ต.ค.-66" (CELL_END_YEAR), "15/10/2566", "15.10.23"
 * (separators alike). Undefined for a month alone, a day outside 1-31 or a month outside 1-12
 * (the day is not checked against its month: a header's label names a month). Anchored, linear.
 */
export function cellDayDate(key: string): CellDate | undefined {
  const named = CELL_DAY_MONTH.exec(key);
  const digits = named ? null : CELL_DIGITS_DATE.exec(key);
  if (!named && !digits) return undefined;
  const [day, month, year] = named
    ? [Number(named[1]), monthOf(named[2]!), named[3]]
    : [Number(digits![1]), Number(digits![3]), digits![4]];
  if (day < 1 || day > 31 || month < 1 || month > 12) return undefined;
  return year === undefined ? { day, month } : { day, month, year };
}

/**
 * A date written year first, its separators alike ("2024-03-15", "2024/3/15", "2567/03/15"; in a
 * match key): review 17 s25, S25-1 (ISO dates); s26, S26-5's neighbour (slashes, as Excel prints).
 */
const YEAR_FIRST_DATE = /(?<![0-9])([0-9]{4})([/-])([0-9]{1,2})\2([0-9]{1,2})(?![0-9])/g;
/**
 * The dates of a match key written year first, as day first ("15/3/2024"), the order THAI_DATE and
 * the month readers know; others as they are. Linear in the key.
 */
export const withYearFirstDatesDayFirst = (key: string) =>
  key.replace(
    YEAR_FIRST_DATE,
    (_d, year: string, _sep: string, month: string, day: string) => `${day}/${month}/${year}`,
  );

/** What a THAI_DATE match names, whatever the year: the day (undefined when no such day exists). */
export interface WrittenDate {
  /** the real day named; undefined for "๓๐ กุมภาพันธ์" or month 13 */
  date: PlainDate | undefined;
  /** the date was written with its year; without one, the year inside fiscal year `fy` was taken */
  yearWritten: boolean;
  /** a day left out ("ภายในเดือนตุลาคม"): the month's last day was taken */
  monthOnly: boolean;
  /** for a day that does not exist: day, month, CE year as read */
  read: { day: number; month: number; year: number };
  /** a month alone read as before it begins ("ก่อนเดือนมีนาคม"): the month named; the date is the last day of the one before */
  beforeMonth?: number;
}

/**
 * The date a THAI_DATE match names (a date without a year: in the year inside fiscal year `fy`).
 * `beforeStart` (the match after "ก่อน", beforeItBegins): a month alone is the last day of the month
 * before it ("ก่อนเดือนมีนาคม 2567": 29 February 2567; without a year, that month inside the year).
 */
export function writtenDate(m: RegExpExecArray, fy: number, beforeStart = false): WrittenDate {
  const end = Number(fiscalYearBounds(fy).end.slice(0, 4));
  const yearOf = (month: number, written: string | undefined) =>
    written !== undefined ? ceYear(written) : month >= 10 ? end - 1 : end;
  if (m[2] !== undefined) {
    const month = monthOf(m[2]);
    const read = { day: Number(m[1]), month, year: yearOf(month, m[3]) };
    return { date: dayOf(read.year, month, read.day), yearWritten: m[3] !== undefined, monthOnly: false, read };
  }
  if (m[5] !== undefined) {
    const read = { day: Number(m[4]), month: Number(m[5]), year: ceYear(m[6]!) };
    const date = read.month >= 1 && read.month <= 12 ? dayOf(read.year, read.month, read.day) : undefined;
    return { date, yearWritten: true, monthOnly: false, read };
  }
  const named = monthOf(m[7]!);
  const month = beforeStart ? ((named + 10) % 12) + 1 : named;
  const year = m[8] !== undefined ? ceYear(m[8]) - (month > named ? 1 : 0) : yearOf(month, undefined);
  const date = lastDayOfMonth(year, month);
  const read = { day: Number(date.slice(8)), month, year };
  return {
    date,
    yearWritten: m[8] !== undefined,
    monthOnly: true,
    read,
    ...(beforeStart ? { beforeMonth: named } : {}),
  };
}

/**
 * The date a THAI_DATE match names, inside fiscal year `fy` (a date without a year: the one inside
 * it); undefined for no real date or one outside the year.
 */
export function dateInFiscalYear(m: RegExpExecArray, fy: number): PlainDate | undefined {
  const bounds = fiscalYearBounds(fy);
  const { date } = writtenDate(m, fy);
  return date && date >= bounds.start && date <= bounds.end ? date : undefined;
}

/** A real day of a month, else undefined ("31/02"). */
function dayOf(year: number, month: number, day: number): PlainDate | undefined {
  if (day < 1 || day > Number(lastDayOfMonth(year, month).slice(8))) return undefined;
  return plainDate(year, month, day);
}
