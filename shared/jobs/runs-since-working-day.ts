// The scheduled runs a working day's daily pass stands in for: those that fired on the non-working
// days since the previous working day (docs/reminders.md, "Working days").
import type { JobKind } from '../domain/job-kinds.js';
import { addDays, type PlainDate } from '../domain/plain-date.js';
import { type WorkingDays, workingDayBefore } from '../domain/working-days.js';
import { kindsFiringOn } from '../schedules/schedule-catalog.js';

export interface ScheduledRun {
  day: PlainDate;
  kind: JobKind;
}

/**
 * The catalog's runs on each day after the previous working day before `today`, oldest first, and
 * with `includeToday` today's too. Days are Bangkok calendar days.
 */
export function runsSincePreviousWorkingDay(
  today: PlainDate,
  calendar: WorkingDays,
  options: { includeToday: boolean },
): ScheduledRun[] {
  const out: ScheduledRun[] = [];
  for (
    let day = addDays(workingDayBefore(calendar, today), 1);
    day < today || (options.includeToday && day === today);
    day = addDays(day, 1)
  )
    for (const kind of kindsFiringOn(day)) out.push({ day, kind });
  return out;
}
