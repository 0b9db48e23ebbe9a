// One table per indicator under a heading paragraph, saved as PDF without table rules (Word's or
// LibreOffice's borderless tables, a browser's print): the measures under a heading were lost, 0
// warnings, unless each row began with "ตัวชี้วัดที่" (review 17 s14, S14-6's unruled form). Rows
// without a heading are told apart where a column whose cell ended has text again; a heading
// paragraph across the columns is a heading row over the rows under it.
import { describe, expect, it } from 'vitest';
import { planPdf, previewFile, tableTexts, wrapText } from '../support/plan-pdf.js';

const XS = [30, 130, 330, 430, 610];
/** a row's cells wrapped to their columns, as Word lays them out */
const row = (...cells: string[]) => cells.map((text, c) => wrapText(text, (XS[c + 1] ?? 780) - XS[c]! - 11));
const HEADER = [['มาตรการ/', 'แนวทาง'], ['วิธีการดำเนินการ'], ['ระยะเวลา', 'ดำเนินการ'], ['การติดตามผล'], ['ผู้รับผิดชอบ']];
const M4 = row(
  '๑. มาตรการป้องกันการใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน',
  'จัดทำคู่มือการยืมคืนพัสดุ',
  'ตลอดปี',
  'รายงานผลต่อที่ประชุมทุกเดือน',
  'กองคลัง',
);
const M4B = row(
  '๒. มาตรการควบคุมการใช้รถยนต์ส่วนกลาง',
  'จัดทำทะเบียนคุมการใช้รถ',
  'ตลอดปี',
  'สรุปผลรายงานนายกเทศมนตรีทุก ๖ เดือน',
  'กองช่าง',
);
const M9 = row(
  '๑. มาตรการเผยแพร่ข้อมูลบนเว็บไซต์',
  'ปรับปรุงข้อมูลบนเว็บไซต์ให้เป็นปัจจุบันทุกสัปดาห์',
  'ตลอดปี',
  'รายงานผู้บริหารทุกไตรมาส',
  'สำนักปลัด',
);
const H4 = 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ';
const H9 = 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล';

type Texts = Parameters<typeof planPdf>[0][number]['texts'];
/** Heading paragraphs (strings) and borderless tables (rows of cells of lines), from `top` down. */
function page(parts: (string | string[][][])[], top = 40): { texts: Texts } {
  const texts: Texts = [];
  let y = top;
  for (const part of parts) {
    if (typeof part === 'string') {
      texts.push({ x: XS[0]!, y, text: part });
      y += 24;
      continue;
    }
    texts.push(...tableTexts(XS, part, y));
    y += part.reduce((h, row) => h + 14 * Math.max(...row.map((c) => c.length)) + 8, 0) + 12;
  }
  return { texts };
}

const summary = (plan: Awaited<ReturnType<typeof previewFile>>['plan']) =>
  plan.measures.map((m) => [m.indicator, m.subMeasures, m.followUps.map((f) => f.cadence), m.responsible.unitIds]);
const EXPECTED = [
  [4, ['มาตรการป้องกันการใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน'], ['monthly'], ['finance']],
  [4, ['มาตรการควบคุมการใช้รถยนต์ส่วนกลาง'], ['semiannual'], ['engineering']],
  [9, ['มาตรการเผยแพร่ข้อมูลบนเว็บไซต์'], ['quarterly'], ['clerk']],
];

describe('an unruled PDF of one table per indicator under heading paragraphs', () => {
  it("reads the table under the second heading with the first table's header, and says so", async () => {
    const bytes = await planPdf([page([H4, [HEADER, M4, M4B], H9, [M9]])]);
    const { plan, warnings } = await previewFile(bytes);
    expect(summary(plan)).toEqual(EXPECTED);
    expect(warnings.map((w) => [w.code, w.source])).toEqual([['header-assumed', H9]]);
    expect(warnings[0]!.message_th).toMatch(/^หน้า ๑ บรรทัด \S+: แถวใต้หัวข้อ "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล" ไม่มีหัวตาราง/);
    expect(warnings[0]!.message_en).toContain('read with the header above');
  });

  it('reads every row when the header is typed again under the second heading, without a warning', async () => {
    const bytes = await planPdf([page([H4, [HEADER, M4, M4B], H9, [HEADER, M9]])]);
    const { plan, warnings } = await previewFile(bytes);
    expect(summary(plan)).toEqual(EXPECTED);
    expect(warnings).toEqual([]);
  });

  it('reads the rows under headings that sit inside the table as group rows, on two pages', async () => {
    const group = (heading: string) => [wrapText(heading, 89), [], [], [], []];
    const bytes = await planPdf([page([[HEADER, group(H4), M4, M4B]]), page([[HEADER, group(H9), M9]])]);
    const { plan, warnings } = await previewFile(bytes);
    expect(summary(plan)).toEqual(EXPECTED);
    expect(warnings).toEqual([]);
  });

  it('tells rows apart where the methods column runs longest, under a heading right over the header', async () => {
    const long = (cells: string[][]) => [
      cells[0]!,
      wrapText(
        `${cells[1]!.join('')} และแจ้งเวียนให้ทุกกองงานทราบภายในเดือนตุลาคมของทุกปีงบประมาณ โดยจัดประชุมชี้แจงเจ้าหน้าที่ผู้เกี่ยวข้องทุกคน และติดตามผลการคืนพัสดุทุกสิ้นเดือน`,
        189,
      ),
      ...cells.slice(2),
    ];
    const bytes = await planPdf([page([H4, [HEADER, long(M4), long(M4B)], H9, [long(M9)]])]);
    const { plan } = await previewFile(bytes);
    expect(summary(plan)).toEqual(EXPECTED);
    expect(plan.measures.map((m) => m.methods.length)).toEqual([1, 1, 1]);
  });
});
