// Dates people send us: ISO calendar dates in the Gregorian calendar. Thai users often type the
// Buddhist-era year (2566 for 2023); such a date is refused with the date they probably meant.
import * as z from 'zod';
import { buddhistEraHint, FIRST_BE_LOOKING_YEAR, FIRST_YEAR } from './buddhist-era-hint.js';
export { gregorianFiscalYearHint } from './buddhist-era-hint.js';
import { isPlainDate } from './plain-date.js';

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
