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

export const SCHEDULES: readonly ScheduleEntry[] = [
  {
    id: 'monthly-reminders',
    description:
      'monthly reports open, with those still open from earlier months: remind units; executives get last month’s digest',
    cron: 'cron(30 8 1 * ? *)',
    input: { kind: 'monthly' },
  },
  {
    id: 'semiannual-reminders',
    description: 'semiannual (H1/H2) reports open, with those still open: remind units',
    cron: 'cron(30 8 1 3,9 ? *)',
    input: { kind: 'semiannual' },
  },
  {
    id: 'april-september-reminders',
    description: 'reports to the executives in April and September; the half-year and year summaries',
    cron: 'cron(30 8 1 4,9 ? *)',
    input: { kind: 'april-september' },
  },
  {
    id: 'daily-escalation',
    description: 'due soon, overdue, escalation to unit heads and executives, returned reports',
    cron: 'cron(30 8 * * ? *)',
    input: { kind: 'daily' },
  },
  {
    id: 'annual-report',
    description: 'the results report of the fiscal year that just ended',
    cron: 'cron(0 6 1 10 ? *)',
    input: { kind: 'annual-report' },
  },
];

/** The job kinds whose schedule fires on a calendar date (Bangkok). */
export function kindsFiringOn(date: `${number}-${string}-${string}`): JobKind[] {
  return SCHEDULES.filter((s) => cronFiresOn(s.cron, date)).map((s) => s.input.kind);
}
