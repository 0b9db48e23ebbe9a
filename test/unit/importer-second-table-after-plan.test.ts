// Tester s51: a second table under the plan, as other municipalities make them (a caption row
// "ตารางที่ ๒ ผลคะแนนการประเมิน ITA …" and a scores table "ตัวชี้วัด | ชื่อตัวชี้วัด | คะแนน | ผู้รับผิดชอบ").
// A sheet's one-cell caption became a measure; a header whose cells were merged as wide as the plan's
// (Calc's HTML import) was no header, its rows measures "๑", "๔"…; printed to PDF with the header
// first on a page, the header was glued into the plan's last measure. The plan table ends at another
// table's header, its caption right above it no measure, one warning quoting both.
import { describe, expect, it } from 'vitest';
import { BASE_MEASURES, HEADER, M4, M5, M9, TITLE } from '../support/base-plan-rows.js';
import { docx, measuresOf, preview, wordParagraph, wordTable, xlsx } from '../support/plan-table-files.js';
import { measuresOf as pdfMeasuresOf, previewFile } from '../support/plan-pdf.js';
import { SHEET, SHEET_MEASURES, SHEET_WIDTHS, sheetPagesPdf } from '../support/sheet-pages-pdf.js';

const CAPTION = 'ตารางที่ ๒ ผลคะแนนการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖';
const SCORES = [
  ['ตัวชี้วัด', 'ชื่อตัวชี้วัด', 'คะแนน', 'ผู้รับผิดชอบ'],
  ['๑', 'การปฏิบัติหน้าที่', '๙๒.๑๕', 'สำนักปลัด'],
  ['๔', 'การใช้ทรัพย์สินของราชการ', '๗๘.๔๐', 'กองคลัง'],
  ['๙', 'การเปิดเผยข้อมูล', '๖๕.๓๓', 'ทุกกองงาน'],
];
type Result = Awaited<ReturnType<typeof preview>>;
const notRead = (r: Result) => r.warnings.filter((w) => w.code === 'table-not-read');
/** no warning names the scores table's cells as the plan's (a unit "คะแนน", a measure "๑") */
const saysNothingOfScores = (r: Result) =>
  expect(r.warnings.filter((w) => /คะแนน|การปฏิบัติหน้าที่/.test(w.message_th) && w.code !== 'table-not-read')).toEqual([]);

describe('a sheet: another table under the plan, with its caption', () => {
  it("a one-cell caption over the scores table is no measure, and the scores' rows none either", async () => {
    const r = await preview(
      await xlsx([{ name: 'แผน', rows: [[TITLE[0]!], HEADER, M4, M5, M9, [], [CAPTION], ...SCORES] }]),
    );
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(notRead(r)).toHaveLength(1);
    expect(notRead(r)[0]!.message_th).toContain(`("${CAPTION}") เป็นชื่อตารางนี้`);
    expect(notRead(r)[0]!.where).toEqual({ sheet: 'แผน', row: 8 });
    saysNothingOfScores(r);
  });

  it('a caption merged across the sheet and a header merged two cells a column, as wide as the plan (Calc from HTML)', async () => {
    const pairs = (row: string[]) => row.flatMap((c) => [c, '']);
    const plan = [HEADER, M4, M5, M9].map((row) => [...row, '', '', '']);
    const rows = [...plan, [CAPTION, '', '', '', '', '', '', ''], ...SCORES.map(pairs)];
    const merges = [
      'A5:H5',
      ...SCORES.flatMap((_, i) =>
        ['A', 'C', 'E', 'G'].map((c) => `${c}${6 + i}:${String.fromCharCode(c.charCodeAt(0) + 1)}${6 + i}`),
      ),
    ];
    const r = await preview(await xlsx([{ name: 'Sheet1', rows, merges }]));
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(notRead(r)).toHaveLength(1);
    expect(r.warnings.map((w) => w.code)).not.toContain('heading-rows-skipped');
    saysNothingOfScores(r);
  });

  it('a header as wide as the plan, its labels under other columns (no caption)', async () => {
    const scores = [
      ['ตัวชี้วัด', 'ชื่อตัวชี้วัด', 'คะแนน', 'หน่วยงานผู้รับผิดชอบ', 'หมายเหตุ'],
      ['๑', 'การปฏิบัติหน้าที่', '๙๒.๑๕', 'สำนักปลัด', '-'],
      ['๔', 'การใช้ทรัพย์สินของราชการ', '๗๘.๔๐', 'กองคลัง', '-'],
    ];
    const r = await preview(await xlsx([{ name: 'แผน', rows: [HEADER, M4, M5, M9, ...scores] }]));
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(notRead(r).map((w) => w.where)).toEqual([{ sheet: 'แผน', row: 5 }]);
    saysNothingOfScores(r);
  });

  it('a caption of two lines in one cell over a header without ผู้รับผิดชอบ (ตัวชี้วัด | ระยะเวลา | คะแนน)', async () => {
    const scores = [
      ['ตัวชี้วัด', 'ระยะเวลา', 'คะแนน'],
      ['๑', 'ปี ๒๕๖๖', '๙๒.๑๕'],
    ];
    const r = await preview(
      await xlsx([{ name: 'แผน', rows: [HEADER, M4, M5, M9, ['สรุปผลคะแนน\nปีที่ผ่านมา'], ...scores] }]),
    );
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(notRead(r)).toHaveLength(1);
    expect(notRead(r)[0]!.message_th).toContain('เป็นชื่อตารางนี้');
  });
});

