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
