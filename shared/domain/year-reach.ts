// How far past 30 September an org due rule can put a fiscal year's reports. Pure and without zod:
// the page reads it too.
import { fiscalYearBounds } from './fiscal-calendar.js';
import { addDays } from './plain-date.js';

/**
 * The latest a rule puts a due date after its period's default one: "days-after" at most 90 days
 * ("day-of-next-month" at most the 28th of the next month). So a fiscal year's reports all fall due
 * by 90 days after 30 September (summaries reach that far: docs/reminders.md, "Summaries").
 */
export const MAX_DAYS_AFTER = 90;

/**
 * The months ("2023-10"), after year `fy`'s twelve, in which an org due rule can put one of the
 * year's reports: October to December of the next year (MAX_DAYS_AFTER past 30 September).
 */
export function monthsPastYearEnd(fy: number): string[] {
  const { end } = fiscalYearBounds(fy);
  const last = addDays(end, MAX_DAYS_AFTER).slice(0, 7);
  const months: string[] = [];
  // from 1 October, 31 days a step lands once in each following month
  for (let day = addDays(end, 1); day.slice(0, 7) <= last; day = addDays(day, 31)) months.push(day.slice(0, 7));
  return months;
}