describe('a Word table: the scores rows typed on under the plan rows, in the same table', () => {
  it('a caption row across the table, then the scores header and rows: the plan measures only', async () => {
    const caption = [{ text: CAPTION, span: 5 }];
    const scores = SCORES.map((r) => [...r, '']);
    const r = await preview(docx(wordParagraph(TITLE[0]!) + wordTable([HEADER, M4, M5, M9, caption, ...scores])));
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(notRead(r)).toHaveLength(1);
    expect(notRead(r)[0]!.message_th).toContain(`("${CAPTION}") เป็นชื่อตารางนี้`);
    saysNothingOfScores(r);
  });
});

describe('a sheet printed to PDF: another table after the plan, on the next page', () => {
  const scores = (first: string[]) => [first, ...SCORES.slice(1).map((r) => [...r, ''])];
  const header = [...SCORES[0]!, ''];

  it("the scores header first on page 2 is not glued into the plan's last measure", async () => {
    const cells = [...SHEET, ...scores(header)];
    const bytes = await sheetPagesPdf(cells, SHEET_WIDTHS, [
      { rows: [0, SHEET.length], columns: [0, 5] },
      { rows: [SHEET.length, cells.length], columns: [0, 5] },
    ]);
    const r = await previewFile(bytes);
    expect(pdfMeasuresOf(r)).toEqual(SHEET_MEASURES);
    expect(r.plan.measures.at(-1)!.methods).toEqual(['เผยแพร่ข้อมูลบนเว็บไซต์']);
    expect(r.warnings.map((w) => w.code)).not.toContain('pdf-row-joined');
    expect(notRead(r)).toHaveLength(1);
  });

  it('the caption first on page 2, the header under it: neither joins the last measure', async () => {
    const cells = [...SHEET, [CAPTION, '', '', '', ''], ...scores(header)];
    const bytes = await sheetPagesPdf(cells, SHEET_WIDTHS, [
      { rows: [0, SHEET.length], columns: [0, 5] },
      { rows: [SHEET.length, cells.length], columns: [0, 5] },
    ]);
    const r = await previewFile(bytes);
    expect(pdfMeasuresOf(r)).toEqual(SHEET_MEASURES);
    expect(r.plan.measures.at(-1)!.title).toBe('ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล');
    expect(notRead(r)).toHaveLength(1);
  });

  it('a header naming ตัวชี้วัด | คะแนน | ระยะเวลา | หมายเหตุ | ผู้รับผิดชอบ, as wide as the plan, first on page 2', async () => {
    const other = ['ตัวชี้วัด', 'คะแนน', 'ระยะเวลา', 'หมายเหตุ', 'ผู้รับผิดชอบ'];
    const cells = [...SHEET, other, ['๑', '๙๒.๑๕', 'ปี ๒๕๖๖', '-', 'สำนักปลัด']];
    const bytes = await sheetPagesPdf(cells, SHEET_WIDTHS, [
      { rows: [0, SHEET.length], columns: [0, 5] },
      { rows: [SHEET.length, cells.length], columns: [0, 5] },
    ]);
    const r = await previewFile(bytes);
    expect(pdfMeasuresOf(r)).toEqual(SHEET_MEASURES);
    expect(notRead(r)).toHaveLength(1);
  });
});

