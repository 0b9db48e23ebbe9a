// The days the system keeps: those of fiscal years FISCAL_YEAR_MIN to FISCAL_YEAR_MAX (the API's
// {fy}). A preview's span, a run's day, "today" and an org's closure days must fall in them (s59-B,
// s59-D, s59-F): outside, no year has keys or a plan, so such a date is a typo.
import { fiscalYearBounds } from './fiscal-calendar.js';
import { FISCAL_YEAR_MAX, FISCAL_YEAR_MIN } from './id-patterns.js';
import type { PlainDate } from './plain-date.js';
import { formatThaiDate, toThaiDigits } from './thai-format.js';

/** The first and last day of the fiscal years the system keeps (1 October 2016, 30 September 2157). */
export const SYSTEM_DAYS = {
  first: fiscalYearBounds(FISCAL_YEAR_MIN).start,
  last: fiscalYearBounds(FISCAL_YEAR_MAX).end,
} as const;
/**
 * The refusal of a date outside them, every entry's (the CLIs' option checks, previewMail): s59-B,
 * 1950 and 2300 were "unexpected error: RangeError: bad fiscal year", 2300 after 20 s.
 */
export const OUTSIDE_SYSTEM_YEARS = {
  th: `วันที่ต้องอยู่ในปีงบประมาณ ${toThaiDigits(FISCAL_YEAR_MIN)} ถึง ${toThaiDigits(FISCAL_YEAR_MAX)} (${formatThaiDate(SYSTEM_DAYS.first)} ถึง ${formatThaiDate(SYSTEM_DAYS.last)})`,
  en: `must be in fiscal years ${FISCAL_YEAR_MIN} to ${FISCAL_YEAR_MAX} (${SYSTEM_DAYS.first} to ${SYSTEM_DAYS.last})`,
} as const;
/** Whether `date` is outside SYSTEM_DAYS (OUTSIDE_SYSTEM_YEARS). */
export const outsideSystemDays = (date: PlainDate) => date < SYSTEM_DAYS.first || SYSTEM_DAYS.last < date;
