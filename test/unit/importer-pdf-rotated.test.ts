// A landscape plan drawn turned on its page (a page rotated in Acrobat and saved, a print driver's
// landscape page: the content at 90° and /Rotate to show it upright) is read as a reader sees it
// (review 17 s9, entry 20: 0 measures, 18 pdf-text-unplaced, a title of fragments).
import { degrees, PDFDocument } from 'pdf-lib';
import PDFDocumentKit from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { type PdfPageSpec, planPdf, previewFile, SARABUN, tableTexts } from '../support/plan-pdf.js';

const XS = [30, 230, 380, 490, 650];
const RIGHT = 800;
const HEADER = [['มาตรการ/แนวทาง'], ['วิธีการดำเนินการ'], ['ระยะเวลา'], ['การติดตามผล'], ['ผู้รับผิดชอบ']];
const M4 = [['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ'], ['๑. จัดทำคู่มือ'], ['ตลอดปี'], ['รายงานผลทุกเดือน'], ['กองคลัง']];
const M9 = [['ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล'], ['ปรับปรุงเว็บไซต์'], ['ตลอดปี'], ['สรุปผลทุกไตรมาส'], ['กองช่าง']];
const TITLE = { x: 30, y: 14, text: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗' };

/** A ruled table: rules around every cell of rows 30 pt high from y = 40, the title above it. */
function ruledPage(rows: string[][][]): PdfPageSpec {
  const ys = rows.map((_, i) => 40 + 30 * i).concat(40 + 30 * rows.length);
  const edges = [...XS, RIGHT];
  return {
    texts: [
      TITLE,
      ...rows.flatMap((row, r) => row.map((cell, c) => ({ x: edges[c]! + 4, y: ys[r]! + 6, text: cell[0]! }))),
    ],
    lines: [
      ...ys.map((y): [number, number, number, number] => [edges[0]!, y, RIGHT, y]),
      ...edges.map((x): [number, number, number, number] => [x, ys[0]!, x, ys.at(-1)!]),
    ],
  };
}

/**
 * Each landscape page of `source` drawn turned by `angle` (degrees, counter-clockwise) on a page
 * of its turned size, /Rotate set to show it upright: what saving a rotated page writes.
 */
async function turned(source: Uint8Array, angle: 90 | 180 | 270): Promise<Uint8Array> {
  const src = await PDFDocument.load(source);
  const out = await PDFDocument.create();
  for (const p of await out.embedPages(src.getPages())) {
    const [w, h] = [p.width, p.height];
    const page = angle === 180 ? out.addPage([w, h]) : out.addPage([h, w]);
    const at = { 90: { x: h, y: 0 }, 180: { x: w, y: h }, 270: { x: 0, y: w } }[angle];
    page.drawPage(p, { ...at, rotate: degrees(angle) });
    page.setRotation(degrees((360 - angle) % 360));
  }
  return out.save();
}

const read = async (pdf: Uint8Array) => {
  const { plan, warnings } = await previewFile(pdf);
  return {
    title: plan.title,
    measures: plan.measures.map((m) => [m.measureId, m.followUps.map((f) => f.cadence), m.responsible.unitIds]),
    warnings: warnings.map((w) => w.code),
  };
};

const EXPECTED = {
  title: TITLE.text,
  measures: [
    ['i4', ['monthly'], ['finance']],
    ['i9', ['quarterly'], ['engineering']],
  ],
  warnings: [],
};

describe('a plan page drawn turned is read as it is shown', () => {
  it('a ruled table drawn at 90° on a portrait page with /Rotate: read as the upright page, no fragments, no warnings', async () => {
    const upright = await planPdf([ruledPage([HEADER, M4, M9])]);
    expect(await read(upright)).toEqual(EXPECTED);
    expect(await read(await turned(upright, 90))).toEqual(EXPECTED);
  });

  it('the same at 270° and upside down (180°)', async () => {
    const upright = await planPdf([ruledPage([HEADER, M4, M9])]);
    expect(await read(await turned(upright, 270))).toEqual(EXPECTED);
    expect(await read(await turned(upright, 180))).toEqual(EXPECTED);
  });

  it('a table without rules over two turned pages (its header repeated): one plan, as upright', async () => {
    const texts = (rows: string[][][]) => [TITLE, ...tableTexts(XS, rows)];
    const upright = await planPdf([{ texts: texts([HEADER, M4]) }, { texts: texts([HEADER, M9]) }]);
    const expected = await read(upright);
    expect(expected.measures.map((m) => m[0])).toEqual(['i4', 'i9']);
    expect(await read(await turned(upright, 90))).toEqual(expected);
  });

  it('text turned in the page content itself (no form), /Rotate 90 in the page dictionary: read upright', async () => {
    const doc = new PDFDocumentKit({ size: 'A4', layout: 'portrait', margin: 0 });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
    (doc.page.dictionary as unknown as { data: Record<string, unknown> }).data.Rotate = 90;
    // pdfkit's y runs down: a landscape page's point (x, y) drawn at (y, x) turned 90° clockwise
    doc.save().translate(595, 0).rotate(90);
    doc.font(SARABUN).fontSize(10);
    const page = ruledPage([HEADER, M4, M9]);
    for (const t of page.texts) doc.text(t.text, t.x, t.y, { lineBreak: false });
    for (const [x1, y1, x2, y2] of page.lines!) doc.moveTo(x1, y1).lineTo(x2, y2).lineWidth(0.5).stroke();
    doc.restore().end();
    expect(await read(new Uint8Array(await done))).toEqual(EXPECTED);
  });
});
