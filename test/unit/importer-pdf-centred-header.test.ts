// Review 17 s12, S12-17: a table drawn without rules whose header labels are centred over their
// columns (a browser's <th>, Word's usual header style) was read a column off: the unruled reader
// took each label's start as its column's start, the data start left of it, so every measure lost
// its units and cadences. The data under a centred label now move the column's start to them.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { planPdf, previewFile, SARABUN, type PdfPageSpec } from '../support/plan-pdf.js';

const WIDTHS = [190, 170, 130, 150, 130];
const XS = WIDTHS.reduce((edges, w) => [...edges, edges.at(-1)! + w], [40]).slice(0, -1);
const measure = new PDFDocument({ size: 'A4' }).font(SARABUN).fontSize(10);

/** Header labels (each a list of lines) centred over their columns, from `top`. */
function centredHeader(labels: string[][], top: number): PdfPageSpec['texts'] {
  return labels.flatMap((lines, c) =>
    lines.map((text, i) => ({ x: XS[c]! + (WIDTHS[c]! - measure.widthOfString(text)) / 2, y: top + 14 * i, text })),
  );
}

/** Rows of cells (lists of lines) at the columns' left edges, from `top`; returns texts and the next top. */
function rows(cells: string[][][], top: number): { texts: PdfPageSpec['texts']; top: number } {
  const texts: PdfPageSpec['texts'] = [];
  let y = top;
  for (const row of cells) {
    row.forEach((lines, c) => lines.forEach((text, i) => texts.push({ x: XS[c]! + 2, y: y + 14 * i, text })));
    y += 14 * Math.max(...row.map((c) => c.length)) + 8;
  }
  return { texts, top: y };
}

const m4 = [
  ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', '๑. มาตรการป้องกันการใช้ทรัพย์สิน'],
  ['๑. จัดทำคู่มือ', '๒. ประชาสัมพันธ์'],
  ['ตลอดปีงบประมาณ'],
  ['๑. รายงานผลทุกเดือน', '๒. สรุปผลทุก ๖ เดือน'],
  ['กองคลัง'],
];
const m5 = [
  ['ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต'],
  ['เผยแพร่ผลการดำเนินงาน'],
  ['ต.ค. ๒๕๖๖ - ก.ย. ๒๕๖๗'],
  ['๑. รายงานผู้บริหารทุกไตรมาส'],
  ['สำนักปลัด'],
];
const m9 = [['ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล'], ['ปรับปรุงเว็บไซต์'], ['ตลอดปี'], ['สรุปผลประจำปี'], ['กองช่าง', 'กองการศึกษา']];
const EXPECTED = [
  ['i4', 2, ['monthly', 'semiannual'], ['finance']],
  ['i5', 1, ['quarterly'], ['clerk']],
  ['i9', 1, ['annual'], ['engineering', 'education']],
];
const summary = (plan: Awaited<ReturnType<typeof previewFile>>['plan']) =>
  plan.measures.map((m) => [m.measureId, m.methods.length, m.followUps.map((f) => f.cadence), m.responsible.unitIds]);

describe('an unruled PDF table whose header labels are centred reads each column as its own', () => {
  it('one-line centred labels (a browser-printed web page): every measure keeps its units and cadences', async () => {
    const labels = [['มาตรการ/แนวทาง'], ['วิธีการดำเนินการ'], ['ระยะเวลา'], ['การติดตามผล'], ['ผู้รับผิดชอบ']];
    const body = rows([m4, m5, m9], 60);
    const { plan, warnings } = await previewFile(
      await planPdf([{ texts: [...centredHeader(labels, 40), ...body.texts] }]),
    );
    expect(summary(plan)).toEqual(EXPECTED);
    expect(warnings).toEqual([]);
  });

  it('centred labels wrapped over two lines (Word through LibreOffice) read the same', async () => {
    const labels = [
      ['มาตรการ/แนวทาง'],
      ['วิธีการดำเนินการ'],
      ['ระยะเวลา', 'ดำเนินการ'],
      ['การติดตามผล', 'การดำเนินการ'],
      ['ผู้รับผิดชอบ'],
    ];
    const body = rows([m4, m5, m9], 74);
    const { plan, warnings } = await previewFile(
      await planPdf([{ texts: [...centredHeader(labels, 40), ...body.texts] }]),
    );
    expect(summary(plan)).toEqual(EXPECTED);
    expect(warnings).toEqual([]);
  });

  it('a table over two pages with the centred header repeated, its first column short, reads every measure', async () => {
    const labels = [
      ['มาตรการ'],
      ['วิธีการดำเนินการ'],
      ['ระยะเวลาดำเนินการ'],
      ['การติดตามผลการดำเนินการ'],
      ['หน่วยงานที่รับผิดชอบ'],
    ];
    const page1 = rows([m4, m5], 60);
    const page2 = rows([m9], 60);
    const { plan, warnings } = await previewFile(
      await planPdf([
        { texts: [...centredHeader(labels, 40), ...page1.texts] },
        { texts: [...centredHeader(labels, 40), ...page2.texts] },
      ]),
    );
    expect(summary(plan)).toEqual(EXPECTED);
    expect(warnings).toEqual([]);
  });
});
