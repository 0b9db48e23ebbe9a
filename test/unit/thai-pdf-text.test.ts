// Thai text that survives: the PDF's text layer gives back what was laid out, and marks after
// Latin letters are placed as in a Thai-only run (faults 1 and 2 of issue 19).
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { drawTextLine, lineWidth, type PdfTextTarget } from '../../shared/documents/pdf-text-line.js';
import { renderPdf } from '../../shared/documents/render-pdf.js';
import { measureCells } from '../../shared/documents/report-cells.js';
import { sarabunPath } from '../../shared/documents/thai-fonts.js';
import { HARD_WORDS, sampleAnnualReport } from '../support/document-samples.js';
import { pagePixels, pdfText, squeeze } from '../support/pdf-tools.js';

/** A one-page PDF, Sarabun 28 pt, drawing with `draw`. */
function onePage(draw: (doc: PdfTextTarget) => void): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A5', layout: 'landscape' });
  doc.registerFont('th', sarabunPath('regular'));
  doc.font('th').fontSize(28);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  draw(doc);
  doc.end();
  return done;
}

// Lines break only between these words (shared/documents/thai-line-break.ts), and a long row may
// continue on the next page, so words, not whole paragraphs, are what must come back intact.
const thaiWords = new Intl.Segmenter('th', { granularity: 'word' });

describe("the PDF's text layer", () => {
  it.each(HARD_WORDS)('gives back "%s" exactly as drawn', async (word) => {
    const pdf = await onePage((doc) => drawTextLine(doc, `คำว่า ${word} ในบรรทัด`, 40, 40));
    expect(squeeze(pdfText(pdf))).toBe(squeeze(`คำว่า ${word} ในบรรทัด`));
  });

  it('gives back every word of the results report model, sara am included', async () => {
    const model = sampleAnnualReport();
    const text = squeeze(pdfText(await renderPdf(model)));
    const words = [model.title, model.introduction, ...model.measures.flatMap((m) => measureCells(m).flat())].flatMap(
      (p) => [...thaiWords.segment(p)].filter((w) => w.isWordLike).map((w) => w.segment),
    );
    const missing = words.filter((w) => !text.includes(w));
    expect(missing).toEqual([]);
    expect(words.filter((w) => w.includes('ำ')).length).toBeGreaterThan(100);
    expect(text).not.toContain('ำา');
    for (const w of HARD_WORDS) expect(text).toContain(w);
  });
});

describe('marks after Latin letters', () => {
  it.each([
    ['ITA', 'น้ำใจ'],
    ['O43', 'ที่ผู้'],
    ['Facebook', 'ที่'],
  ])('"%s%s" draws its Thai exactly as the Thai drawn on its own', async (latin, thai) => {
    const mixed = await onePage((doc) => drawTextLine(doc, latin + thai, 40, 40));
    const apart = await onePage((doc) => {
      drawTextLine(doc, latin, 40, 40);
      drawTextLine(doc, thai, 40 + lineWidth(doc, latin), 40);
    });
    expect(pagePixels(mixed).equals(pagePixels(apart))).toBe(true);
  });
});
