// The dates the CLIs and npm start take as a run's day, "today" or an org's closure day: those of
// the fiscal years the system keeps (SYSTEM_DAYS, shared/domain/system-days.ts, one source). Outside
// them the runs read keys no year has: 1950 and 2300 ended in "RangeError: bad fiscal year" (s59-B,
// s59-D); a closure day there no run reaches, a typo (s59-F).
import { GregorianDate } from '../../shared/domain/gregorian-date.js';
import type { PlainDate } from '../../shared/domain/plain-date.js';
import { OUTSIDE_SYSTEM_YEARS, outsideSystemDays } from '../../shared/domain/system-days.js';

/**
 * Whether `date` may be a run's day, today or a closure day. A date refused as a date (a
 * Buddhist-era "2566-09-25" too) is not refused again: it also said "--from: วันที่ต้องอยู่ในปีงบประมาณ ๒๕๖๐ ถึง ๒๗๐๐" (s59-D).
 */
export const systemDay = (date: string) =>
  !GregorianDate.safeParse(date).success || !outsideSystemDays(date as PlainDate);

/** A Gregorian date in the system's fiscal years, refused Thai first (OUTSIDE_SYSTEM_YEARS). */
export const SystemDate = GregorianDate.refine(systemDay, { params: OUTSIDE_SYSTEM_YEARS });
