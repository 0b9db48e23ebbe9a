// A scanned plan is refused with the OCR advice even when a line of text is printed over it: a page
// number, a browser's header and footer, a scanner's stamp (review 17 s9, entry 15: these gave "no
// measures table was found", title "12/1/26, 6:15 AM"). A scanned page among text pages is said.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { renderPages } from '../support/pdf-tools.js';
import { planPdf, previewFile, SARABUN, tableTexts } from '../support/plan-pdf.js';
import { planFileRefusal } from '../support/plan-file-refusal.js';

/** The refusal of a PDF, read and imported as the preview reads it. */
const refusal = (pdf: Uint8Array) => planFileRefusal(pdf, previewFile);

const XS = [30, 230, 380, 490, 650];
const TABLE = tableTexts(XS, [
  [['มาตรการ/แนวทาง'], ['วิธีการดำเนินการ'], ['ระยะเวลา'], ['การติดตามผล'], ['ผู้รับผิดชอบ']],
  [['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ'], ['๑. จัดทำคู่มือ'], ['ตลอดปี'], ['รายงานผลทุกเดือน'], ['กองคลัง']],
  [['ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล'], ['ปรับปรุงเว็บไซต์'], ['ตลอดปี'], ['สรุปผลประจำปี'], ['กองช่าง']],
]);

/** The plan page as a scanner gives it: a picture of the page (PNG), no text. */
async function scanImage(): Promise<string> {
  return renderPages(await planPdf([{ texts: TABLE }]), { dpi: 40 })[0]!;
}

interface ScanPage {
  /** the picture's box on the page: x, y, width (points from the top left) */
  image?: [number, number, number];
  /** lines of text printed over or beside it, 8 pt */
  texts?: { x: number; y: number; text: string }[];
  /** a plan table of text (a page of a text PDF, or the text layer OCR adds to a scan) */
  table?: boolean;
}

async function scanPdf(pages: ScanPage[]): Promise<Uint8Array> {
  const image = await scanImage();
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 0 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font(SARABUN);
  pages.forEach((page, p) => {
    if (p > 0) doc.addPage();
    if (page.image) doc.image(image, page.image[0], page.image[1], { width: page.image[2] });
    doc.fontSize(10);
    if (page.table) for (const t of TABLE) doc.text(t.text, t.x, t.y, { lineBreak: false });
    doc.fontSize(8);
    for (const t of page.texts ?? []) doc.text(t.text, t.x, t.y, { lineBreak: false });
  });
  doc.end();
  return new Uint8Array(await done);
}

const FULL: [number, number, number] = [20, 20, 800];

