// Tester s52: a caption without "ตารางที่" ("สรุปคะแนนการประเมิน", one cell) over a table of its own
// header naming none of the plan's columns ("ลำดับ | รายการ | คะแนน") under the plan: the caption, the
// header and every row of that table became measures. Such a caption and header end the plan, one
// warning quoting both; a heading over a measure row inside the plan still does not.
import { describe, expect, it } from 'vitest';
import { BASE_MEASURES, HEADER, M4, M5, M9, TITLE } from '../support/base-plan-rows.js';
import { docx, measuresOf, preview, wordParagraph, wordTable, xlsx } from '../support/plan-table-files.js';
import { measuresOf as pdfMeasuresOf, previewFile } from '../support/plan-pdf.js';
import { SHEET, SHEET_MEASURES, SHEET_WIDTHS, sheetPagesPdf } from '../support/sheet-pages-pdf.js';

type Result = Awaited<ReturnType<typeof preview>>;
const notRead = (r: Result) => r.warnings.filter((w) => w.code === 'table-not-read');
const pad = (row: string[]) => [...row, '', '', '', '', ''].slice(0, 5);

const SUMMARY = [
  ['สรุปคะแนนการประเมิน'],
  ['ลำดับ', 'รายการ', 'คะแนน'],
  ['๑', 'การปฏิบัติหน้าที่', '๙๒.๑๕'],
  ['๒', 'การใช้งบประมาณ', '๘๐.๐๐'],
];

describe('a caption of no table number over a header of other columns ends the plan', () => {
  it('a sheet: "สรุปคะแนนการประเมิน" over ลำดับ | รายการ | คะแนน gives no measure of its rows', async () => {
    const r = await preview(await xlsx([{ name: 'แผน', rows: [[TITLE[0]!], HEADER, M4, M5, M9, [], ...SUMMARY] }]));
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(notRead(r).map((w) => [w.where, w.message_th])).toEqual([
      [
        { sheet: 'แผน', row: 8 },
        'แผ่นงาน แผน แถว ๘: แถวนี้เป็นหัวตารางอื่นที่ต่อจากตารางแผนมาตรการ (อ่านได้ว่า "ลำดับ | รายการ | คะแนน") แถวก่อนหน้า ("สรุปคะแนนการประเมิน") เป็นชื่อตารางนี้ จึงถือว่าตารางแผนมาตรการจบก่อนชื่อตาราง และไม่นำเข้าแถวของตารางนี้เป็นมาตรการ',
      ],
    ]);
    expect(r.warnings.map((w) => w.code)).toEqual(['table-not-read']);
  });

  it('a sheet: a caption merged across the plan over ตัวชี้วัด | ชื่อตัวชี้วัด | คะแนน (one column name of the plan)', async () => {
    const rows = [
      HEADER,
      M4,
      M5,
      M9,
      pad(['ผลการประเมินปีที่ผ่านมา']),
      pad(['ตัวชี้วัด', 'ชื่อตัวชี้วัด', 'คะแนน']),
      pad(['๑', 'การปฏิบัติหน้าที่', '๙๒.๑๕']),
    ];
    const r = await preview(await xlsx([{ name: 'Sheet1', rows, merges: ['A5:E5'] }]));
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(r.warnings.map((w) => w.code)).toEqual(['table-not-read']);
    expect(notRead(r)[0]!.message_th).toContain('("ผลการประเมินปีที่ผ่านมา") เป็นชื่อตารางนี้');
  });

  it('a Word table: a caption row across the table over ประเด็น | คะแนนที่ได้ | ระดับ, typed on in the plan table', async () => {
    const rows = [
      HEADER,
      M4,
      M5,
      M9,
      [{ text: 'ผลการประเมินตนเอง', span: 5 }],
      pad(['ประเด็น', 'คะแนนที่ได้', 'ระดับ']),
      pad(['การเปิดเผยข้อมูล', '๘๕', 'ดี']),
    ];
    const r = await preview(docx(wordParagraph(TITLE[0]!) + wordTable(rows)));
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(r.warnings.map((w) => w.code)).toEqual(['table-not-read']);
    expect(notRead(r)[0]!.message_th).toContain('(อ่านได้ว่า "ประเด็น | คะแนนที่ได้ | ระดับ")');
  });

  it('a sheet printed to PDF: the caption and its header mid-page', async () => {
    const cells = [...SHEET, ...SUMMARY.map(pad)];
    const r = await previewFile(
      await sheetPagesPdf(cells, SHEET_WIDTHS, [{ rows: [0, cells.length], columns: [0, 5] }]),
    );
    expect(pdfMeasuresOf(r)).toEqual(SHEET_MEASURES);
    expect(notRead(r)).toHaveLength(1);
  });
});

describe('a heading row over a measure row inside the plan still heads it', () => {
  it('a heading merged across the sheet over a measure of short cells, its follow-up and unit filled', async () => {
    const short = ['จัดทำคู่มือ', 'ประชุมชี้แจง', 'ตลอดปี', 'รายงานผลทุกเดือน', 'กองคลัง'];
    const rows = [HEADER, M4, pad(['งานป้องกันการทุจริต']), short, M9];
    const r = await preview(await xlsx([{ name: 'แผน', rows, merges: ['A3:E3'] }]));
    expect(r.plan.measures.map((m) => m.title)).toEqual([
      'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ',
      'จัดทำคู่มือ',
      'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล',
    ]);
    expect(r.warnings.map((w) => w.code)).not.toContain('table-not-read');
  });

  it('a heading over a measure row of three short cells, its follow-up and unit on the row under it', async () => {
    const rows = [
      HEADER,
      M4,
      pad(['งานป้องกันการทุจริต']),
      ['จัดทำคู่มือ', 'ประชุมชี้แจง', 'ตลอดปี', '', ''],
      ['', '', '', 'รายงานผลทุกเดือน', 'กองคลัง'],
      M9,
    ];
    const r = await preview(await xlsx([{ name: 'แผน', rows, merges: ['A3:E3'] }]));
    expect(r.plan.measures.map((m) => [m.title, m.followUps.map((f) => f.cadence), m.responsible.unitIds])).toEqual([
      ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', ['monthly', 'semiannual'], ['finance']],
      ['จัดทำคู่มือ', ['monthly'], ['finance']],
      ['ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', ['annual'], ['engineering', 'education']],
    ]);
    expect(r.warnings.map((w) => w.code)).not.toContain('table-not-read');
  });
});
