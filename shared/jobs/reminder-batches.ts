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
  withoutClosedUnits,
  withUnitsInOrder,
} from '../domain/reminder-plan.js';
import { compareUnitIds } from '../domain/unit-order.js';
import type { WorkingDays } from '../domain/working-days.js';
import { kindsFiringOn } from '../schedules/schedule-catalog.js';
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
 * year on the ladder, shared/jobs/org-year.ts reminderYears). The daily pass: every cadence's
 * openings, the listings due (listingsDue), then the rest of the ladder. A listing kind's run on its
 * own day (a working 1st): the daily pass's openings and listings, the very same emails and send
 * markers, so the runs that fire together at 08:30 (monthly, semiannual, april-september, daily)
 * send a unit one "ถึงรอบรายงานผล" between them, not one each (tester s39y: four on 1 September);
 * whichever runs first sends it. A listing kind's run on a later day (a rerun, a replay): its own
 * cadence's listing of the 1st (periodicReminders). Nothing is planned for a deactivated unit
 * (`closedUnits`): not its staff's or head's emails, nor its obligations in the escalations
 * (withoutClosedUnits); an escalation listing several units lists each report's units in the
 * reader's order, each named by `unitNames` (withUnitsInOrder).
 */
export function reminderBatches(
  kind: JobKind,
  today: PlainDate,
  tracked: TrackedObligation[],
  options: ReminderOptions & { calendar: WorkingDays },
  closedUnits: ReadonlySet<string> = new Set(),
  unitNames: ReadonlyMap<string, string> = new Map(),
): ReminderBatch[] {
  const open = (batches: ReminderBatch[]) => withoutClosedUnits(batches, closedUnits);
  const listings = () => open(listingReminders(today, tracked, options, listingsDue(today, options.calendar)));
  if (kind === 'daily')
    return [
      ...listings(),
      ...withUnitsInOrder(open(dailyReminders(today, tracked, options)), compareUnitIds(unitNames)),
    ];
  if (!cadenceOfRun(kind)) return [];
  return kindsFiringOn(today).includes(kind) ? listings() : open(periodicReminders(kind, today, tracked, options));
}
