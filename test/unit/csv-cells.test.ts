import { describe, expect, it } from 'vitest';
import { bangkokTime, csvCell } from '../../shared/documents/render-csv.js';

describe('CSV cells a spreadsheet could run as formulas are neutralised', () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['   =1+1', `"'   =1+1"`],
    ['\n+cmd', `"'\n+cmd"`],
    ['\r\n-2+3', `"'\r\n-2+3"`],
    [' \t@SUM(A1)', `"' \t@SUM(A1)"`],
    ['\u3000＝1+1', `"'\u3000＝1+1"`],
    ['\tx', `"'\tx"`],
  ])('%j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each(['ประชุม = ๑ ครั้ง', 'a-b', 'email@example.org'])('leaves %j alone', (value) => {
    expect(csvCell(value)).toBe(`"${value}"`);
  });

  it('leaves numbers as numbers (a count of -1 is not a formula)', () => {
    expect(csvCell(-1)).toBe('"-1"');
  });
});

describe('times in the CSV', () => {
  it('are Bangkok wall time with the +07:00 offset', () => {
    expect(bangkokTime('2023-04-20T03:00:00.000Z')).toBe('2023-04-20 10:00:00+07:00');
    expect(bangkokTime('2023-09-30T20:30:00Z')).toBe('2023-10-01 03:30:00+07:00');
  });
});
