// Tester s52: a notes label "หมายเหตุ" in its own cell, the note in the next column, under the plan's
// rows was glued into the last measure as lines typed on (its methods or follow-ups grew, said as a
// continuation; a saved follow-up of it would not match again). It ends the plan, as a one-cell
// "หมายเหตุ" row does: one table-not-read warning quoting it, the last measure as written.
import { describe, expect, it } from 'vitest';
import { BASE_MEASURES, HEADER, M4, M5, M9, TITLE } from '../support/base-plan-rows.js';
import { docx, measuresOf, preview, wordParagraph, wordTable, xlsx } from '../support/plan-table-files.js';
import { measuresOf as pdfMeasuresOf, previewFile } from '../support/plan-pdf.js';
import { SHEET, SHEET_MEASURES, SHEET_WIDTHS, sheetPagesPdf } from '../support/sheet-pages-pdf.js';

type Result = Awaited<ReturnType<typeof preview>>;
const NOTE = 'ระยะเวลาอาจเปลี่ยนแปลงตามความเหมาะสม';
/** the last measure as its row writes it: methods and follow-ups */
const lastMeasure = (r: Result) => {
  const m = r.plan.measures.at(-1)!;
  return { methods: m.methods, followUps: m.followUps.map((f) => f.text) };
};
const M9_AS_WRITTEN = { methods: ['ปรับปรุงข้อมูลบนเว็บไซต์ให้เป็นปัจจุบัน'], followUps: ['สรุปผลประจำปี'] };

describe('a sheet: the notes label in its own cell, the note beside it', () => {
  it.each([
    ['หมายเหตุ', ['หมายเหตุ', NOTE]],
    ['หมายเหตุ :', ['หมายเหตุ :', NOTE]],
    ['หมายเหตุ:', ['หมายเหตุ:', `${NOTE} รายงานผลทุกเดือน`]],
  ])('"%s" | note: no line of the last measure, one warning quoting the row', async (_, row) => {
    const r = await preview(await xlsx([{ name: 'แผน', rows: [[TITLE[0]!], HEADER, M4, M5, M9, row] }]));
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(lastMeasure(r)).toEqual(M9_AS_WRITTEN);
    expect(r.warnings.map((w) => [w.code, w.where])).toEqual([['table-not-read', { sheet: 'แผน', row: 6 }]]);
    expect(r.warnings[0]!.message_th).toBe(
      `แผ่นงาน แผน แถว ๖: แถวนี้เป็นหมายเหตุท้ายตารางแผนมาตรการ ("${row.join(' ')}") จึงถือว่าตารางแผนมาตรการจบก่อนแถวนี้ และไม่นำเข้าแถวนี้และแถวต่อจากนี้เป็นมาตรการ กรุณาตรวจว่ามาตรการครบ`,
    );
  });

  it('the note merged across the other columns, a second note under it', async () => {
    const rows = [HEADER, M4, M5, M9, ['หมายเหตุ :', NOTE, '', '', ''], ['', '๒. หน่วยงานรายงานผลผ่านระบบ', '', '', '']];
    const r = await preview(await xlsx([{ name: 'แผน', rows, merges: ['B5:E5', 'B6:E6'] }]));
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(lastMeasure(r)).toEqual(M9_AS_WRITTEN);
    expect(r.warnings.map((w) => w.code)).toEqual(['table-not-read']);
  });
});

describe('a Word table: the notes label in its own cell', () => {
  it('"หมายเหตุ:" | the note across the other four columns', async () => {
    const rows = [HEADER, M4, M5, M9, ['หมายเหตุ:', { text: NOTE, span: 4 }]];
    const r = await preview(docx(wordParagraph(TITLE[0]!) + wordTable(rows)));
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(lastMeasure(r)).toEqual(M9_AS_WRITTEN);
    expect(r.warnings.map((w) => w.code)).toEqual(['table-not-read']);
    expect(r.warnings[0]!.message_th).toContain(`("หมายเหตุ: ${NOTE}")`);
  });

  it('"หมายเหตุ :" | the note | empty cells', async () => {
    const rows = [HEADER, M4, M5, M9, ['หมายเหตุ :', NOTE, '', '', '']];
    const r = await preview(docx(wordTable(rows)));
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(lastMeasure(r)).toEqual(M9_AS_WRITTEN);
    expect(r.warnings.map((w) => w.code)).toEqual(['table-not-read']);
  });
});

describe('a sheet printed to PDF: the notes label in its own cell first on page 2', () => {
  it('is not joined to the last measure of page 1', async () => {
    const cells = [...SHEET, ['หมายเหตุ :', 'ระยะเวลาอาจเปลี่ยนแปลง', '', '', '']];
    const bytes = await sheetPagesPdf(cells, SHEET_WIDTHS, [
      { rows: [0, SHEET.length], columns: [0, 5] },
      { rows: [SHEET.length, cells.length], columns: [0, 5] },
    ]);
    const r = await previewFile(bytes);
    expect(pdfMeasuresOf(r)).toEqual(SHEET_MEASURES);
    expect(r.plan.measures.at(-1)!.methods).toEqual(['เผยแพร่ข้อมูลบนเว็บไซต์']);
    expect(r.warnings.map((w) => w.code)).toEqual(['table-not-read']);
  });
});
