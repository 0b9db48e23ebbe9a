// Review 17 s18 (S18-2's side note): a text PDF of one line running off the page (pdf.js cuts it at
// the page's edge) was refused as "this PDF is images (a scan?)", advising OCR. A page of a little
// text in its margins is a scan's only when the page is mostly picture; without one it is read,
// and the importer says what it found (no measures table), not that OCR is needed.
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { previewFile, SARABUN } from '../support/plan-pdf.js';

/** A landscape A4 page of 8 pt lines of text and no picture. */
async function textOnlyPdf(texts: { x: number; y: number; text: string }[]): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 0 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font(SARABUN).fontSize(8);
  for (const t of texts) doc.text(t.text, t.x, t.y, { lineBreak: false });
  doc.end();
  return new Uint8Array(await done);
}

describe('a text PDF with only a line or two in its margins (no picture)', () => {
  it.each([
    ['a line of "<a" running off the page at its top', [{ x: 20, y: 20, text: '<a'.repeat(2000) }]],
    ['a footer line', [{ x: 20, y: 580, text: 'แผนมาตรการ ปี ๒๕๖๘ หน้า ๑' }]],
    [
      'a header and a page number',
      [
        { x: 20, y: 6, text: 'เทศบาลตำบลดอนอะราง' },
        { x: 790, y: 580, text: '๑' },
      ],
    ],
  ])('%s: read, no measures table found, no OCR advice', async (_, texts) => {
    const r = await previewFile(await textOnlyPdf(texts));
    expect(r.plan.measures).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toContain('no-measures');
    expect(r.warnings.map((w) => w.message_en).join(' ')).not.toMatch(/OCR|scan/);
  });
});
