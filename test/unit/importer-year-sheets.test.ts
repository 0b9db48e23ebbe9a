// Review 17 s11, S11-9: a workbook with one sheet per fiscal year imported both years' measures
// as one plan; and since 05345b3 a sheet of this year that repeats last year's measures was the one
// left out (as a summary), so last year's plan was imported.
import { describe, expect, it } from 'vitest';
import { HEADER, M4, M5, M9 } from '../support/base-plan-rows.js';
import { measuresOf, preview, xlsx } from '../support/plan-table-files.js';

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

// Review 17 s12, S12-19: the rule above knew four BE digits only; sheets named "ปีงบ 66",
// "FY2023" or left "Sheet1" (the year in their title row) merged both years into one plan.
describe('a sheet is another year’s by any way of naming the year, or by its own title row', () => {
  const sheet = (name: string, title: string, rows: readonly (readonly string[])[]) => ({
    name,
    rows: [[title], HEADER, ...rows],
  });
  const lastYears = [lastYear(M4), lastYear(M5)];
  it.each([
    ['"ปีงบ 66" then "ปีงบ 67"', 'ปีงบ 66', 'ปีงบ 67', 'แผน ITA', 'แผน ITA'],
    ['"FY2023" then "FY2024" (CE)', 'FY2023', 'FY2024', 'แผน ITA', 'แผน ITA'],
    ['"ปี ๖๖" then "FY24"', 'ปี ๖๖', 'FY24', 'แผน ITA', 'แผน ITA'],
    [
      '"Sheet1" then "Sheet2", the year in each title',
      'Sheet1',
      'Sheet2',
      'ประจำปีงบประมาณ พ.ศ. ๒๕๖๖',
      'ประจำปีงบประมาณ พ.ศ. ๒๕๖๗',
    ],
    ['"แผ่น ก" then "แผ่น ข", titles in CE', 'แผ่น ก', 'แผ่น ข', 'แผนปฏิบัติการ ปีงบประมาณ 2023', 'แผนปฏิบัติการ ปีงบประมาณ 2024'],
  ])('%s: last year’s sheet first', async (_, lastName, thisName, lastTitle, thisTitle) => {
    const result = await preview(
      await xlsx([sheet(lastName, lastTitle, lastYears), sheet(thisName, thisTitle, [M4, M9])]),
    );
    expect(measuresOf(result).map((m) => m.indicator)).toEqual([4, 9]);
    expect(result.plan.measures.flatMap((m) => m.followUps.map((f) => f.text))).not.toContain('รายงานผลทุกปี');
    const said = result.warnings.filter((w) => w.code === 'table-not-read');
    expect(said.map((w) => w.where.sheet)).toEqual([lastName]);
    expect(said[0]!.message_th).toMatch(/ปีงบประมาณ ๒๕๖๖ ไม่ใช่ปี ๒๕๖๗ ที่นำเข้า จึงไม่นำเข้า$/);
  });

  it('this year’s sheet first, named by its title; last year’s by "FY 2023"', async () => {
    const result = await preview(
      await xlsx([sheet('Sheet1', 'ประจำปีงบประมาณ 2567', [M4, M9]), sheet('FY 2023', 'แผน ITA', lastYears)]),
    );
    expect(measuresOf(result).map((m) => m.indicator)).toEqual([4, 9]);
    expect(result.warnings.filter((w) => w.code === 'table-not-read').map((w) => w.where.sheet)).toEqual(['FY 2023']);
    // the one-cell row right above the header is the plan's title, not a grouped header's top row
    expect(result.plan.title).toBe('ประจำปีงบประมาณ 2567');
  });

  it('a sheet named for two years ("2566-2570", a five-year plan) is not another year’s', async () => {
    const result = await preview(
      await xlsx([
        { name: 'ปี 2567', rows: [HEADER, M4] },
        { name: '2566-2570', rows: [HEADER, M9] },
      ]),
    );
    expect(measuresOf(result).map((m) => m.indicator)).toEqual([4, 9]);
  });
});
