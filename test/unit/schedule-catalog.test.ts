import { Cron } from 'croner';
import { describe, expect, it } from 'vitest';
import { awsCronToCroner, CRONER_OPTIONS } from '../../shared/schedules/aws-cron.js';
import { SCHEDULE_TIME_ZONE, SCHEDULES } from '../../shared/schedules/schedule-catalog.js';

function nextRuns(id: string, from: string, count: number): string[] {
  const entry = SCHEDULES.find((s) => s.id === id)!;
  const cron = new Cron(awsCronToCroner(entry.cron), { ...CRONER_OPTIONS, timezone: SCHEDULE_TIME_ZONE });
  const out: string[] = [];
  let at = new Date(from);
  for (let i = 0; i < count; i++) {
    at = cron.nextRun(at)!;
    out.push(at.toISOString());
  }
  return out;
}

describe('the schedule catalog, in Asia/Bangkok', () => {
  it('fires the monthly reminders on the 1st of each month at 08:30', () => {
    expect(nextRuns('monthly-reminders', '2023-03-15T00:00:00Z', 2)).toEqual([
      '2023-04-01T01:30:00.000Z',
      '2023-05-01T01:30:00.000Z',
    ]);
  });

  it('fires the semiannual reminders on 1 March and 1 September at 08:30', () => {
    expect(nextRuns('semiannual-reminders', '2023-01-01T00:00:00Z', 2)).toEqual([
      '2023-03-01T01:30:00.000Z',
      '2023-09-01T01:30:00.000Z',
    ]);
  });

  it('fires the april-september reminders on 1 April and 1 September at 08:30', () => {
    expect(nextRuns('april-september-reminders', '2023-01-01T00:00:00Z', 2)).toEqual([
      '2023-04-01T01:30:00.000Z',
      '2023-09-01T01:30:00.000Z',
    ]);
  });

  it('fires the daily pass every day at 08:30', () => {
    expect(nextRuns('daily-escalation', '2023-04-01T02:00:00Z', 2)).toEqual([
      '2023-04-02T01:30:00.000Z',
      '2023-04-03T01:30:00.000Z',
    ]);
  });

  it('fires the annual report on 1 October at 06:00, the day after the fiscal year ends', () => {
    expect(nextRuns('annual-report', '2023-01-01T00:00:00Z', 1)).toEqual(['2023-09-30T23:00:00.000Z']);
  });

  it('has unique ids and converts AWS steps and weekdays for croner', () => {
    expect(new Set(SCHEDULES.map((s) => s.id)).size).toBe(SCHEDULES.length);
    expect(awsCronToCroner('cron(0/20 8 ? * 2 *)')).toBe('0 0-59/20 8 ? * 2 *');
    expect(() => awsCronToCroner('rate(1 day)')).toThrow();
  });
});
