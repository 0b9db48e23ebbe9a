// Tester s52: a sheet printed to PDF whose other table's header (its caption above it or not) falls
// at the foot of a page, that table's rows on the next page: the next page's first row was joined
// to the header as the row the page break cut, and read as a measure with the rows after it. The
// header at a page's foot ends the plan as it does mid-page; no row of that table is a measure.
import { describe, expect, it } from 'vitest';
import { measuresOf, previewFile } from '../support/plan-pdf.js';
import { SHEET, SHEET_MEASURES, SHEET_WIDTHS, sheetPagesPdf } from '../support/sheet-pages-pdf.js';

const pad = (row: string[]) => [...row, '', '', '', '', ''].slice(0, 5);
const SCORES = [
  ['ตัวชี้วัด', 'ชื่อตัวชี้วัด', 'คะแนน', 'ผู้รับผิดชอบ'],
  ['๑', 'การปฏิบัติหน้าที่', '๙๒.๑๕', 'สำนักปลัด'],
  ['๔', 'การใช้ทรัพย์สินของราชการ', '๗๘.๔๐', 'กองคลัง'],
].map(pad);

/** `after` under SHEET, page 1 ending after its first `onPage1` rows, the rest on page 2. */
async function printed(after: string[][], onPage1: number) {
  const cells = [...SHEET, ...after];
  const cut = SHEET.length + onPage1;
  return previewFile(
    await sheetPagesPdf(cells, SHEET_WIDTHS, [
      { rows: [0, cut], columns: [0, 5] },
      { rows: [cut, cells.length], columns: [0, 5] },
    ]),
  );
}

describe("another table's header at the foot of a page, its rows on the next", () => {
  it('the scores header last on page 1: the plan measures only, page 2 joins nothing', async () => {
    const r = await printed(SCORES, 1);
    expect(measuresOf(r)).toEqual(SHEET_MEASURES);
    expect(r.warnings.map((w) => [w.code, w.where])).toEqual([['table-not-read', { page: 1, row: 6 }]]);
    expect(r.warnings[0]!.message_th).toContain('(อ่านได้ว่า "ตัวชี้วัด | ชื่อตัวชี้วัด | คะแนน | ผู้รับผิดชอบ")');
  });

  it('"ตารางที่ ๒ …" and the header under it last on page 1', async () => {
    const r = await printed([pad(['ตารางที่ ๒ ผลคะแนนการประเมิน']), ...SCORES], 2);
    expect(measuresOf(r)).toEqual(SHEET_MEASURES);
    expect(r.warnings.map((w) => w.code)).toEqual(['table-not-read']);
    expect(r.warnings[0]!.message_th).toContain('("ตารางที่ ๒ ผลคะแนนการประเมิน") เป็นชื่อตารางนี้');
  });

  it('a caption of no table number over ลำดับ | รายการ | คะแนน last on page 1', async () => {
    const summary = [['สรุปคะแนนการประเมิน'], ['ลำดับ', 'รายการ', 'คะแนน'], ['๑', 'การปฏิบัติหน้าที่', '๙๒.๑๕']];
    const r = await printed(summary.map(pad), 2);
    expect(measuresOf(r)).toEqual(SHEET_MEASURES);
    expect(r.warnings.map((w) => w.code)).toEqual(['table-not-read']);
  });

  it('a notes label and its note last on page 1, the note going on at the top of page 2', async () => {
    const notes = [pad(['หมายเหตุ :', 'ระยะเวลาอาจเปลี่ยนแปลง']), pad(['', 'ตามความเหมาะสม'])];
    const r = await printed(notes, 1);
    expect(measuresOf(r)).toEqual(SHEET_MEASURES);
    expect(r.plan.measures.at(-1)!.methods).toEqual(['เผยแพร่ข้อมูลบนเว็บไซต์']);
    expect(r.warnings.map((w) => w.code)).toEqual(['table-not-read']);
  });
});
