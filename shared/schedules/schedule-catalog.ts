// THE list of scheduled jobs, read by infra/cdk (EventBridge Scheduler) and infra/local (the local scheduler).

export const SCHEDULE_TIME_ZONE = 'Asia/Bangkok';

import type { JobKind } from '../domain/job-kinds.js';
import { cronFiresOn } from './aws-cron.js';
import { addDays, firstOfMonth, type PlainDate } from '../domain/plain-date.js';
import { THAI_MONTHS, toThaiDigits } from '../domain/thai-format.js';

export interface ScheduleEntry {
  id: string;
  description: string;
  /** AWS cron: minutes hours day-of-month month day-of-week year, in SCHEDULE_TIME_ZONE */
  cron: string;
  input: { kind: JobKind };
}

/** One schedule a row: the job kind it starts (its input), the rest as in ScheduleEntry. */
const ROWS: readonly (Omit<ScheduleEntry, 'input'> & { kind: JobKind })[] = [
  {
    id: 'monthly-reminders',
    kind: 'monthly',
    cron: 'cron(30 8 1 * ? *)',
    description:
      'monthly reports open, with those still open from earlier months: remind units; executives get last month’s digest',
  },
  {
    id: 'semiannual-reminders',
    kind: 'semiannual',
    cron: 'cron(30 8 1 3,9 ? *)',
    description: 'semiannual (H1/H2) reports open, with those still open: remind units',
  },
  {
    id: 'april-september-reminders',
    kind: 'april-september',
    cron: 'cron(30 8 1 4,9 ? *)',
    description: 'reports to the executives in April and September; the half-year and year summaries',
  },
  {
    id: 'daily-escalation',
    kind: 'daily',
    cron: 'cron(30 8 * * ? *)',
    description: 'due soon, overdue, escalation to unit heads and executives, returned reports',
  },
  {
    id: 'annual-report',
    kind: 'annual-report',
    cron: 'cron(0 6 1 10 ? *)',
    description:
      'the results report of the fiscal year that just ended; emailed by the next working day’s daily run when 1 October is not one',
  },
];

export const SCHEDULES: readonly ScheduleEntry[] = ROWS.map(({ kind, ...entry }) => ({ ...entry, input: { kind } }));

/** The job kinds whose schedule fires on a calendar date (Bangkok). */
export function kindsFiringOn(date: `${number}-${string}-${string}`): JobKind[] {
  return SCHEDULES.filter((s) => cronFiresOn(s.cron, date)).map((s) => s.input.kind);
}

/** The time `kind`'s schedule fires on `date` (Bangkok, UTC+7 all year), from its cron's minutes and hours. */
export function scheduledTimeOn(kind: JobKind, date: `${number}-${string}-${string}`): Date {
  const entry = SCHEDULES.find((s) => s.input.kind === kind);
  if (!entry) throw new Error(`no schedule for ${kind}`);
  const [minutes = '0', hours = '0'] = entry.cron.replace(/^cron\(/, '').split(' ');
  return new Date(`${date}T${hours.padStart(2, '0')}:${minutes.padStart(2, '0')}:00+07:00`);
}

/**
 * The day of the run a `kind` run on `date` stands for (the job CLI's --at): the day itself for the
 * daily pass and the annual report (its generation is found by the 1 October run's day); the 1st of
 * the month for a listing kind (monthly, semiannual, april-september) whose schedule fires then (a
 * later day's run plans the 1st's listing, docs/reminders.md). Undefined: the kind has no run that
 * day stands for, and a run would do nothing.
 */
export function runDayOf(kind: JobKind, date: PlainDate): PlainDate | undefined {
  const day = kind === 'daily' || kind === 'annual-report' ? date : firstOfMonth(date);
  return kindsFiringOn(day).includes(kind) ? day : undefined;
}

/** The last day on or before `date` that `kind`'s schedule fires (every kind fires once a year at least). */
export function lastRunDay(kind: JobKind, date: PlainDate): PlainDate {
  for (let day = date, n = 0; n <= 366; day = addDays(day, -1), n++) if (kindsFiringOn(day).includes(kind)) return day;
  throw new Error(`${kind} fires on no day of the year before ${date}`);
}

/** When `kind`'s schedule fires, from its cron's day and months: "วันที่ ๑ มีนาคม และ ๑ กันยายน" / "1 March and 1 September". */
export function firingDays(kind: JobKind): { th: string; en: string } {
  const entry = SCHEDULES.find((s) => s.input.kind === kind);
  if (!entry) throw new Error(`no schedule for ${kind}`);
  const [, , dom = '*', month = '*'] = entry.cron.replace(/^cron\(|\)$/g, '').split(' ');
  if (dom === '*') return { th: 'ทุกวัน', en: 'every day' };
  if (month === '*') return { th: `วันที่ ${toThaiDigits(dom)} ของทุกเดือน`, en: `day ${dom} of every month` };
  const months = month.split(',').map(Number);
  return {
    th: `วันที่ ${months.map((m) => `${toThaiDigits(dom)} ${THAI_MONTHS[m - 1]}`).join(' และ ')}`,
    en: months.map((m) => `${dom} ${ENGLISH_MONTHS[m - 1]}`).join(' and '),
  };
}

const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** A time as the job CLI's --at takes it: Bangkok's clock, +07:00 ("2023-10-01T06:00:00+07:00"). */
export const cliTime = (instant: Date) =>
  `${new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;
