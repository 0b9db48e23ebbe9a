// The Thai official working-day calendar: Monday to Friday, not a government holiday (the
// Cabinet's lists in thai-government-holidays.ts; its computed list for a year the Cabinet has not
// listed yet; npm date-holidays, country TH, only for a year with neither), and not one of the
// org's own closure days. `dayOff` says which of them a day off is (day-off.ts words it).
import { type DayOff, weekendDay } from './day-off.js';
import { type PlainDate } from './plain-date.js';
import {
  COMPUTED_THAI_HOLIDAYS,
  type GovernmentHoliday,
  governmentHolidaysOf,
  THAI_GOVERNMENT_HOLIDAYS,
} from './thai-government-holidays.js';
import type { WorkingDays } from './working-days.js';

/** The listed data begins here (FY2566); earlier dates use date-holidays too. */
const LISTED_FROM = '2022-10-01';

/** A year's holidays: date to Thai name. */
type YearHolidays = ReadonlyMap<string, string>;

const cache = new Map<number, Promise<YearHolidays>>();

async function fallbackHolidays(year: number): Promise<YearHolidays> {
  const { default: Holidays } = await import('date-holidays');
  const days = new Map<string, string>();
  for (const h of new Holidays('TH').getHolidays(year, 'th'))
    if (h.type === 'public' && !days.has(h.date.slice(0, 10))) days.set(h.date.slice(0, 10), h.name);
  return days;
}

const named = (listed: readonly GovernmentHoliday[]) => listed.map((h) => [h.date, h.name] as const);

/** The holidays of one calendar year (CE) with their names, from the list if the year has one. */
export function holidaysOf(year: number): Promise<YearHolidays> {
  let found = cache.get(year);
  if (!found) {
    const listed = governmentHolidaysOf(year);
    found =
      listed && `${year}-01-01` >= LISTED_FROM
        ? Promise.resolve(new Map(named(listed)))
        : listed
          ? // the list starts mid-year: its months plus the fallback's before it
            fallbackHolidays(year).then((f) => new Map([...[...f].filter(([d]) => d < LISTED_FROM), ...named(listed)]))
          : fallbackHolidays(year);
    cache.set(year, found);
  }
  return found;
}

/** True if a year's holidays come from the Cabinet's list rather than date-holidays. */
export function hasOfficialList(year: number): boolean {
  return THAI_GOVERNMENT_HOLIDAYS[year] !== undefined;
}

/**
 * Where a year's holidays come from: the Cabinet's list, the computed list of a year it has not
 * listed yet (thai-government-holidays.ts COMPUTED), or npm date-holidays (neither).
 */
export type HolidaySource = 'cabinet' | 'computed' | 'date-holidays';

export function holidaySource(year: number): HolidaySource {
  return hasOfficialList(year) ? 'cabinet' : COMPUTED_THAI_HOLIDAYS[year] ? 'computed' : 'date-holidays';
}

/** The first calendar year a run can need (FY2566 began in October 2022). */
const FIRST_RUN_YEAR = Number(LISTED_FROM.slice(0, 4));

/** A year with no Cabinet list that a run may use (from FY2566's on): a computed list or date-holidays fills in. */
const fillsIn = (year: number) => year >= FIRST_RUN_YEAR && !hasOfficialList(year);

/**
 * `calendar`, noting each calendar year (CE) it is asked about: `fallbackYears()` are those of them
 * with no Cabinet list (`holidaySource`: computed or date-holidays), the years whose holidays a run
 * actually used (its day, and the ladder days of the obligations it read), in order. A run in April
 * 2026 of an org without an FY2570 plan asks of 2026 only; one whose FY2570 obligations climb into
 * 2027 asks of 2027 too (docs/reminders.md, "Working days").
 */
export function notingFallbackYears(calendar: WorkingDays): WorkingDays & { fallbackYears: () => number[] } {
  const asked = new Set<number>();
  return {
    isWorkingDay(date: PlainDate): boolean {
      asked.add(Number(date.slice(0, 4)));
      return calendar.isWorkingDay(date);
    },
    ...(calendar.dayOff
      ? {
          dayOff: (date: PlainDate) => {
            asked.add(Number(date.slice(0, 4)));
            return calendar.dayOff!(date);
          },
        }
      : {}),
    fallbackYears: () => [...asked].filter(fillsIn).sort((a, b) => a - b),
  };
}

/**
 * The working days of calendar years `years` (CE) and their neighbours: a date outside them throws
 * RangeError (load a wider range, e.g. with thaiWorkingDaysBetween). `closureDays` are the org's own
 * (e.g. a local festival).
 */
export async function thaiWorkingDays(
  years: number[],
  closureDays: readonly PlainDate[] = [],
): Promise<Required<WorkingDays>> {
  return workingDaysOf([...new Set(years.flatMap((y) => [y - 1, y, y + 1]))], closureDays);
}

/**
 * The working days of every calendar year from `from`'s to `to`'s (inclusive, no neighbours): for a
 * run whose dates are known to stay in that span (shared/jobs/org-year.ts `calendarSpan`). A date
 * outside it throws RangeError.
 */
export async function thaiWorkingDaysBetween(
  from: PlainDate,
  to: PlainDate,
  closureDays: readonly PlainDate[] = [],
): Promise<Required<WorkingDays>> {
  const years: number[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) years.push(y);
  return workingDaysOf(years, closureDays);
}

async function workingDaysOf(span: number[], closureDays: readonly PlainDate[]): Promise<Required<WorkingDays>> {
  const holidays = new Map(await Promise.all(span.map(async (y) => [y, await holidaysOf(y)] as const)));
  const closed = new Set<string>(closureDays);
  // a listed holiday is named first (one on a weekend too: its name says more), then the weekend, then the org's day
  const dayOff = (date: PlainDate): DayOff | undefined => {
    const year = holidays.get(Number(date.slice(0, 4)));
    if (!year) throw new RangeError(`no working-day calendar loaded for ${date}`);
    const holiday = year.get(date);
    if (holiday !== undefined) return { kind: 'holiday', name: holiday };
    return weekendDay(date) ?? (closed.has(date) ? { kind: 'closure' } : undefined);
  };
  return { isWorkingDay: (date) => dayOff(date) === undefined, dayOff };
}
