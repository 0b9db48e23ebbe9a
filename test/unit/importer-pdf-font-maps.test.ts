// A PDF whose font's Unicode map is broken reads as Thai mixed with Latin letters ("ตัôชี้วัดที่ ĝ
// กÿðČช้ทรัพย์สิน"), and a damaged map made pdfjs-dist build ranges of millions of codes (17×
// slower), without a word of warning (review 17 s9, entry 46). A map whose compressed data is
// damaged is now refused before the pages are read; Latin letters inside Thai words are
// pdf-unreadable-characters on their page.
import { readFileSync } from 'node:fs';
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { planPdf, previewFile, tableTexts } from '../support/plan-pdf.js';
import { planFileRefusal } from '../support/plan-file-refusal.js';

/** The refusal of a PDF, read and imported as the preview reads it. */
const refusal = (pdf: Uint8Array) => planFileRefusal(pdf, previewFile);

const XS = [30, 230, 380, 490, 650];
const HEADER = [['มาตรการ/แนวทาง'], ['วิธีการดำเนินการ'], ['ระยะเวลา'], ['การติดตามผล'], ['ผู้รับผิดชอบ']];
const row = (measure: string, unit = 'กองคลัง') => [[measure], ['จัดทำคู่มือ'], ['ตลอดปี'], ['รายงานผลทุกเดือน'], [unit]];

/** `pdf` with each font's compressed /ToUnicode data changed by `damage`. */
async function withDamagedMaps(pdf: Uint8Array, damage: (data: Uint8Array) => Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf);
  let damaged = 0;
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    const ref = object.get(PDFName.of('ToUnicode'));
    const map = ref && doc.context.lookup(ref);
    if (!(map instanceof PDFRawStream)) continue;
    doc.context.assign(ref as never, PDFRawStream.of(map.dict, damage(map.contents)));
    damaged++;
  }
  expect(damaged).toBeGreaterThan(0);
  return doc.save({ useObjectStreams: false });
}

const flip = (at: (length: number) => number) => (data: Uint8Array) => {
  const out = Uint8Array.from(data);
  out[at(out.length)]! ^= 0x1b;
  return out;
};

describe('a PDF whose font map is damaged is refused, naming the font, before its pages are read', () => {
  const plan = () => planPdf([{ texts: tableTexts(XS, [HEADER, row('ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ')]) }]);

  it('one byte changed in the middle of the map: refused, Thai first, naming the font and the advice', async () => {
    const e = await refusal(
      await withDamagedMaps(
        await plan(),
        flip((n) => Math.floor(n / 2)),
      ),
    );
    expect(e.message_th).toMatch(/^ไฟล์ PDF นี้เสีย: ตารางแปลงรหัสตัวอักษรของแบบอักษร Sarabun.* เสียหาย ข้อความภาษาไทยจะอ่านผิด/);
    expect(e.message).toMatch(/^this PDF is damaged: the Unicode map of the font Sarabun.* is corrupt/);
    expect(e.fields).toEqual([expect.objectContaining({ message_th: expect.stringContaining('Sarabun') })]);
  });

  it('a byte changed near its start, and the map cut in half: refused the same way', async () => {
    const near = await refusal(
      await withDamagedMaps(
        await plan(),
        flip(() => 12),
      ),
    );
    expect(near.message_th).toContain('ตารางแปลงรหัสตัวอักษรของแบบอักษร Sarabun');
    const cut = await refusal(await withDamagedMaps(await plan(), (d) => d.slice(0, Math.floor(d.length / 2))));
    expect(cut.message_th).toContain('ตารางแปลงรหัสตัวอักษรของแบบอักษร Sarabun');
  });

  it('the LibreOffice fixture (maps written by another producer) damaged: refused; intact: read', async () => {
    const fixture = new Uint8Array(readFileSync(new URL('../fixtures/plans/29-loma-font.pdf', import.meta.url)));
    expect((await previewFile(fixture)).plan.measures.length).toBeGreaterThan(0);
    const e = await refusal(
      await withDamagedMaps(
        fixture,
        flip((n) => Math.floor(n / 3)),
      ),
    );
    expect(e.message_th).toMatch(/^ไฟล์ PDF นี้เสีย: ตารางแปลงรหัสตัวอักษร/);
  });
});

describe('Latin letters inside Thai words (a font map that maps Thai glyphs to Latin codes) are warned about', () => {
  it('"ตัôชี้วัดที่ ĝ กÿðČช้ทรัพย์สิน": pdf-unreadable-characters on page 1, counting them, quoting a word', async () => {
    const { warnings } = await previewFile(
      await planPdf([
        {
          texts: tableTexts(XS, [
            HEADER,
            row('ตัôชี้วัดที่ ๔ กÿðČช้ทรัพย์สินของðÿชกÿð'),
            row('ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', 'กองช่ÿง'),
          ]),
        },
      ]),
    );
    expect(warnings.filter((w) => w.code === 'pdf-unreadable-characters')).toEqual([
      expect.objectContaining({
        where: { page: 1 },
        message_th: expect.stringMatching(/^หน้า ๑: มีตัวอักษร ๙ ตัวที่อ่านผิด \(อักษรละตินปนอยู่ในคำภาษาไทย เช่น "ตัôชี้วัดที่"/),
        message_en: expect.stringMatching(/^page 1: 9 characters read wrong \(Latin letters inside Thai words/),
        source: 'ตัôชี้วัดที่',
      }),
    ]);
  });

  it('on page 2 only when only page 2 has them', async () => {
    const { warnings } = await previewFile(
      await planPdf([
        { texts: tableTexts(XS, [HEADER, row('ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ')]) },
        { texts: tableTexts(XS, [HEADER, row('ตัวชี้วัดที่ ๙ กÿðĉปิดĉผïข้อมูล', 'กองช่าง')]) },
      ]),
    );
    expect(warnings.filter((w) => w.code === 'pdf-unreadable-characters').map((w) => [w.where, w.source])).toEqual([
      [{ page: 2 }, 'กÿðĉปิดĉผïข้อมูล'],
    ]);
  });

  it('Latin words beside Thai ones, apart ("ITA", "café", "e-Service"), and signs ("๒×๓", "±๕") are no warning', async () => {
    const { warnings } = await previewFile(
      await planPdf([
        {
          texts: tableTexts(XS, [
            HEADER,
            row('ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ITA ผ่านระบบ e-Service และมุม café ความรู้'),
            row('ตัวชี้วัดที่ ๔ ติดป้ายขนาด ๒×๓ เมตร คลาดเคลื่อนได้±๕ เซนติเมตร'),
          ]),
        },
      ]),
    );
    expect(warnings.map((w) => w.code)).not.toContain('pdf-unreadable-characters');
  });
});
