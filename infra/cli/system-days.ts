// The dates the CLIs and npm start take as a run's day, "today", a preview's span or an org's
// closure day: those of the fiscal years the system keeps (SYSTEM_DAYS, shared/domain/system-days.ts,
// one source). Outside them the runs read keys no year has: 1950 and 2300 ended in "RangeError: bad
// fiscal year" (s59-B, s59-D); a closure day there no run reaches, a typo (s59-F).
import * as z from 'zod';
import { FIRST_YEAR } from '../../shared/domain/buddhist-era-hint.js';
import { GregorianDate } from '../../shared/domain/gregorian-date.js';
import { isPlainDate, type PlainDate } from '../../shared/domain/plain-date.js';
import { OUTSIDE_SYSTEM_YEARS, outsideSystemDays } from '../../shared/domain/system-days.js';

/**
 * A real date before GregorianDate's first year (1900): a date all the same, so outside the system's
 * years, not "not a valid date" (s60: --today 1800-01-01 was called not a date, and --at
 * 1800-01-03T08:30:00+07:00 passed the option check and ran).
 */
const beforeDates = (date: string) => isPlainDate(date) && Number(date.slice(0, 4)) < FIRST_YEAR;

/**
 * Whether `date` may be a run's day, today or a closure day. A date refused as a date (a
 * Buddhist-era "2566-09-25" too) is not refused again: it also said "--from: วันที่ต้องอยู่ในปีงบประมาณ ๒๕๖๐ ถึง ๒๗๐๐" (s59-D).
 */
export const systemDay = (date: string) =>
  !beforeDates(date) && (!GregorianDate.safeParse(date).success || !outsideSystemDays(date as PlainDate));

/** GregorianDate, a real date before 1900 refused as outside the system's years (OUTSIDE_SYSTEM_YEARS). */
export const CliDate = z
  .string()
  .refine((date) => !beforeDates(date), { params: OUTSIDE_SYSTEM_YEARS })
  .pipe(GregorianDate);

/** A Gregorian date in the system's fiscal years, refused Thai first (OUTSIDE_SYSTEM_YEARS). */
export const SystemDate = CliDate.refine(systemDay, { params: OUTSIDE_SYSTEM_YEARS });
