// The pixels of a PDF's images that pdf.js decodes while it builds a page's operator list. The
// importer needs no pixel (text, rules, and where images lie for the scan check), yet pdf.js 4.10.38
// decodes every image a page paints (DCT, JPX, JBIG2, CCITTFax included), whole, on this thread: a
// 4.6 KB PDF declaring one 30,000 x 30,000 JBIG2 image took 12.9 s of CPU and 870 MB more memory,
// a 2 KB JPEG declaring 12,000 x 12,000 5.8 s and 490 MB (session 22, s22-f). The bound is counted
// in pixels, width x height, as the image dictionaries declare them, before decoding.
import { ValidationError } from '../domain/errors.js';
import { toThaiDigits } from '../domain/thai-format.js';
import { PLAN_FILE_FIELD } from './plan-file.js';

/**
 * One image pdf.js may decode: a 600-dpi A4 scan is 35 million pixels. A larger one is left out
 * unread (pdf.js's maxImageSize: not painted, not decoded); its page's text is read as ever.
 */
export const MAX_PDF_IMAGE_PIXELS = 50_000_000;

/**
 * All of a PDF's images together: its image objects before pdf.js opens the file, then the images
 * pdf.js decodes page by page (an image painted again on a later page is decoded again unless pdf.js
 * keeps it; inline images). ~8 s of JPEG decoding at ~40 ns a pixel, within the import's 29 s; 23
 * pages of a 300-dpi A4 scan with its OCR text layer.
 */
export const MAX_PDF_IMAGES_PIXELS = 200_000_000;

const MILLION = 1_000_000;

/** The refusal of a PDF whose images hold more than MAX_PDF_IMAGES_PIXELS (`page`: found while reading it). */
export function tooManyImagePixels(page?: number): ValidationError {
  const millions = MAX_PDF_IMAGES_PIXELS / MILLION;
  const where = page === undefined ? '' : ` (ถึงหน้า ${toThaiDigits(page)})`;
  const whereEn = page === undefined ? '' : ` (by page ${page})`;
  return new ValidationError(
    `ไฟล์ PDF นี้มีรูปภาพรวมกันเกิน ${toThaiDigits(millions)} ล้านพิกเซล${where} ซึ่งมากเกินกว่าเอกสารแผนมาตรการ ระบบอ่านเฉพาะข้อความในไฟล์ แต่ต้องคลายรูปภาพทั้งหมดก่อน จึงอ่านไม่ได้ กรุณานำเข้าจากไฟล์ Word หรือ Excel ต้นฉบับ หรือบันทึก PDF ใหม่โดยลดความละเอียดของรูปภาพหรือเฉพาะหน้าที่เป็นตารางแผน`,
    `this PDF's images hold more than ${millions} million pixels together${whereEn}, more than a plan document: the importer reads only text, yet the images would be decoded first. Import the Word or Excel original, or save a new PDF with smaller images or only the plan table's pages`,
    [
      {
        path: PLAN_FILE_FIELD,
        message_th: `รูปภาพใน PDF รวมเกิน ${toThaiDigits(millions)} ล้านพิกเซล`,
        message_en: `the PDF's images exceed ${millions} million pixels`,
      },
    ],
  );
}

/** An image operator's decoded image: its pdf.js object id (undefined for inline images) and pixels. */
interface DecodedImage {
  id: string | undefined;
  pixels: number;
}

const size = (data: unknown): number => {
  const { width, height } = (data ?? {}) as { width?: unknown; height?: unknown };
  return typeof width === 'number' && typeof height === 'number' ? width * height : 0;
};

const idOf = (data: unknown): string | undefined => {
  const id = (data as { data?: unknown } | undefined)?.data;
  return typeof id === 'string' ? id : undefined;
};

/** The images one operator had pdf.js decode (pdf.js 4.10.38's evaluator and operator list optimiser). */
function decodedBy(fn: number, args: readonly unknown[], OPS: Record<string, number>): DecodedImage[] {
  if (fn === OPS.paintImageXObject)
    return [{ id: String(args[0]), pixels: (args[1] as number) * (args[2] as number) || 0 }];
  // the repeat stands for paints of one image (its id) decoded once: its size is not kept, its
  // image object was counted before pdf.js opened the file
  if (fn === OPS.paintImageXObjectRepeat) return [{ id: String(args[0]), pixels: 0 }];
  if (fn === OPS.paintImageMaskXObject || fn === OPS.paintImageMaskXObjectRepeat)
    return [{ id: idOf(args[0]), pixels: size(args[0]) }];
  if (fn === OPS.paintImageMaskXObjectGroup)
    return ((args[0] ?? []) as unknown[]).map((image) => ({ id: idOf(image), pixels: size(image) }));
  if (fn === OPS.paintInlineImageXObject || fn === OPS.paintInlineImageXObjectGroup)
    return [{ id: undefined, pixels: size(args[0]) }];
  return [];
}

/**
 * The pixels of the images a page's operator list had pdf.js decode, each image object once over
 * the document (`decoded`: the ids counted on earlier pages; pdf.js gives an image it keeps between
 * pages the same id, one it decodes again a new one), inline images each time.
 */
export function decodedImagePixels(
  fnArray: readonly number[],
  argsArray: readonly unknown[],
  OPS: Record<string, number>,
  decoded: Set<string>,
): number {
  let pixels = 0;
  for (let i = 0; i < fnArray.length; i++) {
    for (const image of decodedBy(fnArray[i]!, (argsArray[i] ?? []) as unknown[], OPS)) {
      if (image.id !== undefined) {
        if (decoded.has(image.id)) continue;
        decoded.add(image.id);
      }
      pixels += image.pixels;
    }
  }
  return pixels;
}
