// Dates people send us: ISO calendar dates in the Gregorian calendar. Thai users often type the
// Buddhist-era year (2566 for 2023); such a date is refused with the date they probably meant.
import * as z from 'zod';
import { BE_OFFSET } from './fiscal-calendar.js';
import { isPlainDate } from './plain-date.js';
import { toThaiDigits } from './thai-format.js';

/** Years at or above this are read as Buddhist-era years (CE 2400 is BE 2943: no ITA data). */
export const FIRST_BE_LOOKING_YEAR = 2400;
/** The earliest Gregorian year we accept (no fiscal year in the system starts before it). */
const FIRST_YEAR = 1900;

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

/** The message for anything that is not a YYYY-MM-DD Gregorian date (and has no useful hint). */
const NOT_A_DATE = {
  th: 'วันที่ไม่ถูกต้อง ใช้รูปแบบ ปปปป-ดด-วว ปี ค.ศ. เช่น 2023-04-30',
  en: 'not a valid date: use YYYY-MM-DD with the Gregorian year, e.g. 2023-04-30',
};

/** A custom issue whose params carry both languages (validation-messages reads them). */
function issue(hint: { th: string; en: string }, input: string) {
  return { code: 'custom' as const, params: hint, message: `${hint.en} (${hint.th})`, input };
}

/**
 * "YYYY-MM-DD", a real Gregorian date from 1900 to 2399. A Buddhist-era year gets the hint
 * "ใช้ปี ค.ศ. เช่น 2023-04-01 สำหรับ พ.ศ. ๒๕๖๖" (zod custom issue with params {th, en}).
 */
export const GregorianDate = z
  .string()
  .superRefine((value, ctx) => {
    const year = /^(\d{4})-\d{2}-\d{2}$/.exec(value)?.[1];
    if (year && Number(year) >= FIRST_BE_LOOKING_YEAR) {
      ctx.addIssue(issue(buddhistEraHint(value) ?? NOT_A_DATE, value));
    } else if (!year || !isPlainDate(value) || Number(year) < FIRST_YEAR) {
      ctx.addIssue(issue(NOT_A_DATE, value));
    }
  })
  .meta({ format: 'date', description: 'YYYY-MM-DD, Gregorian (CE) year', examples: ['2023-04-30'] });

/** The message when a range's "to" is before its "from" (API query, CLI options). */
export const RANGE_ENDS_BEFORE_START = {
  th: 'วันสิ้นสุดต้องไม่ก่อนวันเริ่มต้น',
  en: '"to" must not be before "from"',
} as const;

/** An ISO-8601 instant with its offset ("2023-04-01T08:30:00+07:00"); a Buddhist-era year gets the same hint. */
export const GregorianDateTime = z.iso.datetime({ offset: true }).superRefine((value, ctx) => {
  if (Number(value.slice(0, 4)) >= FIRST_BE_LOOKING_YEAR) {
    ctx.addIssue(
      issue(
        buddhistEraHint(value.slice(0, 10)) ?? {
          th: 'เวลาไม่ถูกต้อง ใช้ปี ค.ศ. เช่น 2023-04-01T08:30:00+07:00',
          en: 'not a valid time: use the Gregorian year, e.g. 2023-04-01T08:30:00+07:00',
        },
        value,
      ),
    );
  }
});
