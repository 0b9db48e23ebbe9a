// PDF bombs by image filters (session 22, s22-f): a few KB declaring an image of 30,000 x 30,000
// pixels, which pdf.js decodes whole while it builds the page's operator list (JBIG2: 12.9 s of CPU
// and 870 MB). The importer counts the pixels the images declare before pdf.js opens the file and the
// pixels pdf.js decodes page by page, and has pdf.js leave out any one image over 50 million pixels.
import { describe, expect, it } from 'vitest';
import { MAX_PDF_IMAGES_PIXELS } from '../../shared/import/pdf-image-pixels.js';
import { maxPdfInflatedBytes, pdfInflatedBytes } from '../../shared/import/pdf-inflated-size.js';
import { pdfPages } from '../../shared/import/pdf-page-content.js';
import { latin1, pdfFile } from '../support/pdf-file.js';
import { planFileRefusal } from '../support/plan-file-refusal.js';

const stream = (dictionary: string, data: Uint8Array | string) => {
  const bytes = typeof data === 'string' ? latin1(data) : data;
  return [latin1(`<< ${dictionary} /Length ${bytes.length} >>\nstream\n`), bytes, latin1('\nendstream')];
};

const u32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];

/** CCITT Group 4 rows all white: one "vertical 0" bit a row. */
const whiteRows = (rows: number) => new Uint8Array(Math.ceil(rows / 8)).fill(0xff);

/** An embedded JBIG2 stream: page information `w` x `h`, one generic region (MMR) of white rows, end of page. */
function jbig2(w: number, h: number): Uint8Array {
  const segment = (no: number, type: number, data: number[]) => [...u32(no), type, 0, 1, ...u32(data.length), ...data];
  const region = [...u32(w), ...u32(h), ...u32(0), ...u32(0), 0, 1, ...whiteRows(h)];
  const pageInfo = [...u32(w), ...u32(h), ...u32(0), ...u32(0), 0, 0, 0];
  return Uint8Array.from([...segment(0, 48, pageInfo), ...segment(1, 38, region), ...segment(2, 49, [])]);
}

/** A baseline grey JPEG declaring `w` x `h`: one-code Huffman tables, a few blocks of data. */
function jpeg(w: number, h: number): Uint8Array {
  const table = (id: number) => [0xff, 0xc4, 0, 20, id, 1, ...new Array<number>(15).fill(0), 0];
  return Uint8Array.from([
    ...[0xff, 0xd8, 0xff, 0xdb, 0, 67, 0, ...new Array<number>(64).fill(1)],
    ...[0xff, 0xc0, 0, 11, 8, (h >> 8) & 255, h & 255, (w >> 8) & 255, w & 255, 1, 1, 0x11, 0],
    ...table(0x00),
    ...table(0x10),
    ...[0xff, 0xda, 0, 8, 1, 1, 0, 0, 63, 0, ...new Array<number>(1000).fill(0), 0xff, 0xd9],
  ]);
}

type ImageKind = 'JBIG2' | 'CCITTFax' | 'JPEG';

/** An image XObject of `side` x `side` pixels; `size` writes its width and height keys. */
function imageObject(kind: ImageKind, side: number, size = `/Width ${side} /Height ${side}`) {
  const xobject = `/Type /XObject /Subtype /Image ${size}`;
  if (kind === 'JBIG2')
    return stream(`${xobject} /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /JBIG2Decode`, jbig2(side, side));
  if (kind === 'JPEG')
    return stream(`${xobject} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode`, jpeg(side, side));
  return stream(
    `${xobject} /ImageMask true /Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns ${side} /Rows ${side} >>`,
    whiteRows(side),
  );
}

/**
 * Pages with a line of text ("plan") each, painting `paint` (content after the text) with image
 * XObjects `images` (/X0, /X1, ... for every page).
 */
