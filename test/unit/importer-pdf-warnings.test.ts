// What the PDF reader could not read with certainty is said, never guessed in silence (issue 17,
// session 7 review): a page of too many rules read without them, text of a table without rules
// that runs over a column's start.
import { describe, expect, it } from 'vitest';
import { type PdfPageSpec, planPdf, previewFile, tableTexts } from '../support/plan-pdf.js';

const XS = [30, 230, 380, 490, 650];
const RIGHT = 800;
const HEADER = [['มาตรการ/แนวทาง'], ['วิธีการดำเนินการ'], ['ระยะเวลา'], ['การติดตามผล'], ['ผู้รับผิดชอบ']];
const M4 = [['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ'], ['๑. จัดทำคู่มือ'], ['ตลอดปี'], ['รายงานผลทุกเดือน'], ['กองคลัง']];
const M9 = [['ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล'], ['ปรับปรุงเว็บไซต์'], ['ตลอดปี'], ['สรุปผลประจำปี'], ['กองช่าง']];

/** A ruled table: rules around every cell of rows 30 pt high from y = 40. */
function ruledTable(rows: string[][][]): PdfPageSpec {
  const ys = rows.map((_, i) => 40 + 30 * i).concat(40 + 30 * rows.length);
  const edges = [...XS, RIGHT];
  return {
    texts: rows.flatMap((row, r) => row.map((cell, c) => ({ x: edges[c]! + 4, y: ys[r]! + 6, text: cell[0]! }))),
    lines: [
      ...ys.map((y): [number, number, number, number] => [edges[0]!, y, RIGHT, y]),
      ...edges.map((x): [number, number, number, number] => [x, ys[0]!, x, ys.at(-1)!]),
    ],
  };
}

/** `n` short hatch lines (a background pattern) below the table, none touching it. */
function hatch(n: number): [number, number, number, number][] {
  return Array.from({ length: n }, (_, i) => {
    const x = 30 + (i % 100) * 7.5;
    const y = 300 + Math.floor(i / 100) * 15;
    return [x, y, x + 5, y] as [number, number, number, number];
  });
}

describe('a page drawing more than 1,500 rules is read without them, and says so', () => {
  const units = (plan: Awaited<ReturnType<typeof previewFile>>['plan']) =>
    plan.measures.map((m) => [m.measureId, m.responsible.unitIds]);

  it('a ruled table over a pattern of 1,600 hatch lines: the layout guessed from the text is a warning, Thai first, naming the page', async () => {
    const page = ruledTable([HEADER, M4, M9]);
    const { plan, warnings } = await previewFile(await planPdf([{ ...page, lines: [...page.lines!, ...hatch(1600)] }]));
    expect(units(plan)).toEqual([
      ['i4', ['finance']],
      ['i9', ['engineering']],
    ]);
    const guessed = warnings.filter((w) => w.code === 'pdf-layout-guessed');
    expect(guessed).toEqual([
      expect.objectContaining({
        where: { page: 1 },
        message_th: expect.stringMatching(/^หน้า ๑: หน้านี้มีเส้น .* แถวและคอลัมน์จึงคาดจากตำแหน่งข้อความ/),
        message_en: expect.stringMatching(/^page 1: this page draws \d+ lines .*guessed from where the text sits/),
        source: '',
      }),
    ]);
  });

  it('only the page with the pattern is named: page 2 of a table over two pages', async () => {
    const second = ruledTable([HEADER, M9]);
    const { plan, warnings } = await previewFile(
      await planPdf([ruledTable([HEADER, M4]), { ...second, lines: [...second.lines!, ...hatch(1700)] }]),
    );
    expect(plan.measures.map((m) => m.indicator)).toEqual([4, 9]);
    expect(warnings.filter((w) => w.code === 'pdf-layout-guessed').map((w) => w.where)).toEqual([{ page: 2 }]);
  });

  it('a page of 1,400 pattern lines beside its table is still read by its rules, with no such warning', async () => {
    const page = ruledTable([HEADER, M4, M9]);
    const { plan, warnings } = await previewFile(await planPdf([{ ...page, lines: [...page.lines!, ...hatch(1400)] }]));
    expect(units(plan)).toEqual([
      ['i4', ['finance']],
      ['i9', ['engineering']],
    ]);
    expect(warnings).toEqual([]);
  });
});

describe('a table without rules: text that runs over the next column is warned about as the ruled reader does', () => {
  const LONG = 'จัดทำคู่มือการยืมคืนพัสดุของราชการทุกรายการ';

  it('a method running past the start of the timeframe column is kept in its column, with pdf-text-unplaced naming page, line and column', async () => {
    const over = [M4[0]!, [LONG], [''], M4[3]!, M4[4]!];
    const { plan, warnings } = await previewFile(await planPdf([{ texts: tableTexts(XS, [HEADER, over, M9]) }]));
    expect(plan.measures[0]!.methods.join('')).toContain('จัดทำคู่มือการยืมคืน');
    expect(plan.measures.map((m) => m.responsible.unitIds)).toEqual([['finance'], ['engineering']]);
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'pdf-text-unplaced',
        where: { page: 1, line: 2, column: 2 },
        message_th: expect.stringContaining('ยาวเลยจุดเริ่มคอลัมน์ ๓'),
        source: LONG,
      }),
    ]);
  });

  it('a follow-up running into the units column is warned about at its column', async () => {
    // the unit on the cell's second line, clear of the follow-up
    const over = [M4[0]!, M4[1]!, M4[2]!, ['รายงานผลต่อที่ประชุมทุกเดือนและนายก'], ['', 'กองคลัง']];
    const { plan, warnings } = await previewFile(await planPdf([{ texts: tableTexts(XS, [HEADER, over, M9]) }]));
    expect(plan.measures[0]!.responsible.unitIds).toEqual(['finance']);
    expect(warnings.map((w) => [w.code, w.where])).toEqual([['pdf-text-unplaced', { page: 1, line: 2, column: 4 }]]);
  });

  it('on the second page of a table (its header repeated) the warning names page 2', async () => {
    const over = [M9[0]!, [LONG], [''], M9[3]!, M9[4]!];
    const { plan, warnings } = await previewFile(
      await planPdf([{ texts: tableTexts(XS, [HEADER, M4]) }, { texts: tableTexts(XS, [HEADER, over]) }]),
    );
    expect(plan.measures.map((m) => m.indicator)).toEqual([4, 9]);
    expect(warnings.map((w) => [w.code, w.where])).toEqual([['pdf-text-unplaced', { page: 2, line: 2, column: 2 }]]);
  });

  it('cells that stay inside their columns give no warning', async () => {
    const { warnings } = await previewFile(await planPdf([{ texts: tableTexts(XS, [HEADER, M4, M9]) }]));
    expect(warnings).toEqual([]);
  });
});
