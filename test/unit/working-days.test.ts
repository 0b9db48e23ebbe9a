import { describe, expect, it } from 'vitest';
import type { PlainDate } from '../../shared/domain/plain-date.js';
import { ladderOf } from '../../shared/domain/reminder-ladder.js';
import {
  hasOfficialList,
  holidaySource,
  thaiWorkingDays,
  notingFallbackYears,
  thaiWorkingDaysBetween,
} from '../../shared/domain/thai-working-days.js';
import { calendarSpan, MAX_CUTOFF_DAYS } from '../../shared/jobs/org-year.js';
import { summariesToSend } from '../../shared/jobs/summary-plans.js';
import { notWorkingDayLine } from '../../shared/jobs/run-summary.js';

const fy2566 = await thaiWorkingDays([2023]);

describe('the Thai official working days', () => {
  it('are closed on the days Thailand observed in 2023, where date-holidays is wrong', () => {
    const closed: PlainDate[] = ['2023-06-05', '2023-08-01', '2023-08-02', '2023-07-31', '2023-05-05', '2023-04-17'];
    for (const d of closed) expect(fy2566.isWorkingDay(d), d).toBe(false);
    for (const d of ['2023-05-03', '2023-07-27', '2023-08-03'] as PlainDate[])
      expect(fy2566.isWorkingDay(d), d).toBe(true);
  });

  it('are open on Labour Day, 1 May, which is not a government holiday (2023 to 2026, weekdays)', async () => {
    const years = await thaiWorkingDays([2023, 2024, 2025, 2026]);
    for (const d of ['2023-05-01', '2024-05-01', '2025-05-01', '2026-05-01'] as PlainDate[])
      expect(years.isWorkingDay(d), d).toBe(true);
  });

  it('include the Cabinet’s extra days and substitutions at both ends of FY2566', () => {
    for (const d of ['2022-10-14', '2022-10-24', '2022-12-12', '2022-12-30', '2023-01-02', '2023-12-29'] as PlainDate[])
      expect(fy2566.isWorkingDay(d), d).toBe(false);
  });

  it('have a Cabinet list for 2022-2026 and a computed one for 2027', async () => {
    for (const y of [2022, 2023, 2024, 2025, 2026]) expect(hasOfficialList(y)).toBe(true);
    expect(hasOfficialList(2027)).toBe(false);
    const fy2570 = await thaiWorkingDays([2027]);
    expect(fy2570.isWorkingDay('2027-04-13')).toBe(false);
    expect(fy2570.isWorkingDay('2027-04-12')).toBe(true);
    expect(fy2570.isWorkingDay('2026-12-07')).toBe(false);
  });

  it('are closed in FY2570 and FY2571 on the Buddhist days and their substitutions, which date-holidays lacks for 2027-2028', async () => {
    const years = await thaiWorkingDays([2027, 2028]);
    // มาฆบูชา 21 Feb 2027 is a Sunday: Monday 22 Feb; อาสาฬหบูชา 18 Jul (Sun): 20 Jul after เข้าพรรษา
    const closed: PlainDate[] = ['2027-02-22', '2027-05-20', '2027-07-19', '2027-07-20', '2028-02-10', '2028-05-08'];
    for (const d of [...closed, '2028-07-06', '2028-07-07', '2028-08-14', '2027-10-25'] as PlainDate[])
      expect(years.isWorkingDay(d), d).toBe(false);
    // Labour Day stays a working day, as in the Cabinet's years
    for (const d of ['2027-05-03', '2028-05-01', '2027-02-23'] as PlainDate[])
      expect(years.isWorkingDay(d), d).toBe(true);
    expect([2026, 2027, 2028, 2029].map(holidaySource)).toEqual(['cabinet', 'computed', 'computed', 'date-holidays']);
  });

  it('name the years without a Cabinet list that a run asked of: only those it used', async () => {
    const asked = async (...dates: PlainDate[]) => {
      const calendar = notingFallbackYears(await thaiWorkingDaysBetween('2022-01-01', '2029-12-31'));
      for (const d of dates) calendar.isWorkingDay(d);
      return calendar.fallbackYears();
    };
    expect(await asked('2026-04-01', '2026-11-30')).toEqual([]);
    expect(await asked('2026-12-01', '2027-01-04')).toEqual([2027]);
    expect(await asked('2029-01-02', '2027-03-01', '2028-03-01', '2027-05-03')).toEqual([2027, 2028, 2029]);
    expect(await asked('2022-10-03', '2023-11-30')).toEqual([]);
  });

  it('leave out the org’s own closure days', async () => {
    const org = await thaiWorkingDays([2023], ['2023-11-27']);
    expect(org.isWorkingDay('2023-11-27')).toBe(false);
    expect(fy2566.isWorkingDay('2023-11-27')).toBe(true);
  });
});

