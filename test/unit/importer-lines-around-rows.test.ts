// Review 17 s13, S13-1 and S13-2: a line without tabs under a row was taken as the row's wrapped
// units cell (S12-4's fix) whatever it said. A signer's line under the table ("ผู้อำนวยการกองคลัง")
// made กองคลัง responsible for the last measure; a page's footer, number, running title, web address
// or print date between two rows became "unknown units" inside a measure's responsibility text. In
// a PDF table without rules the signer became the last measure's sub-measure, without a warning.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importMeasuresDocument } from '../../shared/import/measures-document.js';
import { planPdf, previewFile, type PdfPageSpec } from '../support/plan-pdf.js';
import { BASE_MEASURES, HEADER as HEADER_ROW, M4, M5, M9, TITLE as TITLE_LINES } from '../support/base-plan-rows.js';
import {
  docx,
  measuresOf,
  type Preview,
  preview,
  wordParagraph,
  wordTable,
  xlsx,
} from '../support/plan-table-files.js';

const TITLE_ROWS = TITLE_LINES.map((t) => [t]);

const read = (text: string) => importMeasuresDocument(text, { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS });
type Result = ReturnType<typeof read>;
const units = (r: Result) =>
  r.plan.measures.map((m) =>
    m.responsible.allUnits ? `all, lead ${m.responsible.leadUnitId ?? '-'}` : m.responsible.unitIds.join(','),
  );
const responsibilityTexts = (r: Result) => r.plan.measures.map((m) => m.responsible.text);
const codes = (r: Result) => r.warnings.map((w) => w.code);

