// Which reminder emails a run sends on a working day, across every fiscal year it reads: the one
// planner for the runs (run-org-job.ts) and the preview (preview-reminders.ts).
import type { JobKind } from '../domain/job-kinds.js';
import type { PlainDate } from '../domain/plain-date.js';
import {
  cadenceOfRun,
  dailyReminders,
  type Listing,
  listingReminders,
  periodicReminders,
  type ReminderBatch,
  type ReminderOptions,
  type TrackedObligation,
} from '../domain/reminder-plan.js';
import type { WorkingDays } from '../domain/working-days.js';
import { runsSincePreviousWorkingDay } from './runs-since-working-day.js';

/**
 * The listing runs (monthly, semiannual, april-september) whose emails the daily pass on working
 * day `today` sends: those that fired today (whichever of the two runs first sends them) and on
 * the non-working days since the previous working day (docs/reminders.md, "Working days").
 */
export function listingsDue(today: PlainDate, calendar: WorkingDays): Listing[] {
  return runsSincePreviousWorkingDay(today, calendar, { includeToday: true }).flatMap(({ day, kind }) => {
    const cadence = cadenceOfRun(kind);
    return cadence ? [{ cadence, runDay: day }] : [];
  });
}

/**
 * The batches a `kind` run sends on working day `today` for `tracked` (the obligations of every
 * year on the ladder, shared/jobs/org-year.ts reminderYears). A kind's own run: its cadence's
 * openings and still-open obligations; the daily pass: every cadence's openings, the listings due
 * (listingsDue), then the rest of the ladder.
 */
export function reminderBatches(
  kind: JobKind,
  today: PlainDate,
  tracked: TrackedObligation[],
  options: ReminderOptions & { calendar: WorkingDays },
): ReminderBatch[] {
  if (kind !== 'daily') return periodicReminders(kind, today, tracked, options);
  return [
    ...listingReminders(today, tracked, options, listingsDue(today, options.calendar)),
    ...dailyReminders(today, tracked, options),
  ];
}
