// The dates the CLIs and npm start take as a run's day or "today": those of the fiscal years the
// system keeps, the preview's (PREVIEW_DAYS, one source). Outside them the runs read keys no year
// has: 1950 and 2300 ended in "RangeError: bad fiscal year" (s59-B, s59-D).
import { GregorianDate } from '../../shared/domain/gregorian-date.js';
import type { PlainDate } from '../../shared/domain/plain-date.js';
import { outsidePreviewDays, PREVIEW_OUTSIDE_YEARS } from '../../shared/jobs/preview-reminders.js';

/**
 * Whether `date` may be a run's day or today. A date refused as a date (a Buddhist-era "2566-09-25"
 * too) is not refused again: it also said "--from: วันที่ต้องอยู่ในปีงบประมาณ ๒๕๖๐ ถึง ๒๗๐๐" (s59-D).
 */
export const systemDay = (date: string) =>
  !GregorianDate.safeParse(date).success || !outsidePreviewDays(date as PlainDate);

/** A Gregorian date in the system's fiscal years, refused Thai first (PREVIEW_OUTSIDE_YEARS). */
export const SystemDate = GregorianDate.refine(systemDay, { params: PREVIEW_OUTSIDE_YEARS });
