// Merged ranges of a workbook, bounded before exceljs loads it: exceljs makes a Cell for every cell
// a merge covers and checks each merge against all earlier ones, so one 8 KB sheet naming
// H1:XFD1048576, or 200,000 small merges, took it minutes and gigabytes (review-17-s8 entry 1).
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import { ValidationError } from '../domain/errors.js';
import { toThaiDigits } from '../domain/thai-format.js';
import { PLAN_FILE_FIELD } from './plan-file.js';

/** More merges than a plan table has (a measure row merges a few cells): the file is refused. */
export const MAX_XLSX_MERGES = 2_000;
/**
 * A merge covering more cells than this is no table cell (a unit merged down 500 measures covers
 * 500): it is dropped, its top-left cell keeps its text, the cells under it read empty.
 */
export const MAX_MERGE_CELLS = 5_000;

/**
 * All kept merges together cover at most this many cells: each merge is bounded by MAX_MERGE_CELLS
 * and their number by MAX_XLSX_MERGES, but the two multiply (1,000 merges of 5,000 cells, a 14 KB
 * file, took 50 s and 2 GB). A merge past the budget is dropped like a huge one.
 */
export const MAX_MERGED_CELLS_TOTAL = 100_000;

const REF = /\bref\s*=\s*["']([A-Za-z]{1,3})(\d{1,7})(?::([A-Za-z]{1,3})(\d{1,7}))?["']/;

const columnNumber = (letters: string) => [...letters.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

/** How many cells a `<mergeCell ref="A1:B2"/>` tag covers; undefined when its ref cannot be read. */
function cellsCovered(tag: string): number | undefined {
  const m = REF.exec(tag);
  if (!m) return undefined;
  const [, c1, r1, c2 = c1!, r2 = r1!] = m;
  const cols = Math.abs(columnNumber(c2) - columnNumber(c1!)) + 1;
  const rows = Math.abs(Number(r2) - Number(r1)) + 1;
  return cols * rows;
}

const tooManyMerges = (count: number) =>
  new ValidationError(
    `ไฟล์ Excel นี้มีช่องที่ผสานไว้ ${toThaiDigits(count)} ช่วง เกินกว่าตารางแผนมาตรการจะมีได้ (ไม่เกิน ${toThaiDigits(MAX_XLSX_MERGES)}) กรุณายกเลิกการผสานช่องที่ไม่ใช้ หรือคัดลอกเฉพาะตารางแผนไปไว้ในไฟล์ใหม่`,
    `this workbook has ${count} merged ranges, more than a plan table has (at most ${MAX_XLSX_MERGES}); unmerge the cells not used, or copy only the plan table into a new file`,
    [
      {
        path: PLAN_FILE_FIELD,
        message_th: `ช่องที่ผสานไว้เกิน ${toThaiDigits(MAX_XLSX_MERGES)} ช่วง`,
        message_en: `more than ${MAX_XLSX_MERGES} merged ranges`,
      },
    ],
  );

/** Merges kept so far, all sheets together. */
export interface MergesSeen {
  merges: number;
  cells: number;
}

/**
 * A sheet's XML with only the merges a table may have (the same string when none is dropped). One
 * pass with indexOf: each character is read once, whatever the tags (no regex that backtracks).
 */
export function boundedSheet(xml: string, seen: MergesSeen): string {
  let out = '';
  let at = 0;
  for (let open = xml.indexOf('<mergeCell', at); open >= 0; open = xml.indexOf('<mergeCell', at)) {
    const end = xml.indexOf('>', open);
    const close = end < 0 ? xml.length : end + 1;
    const tag = xml.slice(open, close);
    out += xml.slice(at, open);
    at = close;
    if (/^<mergeCells\b/.test(tag)) {
      out += tag;
      continue;
    }
    if (++seen.merges > MAX_XLSX_MERGES) throw tooManyMerges(seen.merges);
    const cells = cellsCovered(tag);
    if (cells !== undefined && cells <= MAX_MERGE_CELLS && seen.cells + cells <= MAX_MERGED_CELLS_TOTAL) {
      seen.cells += cells;
      out += tag;
    }
  }
  return at === 0 ? xml : out + xml.slice(at);
}

/**
 * The workbook's bytes with every sheet's merges bounded: more than MAX_XLSX_MERGES in all is
 * refused; a merge over more than MAX_MERGE_CELLS cells, or past MAX_MERGED_CELLS_TOTAL cells of
 * merges in all, is dropped. Time and memory linear in the
 * file's unpacked size (the caller has already bounded that: MAX_UNZIPPED_PLAN_BYTES). Returns
 * `bytes` itself when no sheet changes.
 * Errors: ValidationError (on PLAN_FILE_FIELD, Thai first) for too many merges.
 */
export function withBoundedMerges(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  return boundMerges(files) ? zipSync(files, { level: 0 }) : bytes;
}

/** withBoundedMerges on a workbook's unzipped parts (in place); true when a sheet changed. */
export function boundMerges(files: Unzipped): boolean {
  const seen = { merges: 0, cells: 0 };
  let changed = false;
  for (const [name, data] of Object.entries(files)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    const xml = strFromU8(data);
    if (!xml.includes('<mergeCell')) continue;
    const bounded = boundedSheet(xml, seen);
    if (bounded !== xml) {
      files[name] = strToU8(bounded);
      changed = true;
    }
  }
  return changed;
}
