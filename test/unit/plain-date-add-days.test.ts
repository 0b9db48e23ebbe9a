// addDays by its fields gives the dates the ISO-string reading gave: every day of FY2566-FY2575 moved
// up to two years either way, month ends, leap days and year turns among them.
import { describe, expect, it } from 'vitest';
import { addDays, bangkokDate, plainDate, type PlainDate } from '../../shared/domain/plain-date.js';

/** The reference: the date read as an ISO string, moved by UTC days, printed as ISO. */
function byIsoString(date: PlainDate, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe('addDays', () => {
  it('moves each day of ten fiscal years as the ISO-string reading does, by up to 730 days either way', () => {
    const differing: string[] = [];
    for (let day = 0; day < 3653; day++) {
      const date = byIsoString('2022-10-01', day) as PlainDate;
      for (const days of [-730, -366, -365, -60, -31, -29, -1, 0, 1, 28, 29, 30, 31, 60, 365, 366, 730]) {
        if (addDays(date, days) !== byIsoString(date, days)) differing.push(`${date} ${days}`);
      }
    }
    expect(differing).toEqual([]);
  });

  it('crosses a leap day, a year turn and a century not divisible by 400', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2023-01-01', -1)).toBe('2022-12-31');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2566-09-30', 1)).toBe('2566-10-01');
  });
});

describe('plain dates out of the fields’ range', () => {
  it('an invalid date is still a RangeError, and a year past 9999 prints as toISOString does', () => {
    expect(() => addDays('2566-xx-01', 1)).toThrow(RangeError);
    expect(() => bangkokDate(new Date(Number.NaN))).toThrow(RangeError);
    expect(plainDate(10_000, 1, 1)).toBe(new Date(Date.UTC(10_000, 0, 1)).toISOString().slice(0, 10));
    expect(bangkokDate(new Date('2023-09-30T17:00:00Z'))).toBe('2023-10-01');
  });
});
