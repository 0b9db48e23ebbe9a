// Character and entity references ("&lt;", "&amp;", "&#3585;") in a workbook's XML, bounded before
// exceljs loads it (review 17 s18, S18-1, .xlsx part). exceljs's XML parser (saxes) builds a cell's
// text by appending one piece per reference, about 100 times the cost of a plain character: one
// cell of "<a" x 1,000,000 (a 10 KB file) took 2-4 s to load, 62 cells of 16,000 each the same
// (each under Excel's 32,767 characters a cell), 5-8x the 1 MB ordinary plan, where 2,000,000
// plain letters in a cell take 0.3 s. A plan writes "<", ">" and "&" a few times a measure
// (Excel escapes them in text; styles.xml has a few "&quot;"): past MAX_XLSX_REFERENCES the file
// is refused in Thai, as too many rows or merged ranges are (xlsx-rows.ts, xlsx-merges.ts).
import type { Unzipped } from 'fflate';
import { ValidationError } from '../domain/errors.js';
import { toThaiDigits } from '../domain/thai-format.js';
import { PLAN_FILE_FIELD } from './plan-file.js';

/**
 * References in the workbook's XML parts, all together: 200 a measure for a plan of 500 measures
 * (MAX_MEASURES). exceljs loads 100,000 in about the time the importer takes for the 1 MB ordinary
 * plan (docs/performance.md, Session 20).
 */
export const MAX_XLSX_REFERENCES = 100_000;

/**
 * The XML parts (worksheets, shared strings, styles, workbook, properties, relationships; notes and
 * drawings too, which xlsx-comments.ts reads before they are dropped).
 */
const XML_PART = /\.(?:xml|rels)$/i;

const AMPERSAND = 0x26;

/**
 * How many references ("&" bytes: in well-formed XML each starts one; UTF-8 never has 0x26 inside
 * a multi-byte character) the workbook's XML parts hold. One native byte search per reference.
 */
export function xmlReferences(files: Unzipped): number {
  let count = 0;
  for (const [name, data] of Object.entries(files)) {
    if (!XML_PART.test(name)) continue;
    for (let at = data.indexOf(AMPERSAND); at >= 0; at = data.indexOf(AMPERSAND, at + 1)) count++;
  }
  return count;
}

/**
 * Errors: ValidationError (on PLAN_FILE_FIELD, Thai first) when the workbook's XML parts hold more
 * than MAX_XLSX_REFERENCES references (`count` is theirs).
 */
export function boundedReferences(count: number): void {
  if (count <= MAX_XLSX_REFERENCES) return;
  const max = toThaiDigits(MAX_XLSX_REFERENCES.toLocaleString('en-US'));
  const maxEn = MAX_XLSX_REFERENCES.toLocaleString('en-US');
  throw new ValidationError(
    `ไฟล์ Excel นี้มีเครื่องหมาย < > & หรืออักขระที่เขียนเป็นรหัส (เช่น &lt; &amp;) เกิน ${max} ตัว มากกว่าที่แผนมาตรการจะมีได้ กรุณาลบข้อความที่ไม่ใช่แผน (เช่น โค้ดหรือข้อความที่คัดลอกมาจากหน้าเว็บ) ออกจากไฟล์ หรือคัดลอกเฉพาะตารางแผนมาตรการไปไว้ในไฟล์ใหม่ แล้วนำเข้าใหม่`,
    `this workbook has more than ${maxEn} "<", ">", "&" or characters written as references (such as &lt; &amp;), more than a plan has; delete the text that is not the plan (such as code or text copied from a web page), or copy only the plan table into a new file, and import again`,
    [
      {
        path: PLAN_FILE_FIELD,
        message_th: `เครื่องหมาย < > & เกิน ${max} ตัว`,
        message_en: `more than ${maxEn} "<", ">" or "&" characters`,
      },
    ],
  );
}
