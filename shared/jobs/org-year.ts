// Which people and which fiscal years the reminder jobs look at on a given date.
// (The year itself is assembled by shared/domain/org-year.ts, loaded by loadOrgYear in shared/store.)
import type { Person } from '../domain/organisation.js';
import { fiscalYearBounds, fiscalYearOf } from '../domain/fiscal-calendar.js';
import { addDays, type PlainDate } from '../domain/plain-date.js';
import { ESCALATE_TO_EXECUTIVES_AFTER_DAYS } from '../domain/reminder-ladder.js';

export function activePeople(people: Person[]): Person[] {
  return people.filter((p) => p.active);
}

/** Obligations of a year may fall due this long after its end (due rules, "once" dates). */
const LATEST_DUE_AFTER_YEAR_END_DAYS = 120;

/**
 * The longest cut-off (REMINDER_CUTOFF_DAYS, days after the due date) reminderYears covers: it
 * reads this year and the one before, so a year's obligations must leave the ladder before the
 * next year ends (365 days after its end, less the 120 days its due dates may fall after it).
 */
export const MAX_CUTOFF_DAYS = 365 - LATEST_DUE_AFTER_YEAR_END_DAYS;

/**
 * The fiscal years whose obligations can still be on the ladder on `today`: this year, and the
 * year before until its last possible due date plus the cut-off has passed.
 */
/** How far past a date nextWorkingDay may look (shared/domain/working-days.ts SEARCH_LIMIT). */
const WORKING_DAY_SEARCH_DAYS = 60;

/**
 * Every date the runs (and previews) from `from` to `to` can touch: from the start of the first
 * fiscal year they track (reminderYears of `from`: last year's obligations open from its October)
 * to the last ladder day of the last year they track (its latest due date + the cut-off, moved to
 * a working day). The working-day calendar loads these years (break s30-u F1).
 */
export function calendarSpan(from: PlainDate, to: PlainDate, cutoffDays: number): { from: PlainDate; to: PlainDate } {
  const first = Math.min(...reminderYears(from, cutoffDays));
  const last = fiscalYearOf(to);
  return {
    from: fiscalYearBounds(first).start,
    to: addDays(
      fiscalYearBounds(last).end,
      LATEST_DUE_AFTER_YEAR_END_DAYS + cutoffDays + ESCALATE_TO_EXECUTIVES_AFTER_DAYS + WORKING_DAY_SEARCH_DAYS,
    ),
  };
}

export function reminderYears(today: PlainDate, cutoffDays: number): number[] {
  const fy = fiscalYearOf(today);
  const lastOfPrevious = addDays(fiscalYearBounds(fy - 1).end, LATEST_DUE_AFTER_YEAR_END_DAYS + cutoffDays);
  return today <= lastOfPrevious ? [fy - 1, fy] : [fy];
}
