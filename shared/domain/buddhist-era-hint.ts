// The hint for a date or month typed with its Buddhist-era year ("2566-04" -> use 2023-04). Pure:
// no zod, so the web page (follow-up months) can use it without pulling zod into its bundle.
import { BE_OFFSET } from './fiscal-calendar.js';
import { isPlainDate } from './plain-date.js';
import { toThaiDigits } from './thai-format.js';

/** Years at or above this are read as Buddhist-era years (CE 2400 is BE 2943: no ITA data). */
export const FIRST_BE_LOOKING_YEAR = 2400;
/** The earliest Gregorian year we accept (no fiscal year in the system starts before it). */
export const FIRST_YEAR = 1900;

const gregorianHint = (ce: string, be: number) => ({
  th: `ใช้ปี ค.ศ. เช่น ${ce} สำหรับ พ.ศ. ${toThaiDigits(be)}`,
  en: `use the Gregorian (CE) year, e.g. ${ce} for BE ${be}`,
});

/**
 * The Thai and English hint for a date written with a Buddhist-era year, e.g. "2566-04-01" ->
 * "ใช้ปี ค.ศ. เช่น 2023-04-01 สำหรับ พ.ศ. ๒๕๖๖"; undefined when the date it would suggest is itself
 * not a date we accept (2566-02-29, 2566-13-01, or before 1900 as 2400-01-01 is): no impossible
 * suggestion, the caller gives the plain message instead.
 */
export function buddhistEraHint(value: string): { th: string; en: string } | undefined {
  const be = Number(value.slice(0, 4));
  const ce = `${be - BE_OFFSET}${value.slice(4)}`;
  if (be - BE_OFFSET < FIRST_YEAR || !isPlainDate(ce)) return undefined;
  return gregorianHint(ce, be);
}

/**
 * The same hint for a month ("YYYY-MM") written with a Buddhist-era year: "2566-04" -> "ใช้ปี ค.ศ.
 * เช่น 2023-04 สำหรับ พ.ศ. ๒๕๖๖"; undefined below FIRST_BE_LOOKING_YEAR (2400) or for no month.
 */
export function buddhistEraMonthHint(month: string): { th: string; en: string } | undefined {
  const be = Number(month.slice(0, 4));
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month) || be < FIRST_BE_LOOKING_YEAR) return undefined;
  return gregorianHint(`${be - BE_OFFSET}${month.slice(4)}`, be);
}

/**
 * The Thai and English hint for a fiscal year written as its Gregorian (CE) year, the mirror of
 * buddhistEraHint: 2023 -> "ใช้ปี พ.ศ. เช่น 2566 สำหรับ ค.ศ. ๒๐๒๓" (Thai fiscal year 2566 ends in
 * September 2023). Undefined when `year` + 543 is not between `min` and `max` (BE).
 */
export function gregorianFiscalYearHint(
  year: number,
  min: number,
  max: number,
): { th: string; en: string } | undefined {
  const be = year + BE_OFFSET;
  if (!Number.isInteger(year) || be < min || be > max) return undefined;
  return {
    th: `ใช้ปี พ.ศ. เช่น ${be} สำหรับ ค.ศ. ${toThaiDigits(year)}`,
    en: `use the Buddhist-era (BE) fiscal year, e.g. ${be} for CE ${year}`,
  };
}
