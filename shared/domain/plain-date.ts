// Calendar dates without time ("2023-04-30"), and Bangkok's date for an instant.

export type PlainDate = `${number}-${string}-${string}`;

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isPlainDate(value: string): value is PlainDate {
  if (!PLAIN_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

const twoDigits = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * The UTC calendar date of `d`, as `toISOString().slice(0, 10)` gives it (a RangeError for an invalid
 * date), but read by its fields for years 1000-9999: ~7x faster (session 55), and the reminder
 * ladders ask ~20 dates an obligation a run.
 */
function utcDateOf(d: Date): PlainDate {
  const year = d.getUTCFullYear();
  return year > 999 && year < 1e4
    ? `${year}-${twoDigits(d.getUTCMonth() + 1)}-${twoDigits(d.getUTCDate())}`
    : (d.toISOString().slice(0, 10) as PlainDate);
}

/** `year`-`month`-`day`, normalised as Date.UTC does (day 0 is the previous month's last day). */
export function plainDate(year: number, month: number, day: number): PlainDate {
  return utcDateOf(new Date(Date.UTC(year, month - 1, day)));
}

export function lastDayOfMonth(year: number, month: number): PlainDate {
  return plainDate(year, month + 1, 0);
}

/** `date` moved by `days` (negative: back). */
export function addDays(date: PlainDate, days: number): PlainDate {
  return plainDate(+date.slice(0, 4), +date.slice(5, 7), +date.slice(8, 10) + days);
}

export function daysBetween(from: PlainDate, to: PlainDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function firstOfMonth(date: PlainDate): PlainDate {
  return `${date.slice(0, 8)}01` as PlainDate;
}

/** The date in Asia/Bangkok (UTC+7, no DST) at an instant. */
export function bangkokDate(instant: Date): PlainDate {
  return utcDateOf(new Date(instant.getTime() + 7 * 3_600_000));
}

/**
 * Whole seconds from `instant` to the next midnight in Asia/Bangkok (1 to 86,400), rounded up: when
 * a count kept per Bangkok day (bangkokDate) starts again. A Retry-After value (RFC 9110 §10.2.3).
 */
export function secondsToNextBangkokDay(instant: Date): number {
  const next = Date.parse(`${addDays(bangkokDate(instant), 1)}T00:00:00+07:00`);
  return Math.ceil((next - instant.getTime()) / 1000);
}
