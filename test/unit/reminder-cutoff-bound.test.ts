import { describe, expect, it } from 'vitest';
import { JobEnvironment, parseEnvironment } from '../../shared/environment/environment.js';
import { MAX_CUTOFF_DAYS, reminderYears } from '../../shared/jobs/org-year.js';
import { fiscalYearBounds, fiscalYearOf } from '../../shared/domain/fiscal-calendar.js';
import { addDays, type PlainDate } from '../../shared/domain/plain-date.js';

const jobs = (cutoff: string) =>
  parseEnvironment('job', JobEnvironment, {
    TABLE_NAME: 'ita',
    AWS_REGION: 'ap-southeast-1',
    REMINDER_CUTOFF_DAYS: cutoff,
  });

// break 14 F11: the setting allowed 3,650 days while the jobs read only this year and the one before
describe('REMINDER_CUTOFF_DAYS is bounded by the years the reminder jobs read', () => {
  it('takes a cut-off up to the bound and refuses one past it, naming the variable', () => {
    expect(jobs(String(MAX_CUTOFF_DAYS)).REMINDER_CUTOFF_DAYS).toBe(MAX_CUTOFF_DAYS);
    expect(jobs('60').REMINDER_CUTOFF_DAYS).toBe(60);
    for (const over of [MAX_CUTOFF_DAYS + 1, 400, 3650]) {
      expect(() => jobs(String(over))).toThrow(`REMINDER_CUTOFF_DAYS="${over}" is not valid`);
    }
  });

  it('with the longest cut-off, every day reads each year whose latest obligation is still inside it', () => {
    // an obligation may fall due up to 120 days after its year ends (due rules, "once" dates)
    const lastCutoff = (fy: number) => addDays(fiscalYearBounds(fy).end, 120 + MAX_CUTOFF_DAYS);
    for (let day: PlainDate = '2023-01-01'; day <= '2029-12-31'; day = addDays(day, 1)) {
      const read = reminderYears(day, MAX_CUTOFF_DAYS);
      const fy = fiscalYearOf(day);
      for (let y = fy - 5; y <= fy; y++) {
        if (lastCutoff(y) >= day) expect(read, `${day}: FY${y}`).toContain(y);
      }
    }
  });
});