describe('a day off says which it is (tester s37: the job CLI said "เสาร์-อาทิตย์ วันหยุดราชการ หรือวันปิดทำการ…")', () => {
  const said = async (day: PlainDate, closureDays: PlainDate[] = []) => {
    const calendar = await thaiWorkingDays([Number(day.slice(0, 4))], closureDays);
    return notWorkingDayLine(day, calendar.dayOff(day));
  };

  it.each([
    [
      'วันสิ้นปี, Thursday 31 December 2026',
      '2026-12-31',
      'วันที่ ๓๑ ธันวาคม ๒๕๖๙ เป็นวันหยุด (วันสิ้นปี)',
      'a government holiday, วันสิ้นปี',
    ],
    [
      'the substitution for วันชาติ, Monday 7 December 2026',
      '2026-12-07',
      'วันที่ ๗ ธันวาคม ๒๕๖๙ เป็นวันหยุด (วันหยุดชดเชยวันชาติ และวันพ่อแห่งชาติ)',
      'a government holiday, วันหยุดชดเชยวันชาติ และวันพ่อแห่งชาติ',
    ],
    [
      'FY2570’s computed มาฆบูชา substitution',
      '2027-02-22',
      'วันที่ ๒๒ กุมภาพันธ์ ๒๕๗๐ เป็นวันหยุด (วันหยุดชดเชยวันมาฆบูชา)',
      'a government holiday, วันหยุดชดเชยวันมาฆบูชา',
    ],
    ['a date-holidays year (2029)', '2029-04-06', 'วันที่ ๖ เมษายน ๒๕๗๒ เป็นวันหยุด (วันจักรี)', 'a government holiday, วันจักรี'],
    ['Saturday 1 April 2023', '2023-04-01', 'วันที่ ๑ เมษายน ๒๕๖๖ เป็นวันหยุด (วันเสาร์)', 'a Saturday'],
    ['Sunday 1 October 2023', '2023-10-01', 'วันที่ ๑ ตุลาคม ๒๕๖๖ เป็นวันหยุด (วันอาทิตย์)', 'a Sunday'],
  ])('%s: the job CLI names it, Thai then English', async (_n, day, th, en) => {
    const line = await said(day as PlainDate);
    expect(line).toBe(
      `${th} ไม่ส่งอีเมล อีเมลของรอบนี้จะส่งในวันทำการถัดไป (${day} is a day off (${en}): nothing sent; the next working day's daily pass sends this run's emails)`,
    );
  });

  it("the org's own closure day is said to be the org's, not a holiday's or a weekend's", async () => {
    expect(await said('2023-11-27', ['2023-11-27'])).toMatch(
      /^วันที่ ๒๗ พฤศจิกายน ๒๕๖๖ เป็นวันหยุด \(วันปิดทำการขององค์กร\) ไม่ส่งอีเมล .*\(2023-11-27 is a day off \(the org's own closure day\): nothing sent/,
    );
    // a closure day on a holiday is named by the holiday
    expect(await said('2026-12-31', ['2026-12-31'])).toContain('เป็นวันหยุด (วันสิ้นปี)');
  });

  it('a working day is no day off', async () => {
    const calendar = await thaiWorkingDays([2026]);
    expect(calendar.dayOff('2026-12-30')).toBeUndefined();
    expect(calendar.isWorkingDay('2026-12-30')).toBe(true);
  });
});

describe('stages on non-working days move; due dates do not', () => {
  it("April 2023's reports (due Sunday 30 April) are due on Friday 28 April and overdue on Monday 1 May (Labour Day is not a government holiday)", () => {
    expect(ladderOf({ opensOn: '2023-04-01', dueDate: '2023-04-30' }, { calendar: fy2566 })).toEqual([
      { stage: 'opening', on: '2023-04-03' },
      { stage: 'due-soon', on: '2023-04-27' },
      { stage: 'due', on: '2023-04-28' },
      { stage: 'overdue', on: '2023-05-01' },
      { stage: 'escalation-head', on: '2023-05-08' },
      { stage: 'escalation-executive', on: '2023-05-15' },
    ]);
  });

  it('H2 of FY2566 (due Saturday 30 September) escalates across 1 October, past the 13 and 23 October holidays', () => {
    expect(ladderOf({ opensOn: '2023-09-01', dueDate: '2023-09-30' }, { calendar: fy2566 }).slice(2)).toEqual([
      { stage: 'due', on: '2023-09-29' },
      { stage: 'overdue', on: '2023-10-02' },
      { stage: 'escalation-head', on: '2023-10-09' },
      { stage: 'escalation-executive', on: '2023-10-16' },
    ]);
  });

  it('the summaries of runs that fell on a weekend go out with the next working day’s daily pass', () => {
    expect(summariesToSend('daily', '2023-04-03', fy2566).map((s) => s.id)).toEqual(['digest-2023-03', 'h1-2566']);
    expect(summariesToSend('daily', '2023-04-04', fy2566)).toEqual([]);
    expect(summariesToSend('daily', '2023-03-02', fy2566)).toEqual([]);
  });
});

describe("a run's working-day calendar covers every date its tracked years reach (break s30-u F1)", () => {
  it('from October of the year before last in January, to the last ladder day of this year', () => {
    expect(calendarSpan('2024-01-02', '2024-01-02', 60)).toEqual({ from: '2022-10-01', to: '2025-06-11' });
    // after the previous year has left the ladder (late March), from this year's October
    expect(calendarSpan('2024-06-03', '2024-06-03', 60).from).toBe('2023-10-01');
    // the longest cut-off keeps the previous year longer, and reaches further
    expect(calendarSpan('2024-05-20', '2024-05-20', MAX_CUTOFF_DAYS)).toEqual({ from: '2022-10-01', to: '2025-12-13' });
  });

  it("loads years without a Cabinet list too (FY2573's runs in February 2030, date-holidays)", async () => {
    const span = calendarSpan('2030-02-01', '2030-02-01', 60);
    const calendar = await thaiWorkingDaysBetween(span.from, span.to);
    expect(calendar.isWorkingDay('2028-10-02')).toBe(true);
    expect(calendar.isWorkingDay('2028-10-13')).toBe(false);
    expect(calendar.isWorkingDay(span.to)).toBeTypeOf('boolean');
  });
});
