import { describe, expect, it } from 'vitest';
import {
  formatThaiDate,
  formatThaiDateTime,
  formatThaiMonth,
  buddhistYear,
  fromThaiDigits,
  thaiMonthName,
  toThaiDigits,
} from '../../shared/domain/thai-format.js';

describe('Thai formatting', () => {
  it('writes 30 September 2023 as "๓๐ กันยายน ๒๕๖๖"', () => {
    expect(formatThaiDate('2023-09-30')).toBe('๓๐ กันยายน ๒๕๖๖');
  });

  it('can write the BE date with Arabic digits for screens', () => {
    expect(formatThaiDate('2023-04-30', { thaiDigits: false })).toBe('30 เมษายน 2566');
  });

  it('names April 2023 "เมษายน ๒๕๖๖"', () => {
    expect(formatThaiMonth('2023-04')).toBe('เมษายน ๒๕๖๖');
    expect(thaiMonthName(10)).toBe('ตุลาคม');
  });

  it('converts digits both ways', () => {
    expect(toThaiDigits(2566)).toBe('๒๕๖๖');
    expect(toThaiDigits('ข้อ 12 ปี 2566')).toBe('ข้อ ๑๒ ปี ๒๕๖๖');
    expect(fromThaiDigits('พ.ศ. ๒๕๖๖')).toBe('พ.ศ. 2566');
  });

  it('shows an instant in Bangkok time', () => {
    expect(formatThaiDateTime(new Date('2023-04-01T01:30:00Z'))).toBe('๑ เมษายน ๒๕๖๖ เวลา ๐๘:๓๐ น.');
  });

  it('names every month as ICU th-TH does', () => {
    const icu = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { month: 'long', timeZone: 'UTC' });
    for (let month = 1; month <= 12; month++)
      expect(thaiMonthName(month)).toBe(icu.format(new Date(Date.UTC(2023, month - 1, 15))));
    expect(() => thaiMonthName(13)).toThrow(RangeError);
  });

  it("gives the Buddhist-era year of ICU's Buddhist calendar for 1900 to 2200", () => {
    const icu = new Intl.DateTimeFormat('en-US-u-ca-buddhist', { year: 'numeric', timeZone: 'UTC' });
    for (let year = 1900; year <= 2200; year++) {
      for (const monthDay of ['01-01', '12-31']) {
        const date = `${year}-${monthDay}` as const;
        const expected = Number(icu.formatToParts(new Date(`${date}T12:00:00Z`)).find((p) => p.type === 'year')!.value);
        expect(buddhistYear(date as Parameters<typeof buddhistYear>[0])).toBe(expected);
      }
    }
  });

  it('writes integers, negatives and fractions in Thai digits as ICU th-TH-u-nu-thai does', () => {
    const icu = new Intl.NumberFormat('th-TH-u-nu-thai', { useGrouping: false });
    for (const n of [0, 7, 10, 2566, -12, 1_000_000, 1.5, 0.125, 12.3456, 2 ** 60])
      expect(toThaiDigits(n)).toBe(icu.format(n));
    expect(toThaiDigits('บรรทัด 3, แถว 10')).toBe('บรรทัด ๓, แถว ๑๐');
  });
});

describe('Thai long dates without ICU', () => {
  const icu = new Intl.DateTimeFormat('th-TH-u-ca-buddhist-nu-thai', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const icuArabic = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const noon = (date: string) => new Date(`${date}T12:00:00Z`);

  it('writes every day of 2000 to 2060, and the 1st and 28th of each month 1583 to 2300, as ICU th-TH Buddhist does', () => {
    const days: number[] = [];
    for (let day = Date.UTC(2000, 0, 1); day <= Date.UTC(2060, 11, 31); day += 86_400_000) days.push(day);
    for (let year = 1583; year <= 2300; year++)
      for (let month = 0; month < 12; month++) days.push(Date.UTC(year, month, 1), Date.UTC(year, month, 28));
    const differing = days.flatMap((day) => {
      const date = new Date(day).toISOString().slice(0, 10) as Parameters<typeof formatThaiDate>[0];
      const ours = [formatThaiDate(date), formatThaiDate(date, { thaiDigits: false })];
      const theirs = [icu.format(noon(date)), icuArabic.format(noon(date))];
      return ours[0] === theirs[0] && ours[1] === theirs[1] ? [] : [{ date, ours, theirs }];
    });
    expect(differing).toEqual([]);
  });

  it('agrees with ICU at the calendar edges: the Gregorian switch, early years, days Date rolls over', () => {
    for (const date of [
      '1582-10-04',
      '1582-10-15',
      '1583-01-01',
      '1000-06-15',
      '0500-01-05',
      '9999-12-31',
      '2023-02-30',
      '2024-02-29',
    ] as const) {
      expect(formatThaiDate(date)).toBe(icu.format(noon(date)));
      expect(formatThaiDate(date, { thaiDigits: false })).toBe(icuArabic.format(noon(date)));
    }
  });

  it('refuses a date Date cannot read, as Intl does', () => {
    expect(() => formatThaiDate('2023-02-32')).toThrow(RangeError);
    expect(() => formatThaiDate('20230-01-01')).toThrow(RangeError);
  });
});
