// Tester s47 (the ITA assessor): page 1 of the half-year report read "…รอบ ๖ เดือน (๑" / "ตุลาคม ๒๕๖๙
// – ๓๑ มีนาคม ๒๕๗๐)" and the year's "…ประจำปี" / "งบประมาณ พ.ศ. ๒๕๗๐": the PDF's lines broke inside a
// date and inside "ประจำปีงบประมาณ". A date, and that phrase, stay on one line whatever the width.
import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { lineWidth, type PdfTextTarget, registerThaiFonts } from '../../shared/documents/pdf-text-line.js';
import { thaiFonts } from '../../shared/documents/thai-fonts.js';
import { keptWhole, wrapThai, wrapThaiLines } from '../../shared/documents/thai-line-break.js';

let doc: PdfTextTarget;
beforeAll(() => {
  const pdf = new PDFDocument({ size: 'A4', layout: 'landscape' });
  doc = pdf;
  registerThaiFonts(doc, thaiFonts());
  pdf.fontSize(16);
});

const WIDTHS = Array.from({ length: 60 }, (_, i) => 160 + i * 10);

describe('lines of a PDF paragraph', () => {
  it.each([
    [
      'the half-year report’s title',
      'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของเทศบาลตำบลลำธาร รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๙ – ๓๑ มีนาคม ๒๕๗๐) ประจำปีงบประมาณ พ.ศ. ๒๕๗๐',
      ['๑ ตุลาคม ๒๕๖๙', '๓๑ มีนาคม ๒๕๗๐', 'ประจำปีงบประมาณ'],
    ],
    [
      'the line under a report made mid-year',
      'ข้อมูล ณ วันที่ ๒๖ เมษายน ๒๕๗๐ (ปีงบประมาณยังไม่สิ้นสุด) ผลการดำเนินการระหว่าง ๑ ตุลาคม ๒๕๖๙ ถึง ๓๑ มีนาคม ๒๕๗๐',
      ['๒๖ เมษายน ๒๕๗๐', '๑ ตุลาคม ๒๕๖๙', '๓๑ มีนาคม ๒๕๗๐'],
    ],
    [
      'a plan document’s title with a date in Arabic digits',
      'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานของเทศบาลเมืองท่าข้าม ประจำปีงบประมาณ พ.ศ. ๒๕๗๐ ประกาศ ณ วันที่ 15 พฤศจิกายน 2569',
      ['ประจำปีงบประมาณ', '15 พฤศจิกายน 2569'],
    ],
  ])('%s: never breaks inside a date or "ประจำปีงบประมาณ"', (_name, text, whole) => {
    for (const width of WIDTHS) {
      const lines = wrapThai(text, width, (s) => lineWidth(doc, s));
      expect(lines.join(' ').replace(/\s+/g, ''), `width ${width}`).toBe(text.replace(/\s+/g, ''));
      for (const phrase of whole) {
        expect(
          lines.some((l) => l.includes(phrase)),
          `width ${width}: "${phrase}" split in ${JSON.stringify(lines)}`,
        ).toBe(true);
      }
    }
  });
});

// re-check s47: "…ขององค์การบริหารส่วนตำบลหนองบัวแดง" / "เหนือใต้ออก รอบ ๖ เดือน …": a paragraph keeps the org's name whole
describe("a PDF paragraph's lines keep the org's name whole", () => {
  it.each([
    ['องค์การบริหารส่วนตำบลหนองบัวแดงเหนือใต้ออก'],
    ['องค์การบริหารส่วนจังหวัดนครศรีธรรมราช'],
    ['เทศบาลตำบลบ้าน (ทดลอง) ใหม่'],
  ])('%s, at every width it fits', (org) => {
    const text = `รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสของ${org} รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๙ – ๓๑ มีนาคม ๒๕๗๐) ประจำปีงบประมาณ พ.ศ. ๒๕๗๐`;
    const measure = (s: string) => lineWidth(doc, s);
    for (const width of WIDTHS.filter((w) => w >= measure(org))) {
      const lines = wrapThaiLines(text, width, measure, keptWhole([org])).map((l) => l.text);
      expect(
        lines.some((l) => l.includes(org)),
        `width ${width}: ${JSON.stringify(lines)}`,
      ).toBe(true);
    }
  });
});
