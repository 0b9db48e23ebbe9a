import { describe, expect, it } from 'vitest';
import {
  fiscalHalves,
  fiscalMonths,
  fiscalQuarters,
  fiscalYearBounds,
  fiscalYearOf,
} from '../../shared/domain/fiscal-calendar.js';
import { bangkokDate, isPlainDate, lastDayOfMonth } from '../../shared/domain/plain-date.js';

describe('fiscal calendar', () => {
  it('FY2566 runs from 1 October 2022 to 30 September 2023', () => {
    expect(fiscalYearBounds(2566)).toEqual({ start: '2022-10-01', end: '2023-09-30' });
  });

  it('a date belongs to the fiscal year that ends in the next September', () => {
    expect(fiscalYearOf('2022-09-30')).toBe(2565);
    expect(fiscalYearOf('2022-10-01')).toBe(2566);
    expect(fiscalYearOf('2023-09-30')).toBe(2566);
    expect(fiscalYearOf('2023-10-01')).toBe(2567);
  });

  it('lists twelve months starting with October of the previous calendar year', () => {
    const months = fiscalMonths(2566);
    expect(months).toHaveLength(12);
    expect(months[0]).toMatchObject({ id: '2022-10', start: '2022-10-01', end: '2022-10-31' });
    expect(months[6]).toMatchObject({ id: '2023-04', start: '2023-04-01', end: '2023-04-30' });
    expect(months[11]).toMatchObject({ id: '2023-09', end: '2023-09-30' });
  });

  it('February 2024 in FY2567 has 29 days', () => {
    const feb = fiscalMonths(2567).find((m) => m.id === '2024-02');
    expect(feb?.end).toBe('2024-02-29');
    expect(lastDayOfMonth(2023, 2)).toBe('2023-02-28');
  });

  it('quarters start in October and halves split at April', () => {
    expect(fiscalQuarters(2566).map((q) => [q.id, q.start, q.end])).toEqual([
      ['Q1', '2022-10-01', '2022-12-31'],
      ['Q2', '2023-01-01', '2023-03-31'],
      ['Q3', '2023-04-01', '2023-06-30'],
      ['Q4', '2023-07-01', '2023-09-30'],
    ]);
    expect(fiscalHalves(2566).map((h) => [h.id, h.start, h.end])).toEqual([
      ['H1', '2022-10-01', '2023-03-31'],
      ['H2', '2023-04-01', '2023-09-30'],
    ]);
  });

  it('the Bangkok date of an instant is UTC+7', () => {
    expect(bangkokDate(new Date('2023-03-31T16:59:59Z'))).toBe('2023-03-31');
    expect(bangkokDate(new Date('2023-03-31T17:00:00Z'))).toBe('2023-04-01');
  });

  it('rejects impossible dates', () => {
    expect(isPlainDate('2023-02-29')).toBe(false);
    expect(isPlainDate('2024-02-29')).toBe(true);
    expect(isPlainDate('2023-13-01')).toBe(false);
  });
});
