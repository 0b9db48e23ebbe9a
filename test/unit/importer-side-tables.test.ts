// Review 17 s12, S12-22: a small table beside the plan on the same sheet (a per-unit count in G:H,
// after an empty column F) was read into the measures' notes, and its rows past the plan's end
// piled up on the last measure, with no warning. Columns past an empty column of a plan header
// that has its measures, follow-ups and units, under a header of their own, are another table.
import { describe, expect, it } from 'vitest';
import { BASE_MEASURES, HEADER, M4, M5, M9 } from '../support/base-plan-rows.js';
import { docx, measuresOf, preview, tsv, wordTable, xlsx } from '../support/plan-table-files.js';

const PLAN = [M4, M5, M9];
/** the plan's rows with `side` beside them past one empty column, and more side rows below */
const beside = (side: readonly (readonly string[])[], header: readonly string[]) => {
  const rows: string[][] = [[...HEADER, '', ...header]];
  const height = Math.max(PLAN.length, side.length);
  for (let i = 0; i < height; i++) rows.push([...(PLAN[i] ?? ['', '', '', '', '']), '', ...(side[i] ?? [])]);
  return rows;
};
const COUNTS = [
  ['กองคลัง', '1'],
  ['สำนักปลัด', '1'],
  ['กองช่าง', '1'],
  ['กองการศึกษา', '1'],
  ['กองสาธารณสุขฯ', '0'],
  ['รวม', '4'],
];

const notesOf = (r: Awaited<ReturnType<typeof preview>>) => r.plan.measures.map((m) => m.notes ?? []);

describe('a table beside the plan, past an empty column, is another table (not notes)', () => {
  it.each([
    [
      'a workbook: per-unit counts in G:H',
      () => xlsx([{ name: 'แผน', rows: beside(COUNTS, ['หน่วยงาน', 'จำนวนมาตรการ']) }]),
    ],
    ['tab-separated text: the same', () => tsv(beside(COUNTS, ['หน่วยงาน', 'จำนวนมาตรการ']))],
    [
      'a workbook: a budget table of three columns',
      () =>
        xlsx([
          {
            name: 'แผน',
            rows: beside(
              [
                ['ไตรมาส ๑', '10,000', 'เบิกแล้ว'],
                ['ไตรมาส ๒', '5,000', ''],
              ],
              ['ไตรมาส', 'งบประมาณ', 'สถานะ'],
            ),
          },
        ]),
    ],
    ['a Word table: a units column again past an empty column', () => docx(wordTable(beside(COUNTS, ['ผู้รับผิดชอบ']), 7))],
  ])('%s', async (_, file) => {
    const r = await preview(await file());
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(notesOf(r)).toEqual([[], [], []]);
    const said = r.warnings.filter((w) => w.code === 'table-not-read');
    expect(said).toHaveLength(1);
    expect(said[0]!.where.column).toBe(7);
    expect(said[0]!.where.row ?? said[0]!.where.line).toBe(1);
    expect(said[0]!.message_th).toMatch(/ตั้งแต่คอลัมน์ ๗ อยู่ข้างตารางแผนโดยมีคอลัมน์ว่างคั่น เป็นอีกตารางหนึ่ง/);
  });

  it('one notes column past an empty spacer column stays the measures’ notes', async () => {
    const r = await preview(
      await xlsx([{ name: 'แผน', rows: beside([['ต่อเนื่อง'], ['ใหม่'], ['ต่อเนื่อง']], ['หมายเหตุ']) }]),
    );
    expect(notesOf(r).map((n) => n.length)).toEqual([1, 1, 1]);
    expect(r.warnings.map((w) => w.code)).not.toContain('table-not-read');
  });

  it('a column left without a label, but with the plan’s text under it, is the plan’s own', async () => {
    const rows = [[...HEADER, '', 'หน่วยงาน', 'จำนวน'], ...PLAN.map((m, i) => [...m, `ข้อความ ${i}`, 'x', '1'])];
    const r = await preview(await xlsx([{ name: 'แผน', rows }]));
    expect(r.warnings.filter((w) => w.code === 'table-not-read')).toEqual([]);
    expect(notesOf(r).every((n) => n.length > 0)).toBe(true);
  });
});
