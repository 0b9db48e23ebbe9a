// A PDF whose pages all point at one content stream stays small whatever its page count, and the
// 200-page cap did not bound the work: a 74 KB file took 29 s, a 97 KB one over 150 s (review 17 s8,
// entry 3). The text items and operators read in all pages have a budget; past it the file is
// refused in Thai, between pages.
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../shared/domain/errors.js';
import { MAX_INLINE_PLAN_FILE_BYTES } from '../../shared/domain/plan-upload-rules.js';
import { MAX_PDF_TEXT_ITEMS } from '../../shared/import/pdf-page-content.js';
import { PLAN_FILE_FIELD } from '../../shared/import/plan-file.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';

/** `pages` pages sharing the content stream (and resources) of the first, which shows `items` texts. */
async function sharedContentPdf(pages: number, items: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const first = doc.addPage([600, 800]);
  for (let i = 0; i < items; i++)
    first.drawText('x', { x: 10 + (i % 100) * 5, y: 10 + Math.floor(i / 100) * 7, size: 4, font });
  for (let p = 1; p < pages; p++) {
    const page = doc.addPage([600, 800]);
    page.node.set(PDFName.of('Contents'), first.node.get(PDFName.of('Contents'))!);
    page.node.set(PDFName.of('Resources'), first.node.get(PDFName.of('Resources'))!);
  }
  return doc.save();
}

describe('a PDF with more text than any plan document', () => {
  it.each([
    ['100 pages sharing one stream of 3,000 texts', 100, 3_000],
    ['30 pages sharing one stream of 3,000 texts', 30, 3_000],
  ])('%s is refused in Thai on the file once the budget is passed', async (_n, pages, items) => {
    expect(pages * items).toBeGreaterThan(MAX_PDF_TEXT_ITEMS);
    const bytes = await sharedContentPdf(pages, items);
    expect(bytes.length).toBeLessThan(MAX_INLINE_PLAN_FILE_BYTES);
    const refused = await readPlanFile(bytes).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).message_th).toMatch(/^ไฟล์ PDF นี้มีข้อความหรือรูปวาดมากเกินกว่าเอกสารแผนมาตรการ/);
    expect((refused as ValidationError).fields).toEqual([
      {
        path: PLAN_FILE_FIELD,
        message_th: 'PDF มีข้อความหรือรูปวาดมากเกินไป',
        message_en: 'the PDF holds too much text or drawing',
      },
    ]);
  });

  it('5 pages sharing one stream of 3,000 texts (under the budget) are read', async () => {
    const { kind, document } = await readPlanFile(await sharedContentPdf(5, 3_000));
    expect(kind).toBe('pdf');
    expect(document.blocks.length).toBeGreaterThan(0);
  });
});