// The same for a table whose header names none of the plan's columns (its caption "ตารางที่ ๒ …"
// tells it), and a notes block "หมายเหตุ": the plan ends there, said; a sign-off did already.
describe('a caption of a table of other columns, or a notes block, under the plan rows', () => {
  const BUDGET = [
    ['ตารางที่ ๒ งบประมาณ'],
    ['ลำดับ', 'รายการ', 'จำนวนเงิน (บาท)'],
    ['๑', 'ค่าอบรม', '๕,๐๐๐'],
    ['๒', 'ค่าวัสดุ', '๒,๐๐๐'],
  ];
  const NOTES = [['หมายเหตุ'], ['๑. ระยะเวลาอาจเปลี่ยนแปลงตามความเหมาะสม'], ['๒. หน่วยงานรายงานผลผ่านระบบ']];
  const wordRows = (rows: string[][]) => rows.map((r) => (r.length === 1 ? [{ text: r[0]!, span: 5 }] : r));

  it('a sheet: "ตารางที่ ๒ งบประมาณ" over ลำดับ | รายการ | จำนวนเงิน gives no measures of its rows', async () => {
    const r = await preview(await xlsx([{ name: 'แผน', rows: [HEADER, M4, M5, M9, ...BUDGET] }]));
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(notRead(r).map((w) => [w.where, w.message_th])).toEqual([
      [
        { sheet: 'แผน', row: 5 },
        'แผ่นงาน แผน แถว ๕: แถวนี้เป็นชื่อตารางอื่นที่ต่อจากตารางแผนมาตรการ ("ตารางที่ ๒ งบประมาณ") จึงถือว่าตารางแผนมาตรการจบก่อนแถวนี้ และไม่นำเข้าแถวของตารางนั้นเป็นมาตรการ กรุณาตรวจว่ามาตรการครบ',
      ],
    ]);
  });

  it('a Word table: the same caption and rows typed on in the plan table', async () => {
    const r = await preview(docx(wordTable(wordRows([HEADER, M4, M5, M9, ...BUDGET]))));
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(notRead(r)).toHaveLength(1);
    expect(r.warnings.map((w) => w.code)).toEqual(['table-not-read']);
  });

  it('a sheet: a notes block "หมายเหตุ" and its items are no measure', async () => {
    const r = await preview(await xlsx([{ name: 'แผน', rows: [HEADER, M4, M5, M9, ...NOTES] }]));
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(notRead(r).map((w) => w.message_th)).toEqual([
      'แผ่นงาน แผน แถว ๕: แถวนี้เป็นหมายเหตุท้ายตารางแผนมาตรการ ("หมายเหตุ") จึงถือว่าตารางแผนมาตรการจบก่อนแถวนี้ และไม่นำเข้าแถวนี้และแถวต่อจากนี้เป็นมาตรการ กรุณาตรวจว่ามาตรการครบ',
    ]);
  });

  it('a sheet: "หมายเหตุ: …" in one cell, then a sign-off "ลงชื่อ … ผู้รับรอง"', async () => {
    const tail = [
      ['หมายเหตุ: ระยะเวลาอาจเปลี่ยนแปลงตามความเหมาะสม'],
      ['ลงชื่อ ..................... ผู้รับรอง'],
      ['(นายสมชาย ใจดี)'],
    ];
    const r = await preview(await xlsx([{ name: 'แผน', rows: [HEADER, M4, M5, M9, ...tail] }]));
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(r.warnings.map((w) => w.code)).toEqual(['table-not-read']);
  });

  it('a Word table: a notes row across the table and its items', async () => {
    const r = await preview(docx(wordTable(wordRows([HEADER, M4, M5, M9, ...NOTES]))));
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(r.warnings.map((w) => w.code)).toEqual(['table-not-read']);
  });

  it('a sheet printed to PDF: "หมายเหตุ" first on page 2 is not joined to the last measure', async () => {
    const cells = [...SHEET, ['หมายเหตุ', '', '', '', ''], ['๑. ระยะเวลาอาจเปลี่ยนแปลงตามความเหมาะสม', '', '', '', '']];
    const bytes = await sheetPagesPdf(cells, SHEET_WIDTHS, [
      { rows: [0, SHEET.length], columns: [0, 5] },
      { rows: [SHEET.length, cells.length], columns: [0, 5] },
    ]);
    const r = await previewFile(bytes);
    expect(pdfMeasuresOf(r)).toEqual(SHEET_MEASURES);
    expect(r.warnings.map((w) => w.code)).not.toContain('pdf-row-joined');
    expect(notRead(r)).toHaveLength(1);
  });

  it('a sheet printed to PDF: "ตารางที่ ๒ งบประมาณ" first on page 2, its table under it', async () => {
    const cells = [...SHEET, ...BUDGET.map((r) => [...r, '', '', '', ''].slice(0, 5))];
    const bytes = await sheetPagesPdf(cells, SHEET_WIDTHS, [
      { rows: [0, SHEET.length], columns: [0, 5] },
      { rows: [SHEET.length, cells.length], columns: [0, 5] },
    ]);
    const r = await previewFile(bytes);
    expect(pdfMeasuresOf(r)).toEqual(SHEET_MEASURES);
    expect(notRead(r)).toHaveLength(1);
  });
});
