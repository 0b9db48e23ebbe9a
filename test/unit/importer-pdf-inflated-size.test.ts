// Review 17 s18, S18-10: a 204 KB PDF whose page content inflates to 200 MB of spaces held
// POST /plan-imports 46 s before a 400 calling it a scan (51 KB / 50 MB: 12.8 s): pdf.js inflates and
// tokenizes streams whole and the PDF bounds counted items and operators, not inflated bytes. The
// streams are now inflated first, counted, and the count stops at the bound (pdf-inflated-size.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { maxPdfInflatedBytes, pdfInflatedBytes, pdfInflatesBeyond } from '../../shared/import/pdf-inflated-size.js';
import { inflatingPdf, type InflatingShape } from '../support/inflating-pdf.js';
import { planFileRefusal } from '../support/plan-file-refusal.js';

const MB = 1024 * 1024;
const plans = new URL('../fixtures/plans/', import.meta.url);

describe('a PDF whose streams inflate far past its size is refused before pdf.js reads it', () => {
  it.each<[InflatingShape]>([
    ['page content'],
    ['many small page contents'],
    ['form XObject'],
    ['image XObject'],
    ['object stream'],
    ['ASCII85 then Flate content'],
  ])('%s inflating to 24 MB', async (shape) => {
    const bytes = inflatingPdf(shape, 24);
    const bound = maxPdfInflatedBytes(bytes.length);
    expect(bound).toBeLessThan(24 * MB);
    const error = await planFileRefusal(bytes);
    expect(error.message_th).toContain('คลายข้อมูลที่บีบอัดไว้แล้วใหญ่เกิน');
    expect(error.message_th).toMatch(/ใหญ่เกิน [๐-๙]+ MB/);
    expect(error.message_en).toContain('unpacks to more than');
    expect(error.fields).toEqual([expect.objectContaining({ path: 'file' })]);
    // the count stops at the bound (plus one piece's output): the 24 MB are not all inflated
    expect(pdfInflatedBytes(bytes, bound)).toBeLessThanOrEqual(bound + 2 * MB);
  });

  // review 17 s20 (s20-e): LZW, RunLength and chains inflate too; /F, "#xx" names, indirect filters,
  // spaces after "stream", long dictionaries, an early "endstream" and RC4 encryption hid a stream
  it.each<[InflatingShape, number]>([
    ['LZW content', 24],
    ['LZW of Flate content', 24],
    ['RunLength content', 48],
    ['Flate of Flate content', 24],
    ['filter in an object of its own', 24],
    ['filter name with an escape', 24],
    ['filter as /F', 24],
    ['spaces after the stream keyword', 24],
    ['dictionary padded past 1 KB', 24],
    ['"endstream" inside the data', 24],
    ['encrypted content (RC4, no password to open)', 24],
    // session 21 (s21-e): AES-256 (revision 6) was counted as it stands, encrypted: it never inflated
    ['encrypted content (AES-256 R6, no password to open)', 24],
    ['encrypted content (AES-256 R5, no password to open)', 24],
  ])('%s inflating to %i MB: refused the same way', async (shape, mb) => {
    const bytes = inflatingPdf(shape, mb);
    const bound = maxPdfInflatedBytes(bytes.length);
    expect(bound).toBeLessThan(mb * MB);
    expect(pdfInflatedBytes(bytes, Number.MAX_SAFE_INTEGER)).toBeGreaterThanOrEqual(mb * MB);
    const error = await planFileRefusal(bytes);
    expect(error.message_th).toContain('คลายข้อมูลที่บีบอัดไว้แล้วใหญ่เกิน');
    expect(pdfInflatedBytes(bytes, bound)).toBeLessThanOrEqual(bound + 5 * MB);
  });

  it.each<[InflatingShape]>([
    ['LZW content'],
    ['RunLength content'],
    ['encrypted content (RC4, no password to open)'],
    ['encrypted content (AES-256 R6, no password to open)'],
  ])('%s inflating to 4 MB: counted as 4 MB, under the bound', (shape) => {
    const bytes = inflatingPdf(shape, 4);
    expect(pdfInflatedBytes(bytes, Number.MAX_SAFE_INTEGER)).toBeGreaterThanOrEqual(4 * MB);
    expect(pdfInflatedBytes(bytes, Number.MAX_SAFE_INTEGER)).toBeLessThan(4 * MB + 8 * 1024);
    expect(pdfInflatesBeyond(bytes, maxPdfInflatedBytes(bytes.length))).toBe(false);
  });

  it('the bound grows with the file: 16 MB for any PDF plus 32 bytes for each of its bytes', () => {
    expect(maxPdfInflatedBytes(0)).toBe(16 * MB);
    expect(maxPdfInflatedBytes(5 * MB)).toBe(16 * MB + 160 * MB);
  });

  it('a PDF inflating to less than the bound is read', async () => {
    const bytes = inflatingPdf('page content', 4);
    expect(pdfInflatesBeyond(bytes, maxPdfInflatedBytes(bytes.length))).toBe(false);
    expect(pdfInflatedBytes(bytes, Number.MAX_SAFE_INTEGER)).toBe(4 * MB);
    const error = await planFileRefusal(bytes);
    expect(error.message_th).not.toContain('คลายข้อมูล');
  });

  it('every plan PDF of the corpus stays well under its bound (a quarter of it)', () => {
    const pdfs = readdirSync(plans).filter((name) => name.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThan(10);
    for (const name of pdfs) {
      const bytes = new Uint8Array(readFileSync(new URL(name, plans)));
      expect(pdfInflatedBytes(bytes, Number.MAX_SAFE_INTEGER), name).toBeLessThan(
        maxPdfInflatedBytes(bytes.length) / 4,
      );
    }
  });
});
