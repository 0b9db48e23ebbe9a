// Thai presentation through Intl: Buddhist-era years, Thai month names, Thai digits.
import type { PlainDate } from './plain-date.js';

const TZ = 'Asia/Bangkok';

/**
 * A formatter built on first use: a Thai Buddhist-calendar formatter loads ICU data (several ms of
 * CPU each), which a cold start should pay only when a request formats something.
 */
function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

const thaiDigits = lazy(() => new Intl.NumberFormat('th-TH-u-nu-thai', { useGrouping: false }));
const monthName = lazy(() => new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { month: 'long', timeZone: 'UTC' }));
const beYear = lazy(() => new Intl.DateTimeFormat('en-US-u-ca-buddhist', { year: 'numeric', timeZone: 'UTC' }));

/** 2566 -> "๒๕๖๖"; digits inside a string are converted too. */
export function toThaiDigits(value: number | string): string {
  if (typeof value === 'number') return thaiDigits().format(value);
  return value.replace(/[0-9]+/g, (run) => [...run].map((d) => thaiDigits().format(Number(d))).join(''));
}

/** "๒๕๖๖" -> "2566"; leaves every other character alone. */
export function fromThaiDigits(text: string): string {
  return text.replace(/[\u0E50-\u0E59]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
}

function utcNoon(date: PlainDate): Date {
  return new Date(`${date}T12:00:00Z`);
}

/** Gregorian year -> Buddhist-era year, via Intl. */
export function buddhistYear(date: PlainDate): number {
  return Number(
    beYear()
      .formatToParts(utcNoon(date))
      .find((p) => p.type === 'year')?.value,
  );
}

/** 1..12 -> "มกราคม".."ธันวาคม". */
export function thaiMonthName(month: number): string {
  return monthName().format(new Date(Date.UTC(2023, month - 1, 15)));
}

export interface ThaiDateOptions {
  /** Thai digits, as official documents use them (default true) */
  thaiDigits?: boolean;
}

/** "2023-09-30" -> "๓๐ กันยายน ๒๕๖๖" */
const longDate = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
const thaiDate = lazy(() => new Intl.DateTimeFormat('th-TH-u-ca-buddhist-nu-thai', longDate));
const thaiDateArabic = lazy(() => new Intl.DateTimeFormat('th-TH-u-ca-buddhist', longDate));

export function formatThaiDate(date: PlainDate, options: ThaiDateOptions = {}): string {
  return (options.thaiDigits === false ? thaiDateArabic : thaiDate)().format(utcNoon(date));
}

/** "2023-04" -> "เมษายน ๒๕๖๖" */
export function formatThaiMonth(yearMonth: string, options: ThaiDateOptions = {}): string {
  const month = Number(yearMonth.slice(5, 7));
  const year = buddhistYear(`${yearMonth}-01` as PlainDate);
  return `${thaiMonthName(month)} ${options.thaiDigits === false ? year : toThaiDigits(year)}`;
}

const bangkokDateTime = lazy(
  () =>
    new Intl.DateTimeFormat('th-TH-u-ca-buddhist-nu-thai', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: TZ,
    }),
);

/** An instant shown in Bangkok time: "๑ เมษายน ๒๕๖๖ เวลา ๐๘:๓๐ น." */
export function formatThaiDateTime(instant: Date): string {
  const parts = bangkokDateTime().formatToParts(instant);
  const get = (t: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('day')} ${get('month')} ${get('year')} เวลา ${get('hour')}:${get('minute')} น.`;
}
