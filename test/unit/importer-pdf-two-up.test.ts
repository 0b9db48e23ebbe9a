// Review 17 s11, S11-13: a plan PDF printed "2 pages per sheet" (พิมพ์ ๒ หน้าต่อแผ่น) was read as one
// page: the halves' rows out of order, a measure running from one page into the next cut in two,
// another measure given a third one's methods. A sheet of two page images is read as two pages,
// left then right (top then bottom for landscape pages on a portrait sheet).
import { PDFDocument } from 'pdf-lib';
import PDFDocumentKit from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { previewFile, SARABUN } from '../support/plan-pdf.js';

const HEADER = ['มาตรการ/แนวทาง', 'วิธีการดำเนินการ', 'ระยะเวลา', 'การติดตามผล', 'ผู้รับผิดชอบ'];
const TITLE = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗';
type Row = string[];
const M = (n: number, unit: string, cadence: string): Row => [
  `ตัวชี้วัดที่ ${n} มาตรการเรื่องที่ ${n}`,
  `๑. ขั้นตอนแรกของเรื่องที่ ${n}`,
  'ตลอดปี',
  `รายงานผล${cadence}`,
  unit,
];
/** the rest of a measure's methods on the next page: its measure cell empty */
const goesOn = (n: number): Row => ['', `๒. ขั้นตอนที่สองของเรื่องที่ ${n}`, '', '', ''];

/** Pages of one ruled plan table (header repeated on each), rows 40 pt high, in `size` pages. */
async function planPages(size: 'portrait' | 'landscape', pages: Row[][]): Promise<Uint8Array> {
  const doc = new PDFDocumentKit({ size: 'A4', layout: size, margin: 20 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font(SARABUN).fontSize(9);
  const right = size === 'portrait' ? 565 : 810;
  const edges = size === 'portrait' ? [30, 160, 270, 330, 460, right] : [30, 260, 450, 560, 700, right];
  pages.forEach((rows, p) => {
    if (p > 0) doc.addPage();
    if (p === 0) doc.text(TITLE, 30, 20, { lineBreak: false });
    const all = [HEADER, ...rows];
    const ys = all.map((_, i) => 50 + 40 * i).concat(50 + 40 * all.length);
    all.forEach((row, r) =>
      row.forEach((text, c) => text && doc.text(text, edges[c]! + 3, ys[r]! + 5, { lineBreak: false })),
    );
    for (const y of ys) doc.moveTo(edges[0]!, y).lineTo(right, y).lineWidth(0.5).stroke();
    for (const x of edges) doc.moveTo(x, ys[0]!).lineTo(x, ys.at(-1)!).lineWidth(0.5).stroke();
  });
  doc.end();
  return new Uint8Array(await done);
}

/** The pages printed two per sheet: portrait pages side by side, landscape ones one above the other. */
async function twoUp(source: Uint8Array): Promise<Uint8Array> {
  const src = await PDFDocument.load(source);
  const out = await PDFDocument.create();
  const pages = await out.embedPages(src.getPages());
  for (let i = 0; i < pages.length; i += 2) {
    const { width: w, height: h } = pages[i]!;
    const sideBySide = w < h;
    const sheet = sideBySide ? out.addPage([842, 595]) : out.addPage([595, 842]);
    const s = sideBySide ? Math.min(421 / w, 595 / h) : Math.min(595 / w, 421 / h);
    sheet.drawPage(pages[i]!, { x: 0, y: sideBySide ? 0 : 421, xScale: s, yScale: s });
    if (pages[i + 1]) sheet.drawPage(pages[i + 1]!, { x: sideBySide ? 421 : 0, y: 0, xScale: s, yScale: s });
  }
  return out.save();
}

const read = async (pdf: Uint8Array) => {
  const { plan } = await previewFile(pdf);
  return plan.measures.map((m) => ({
    id: m.measureId,
    methods: m.methods,
    cadences: m.followUps.map((f) => f.cadence),
    units: m.responsible.unitIds,
  }));
};

const measure = (n: number, unit: string, cadence: string, methods = 1) => ({
  id: `i${n}`,
  methods: [`ขั้นตอนแรกของเรื่องที่ ${n}`, ...(methods > 1 ? [`ขั้นตอนที่สองของเรื่องที่ ${n}`] : [])],
  cadences: [cadence],
  units: [unit],
});

describe('a plan printed two pages per sheet', () => {
  it('two portrait pages side by side, a measure running from the left page into the right: read as the pages are', async () => {
    const source = await planPages('portrait', [
      [M(1, 'กองคลัง', 'ทุกเดือน'), M(2, 'กองช่าง', 'ทุกไตรมาส')],
      [goesOn(2), M(3, 'กองคลัง', 'ทุกไตรมาส'), M(4, 'กองช่าง', 'ทุกเดือน')],
    ]);
    const expected = [
      measure(1, 'finance', 'monthly'),
      measure(2, 'engineering', 'quarterly', 2),
      measure(3, 'finance', 'quarterly'),
      measure(4, 'engineering', 'monthly'),
    ];
    expect(await read(source)).toEqual(expected);
    expect(await read(await twoUp(source))).toEqual(expected);
  });

  it('four portrait pages on two sheets: left then right on each, the tables going on across halves and sheets', async () => {
    const source = await planPages('portrait', [
      [M(1, 'กองคลัง', 'ทุกเดือน'), M(2, 'กองช่าง', 'ทุกไตรมาส')],
      [goesOn(2), M(3, 'กองคลัง', 'ทุกไตรมาส')],
      [M(5, 'กองช่าง', 'ทุกเดือน')],
      [goesOn(5), M(6, 'กองคลัง', 'ทุกเดือน')],
    ]);
    const expected = [
      measure(1, 'finance', 'monthly'),
      measure(2, 'engineering', 'quarterly', 2),
      measure(3, 'finance', 'quarterly'),
      measure(5, 'engineering', 'monthly', 2),
      measure(6, 'finance', 'monthly'),
    ];
    expect(await read(source)).toEqual(expected);
    expect(await read(await twoUp(source))).toEqual(expected);
  });

  it('two landscape pages one above the other on a portrait sheet: top then bottom, the split measure one', async () => {
    const source = await planPages('landscape', [
      [M(1, 'กองคลัง', 'ทุกเดือน'), M(2, 'กองช่าง', 'ทุกไตรมาส')],
      [goesOn(2), M(3, 'กองคลัง', 'ทุกไตรมาส')],
    ]);
    const expected = [
      measure(1, 'finance', 'monthly'),
      measure(2, 'engineering', 'quarterly', 2),
      measure(3, 'finance', 'quarterly'),
    ];
    expect(await read(source)).toEqual(expected);
    expect(await read(await twoUp(source))).toEqual(expected);
  });

  it("names the half in a warning's place: table 2 of the sheet is its right page", async () => {
    const source = await planPages('portrait', [[M(1, 'กองคลัง', 'ทุกเดือน')], [M(2, 'กองไม่มีจริง', 'ทุกเดือน')]]);
    const { warnings } = await previewFile(await twoUp(source));
    const unknown = warnings.find((w) => w.code === 'unknown-unit');
    expect(unknown?.where).toEqual({ page: 1, table: 2, row: 2, column: 5 });
    expect(unknown?.message_th).toMatch(/^หน้า ๑ ตาราง ๒ แถว ๒ คอลัมน์ ๕/);
  });
});
