// Why a date is a day off by the government's calendar alone, at once and without a library: for
// the web page, which names a due date's day off as the emails do (docs/web.md). The jobs' calendar
// (thai-working-days.ts) also knows the org's own closure days and fills a year outside the tables
// from npm date-holidays; here such a year has its weekends only.
import { type DayOff, weekendDay } from './day-off.js';
import type { PlainDate } from './plain-date.js';
import { governmentHolidaysOf } from './thai-government-holidays.js';

/** A government holiday (the Cabinet's list, else the computed one; named first, as the jobs do) or a weekend day. */
export function governmentDayOff(date: PlainDate): DayOff | undefined {
  const holiday = governmentHolidaysOf(Number(date.slice(0, 4)))?.find((h) => h.date === date);
  return holiday ? { kind: 'holiday', name: holiday.name } : weekendDay(date);
}
