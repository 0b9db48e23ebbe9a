// Fonts whose Unicode map (/ToUnicode) is damaged: its compressed data fails zlib's check (one byte
// changed on the way). pdfjs-dist reads such a map anyway and, from the garbage, may build ranges
// of millions of codes (seconds of work) and Latin letters for Thai ones (review 17 s9, entry 46:
// 17× slower, "ตัôชี้วัดที่ ĝ"); such a file is refused before its pages are read.
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFName, PDFRawStream, type PDFContext } from 'pdf-lib';
import { ValidationError } from '../domain/errors.js';
import { PLAN_FILE_FIELD } from './plan-file.js';

/** A Unicode map inflating past this is not checked (a real one is tens of kilobytes). */
const MAX_MAP_BYTES = 4 * 1024 * 1024;

/** The names of the fonts (subset prefix dropped) whose Flate-compressed /ToUnicode fails to inflate. */
export function damagedFontMaps(context: PDFContext): string[] {
  const names = new Set<string>();
  for (const [, object] of context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    const map = object.lookup(PDFName.of('ToUnicode'));
    if (!(map instanceof PDFRawStream)) continue;
    const filter = map.dict.lookup(PDFName.of('Filter'));
    const only = filter instanceof PDFArray && filter.size() === 1 ? filter.lookup(0) : filter;
    if (only !== PDFName.of('FlateDecode')) continue;
    try {
      inflateSync(map.contents, { maxOutputLength: MAX_MAP_BYTES });
    } catch (e) {
      if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') continue;
      const base = object.lookup(PDFName.of('BaseFont'));
      // a font without a name (a Type 3 font) is said as "a font"
      names.add(base instanceof PDFName ? base.decodeText().replace(/^[A-Z]{6}\+/, '') : '');
    }
  }
  return [...names];
}

export const damagedFontMapError = (names: readonly string[]) => {
  const fonts = names.filter(Boolean);
  const th = fonts.length > 0 ? `ของแบบอักษร ${fonts.join(', ')}` : 'ของแบบอักษร';
  const en = fonts.length > 0 ? `of the font ${fonts.join(', ')}` : 'of a font';
  return new ValidationError(
    `ไฟล์ PDF นี้เสีย: ตารางแปลงรหัสตัวอักษร${th} เสียหาย ข้อความภาษาไทยจะอ่านผิด (เช่น "ตัôชี้วัด" แทน "ตัวชี้วัด") กรุณาบันทึกเป็น PDF ใหม่จากไฟล์ต้นฉบับ หรือนำเข้าไฟล์ Word/Excel ต้นฉบับ`,
    `this PDF is damaged: the Unicode map ${en} is corrupt, so its Thai would read wrong (e.g. "ตัôชี้วัด" for "ตัวชี้วัด"); save the PDF again from the original, or import the Word/Excel original`,
    [
      {
        path: PLAN_FILE_FIELD,
        message_th: `ตารางแปลงรหัสตัวอักษร${th} ในไฟล์ PDF เสีย`,
        message_en: `the Unicode map ${en} in the PDF is damaged`,
      },
    ],
  );
};
