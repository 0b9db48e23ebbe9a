import { describe, expect, it } from 'vitest';
import {
  formatThaiDate,
  formatThaiDateTime,
  formatThaiMonth,
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
});
