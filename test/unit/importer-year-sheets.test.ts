// Review 17 s11, S11-9: a workbook with one sheet per fiscal year imported both years' measures
// as one plan; and since 05345b3 a sheet of this year that repeats last year's measures was the one
// left out (as a summary), so last year's plan was imported.
import { describe, expect, it } from 'vitest';
import { HEADER, M4, M5, M9, measuresOf, preview, xlsx } from '../support/plan-table-files.js';

const lastYear = (m: readonly string[]) => [...m.slice(0, 3), '๑. รายงานผลทุกปี', 'กองช่าง'];

describe('a workbook with one sheet per fiscal year reads only the sheet of the year imported (2567)', () => {
  it.each([
    ['"ปี ๒๕๖๖" then "ปี ๒๕๖๗", other measures', 'ปี ๒๕๖๖', 'ปี ๒๕๖๗', [lastYear(M5)], [M4, M9], [4, 9]],
    ['"ปี ๒๕๖๖" then "ปี ๒๕๖๗", the same measures', 'ปี ๒๕๖๖', 'ปี ๒๕๖๗', [lastYear(M4), lastYear(M5)], [M4, M5], [4, 5]],
    ['"แผน 2567" then "แผน 2566"', 'แผน 2567', 'แผน 2566', [M4, M9], [lastYear(M5)], [4, 9]],
  ])('%s', async (_, first, second, firstRows, secondRows, indicators) => {
    const result = await preview(
      await xlsx([
        { name: first, rows: [HEADER, ...firstRows] },
        { name: second, rows: [HEADER, ...secondRows] },
      ]),
    );
    expect(measuresOf(result).map((m) => m.indicator)).toEqual(indicators);
    // this year's follow-ups and units, not last year's
    expect(result.plan.measures.flatMap((m) => m.followUps.map((f) => f.text))).not.toContain('รายงานผลทุกปี');
    const other = first.includes('2567') ? second : first;
    const said = result.warnings.filter((w) => w.code === 'table-not-read');
    expect(said.map((w) => w.where.sheet)).toEqual([other]);
    expect(said[0]!.message_th).toContain('ไม่นำเข้า');
  });

  it('a single sheet named for another year is still read (the fiscal-year warning says so)', async () => {
    const result = await preview(await xlsx([{ name: 'ปี ๒๕๖๖', rows: [HEADER, M4] }]));
    expect(measuresOf(result).map((m) => m.indicator)).toEqual([4]);
  });
});
