// Review 17 s10, S10-2: a small PDF declaring very many pages (one page object listed again and
// again) took 14-38 s and 400-650 MB, and the API timed out with a "send it again" 503. The page
// count is now checked before any page is read.
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../shared/domain/errors.js';
import { MAX_PDF_PAGES } from '../../shared/import/pdf-page-content.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { pdfFile } from '../support/pdf-file.js';
import { planFileRefusal } from '../support/plan-file-refusal.js';

const pdf = (objects: string[]) => pdfFile(objects);

const content = 'BT /F1 12 Tf 72 720 Td (Page) Tj ET';
const shared = [
  `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
];
const page = (contents: number, font: number) =>
  `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${contents} 0 R /Resources << /Font << /F1 ${font} 0 R >> >> >>`;

/** One page object listed `count` times in the page tree (3 MB holds 500,000). */
const repeatedPage = (count: number) =>
  pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${'3 0 R '.repeat(count)}] /Count ${count} >>`,
    page(4, 5),
    ...shared,
  ]);

/** `count` distinct pages sharing one content stream and font. */
const distinctPages = (count: number) =>
  pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${Array.from({ length: count }, (_, i) => `${5 + i} 0 R `).join('')}] /Count ${count} >>`,
    ...shared,
    ...Array.from({ length: count }, () => page(3, 4)),
  ]);

describe('a PDF with more pages than a plan has is refused before its pages are read', () => {
  it.each([
    ['one page listed 100,000 times', () => repeatedPage(100_000), '๑๐๐,๐๐๐'],
    ['5,000 distinct pages', () => distinctPages(5_000), '๕,๐๐๐'],
    ['one page over the limit', () => distinctPages(MAX_PDF_PAGES + 1), '๒๐๑'],
  ])(
    "%s: a Thai 400 naming the page count and what to send instead (for the product's own documents, their .docx)",
    async (_shape, make, count) => {
      const error = await planFileRefusal(make());
      expect(error.message_th).toBe(
        `ไฟล์ PDF นี้มี ${count} หน้า เกิน ๒๐๐ หน้าที่ระบบอ่านได้ กรุณาส่งเฉพาะหน้าที่มีตารางแผนมาตรการ หรือนำเข้าไฟล์ Word/Excel ต้นฉบับ (แผนหรือรายงานผลที่ระบบนี้สร้าง: นำเข้าไฟล์ .docx ของเอกสารฉบับเดียวกันแทน)`,
      );
      expect(error.fields.map((f) => f.path)).toEqual(['file']);
    },
  );

  it('a PDF of exactly the page limit is read (here: its pages hold no plan table)', async () => {
    const error = await readPlanFile(distinctPages(MAX_PDF_PAGES)).then(
      (read) => read.kind,
      (e: unknown) => (e as ValidationError).message_th,
    );
    expect(error).not.toContain('หน้าที่ระบบอ่านได้');
  });
});
