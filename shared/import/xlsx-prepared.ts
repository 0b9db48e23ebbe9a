// The workbook as exceljs is given it, made in one unzip: SpreadsheetML unprefixed (xlsx-prefix.ts),
// rows without a value dropped and rows bounded (xlsx-rows.ts), merges bounded (xlsx-merges.ts),
// notes and drawings dropped (xlsx-notes.ts). Each pass used to unzip and decode the whole workbook
// again: a 20 MB sheet of formatted rows was inflated and decoded four times (review 17 s15, S15-20).
import { unzipSync, zipSync, type Unzipped } from 'fflate';
import { countWork } from './read-once.js';
import { boundedSheet } from './xlsx-merges.js';
import { dropNotes } from './xlsx-notes.js';
import type { SheetComments } from './xlsx-comments.js';
import { withSpreadsheetDefaultNamespace } from './xlsx-prefix.js';
import { boundedReferences, xmlReferences } from './xlsx-references.js';
import { sheetNames, sheetWithValueRows, type XlsxRowCount } from './xlsx-rows.js';
import { boundedSheets } from './xlsx-sheets.js';
import { INFLATED_WORK } from './zip-inflated-size.js';

const SHEET = /^xl\/worksheets\/[^/]+\.xml$/;

/**
 * A part's XML text. Node's own UTF-8 decoder: fflate's strFromU8 (TextDecoder) took ~4x as long on
 * a sheet of 400,000 formatted rows (16 MB), a third of that workbook's import. A leading byte order
 * mark is dropped, as TextDecoder drops it.
 */
function partText(data: Uint8Array): string {
  const text = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The workbook's bytes ready for exceljs (the same bytes when nothing changes) and the count of its
 * rows kept and dropped; its cell notes put in `comments` (xlsx-comments.ts). Time linear in the unpacked size (bounded by the caller:
 * MAX_UNZIPPED_PLAN_BYTES): each part is inflated and decoded once.
 * Errors: ValidationError (on PLAN_FILE_FIELD, Thai first) for more sheets (MAX_XLSX_SHEETS),
 * merged ranges, rows or cells with data, or references ("&lt;", xlsx-references.ts) than a plan has; the references are
 * counted first, on the inflated bytes.
 * `parts`: the workbook's entries as the size check's pass inflated them (zip-inflated-size.ts
 * inflatedZip), not inflated again; exceljs is then given them stored (a zip of level 0), so it
 * inflates nothing either. Without them, `bytes` are unzipped here.
 */
export function preparedWorkbook(
  bytes: Uint8Array,
  comments?: SheetComments,
  parts?: Unzipped,
): { bytes: Uint8Array; rows: XlsxRowCount } {
  const files = parts ? { ...parts } : unzipSync(bytes);
  if (!parts) for (const part of Object.values(files)) countWork(INFLATED_WORK, part.length);
  boundedSheets(files);
  boundedReferences(xmlReferences(files));
  const names = sheetNames(files);
  const rows: XlsxRowCount = { rows: 0, cells: 0, dropped: 0 };
  const merges = { merges: 0, cells: 0 };
  let changed = false;
  for (const [name, data] of Object.entries(files)) {
    if (!/^xl\/.*\.xml$/i.test(name)) continue;
    const xml = partText(data);
    let out = withSpreadsheetDefaultNamespace(xml);
    if (SHEET.test(name)) {
      out = sheetWithValueRows(out, rows, names.get(name) ?? '');
      if (out.includes('<mergeCell')) out = boundedSheet(out, merges);
    }
    if (out === xml) continue;
    files[name] = Buffer.from(out, 'utf8');
    changed = true;
  }
  if (dropNotes(files, comments)) changed = true;
  return { bytes: changed || parts ? zipSync(files, { level: 0 }) : bytes, rows };
}
