// The size beside each link on the public ITA page: bytes, KB or MB, in Thai digits, as it reads
// after rounding (a file just under 1 MB is "๑.๐ MB", never "๑๐๒๔.๐ KB").
import { describe, expect, it } from 'vitest';
import { thaiFileSize } from '../../shared/domain/thai-format.js';

describe('the file size on the ITA page', () => {
  it.each([
    [512, '๕๑๒ ไบต์'],
    [1023, '๑๐๒๓ ไบต์'],
    [1024, '๑.๐ KB'],
    [78_123, '๗๖.๓ KB'],
    [1_048_473, '๑๐๒๓.๙ KB'],
    [1_048_576, '๑.๐ MB'],
    [10 * 1_048_576, '๑๐.๐ MB'],
  ])('%i bytes read "%s"', (bytes, text) => {
    expect(thaiFileSize(bytes)).toBe(text);
  });

  it.each([
    [1_048_525, '๑.๐ MB'],
    [1_048_575, '๑.๐ MB'],
    [1_048_550, '๑.๐ MB'],
  ])('%i bytes, which round to 1024.0 KB, read "%s", not "๑๐๒๔.๐ KB"', (bytes, text) => {
    expect(thaiFileSize(bytes)).toBe(text);
  });
});
