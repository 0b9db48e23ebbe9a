// Working days: when reminder emails may go out. The Thai official calendar (weekends, the
// government's holidays, an org's closure days) lives in thai-working-days.ts; this is the shape.
import type { DayOff } from './day-off.js';
import { addDays, type PlainDate } from './plain-date.js';

export interface WorkingDays {
  isWorkingDay(date: PlainDate): boolean;
  /** why `date` is not a working day (undefined for a working day); absent: the calendar cannot tell */
  dayOff?(date: PlainDate): DayOff | undefined;
}

/** Every day works: for pure tests of the ladder's order, never for sending. */
export const EVERY_DAY: WorkingDays = { isWorkingDay: () => true };

const SEARCH_LIMIT = 60;

/** `date` if it is a working day, else the next one. */
export function nextWorkingDay(calendar: WorkingDays, date: PlainDate): PlainDate {
  let d = date;
  for (let i = 0; i < SEARCH_LIMIT && !calendar.isWorkingDay(d); i++) d = addDays(d, 1);
  return d;
}

/** `date` if it is a working day, else the one before. */
export function previousWorkingDay(calendar: WorkingDays, date: PlainDate): PlainDate {
  let d = date;
  for (let i = 0; i < SEARCH_LIMIT && !calendar.isWorkingDay(d); i++) d = addDays(d, -1);
  return d;
}

/** The working day before `date` (exclusive). */
export function workingDayBefore(calendar: WorkingDays, date: PlainDate): PlainDate {
  return previousWorkingDay(calendar, addDays(date, -1));
}
