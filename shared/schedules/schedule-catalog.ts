// THE list of scheduled jobs, read by infra/cdk (EventBridge Scheduler) and infra/local (the local scheduler).

export const SCHEDULE_TIME_ZONE = 'Asia/Bangkok';

import type { JobKind } from '../domain/job-kinds.js';
import { cronFiresOn } from './aws-cron.js';

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