describe('a scanned plan with a little text is refused with the OCR advice', () => {
  it("a scanner's stamp line under the picture: refused, Thai first, naming how little text there is and quoting it", async () => {
    const e = await refusal(
      await scanPdf([{ image: FULL, texts: [{ x: 30, y: 570, text: 'สแกนจากเครื่องถ่ายเอกสาร กองคลัง ๑/๑๐/๒๕๖๖' }] }]),
    );
    expect(e.message_th).toMatch(
      /^ไฟล์ PDF นี้เป็นภาพ \(น่าจะเป็นภาพสแกน\) มีข้อความเพียง [๐-๙]+ ตัวอักษร \(หน้า ๑: "สแกนจากเครื่องถ่ายเอกสาร กองคลัง ๑\/๑๐\/๒๕๖๖"\).*OCR/,
    );
    expect(e.message).toMatch(/^this PDF is images \(a scan\?\) with only \d+ characters of text \(page 1: .*OCR/);
  });

  it("the browser's header and footer on each of two pages (date, file address, page x/2): refused, not a plan titled by the date", async () => {
    const furniture = (n: number) => [
      { x: 20, y: 6, text: '12/1/26, 6:15 AM' },
      { x: 20, y: 580, text: 'file:///C:/Users/clerk/Downloads/แผนมาตรการ%20ปี%2067%20(สแกน).html' },
      { x: 790, y: 580, text: `${n}/2` },
    ];
    const e = await refusal(
      await scanPdf([
        { image: FULL, texts: furniture(1) },
        { image: FULL, texts: furniture(2) },
      ]),
    );
    expect(e.message_th).toContain('(หน้า ๑: "12/1/26, 6:15 AM');
    expect(e.message_th).toContain('OCR');
  });

  it('a page number on each page of a picture that covers half the page: refused', async () => {
    const e = await refusal(
      await scanPdf([
        { image: [100, 100, 560], texts: [{ x: 400, y: 560, text: '- ๑ -' }] },
        { image: [100, 100, 560], texts: [{ x: 400, y: 560, text: '- ๒ -' }] },
      ]),
    );
    expect(e.message_th).toMatch(/^ไฟล์ PDF นี้เป็นภาพ.*\(หน้า ๑: "- ๑ -"\)/);
  });
});

describe('a scanned page among text pages is said; a scan with a text layer (OCR done) is read', () => {
  it('a text plan page, then a scanned page with its page number: the measures read, the scanned page named', async () => {
    const { plan, warnings } = await previewFile(
      await scanPdf([{ table: true }, { image: FULL, texts: [{ x: 400, y: 580, text: '๒' }] }]),
    );
    expect(plan.measures.map((m) => m.measureId)).toEqual(['i4', 'i9']);
    expect(warnings.filter((w) => w.code === 'pdf-page-scanned')).toEqual([
      expect.objectContaining({
        where: { page: 2 },
        message_th: expect.stringMatching(
          /^หน้า ๒: หน้านี้เป็นภาพ \(น่าจะเป็นภาพสแกน\) มีข้อความเพียง ๑ ตัวอักษร \("๒"\) ข้อความในภาพไม่ได้นำเข้า.*OCR/,
        ),
        message_en: expect.stringMatching(/^page 2: this page is an image \(a scan\?\) with only 1 character of/),
        source: '๒',
      }),
    ]);
  });

  it('a scanned page with no text at all after a text page: named too', async () => {
    const { warnings } = await previewFile(await scanPdf([{ table: true }, { image: FULL }]));
    expect(warnings.filter((w) => w.code === 'pdf-page-scanned').map((w) => [w.where, w.message_th])).toEqual([
      [{ page: 2 }, expect.stringContaining('หน้านี้เป็นภาพ (น่าจะเป็นภาพสแกน) ไม่มีข้อความ')],
    ]);
  });

  it('a scan with its OCR text layer over the picture is read as a plan, without the warning', async () => {
    const { plan, warnings } = await previewFile(await scanPdf([{ image: FULL, table: true }]));
    expect(plan.measures.map((m) => m.measureId)).toEqual(['i4', 'i9']);
    expect(warnings.map((w) => w.code)).not.toContain('pdf-page-scanned');
  });
});

// Review 17 s11, S11-14: a line of three pieces in a page's margin (a running header or footer a PDF
// editor adds to a scan: "เทศบาล… | มาตรการ… | หน้า 1/3") made the scan a text page: "no measures".
describe('a scanned plan with running headers or footers of three parts is refused with the OCR advice', () => {
  const parts = (y: number, n: number) => [
    { x: 20, y, text: 'เทศบาลตำบลทดสอบ' },
    { x: 330, y, text: 'มาตรการส่งเสริมคุณธรรม ปี ๒๕๖๗' },
    { x: 760, y, text: `หน้า ${n}/2` },
  ];
  it.each([
    ['a header on each page', (n: number) => parts(4, n)],
    ['a footer on each page', (n: number) => parts(582, n)],
    ['a header and a footer on each page', (n: number) => [...parts(4, n), ...parts(582, n)]],
  ])('%s: refused, Thai first, quoting the header', async (_, texts) => {
    const e = await refusal(
      await scanPdf([
        { image: FULL, texts: texts(1) },
        { image: FULL, texts: texts(2) },
      ]),
    );
    expect(e.message_th).toMatch(/^ไฟล์ PDF นี้เป็นภาพ \(น่าจะเป็นภาพสแกน\).*เทศบาลตำบลทดสอบ.*OCR/);
  });
});
