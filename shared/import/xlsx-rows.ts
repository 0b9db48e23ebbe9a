// A workbook's rows, bounded before exceljs loads it (review 17 s15, S15-20): exceljs makes a Row
// (and a Cell per <c>) for every row element, ~0.03-0.05 ms each, and Excel writes a <row> for
// every row given a height or a style (rows 5-100000 selected and formatted): 500,000 such rows in a
// 1.3 MB file took 36 s, 600,000 rows of text in 3 MB gave a 503 after 44 s. Rows holding no value
// are dropped here (they show nothing; the reader skips them anyway), and past what a plan has, the
// file is refused in Thai, as too many merged ranges are (xlsx-merges.ts).
import { strFromU8, type Unzipped } from 'fflate';
import { ValidationError } from '../domain/errors.js';
import { toThaiDigits } from '../domain/thai-format.js';
import { PLAN_FILE_FIELD } from './plan-file.js';
import { MAX_PLAN_TABLE_ROWS } from './plan-table-rows.js';

/**
 * Rows holding a value, all sheets together (hidden ones too: exceljs reads them): the plan files'
 * bound (plan-table-rows.ts). The 1 MB ordinary plan of the bench (127 measures,
 * test/bench/importer-run.ts) is 630 rows of 3,360 cells with text. exceljs and the importer cost
 * about 0.1 ms a row of 5 cells: at these bounds a workbook costs about 3x that 1 MB plan (issue 17's
 * goal), where 600,000 rows took 44 s.
 */
export const MAX_XLSX_ROWS = MAX_PLAN_TABLE_ROWS;

/** Cells (<c>, with a value or only a style) in those rows: 6x the bench's ordinary plan. */
export const MAX_XLSX_CELLS = 20_000;

/** What the pass saw, all sheets together. */
export interface XlsxRowCount {
  /** rows kept: they hold a value (text, a number, a formula) */
  rows: number;
  /** cells in the rows kept */
  cells: number;
  /** rows dropped: no value in them (formatting only) */
  dropped: number;
}

const tooManyRows = (what: 'rows' | 'cells', sheet: string) => {
  const [th, en, max] =
    what === 'rows'
      ? ['แถวที่มีข้อมูล', 'rows with data', MAX_XLSX_ROWS]
      : ['ช่องในแถวที่มีข้อมูล', 'cells in rows with data', MAX_XLSX_CELLS];
  const inSheet = sheet ? ` (ถึงแผ่นงาน "${sheet}")` : '';
  const inSheetEn = sheet ? ` (by sheet "${sheet}")` : '';
  return new ValidationError(
    `ไฟล์ Excel นี้มี${th}เกิน ${toThaiDigits(max.toLocaleString('en-US'))}${inSheet} มากกว่าที่แผนมาตรการจะมีได้ (แผนหนึ่งปีมีไม่เกิน ๕๐๐ มาตรการ) กรุณาคัดลอกเฉพาะตารางแผนมาตรการไปไว้ในไฟล์ใหม่ หรือลบแถวและแผ่นงานที่ไม่ใช่แผนออก แล้วนำเข้าใหม่`,
    `this workbook has more than ${max.toLocaleString('en-US')} ${en}${inSheetEn}, more than a plan has (at most 500 measures a year); copy only the plan table into a new file, or delete the rows and sheets that are not the plan, and import again`,
    [
      {
        path: PLAN_FILE_FIELD,
        message_th: `${th}เกิน ${toThaiDigits(max.toLocaleString('en-US'))}`,
        message_en: `more than ${max} ${en}`,
      },
    ],
  );
};

/** Cell elements in a row's content: "<c " / "<c>" / "<c/>" (not "<col", "<customPr"). */
function cellsIn(content: string): number {
  let n = 0;
  for (let at = content.indexOf('<c'); at >= 0; at = content.indexOf('<c', at + 2)) {
    const next = content.charCodeAt(at + 2);
    if (next === 32 || next === 62 || next === 47 || next === 9 || next === 10 || next === 13) n++;
  }
  return n;
}

/** A value in a row's content: a cell's <v>, inline string <is> or formula <f>. */
const holdsValue = (content: string) => /<(?:v|is|f)[\s>/]/.test(content);

/**
 * A sheet's XML without its rows that hold no value (the same string when none is dropped), `seen`
 * counting what was kept and dropped. One pass with indexOf over the sheet data: each character is
 * read a bounded number of times.
 * Errors: ValidationError (on PLAN_FILE_FIELD, Thai first) past MAX_XLSX_ROWS rows or MAX_XLSX_CELLS
 * cells kept, all sheets together (`sheet` named in it).
 */
export function sheetWithValueRows(xml: string, seen: XlsxRowCount, sheet = ''): string {
  const start = xml.indexOf('<sheetData');
  const end = start < 0 ? -1 : xml.indexOf('</sheetData', start);
  if (end < 0) return xml;
  const parts: string[] = [];
  let copied = 0;
  for (let open = xml.indexOf('<row', start); open >= 0 && open < end; open = xml.indexOf('<row', open + 4)) {
    const next = xml.charCodeAt(open + 4);
    if (!(next === 32 || next === 62 || next === 47 || next === 9 || next === 10 || next === 13)) continue;
    const tagEnd = xml.indexOf('>', open);
    if (tagEnd < 0 || tagEnd > end) break;
    const selfClosing = xml.charCodeAt(tagEnd - 1) === 47;
    const close = selfClosing ? tagEnd + 1 : xml.indexOf('</row>', tagEnd);
    if (close < 0 || close > end) break;
    const rowEnd = selfClosing ? close : close + '</row>'.length;
    const content = selfClosing ? '' : xml.slice(tagEnd + 1, close);
    if (holdsValue(content)) {
      if (++seen.rows > MAX_XLSX_ROWS) throw tooManyRows('rows', sheet);
      seen.cells += cellsIn(content);
      if (seen.cells > MAX_XLSX_CELLS) throw tooManyRows('cells', sheet);
    } else {
      seen.dropped++;
      // rows dropped one after another leave nothing between them to keep
      if (open > copied) parts.push(xml.slice(copied, open));
      copied = rowEnd;
    }
    open = rowEnd - 4;
  }
  if (copied === 0) return xml;
  parts.push(xml.slice(copied));
  return parts.join('');
}

const attribute = (tag: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`).exec(tag)?.[1];

const unescapeXml = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);

/** Each worksheet part's sheet name as the workbook shows it ("xl/worksheets/sheet1.xml" -> "ปี ๒๕๖๗"). */
export function sheetNames(files: Unzipped): Map<string, string> {
  const names = new Map<string, string>();
  const book = files['xl/workbook.xml'];
  const rels = files['xl/_rels/workbook.xml.rels'];
  if (!book || !rels) return names;
  const targets = new Map<string, string>();
  for (const [tag] of strFromU8(rels).matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
    const [id, target] = [attribute(tag, 'Id'), attribute(tag, 'Target')];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  for (const [tag] of strFromU8(book).matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)) {
    const id = /\b[A-Za-z0-9_]+:id\s*=\s*["']([^"']*)["']/.exec(tag)?.[1];
    const name = attribute(tag, 'name');
    const part = id === undefined ? undefined : targets.get(id);
    if (part && name !== undefined) names.set(part, unescapeXml(name));
  }
  return names;
}
