import { describe, expect, it } from 'vitest';
import type { PlainDate } from '../../shared/domain/plain-date.js';
import { periodsFor } from '../../shared/domain/periods.js';
import { DueRule, MAX_DAYS_AFTER } from '../../shared/domain/due-rules.js';
import { monthsPastYearEnd } from '../../shared/domain/year-reach.js';

const ids = (ps: { periodId: string; dueDate: string }[]) => ps.map((p) => [p.periodId, p.dueDate]);

describe('cadences, periods and due dates', () => {
  it('monthly reports are due on the last day of each month', () => {
    const months = periodsFor('monthly', 2566);
    expect(months).toHaveLength(12);
    expect(months.find((p) => p.periodId === '2023-04')).toMatchObject({
      dueDate: '2023-04-30',
      opensOn: '2023-04-01',
    });
    expect(months.find((p) => p.periodId === '2023-02')?.dueDate).toBe('2023-02-28');
  });

  it('quarterly reports are due at the end of each quarter, Q1 being October-December', () => {
    expect(ids(periodsFor('quarterly', 2566))).toEqual([
      ['Q1', '2022-12-31'],
      ['Q2', '2023-03-31'],
      ['Q3', '2023-06-30'],
      ['Q4', '2023-09-30'],
    ]);
  });

  it('semiannual reports are due 31 March and 30 September', () => {
    expect(ids(periodsFor('semiannual', 2566))).toEqual([
      ['H1', '2023-03-31'],
      ['H2', '2023-09-30'],
    ]);
  });

  it('april-september reports are due 30 April and 30 September', () => {
    const halves = periodsFor('april-september', 2566);
    expect(ids(halves)).toEqual([
      ['H1', '2023-04-30'],
      ['H2', '2023-09-30'],
    ]);
    expect(halves[0]).toMatchObject({ start: '2022-10-01', end: '2023-03-31', opensOn: '2023-04-01' });
  });

  it('annual and unspecified follow-ups are due at the end of the fiscal year', () => {
    expect(ids(periodsFor('annual', 2566))).toEqual([['FY', '2023-09-30']]);
    expect(ids(periodsFor('unspecified', 2566))).toEqual([['FY', '2023-09-30']]);
  });

  it('a once follow-up is due on its date, or 31 December by default', () => {
    expect(ids(periodsFor('once', 2566))).toEqual([['ONCE', '2022-12-31']]);
    expect(ids(periodsFor('once', 2566, { onceDueDate: '2023-06-15' }))).toEqual([['ONCE', '2023-06-15']]);
  });

  it('a once follow-up due on the 1st to the 10th opens on the 1st of the month before, never before the year starts', () => {
    const opens = (due: PlainDate) => periodsFor('once', 2566, { onceDueDate: due })[0]?.opensOn;
    expect(opens('2023-06-01')).toBe('2023-05-01');
    expect(opens('2023-03-02')).toBe('2023-02-01');
    expect(opens('2023-01-03')).toBe('2022-12-01');
    expect(opens('2023-06-10')).toBe('2023-05-01');
    expect(opens('2023-06-11')).toBe('2023-06-01');
    expect(opens('2022-10-05')).toBe('2022-10-01');
  });

  it('an org can make monthly reports due on the 5th of the next month', () => {
    const months = periodsFor('monthly', 2566, { dueRules: { monthly: { kind: 'day-of-next-month', day: 5 } } });
    expect(months.find((p) => p.periodId === '2023-04')).toMatchObject({
      dueDate: '2023-05-05',
      opensOn: '2023-04-01',
    });
    expect(months.find((p) => p.periodId === '2023-09')?.dueDate).toBe('2023-10-05');
    expect(
      periodsFor('semiannual', 2566, { dueRules: { semiannual: { kind: 'days-after', days: 15 } } })[0]?.dueDate,
    ).toBe('2023-04-15');
  });
});

// The overview offers the months after a year that a rule can reach (web/src/overview-months.ts),
// none before it: no rule can put a report before 1 October, as these show.
describe('a due rule keeps every report of the year from 1 October to its reach after 30 September', () => {
  const CADENCES = ['monthly', 'quarterly', 'semiannual', 'april-september', 'annual', 'once', 'unspecified'] as const;
  const RULES = [
    { kind: 'default' },
    { kind: 'day-of-next-month', day: 1 },
    { kind: 'day-of-next-month', day: 28 },
    { kind: 'days-after', days: 0 },
    { kind: 'days-after', days: MAX_DAYS_AFTER },
  ] as const;
  // a one-off on the year's first day (the earliest the save allows) and on its last
  const ONCE_DATES: PlainDate[] = ['2022-10-01', '2023-09-30'];

  it.each(CADENCES)('%s reports: never due before 1 October 2565, never after the reach (December 2566)', (cadence) => {
    const reach = monthsPastYearEnd(2566).at(-1)!;
    const dues = RULES.flatMap((rule) =>
      ONCE_DATES.flatMap((onceDueDate) =>
        periodsFor(cadence, 2566, { dueRules: { [cadence]: rule }, onceDueDate }).map((p) => p.dueDate),
      ),
    );
    expect(dues.filter((d) => d < '2022-10-01')).toEqual([]);
    expect(dues.filter((d) => d.slice(0, 7) > reach)).toEqual([]);
  });

  it.each([
    ['days-after:-1', { kind: 'days-after', days: -1 }],
    ['days-after:91', { kind: 'days-after', days: MAX_DAYS_AFTER + 1 }],
    ['day-of-next-month:0', { kind: 'day-of-next-month', day: 0 }],
  ])('a rule that could move a report earlier or past the reach (%s) is refused', (_name, rule) => {
    expect(DueRule.safeParse(rule).success).toBe(false);
  });

  it('the reach is October to December after the year', () => {
    expect(monthsPastYearEnd(2566)).toEqual(['2023-10', '2023-11', '2023-12']);
  });
});
