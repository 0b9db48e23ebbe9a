// The number of sheets of a workbook, bounded before exceljs loads it: rows, cells and merges were
// bounded, sheets were not, and each empty sheet costs exceljs and our reader a pass. 3,600 empty
// sheets (1 MB) took 6x the 1 MB ordinary input; 14,000 (3.9 MB) ran out of time after 45.9 s
// (review 17 s22, S22-5). A plan workbook has a few sheets (the plan, perhaps last year's, scores).
import { strFromU8, type Unzipped } from 'fflate';
import { ValidationError } from '../domain/errors.js';
import { toThaiDigits } from '../domain/thai-format.js';
import { PLAN_FILE_FIELD } from './plan-file.js';

/** More sheets than a plan workbook has: the file is refused before it is read. */
export const MAX_XLSX_SHEETS = 200;

const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
const SHEET_TAG = /<(?:[\w.-]+:)?sheet\b/g;

/**
 * The workbook's sheets: the larger of its worksheet parts and the `<sheet>` entries of
 * xl/workbook.xml (entries may name one part many times). Time linear in those parts' size.
 */
export function sheetCount(files: Unzipped): number {
  const parts = Object.keys(files).filter((name) => WORKSHEET_PART.test(name)).length;
  const book = files['xl/workbook.xml'];
  const entries = book ? (strFromU8(book).match(SHEET_TAG)?.length ?? 0) : 0;
  return Math.max(parts, entries);
}

/**
 * Throws when the workbook has more than MAX_XLSX_SHEETS sheets.
 * Errors: ValidationError on PLAN_FILE_FIELD, Thai first.
 */
export function boundedSheets(files: Unzipped): void {
  const count = sheetCount(files);
  if (count <= MAX_XLSX_SHEETS) return;
  throw new ValidationError(
    `ไฟล์ Excel นี้มี ${toThaiDigits(count)} แผ่นงาน เกินกว่าแผนมาตรการจะมีได้ (ไม่เกิน ${toThaiDigits(MAX_XLSX_SHEETS)} แผ่นงาน) กรุณาลบแผ่นงานที่ไม่ใช้ หรือคัดลอกเฉพาะแผ่นงานแผนมาตรการไปไว้ในไฟล์ใหม่`,
    `this workbook has ${count} sheets, more than a plan has (at most ${MAX_XLSX_SHEETS}); delete the sheets not used, or copy only the plan's sheet into a new file`,
    [
      {
        path: PLAN_FILE_FIELD,
        message_th: `แผ่นงานเกิน ${toThaiDigits(MAX_XLSX_SHEETS)} แผ่น`,
        message_en: `more than ${MAX_XLSX_SHEETS} sheets`,
      },
    ],
  );
}
