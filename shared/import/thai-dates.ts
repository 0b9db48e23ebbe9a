// Dates as Thai plans write them, in a match key (matchKey: no spaces, Arabic digits): "31มีนาคม2567",
// "31มี.ค.67", "31/03/2567", "มีนาคม2567" (a month alone: its last day). Bounded patterns only.
import { BE_OFFSET, fiscalYearBounds } from '../domain/fiscal-calendar.js';
import { lastDayOfMonth, type PlainDate, plainDate } from '../domain/plain-date.js';
import { THAI_MONTHS } from '../domain/thai-format.js';

const FULL_MONTHS: readonly string[] = THAI_MONTHS;
const SHORT_MONTHS = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
const escape = (s: string) => s.replace(/\./g, '\\.');
/** A month's name, full or short, as one group (longest first: "มีนาคม" before "มี.ค."). */
export const MONTH = `(${[...FULL_MONTHS, ...SHORT_MONTHS].map(escape).join('|')})`;
const YEAR = '(?:พ\\.ศ\\.)?([0-9]{4}|[0-9]{2})';

/** The month (1-12) a name of MONTH names. */
export function monthOf(name: string): number {
  const full = FULL_MONTHS.indexOf(name);
  return (full >= 0 ? full : SHORT_MONTHS.indexOf(name)) + 1;
}

/** A written year as Christian era: 4 digits BE (>= 2400) or CE, 2 digits BE ("67" = 2567). */
function ceYear(written: string): number {
  const n = Number(written);
  if (written.length === 2) return 2500 + n - BE_OFFSET;
  return n >= 2400 ? n - BE_OFFSET : n;
}

/** "31มีนาคม2567", "31/03/2567", "มีนาคม2567" (the month's last day); the year may be left out. */
export const THAI_DATE = new RegExp(
  `([0-9]{1,2})${MONTH}${YEAR}?|([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4}|[0-9]{2})|(?:เดือน)?${MONTH}${YEAR}?`,
);

/**
 * The date a THAI_DATE match names, inside fiscal year `fy` (a date without a year: the one inside
 * it); undefined for no real date or one outside the year.
 */
export function dateInFiscalYear(m: RegExpExecArray, fy: number): PlainDate | undefined {
  const bounds = fiscalYearBounds(fy);
  const inYear = (month: number, written: string | undefined) => {
    if (written !== undefined) return ceYear(written);
    const end = Number(bounds.end.slice(0, 4));
    return month >= 10 ? end - 1 : end;
  };
  let date: PlainDate | undefined;
  if (m[2] !== undefined) {
    const month = monthOf(m[2]);
    date = dayOf(inYear(month, m[3]), month, Number(m[1]));
  } else if (m[5] !== undefined) {
    const month = Number(m[5]);
    if (month >= 1 && month <= 12) date = dayOf(ceYear(m[6]!), month, Number(m[4]));
  } else if (m[7] !== undefined) {
    const month = monthOf(m[7]);
    date = lastDayOfMonth(inYear(month, m[8]), month);
  }
  return date && date >= bounds.start && date <= bounds.end ? date : undefined;
}

/** A real day of a month, else undefined ("31/02"). */
function dayOf(year: number, month: number, day: number): PlainDate | undefined {
  if (day < 1 || day > Number(lastDayOfMonth(year, month).slice(8))) return undefined;
  return plainDate(year, month, day);
}
