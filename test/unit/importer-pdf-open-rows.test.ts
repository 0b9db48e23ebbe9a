// Review 17 s12, S12-3: a browser's "Save as PDF" (chromium) splits a tall table row over pages and
// leaves its cells open at the page edge: the column rules run on to the page's bottom with no row
// rule, and the next page's part starts under the repeated header (or at the page's top, no rule).
// That row's text was loose lines under the table and its measure vanished without a warning.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { previewFile, SARABUN } from '../support/plan-pdf.js';

const COLUMNS = [200, 150, 110, 160, 120];
const HEADER = ['มาตรการ/แนวทาง', 'วิธีการดำเนินการ', 'ระยะเวลา', 'การติดตามผล', 'ผู้รับผิดชอบ'];
const XS = COLUMNS.reduce((edges, w) => [...edges, edges.at(-1)! + w], [30]);
/** A4 landscape: the page's bottom margin, where chromium stops an open row's column rules. */
const PAGE_END = 560;

/** A row: its cells' lines; `open` leaves it without the rule on that side (cut by the page). */
interface Row {
  cells: string[][];
  open?: 'bottom' | 'top' | 'both';
}

/** Pages of one table drawn as chromium does: each cell's own rules, none where a row is cut. */
async function browserPdf(pages: Row[][]): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 20 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font(SARABUN).fontSize(10);
  const line = (x1: number, y1: number, x2: number, y2: number) =>
    doc.moveTo(x1, y1).lineTo(x2, y2).lineWidth(0.5).stroke();
  pages.forEach((rows, p) => {
    if (p > 0) doc.addPage();
    let top = 30;
    for (const row of rows) {
      const openTop = row.open === 'top' || row.open === 'both';
      const openBottom = row.open === 'bottom' || row.open === 'both';
      const height = 8 + 14 * Math.max(...row.cells.map((c) => c.length));
      const bottom = openBottom ? PAGE_END : top + height;
      row.cells.forEach((lines, c) =>
        lines.forEach((l, i) => doc.text(l, XS[c]! + 4, top + 4 + 14 * i, { lineBreak: false })),
      );
      if (!openTop) line(XS[0]!, top, XS.at(-1)!, top);
      if (!openBottom) line(XS[0]!, bottom, XS.at(-1)!, bottom);
      for (const x of XS) line(x, top, x, bottom);
      top = bottom;
    }
  });
  doc.end();
  return new Uint8Array(await done);
}

const header: Row = { cells: HEADER.map((h) => [h]) };
const m5: Row = {
  cells: [
    ['ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต'],
    ['๑. เผยแพร่ผลการดำเนินงาน'],
    ['ตลอดปี'],
    ['๑. รายงานผู้บริหารทุกไตรมาส'],
    ['สำนักปลัด'],
  ],
};
const m9: Row = {
  cells: [['ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล'], ['ปรับปรุงเว็บไซต์'], ['ตลอดปี'], ['สรุปผลประจำปี'], ['กองช่าง']],
};
const steps = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${from + i}. ขั้นตอนการดำเนินงานที่ ${from + i}`);
/** ตัวชี้วัดที่ ๔'s row with methods `from`..`to` (its first part also has the other cells). */
const m4Part = (from: number, to: number, open: Row['open']): Row => ({
  cells:
    from === 1
      ? [
          ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ'],
          steps(from, to),
          ['ตลอดปี'],
          ['๑. รายงานผลทุกเดือน', '๒. สรุปผลทุก ๖ เดือน'],
          ['กองคลัง'],
        ]
      : [[], steps(from, to), [], [], []],
  open,
});

const summary = (plan: Awaited<ReturnType<typeof previewFile>>['plan']) =>
  plan.measures.map((m) => [m.measureId, m.methods.length, m.followUps.map((f) => f.cadence), m.responsible.unitIds]);

describe('a table row a browser split over pages, its cells open at the page edge, is one measure', () => {
  it('a row cut at the page bottom goes on under the repeated header on the next page (chromium "Save as PDF")', async () => {
    const bytes = await browserPdf([
      [header, m5, m4Part(1, 20, 'bottom')],
      [header, m4Part(21, 24, undefined), m9],
    ]);
    const { plan, warnings } = await previewFile(bytes);
    expect(summary(plan)).toEqual([
      ['i5', 1, ['quarterly'], ['clerk']],
      ['i4', 24, ['monthly', 'semiannual'], ['finance']],
      ['i9', 1, ['annual'], ['engineering']],
    ]);
    expect(warnings).toEqual([]);
  });

  it('a row running over three pages keeps all its methods and the measure after it', async () => {
    const bytes = await browserPdf([
      [header, m5, m4Part(1, 20, 'bottom')],
      [header, m4Part(21, 54, 'bottom')],
      [header, m4Part(55, 60, undefined), m9],
    ]);
    const { plan } = await previewFile(bytes);
    expect(summary(plan)).toEqual([
      ['i5', 1, ['quarterly'], ['clerk']],
      ['i4', 60, ['monthly', 'semiannual'], ['finance']],
      ['i9', 1, ['annual'], ['engineering']],
    ]);
  });

  it('without a repeated header the rest of the row starts at the next page top with no rule above it', async () => {
    const bytes = await browserPdf([
      [header, m5, m4Part(1, 20, 'bottom')],
      [m4Part(21, 26, 'top'), m9],
    ]);
    const { plan, warnings } = await previewFile(bytes);
    expect(summary(plan)).toEqual([
      ['i5', 1, ['quarterly'], ['clerk']],
      ['i4', 26, ['monthly', 'semiannual'], ['finance']],
      ['i9', 1, ['annual'], ['engineering']],
    ]);
    expect(warnings).toEqual([]);
  });
});