function imagePdf(pages: number, paint: string, images: ReturnType<typeof stream>[] = [], extra: string[] = []) {
  const pageRefs = Array.from({ length: pages }, (_, i) => `${5 + i} 0 R`).join(' ');
  const firstImage = 5 + pages;
  const xobjects = images.map((_, i) => `/X${i} ${firstImage + i} 0 R`).join(' ');
  const objects: (string | Uint8Array[])[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pageRefs}] /Count ${pages} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    stream('', `BT /F1 12 Tf 72 720 Td (plan) Tj ET\n${paint}\n`),
  ];
  for (let i = 0; i < pages; i++)
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 3 0 R >> /XObject << ${xobjects} >> >> >>`,
    );
  objects.push(...images, ...extra);
  return pdfFile(objects);
}

const paintAll = (count: number) =>
  Array.from({ length: count }, (_, i) => `q 100 0 0 100 72 ${100 + i} cm /X${i} Do Q`).join('\n');

/** The image pixels the count before pdf.js finds. */
function declaredPixels(bytes: Uint8Array): number {
  const images = { pixels: 0 };
  pdfInflatedBytes(bytes, maxPdfInflatedBytes(bytes.length), images);
  return images.pixels;
}

describe('a small PDF declaring a huge image', () => {
  for (const kind of ['JBIG2', 'CCITTFax', 'JPEG'] as const) {
    it(`one ${kind} image of 30,000 x 30,000 in a few KB: refused before pdf.js, Thai first, on the file field`, async () => {
      const bytes = imagePdf(1, paintAll(1), [imageObject(kind, 30_000)]);
      expect(bytes.length).toBeLessThan(8_000);
      expect(declaredPixels(bytes)).toBe(900_000_000);
      const error = await planFileRefusal(bytes);
      expect(error.message_th).toMatch(/^ไฟล์ PDF นี้มีรูปภาพรวมกันเกิน ๒๐๐ ล้านพิกเซล ซึ่ง/);
      expect(error.message_en).toMatch(/^this PDF's images hold more than 200 million pixels together, /);
      expect(error.fields.map((f) => [f.path, f.message_th])).toEqual([['file', 'รูปภาพใน PDF รวมเกิน ๒๐๐ ล้านพิกเซล']]);
    });
  }

  it('the size written as /W and /H, through an object, or the subtype with an escape: counted the same', () => {
    const abbreviated = imagePdf(1, paintAll(1), [imageObject('CCITTFax', 30_000, '/W 30000 /H 30000')]);
    const referenced = imagePdf(
      1,
      paintAll(1),
      [imageObject('CCITTFax', 30_000, '/Width 7 0 R /Height 7 0 R')],
      ['30000'],
    );
    const escaped = pdfFile([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [] /Count 0 >>',
      stream(
        `/Type /XObject /Subtype /Im#61ge /Width 30000 /Height 30000 /ImageMask true /Filter /CCITTFaxDecode`,
        whiteRows(30_000),
      ),
    ]);
    expect([abbreviated, referenced, escaped].map(declaredPixels)).toEqual([900_000_000, 900_000_000, 900_000_000]);
  });

  it('five distinct images of 45 million pixels (225 million): refused before pdf.js; four (180 million) are not', async () => {
    const images = (n: number) => Array.from({ length: n }, () => imageObject('CCITTFax', 6_700));
    expect(declaredPixels(imagePdf(1, paintAll(5), images(5)))).toBe(5 * 6_700 * 6_700);
    expect((await planFileRefusal(imagePdf(1, paintAll(5), images(5)))).message_en).toMatch(
      /^this PDF's images hold more/,
    );
    expect(declaredPixels(imagePdf(1, '', images(4)))).toBeLessThanOrEqual(MAX_PDF_IMAGES_PIXELS);
  });
});

describe('the images pdf.js decodes, page by page', () => {
  it('an image of 1,000 x 1,000 is decoded: its million pixels counted on its page', async () => {
    const pages = await pdfPages(imagePdf(1, paintAll(1), [imageObject('CCITTFax', 1_000)]));
    expect(pages.map((p) => [p.imagePixels, p.runs.map((r) => r.text).join('')])).toEqual([[1_000_000, 'plan']]);
  });

  it('one image over 50 million pixels (8,000 x 8,000) is left out undecoded; the text is read', async () => {
    for (const kind of ['JBIG2', 'CCITTFax', 'JPEG'] as const) {
      const pages = await pdfPages(imagePdf(1, paintAll(1), [imageObject(kind, 8_000)]));
      expect(pages.map((p) => [p.imagePixels, p.runs.map((r) => r.text).join('')])).toEqual([[0, 'plan']]);
    }
  });

  it('inline images of 45 million pixels on each of 5 pages (no image object to count first): refused at page 5', async () => {
    const inline = `q 100 0 0 100 72 100 cm BI /IM true /W 6700 /H 6700 /F /CCF /DP << /K -1 /Columns 6700 /Rows 6700 >> ID ${new TextDecoder('latin1').decode(whiteRows(6_700))} EI Q`;
    const bytes = imagePdf(5, inline);
    expect(declaredPixels(bytes)).toBe(0);
    const error = await planFileRefusal(bytes);
    expect(error.message_th).toMatch(/^ไฟล์ PDF นี้มีรูปภาพรวมกันเกิน ๒๐๐ ล้านพิกเซล \(ถึงหน้า ๕\)/);
    expect(error.message_en).toMatch(/^this PDF's images hold more than 200 million pixels together \(by page 5\)/);
  });

  it('one image mask painted on every page of 12 is decoded on each page by pdf.js: counted on each', async () => {
    const pages = await pdfPages(imagePdf(12, paintAll(1), [imageObject('CCITTFax', 2_000)]));
    expect(pages.map((p) => p.imagePixels)).toEqual(new Array(12).fill(4_000_000));
  });
});