const TITLE = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส ของเทศบาลตำบลทดสอบ';
const HEADER = 'มาตรการ/แนวทาง\tวิธีการดำเนินการ\tระยะเวลาดำเนินการ\tการติดตามผลการดำเนินการ\tผู้รับผิดชอบ';
const I4 = 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ\t๑. จัดทำคู่มือ\tตลอดปีงบประมาณ\t๑. รายงานผลทุกเดือน\tกองคลัง';
const I5 = 'ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต\t๑. เผยแพร่ผลบนเว็บไซต์\tตลอดปีงบประมาณ\t๑. รายงานผู้บริหารทุกไตรมาส\tสำนักปลัด';
const I9 = 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล\t๑. ปรับปรุงข้อมูลบนเว็บไซต์\tตลอดปีงบประมาณ\t๑. สรุปผลประจำปี\tกองช่าง';
const plan = (...lines: string[]) => [TITLE, 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๗', HEADER, ...lines].join('\n');
const UNITS = ['finance', 'clerk', 'engineering'];

describe('a sign-off under the table of a text file ends the table: no unit is added from it', () => {
  const signOffs: [string, string[]][] = [
    ['a signer’s position alone (reviewer’s sg7)', ['ผู้อำนวยการกองคลัง']],
    ['ผู้จัดทำ with a name and position (sg2)', ['ผู้จัดทำ นางสาวสมศรี รักงาน ผู้อำนวยการกองคลัง']],
    ['(ลงชื่อ) and the position under it (sg1)', ['(ลงชื่อ) นายสมชาย ใจดี', 'ปลัดเทศบาล']],
    ['ผู้เห็นชอบ, a name in brackets and the mayor (sg4)', ['ผู้เห็นชอบ', '(นายวิชัย มั่นคง)', 'นายกเทศมนตรีตำบลทดสอบ']],
    ['the issue date (sg8)', ['ประกาศ ณ วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๖']],
    ['a section head’s position', ['หัวหน้าสำนักปลัด']],
  ];
  it.each(signOffs)('%s', (_, lines) => {
    const r = read(plan(I4, I5, I9, ...lines));
    expect(units(r)).toEqual(UNITS);
    expect(responsibilityTexts(r)).toEqual(['กองคลัง', 'สำนักปลัด', 'กองช่าง']);
    expect(codes(r)).not.toContain('continuation-guessed');
    expect(codes(r)).not.toContain('unknown-unit');
  });

  it('still joins a units cell wrapped under the last row, and says the unit is responsible too', () => {
    const r = read(plan(I4, I5, I9, 'กองการศึกษา'));
    expect(units(r)).toEqual(['finance', 'clerk', 'engineering,education']);
    const said = r.warnings.find((w) => w.code === 'continuation-guessed')!;
    expect(said.message_th).toContain('หน่วยงานในบรรทัดนี้จึงเป็นผู้รับผิดชอบมาตรการของแถวนั้นด้วย');
    expect(said.message_en).toContain('responsible for that row');
  });
});

describe('page furniture between two rows of a text file is skipped, not read as units', () => {
  const furniture: [string, string][] = [
    ['a bare page number (pf3)', '๒'],
    ['a running title other than the first lines (pf4)', 'แผนมาตรการส่งเสริมคุณธรรมและความโปร่งใส เทศบาลตำบลทดสอบ'],
    ['a web address (pf7)', 'www.testsub.go.th'],
    ['a print date (pf8)', 'พิมพ์เมื่อ ๑๕/๑๐/๒๕๖๖ ๑๐:๓๒ น.'],
    ['the drafting office’s footer with the page number (pf9)', 'งานวิเคราะห์นโยบายและแผน สำนักปลัดเทศบาล ๒'],
    ['a date alone', '๑๕/๑๐/๒๕๖๖'],
  ];
  it.each(furniture)('%s', (_, line) => {
    const r = read(plan(I4, line, I5, I9));
    expect(units(r)).toEqual(UNITS);
    expect(responsibilityTexts(r)).toEqual(['กองคลัง', 'สำนักปลัด', 'กองช่าง']);
    expect(codes(r)).not.toContain('unknown-unit');
  });

  it('a footer met at every page break (only its number changing) is furniture', () => {
    const r = read(plan(I4, 'สำนักปลัดเทศบาลตำบลทดสอบ แผนงาน', I5, 'สำนักปลัดเทศบาลตำบลทดสอบ แผนงาน', I9));
    expect(units(r)).toEqual(UNITS);
    expect(codes(r)).not.toContain('continuation-guessed');
  });
});

describe('a sign-off under a PDF table without rules is not the last measure’s text', () => {
  const XS = [40, 230, 400, 530, 680];
  const row = (cells: string[][], top: number) =>
    cells.flatMap((lines, c) => lines.map((text, i) => ({ x: XS[c]! + 2, y: top + 14 * i, text })));
  const page = (after: string[]): PdfPageSpec => ({
    texts: [
      ...row([['มาตรการ/แนวทาง'], ['วิธีการดำเนินการ'], ['ระยะเวลา'], ['การติดตามผล'], ['ผู้รับผิดชอบ']], 40),
      ...row([['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ'], ['จัดทำคู่มือ'], ['ตลอดปี'], ['รายงานผลทุกเดือน'], ['กองคลัง']], 62),
      ...row([['ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล'], ['ปรับปรุงเว็บไซต์'], ['ตลอดปี'], ['สรุปผลประจำปี'], ['กองช่าง']], 84),
      ...after.map((text, i) => ({ x: XS[0]!, y: 130 + 14 * i, text })),
    ],
  });
  const cases: [string, string[]][] = [
    ['a signer’s position (reviewer’s ps3)', ['ผู้อำนวยการกองคลัง']],
    ['(ลงชื่อ) and the position', ['(ลงชื่อ) นายสมชาย ใจดี', 'ปลัดเทศบาล']],
    ['ผู้เห็นชอบ and a name in brackets', ['ผู้เห็นชอบ', '(นายวิชัย มั่นคง)']],
  ];
  it.each(cases)('%s', async (_, after) => {
    const { plan: p } = await previewFile(await planPdf([page(after)]));
    expect(p.measures.map((m) => [m.measureId, m.subMeasures, m.responsible.unitIds])).toEqual([
      ['i4', [], ['finance']],
      ['i9', [], ['engineering']],
    ]);
  });
});

describe('an approval block under the table without "ลงชื่อ" ends the table (review 17 s13, S13-16)', () => {
  const block = [
    ['', 'ผู้อนุมัติ', '', 'ผู้เสนอ', ''],
    ['', '(นายสมชาย ใจดี)', '', '(นายวิชัย มั่นคง)', ''],
    ['', 'นายกเทศมนตรี', '', 'ปลัดเทศบาล', ''],
  ];
  const base = [...TITLE_ROWS, HEADER_ROW, M4, M5, M9];
  const expectBase = (r: Preview) => {
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(r.plan.measures.at(-1)!.methods).toEqual(['ปรับปรุงข้อมูลบนเว็บไซต์ให้เป็นปัจจุบัน']);
  };
  it('a workbook: the block after an empty row (reviewer’s xs3)', async () => {
    expectBase(await preview(await xlsx([{ name: 'แผน', rows: [...base, [], ...block] }])));
  });
  it('a workbook: the block straight under the last row', async () => {
    expectBase(await preview(await xlsx([{ name: 'แผน', rows: [...base, ...block] }])));
  });
  it('a Word table: the block as the table’s last rows, ผู้เห็นชอบ first', async () => {
    const rows = [HEADER_ROW, M4, M5, M9, ['ผู้เห็นชอบ', '', '', 'ผู้จัดทำ', ''], ...block.slice(1)];
    expectBase(await preview(docx(TITLE_ROWS.map(([t]) => wordParagraph(t!)).join('') + wordTable(rows))));
  });
});

// Review 17 s14, S14-1: a units cell written as positions, wrapped under the last row, lost its
// second position with 0 warnings (taken for a signer); and every position line left out as a
// sign-off was left out silently, so a dropped unit could not be told from a dropped signature.
describe('position lines under the last row', () => {
  const lastRow = (units: string) => I9.replace(/กองช่าง$/, units);
  it.each([
    ['ผู้อำนวยการกองช่าง', 'ผู้อำนวยการกองการศึกษา', ['engineering', 'education']],
    ['หัวหน้าสำนักปลัด', 'ผู้อำนวยการกองคลัง', ['clerk', 'finance']],
    ['ผอ.กองช่าง', 'ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม', ['engineering', 'health']],
  ])('a cell of positions "%s" wrapped onto "%s" keeps both units, said as a continuation', (own, wrapped, ids) => {
    const r = read(plan(I4, I5, lastRow(own), wrapped));
    expect(r.plan.measures[2]!.responsible.unitIds).toEqual(ids);
    expect(codes(r)).toContain('continuation-guessed');
    expect(codes(r)).not.toContain('sign-off-left-out');
  });

  it('a unit’s head under a row naming a unit is left out as the sign-off, and the page is told which line', () => {
    const r = read(plan(I4, I5, I9, 'ผู้อำนวยการกองคลัง'));
    expect(units(r)).toEqual(UNITS);
    const said = r.warnings.filter((w) => w.code === 'sign-off-left-out');
    expect(said.map((w) => [w.where, w.source])).toEqual([[{ line: 7, column: 5 }, 'ผู้อำนวยการกองคลัง']]);
    expect(said[0]!.message_th).toContain('"ผู้อำนวยการกองคลัง" อยู่ใต้แถวสุดท้ายของตาราง ถือเป็นส่วนลงนามท้ายตาราง');
  });

  it('a signature block without unit names is left out silently (nothing to add)', () => {
    const r = read(plan(I4, I5, I9, '(ลงชื่อ) นายสมชาย ใจดี', 'นายกเทศมนตรีตำบลทดสอบ'));
    expect(codes(r)).not.toContain('sign-off-left-out');
    expect(units(r)).toEqual(UNITS);
  });
});
