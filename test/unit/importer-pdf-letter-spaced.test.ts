// Review 17 s11, S11-6: a PDF whose Thai lines are spread letter by letter (Word's "Thai Distributed"
// alignment, inter-character justification, letter spacing) read as "ร า ย ง า น", then " า" was
// taken for a lost sara am ("กำร", "กองช่ำง"): no table, or cadences and units lost. The letters of
// such a line are joined again; ordinary lines keep their spaces.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { isLetterSpaced, withoutLetterSpacing } from '../../shared/import/pdf-letter-spacing.js';
import { previewFile, SARABUN, tableTexts } from '../support/plan-pdf.js';

const XS = [30, 230, 380, 490, 650];
const HEADER = [['มาตรการ/แนวทาง'], ['วิธีการดำเนินการ'], ['ระยะเวลาดำเนินการ'], ['การติดตามผลการดำเนินการ'], ['ผู้รับผิดชอบ']];
const ROWS = [
  [
    ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สิน', 'ของราชการ'],
    ['๑. จัดทำคู่มือ'],
    ['ตุลาคม ๒๕๖๖ -', 'กันยายน ๒๕๖๗'],
    ['๑. รายงานผลทุกเดือน', '๒. สรุปผลทุก ๖ เดือน'],
    ['กองช่าง กองคลัง'],
  ],
  [['ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล'], ['ปรับปรุงเว็บไซต์'], ['ตลอดปี'], ['เสนอผู้บริหารในเดือน', 'เมษายน และ กันยายน'], ['กองการศึกษา']],
];

/** A letter with the marks drawn on it: what a distributed line places apart. */
const CLUSTERS = /.[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]*/gu;

/**
 * The plan table ruled, each cell line drawn letter by letter `spacing` points apart (as Word places a
 * "Thai Distributed" line's letters); the header too when `header` is spaced.
 */
async function spacedPlanPdf(spacing: number, headerSpaced: boolean): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 20 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font(SARABUN).fontSize(10);
  const header = tableTexts(XS, [HEADER]);
  for (const t of header) {
    if (!headerSpaced) doc.text(t.text, t.x, t.y, { lineBreak: false });
  }
  for (const t of [...(headerSpaced ? header : []), ...tableTexts(XS, ROWS, 62)]) {
    let x = t.x;
    for (const cluster of t.text.match(CLUSTERS) ?? []) {
      if (cluster !== ' ') doc.text(cluster, x, t.y, { lineBreak: false });
      x += doc.widthOfString(cluster) + spacing;
    }
  }
  for (const y of [36, 58, 94, 130]) doc.moveTo(25, y).lineTo(810, y).lineWidth(0.5).stroke();
  for (const x of [25, 225, 375, 485, 645, 810]) doc.moveTo(x, 36).lineTo(x, 130).lineWidth(0.5).stroke();
  doc.end();
  return new Uint8Array(await done);
}

async function expectPlanRead(pdf: Uint8Array) {
  const { plan, warnings } = await previewFile(pdf);
  expect(warnings.map((w) => w.code)).toEqual([]);
  expect(plan.measures.map((m) => m.measureId)).toEqual(['i4', 'i9']);
  const [i4, i9] = plan.measures;
  expect(i4!.title).toBe('ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ');
  expect(i4!.timeframe).toBe('ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗');
  expect(i4!.followUps.map((f) => [f.text, f.cadence])).toEqual([
    ['รายงานผลทุกเดือน', 'monthly'],
    ['สรุปผลทุก ๖ เดือน', 'semiannual'],
  ]);
  expect(i4!.responsible.unitIds).toEqual(['engineering', 'finance']);
  expect(i9!.followUps.map((f) => f.cadence)).toEqual(['april-september']);
  expect(i9!.responsible.unitIds).toEqual(['education']);
}

describe('a PDF whose Thai lines are spread letter by letter', () => {
  it('header and cells spread 2 pt apart: the table is found and read as written (was "no measures table")', async () => {
    await expectPlanRead(await spacedPlanPdf(2, true));
  });

  it('cells spread 3.5 pt apart under a plain header: no "กำร"/"กองช่ำง", cadences and units kept', async () => {
    await expectPlanRead(await spacedPlanPdf(3.5, false));
  });

  it('a line pdfjs gives with a space in each gap is joined; ordinary lines keep their spaces', () => {
    expect(withoutLetterSpacing('๑ . ร า ย ง า น ผ ล ทุ ก เ ดื อ น')).toBe('๑. รายงานผลทุกเดือน');
    expect(withoutLetterSpacing('ตุ ล า ค ม ๒ ๕ ๖ ๖ - กั น ย า ย น')).toBe('ตุลาคม ๒๕๖๖ - กันยายน');
    // a piece cut off by a word space on a spread line ("๑ ." before "ร า ย ง า น")
    expect(withoutLetterSpacing('๑ .', true)).toBe('๑.');
    expect(withoutLetterSpacing('แ ล ะ', true)).toBe('และ');
    for (const text of ['ไตรมาสที่ ๑ ๒ ๓ ๔', 'กองช่าง กองคลัง กองการศึกษา', 'ก. ข. ค. ง.', 'ด าเนินการ ต่อ ที่ ประชุม']) {
      expect(isLetterSpaced(text), text).toBe(false);
      expect(withoutLetterSpacing(text)).toBe(text);
    }
  });
});
