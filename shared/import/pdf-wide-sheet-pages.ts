// A sheet wider than the page, printed by Excel "down, then over" (its default page order): the
// left-hand columns of every row first (page 1, then page 2 for a long sheet), then the right-hand
// columns of the same rows on the pages after. Read page by page, the right-hand pages' header
// label and cells became measures of their own and the left-hand measures had no follow-ups or
// units (review 17 s25, S25-5). A page whose table header names only columns the plan header before
// it lacks is that header's right-hand part: when its pages match the left-hand pages one for one
// (same count, each table's rows of the same heights) each pair is read as one page, the right-hand
// table moved beside the left-hand one, its rows onto theirs; else its table is not read, said.
import { toThaiDigits } from '../domain/thai-format.js';
import { matchKey, normaliseThai } from './thai-text.js';
import type { SourceBlock, SourceNotice } from './source-document.js';
import type { PdfPage } from './pdf-page-content.js';
import {
  anchor,
  cellAt,
  type PositionedText,
  type Rule,
  type RuledTable,
  ruledTables,
  sameColumns,
} from './pdf-ruled-tables.js';
import { runsText } from './pdf-text-lines.js';

/** The rows of a table's top looked at for its header (title rows may come first). */
const HEADER_ROWS = 4;
/** How far (points) the heights of two rows printed side by side may differ. */
const ROW_HEIGHT_SLACK = 2;
/** How far (points) a table's rule may reach past its edges and still be the table's. */
const EDGE = 2.5;

/** The header readings the join needs (the importer's, read-plan-file.ts). */
export interface WideSheetHooks {
  isHeader(cells: string[]): boolean;
  /** is a row a header's left-hand part only ("มาตรการ | วิธีดำเนินการ"), the rest on the next pages? */
  startsHeader?(cells: string[]): boolean;
  /** does `other` name only columns the header (or header part) `header` lacks, one of the plan's at least? */
  namesMissingColumns(header: string[], other: string[]): boolean;
}

/** Pages read as one (right-hand parts joined), or right-hand parts not read: said at `page` (an index of `pages`). */
export interface WideSheetNote {
  page: number;
  joined: boolean;
  /** page numbers of the left-hand part and of the right-hand parts, as printed */
  leftPages: number[];
  rightPages: number[];
  /** the two headers, their labels " | " joined (the left one with the parts joined before) */
  leftHeader: string;
  rightHeader: string;
  /** the right-hand header's row (1-based) on its first page */
  rightRow: number;
  /** the left-hand columns printed again at the right-hand pages' left (Excel's print titles), " | " joined */
  repeated?: string;
}

export interface WideSheetPages {
  pages: PdfPage[];
  /** each page's ruled tables (ruledTables of its rules), computed once for the reader */
  tables: RuledTable[][];
  notes: WideSheetNote[];
}

/** The cells' texts of a table's first HEADER_ROWS rows, a merged cell's text in its first cell. */
function topRows(page: PdfPage, table: RuledTable): string[][] {
  const last = Math.min(HEADER_ROWS, table.ys.length - 1);
  const bottom = table.ys[last]!;
  const columns = table.xs.length - 1;
  const runs: PositionedText[][][] = Array.from({ length: last }, () => Array.from({ length: columns }, () => []));
  for (const run of page.runs) {
    const at = anchor(run);
    if (at.y < bottom) continue;
    const cell = cellAt(table, at.x, at.y);
    if (!cell || cell[0] >= last) continue;
    const [r, c] = table.master(...cell);
    runs[r]?.[c]?.push(run);
  }
  return runs.map((row) => row.map((cell) => normaliseThai(runsText(cell)).trim()));
}

/** Are the tables' rows one for one: as many, each of the same height? */
function rowsMatch(left: RuledTable, right: RuledTable): boolean {
  if (left.ys.length !== right.ys.length) return false;
  for (let i = 1; i < left.ys.length; i++) {
    const l = left.ys[i - 1]! - left.ys[i]!;
    const r = right.ys[i - 1]! - right.ys[i]!;
    if (Math.abs(l - r) > ROW_HEIGHT_SLACK) return false;
  }
  return true;
}

/**
 * How many of a right-hand page's first columns repeat the left-hand part's first columns (Excel's
 * print titles, "Columns to repeat at left"): the same labels, the same widths (within 3 points);
 * one column of its own left at least.
 */
function repeatedColumns(
  left: readonly string[],
  leftXs: readonly number[],
  cells: readonly string[],
  xs: readonly number[],
) {
  let k = 0;
  while (
    k < cells.length - 1 &&
    k < left.length &&
    cells[k] &&
    matchKey(cells[k]!) === matchKey(left[k]!) &&
    Math.abs(xs[k + 1]! - xs[k]! - (leftXs[k + 1]! - leftXs[k]!)) <= 3
  )
    k++;
  return k;
}

const inside = (t: RuledTable, r: Rule) =>
  r.x1 >= t.left - EDGE && r.x2 <= t.right + EDGE && r.y1 >= t.bottom - EDGE && r.y2 <= t.top + EDGE;

/** A page's table apart: its runs and rules (but the first `skip` columns'), and the rest of the page. */
function split(page: PdfPage, table: RuledTable, skip: number) {
  const from = table.xs[skip]!;
  const runs: PositionedText[] = [];
  const rest: PositionedText[] = [];
  for (const run of page.runs) {
    const at = anchor(run);
    const cell = cellAt(table, at.x, at.y);
    if (!cell) rest.push(run);
    else if (cell[1] >= skip) runs.push(run);
  }
  const rules: Rule[] = [];
  const otherRules: Rule[] = [];
  for (const r of page.rules) {
    if (!inside(table, r)) otherRules.push(r);
    else if (r.x2 >= from - EDGE) rules.push(r.x1 < from ? { ...r, x1: from } : r);
  }
  return { runs, rules, rest: { ...page, runs: rest, rules: otherRules } };
}

/**
 * `left` with `right`'s table (from its column `from`) beside its own: moved to start at the left
 * table's right edge, each of its rows onto the left table's row of the same place (heights scaled
 * to theirs).
 */
function joinedPage(
  left: PdfPage,
  leftTable: RuledTable,
  right: ReturnType<typeof split>,
  rightTable: RuledTable,
  from: number,
) {
  const dx = leftTable.right - rightTable.xs[from]!;
  const fromYs = rightTable.ys;
  const to = leftTable.ys;
  /** y on the right page to y on the left: row by row (rows top to bottom, ys descending) */
  const moveY = (y: number) => {
    let r = 0;
    let hi = fromYs.length - 2;
    while (r < hi) {
      const mid = (r + hi + 1) >> 1;
      if (y <= fromYs[mid]!) r = mid;
      else hi = mid - 1;
    }
    const height = fromYs[r]! - fromYs[r + 1]!;
    const share = height > 0 ? (fromYs[r]! - y) / height : 0;
    return to[r]! - share * (to[r]! - to[r + 1]!);
  };
  const runs = right.runs.map((t) => {
    // the run's glyphs (its anchor) stay in their row: the baseline moves with them
    const a = anchor(t).y;
    return { ...t, x: t.x + dx, y: t.y + moveY(a) - a };
  });
  const rules = right.rules.map((r) => ({ x1: r.x1 + dx, x2: r.x2 + dx, y1: moveY(r.y1), y2: moveY(r.y2) }));
  return { ...left, runs: [...left.runs, ...runs], rules: [...left.rules, ...rules] };
}

interface Part {
  /** page indices */
  pages: number[];
  header: string[];
  xs: number[];
}

/** A right-hand part: its pages (indices), its header row's cells and row (0-based), the columns it repeats. */
interface RightPart {
  pages: number[];
  header: string[];
  row: number;
  repeated: number;
}

const label = (cells: readonly string[]) => cells.filter(Boolean).join(' | ');

/**
 * The pages to read, with the right-hand parts of a sheet printed "down, then over" joined to
 * their left-hand pages (see the file's head): one part or several across (three pages across,
 * the last maybe of one column), each part's pages as many as the left-hand part's, its first
 * columns maybe the left-hand part's again (print titles: not read twice). `tables`: each page's
 * ruled tables. Pages of more than one table take no part. The parts are joined in order while
 * their rows match; the first that does not and the parts after it are left out of their pages
 * (the rest of them kept) and noted, not joined. Time linear in the pages' runs and rules, but a
 * joined page's tables computed again.
 */
export function pagesDownThenOver(pages: readonly PdfPage[], hooks: WideSheetHooks): WideSheetPages {
  const tables = pages.map((p) => ruledTables(p.rules));
  const out = { pages: [...pages], tables: [...tables], notes: [] as WideSheetNote[] };
  const oneColumn = new Map<number, RuledTable[]>();
  /** a page's one table; one of a single column only for a right-hand part (a sheet's last column alone) */
  const onlyTable = (i: number, part: boolean) => {
    if (tables[i]!.length > 0) return tables[i]!.length === 1 ? tables[i]![0]! : undefined;
    if (!part) return undefined;
    let narrow = oneColumn.get(i);
    if (!narrow) oneColumn.set(i, (narrow = ruledTables(pages[i]!.rules, 1)));
    return narrow.length === 1 ? narrow[0]! : undefined;
  };
  /** the right-hand parts of `left` from page `i` on, each naming columns the header before it lacks */
  const rightParts = (left: Part, i: number) => {
    const parts: RightPart[] = [];
    let header = left.header;
    let at = i;
    for (let first = onlyTable(at, true); first; first = onlyTable(at, true)) {
      const rows = topRows(pages[at]!, first);
      let repeated = 0;
      const row = rows.findIndex((cells) => {
        repeated = repeatedColumns(left.header, left.xs, cells, first.xs);
        return hooks.namesMissingColumns(header, cells.slice(repeated));
      });
      if (row < 0) break;
      const cells = rows[row]!.slice(repeated);
      const own = [at];
      for (let next = at + 1; own.length < left.pages.length && next < pages.length; next++) {
        const table = onlyTable(next, true);
        if (!table || !sameColumns(table.xs, first.xs)) break;
        own.push(next);
      }
      parts.push({ pages: own, header: cells, row, repeated });
      header = [...header, ...cells];
      at += own.length;
      if (at >= pages.length) break;
    }
    return parts;
  };
  /** does a part's every page match its left-hand page row for row? */
  const matches = (left: Part, part: RightPart) =>
    part.pages.length === left.pages.length &&
    part.pages.every(
      (p, k) =>
        out.tables[left.pages[k]!]!.length === 1 && rowsMatch(out.tables[left.pages[k]!]![0]!, onlyTable(p, true)!),
    );
  let left: Part | undefined;
  for (let i = 0; i < pages.length; i++) {
    const parts = left ? rightParts(left, i) : [];
    if (left && parts.length > 0) {
      let joined = 0;
      while (joined < parts.length && matches(left, parts[joined]!)) {
        const part = parts[joined]!;
        for (const [k, p] of part.pages.entries()) {
          const l = left.pages[k]!;
          const table = onlyTable(p, true)!;
          out.pages[l] = joinedPage(
            out.pages[l]!,
            out.tables[l]![0]!,
            split(pages[p]!, table, part.repeated),
            table,
            part.repeated,
          );
          out.tables[l] = ruledTables(out.pages[l].rules);
        }
        joined++;
      }
      for (const part of parts)
        for (const p of part.pages) {
          out.pages[p] = split(pages[p]!, onlyTable(p, true)!, 0).rest;
          out.tables[p] = [];
        }
      const note = (from: number, to: number, done: boolean): WideSheetNote => {
        const repeated = parts.slice(from, to).find((part) => part.repeated > 0)?.repeated ?? 0;
        return {
          page: done ? left!.pages[0]! : parts[from]!.pages[0]!,
          joined: done,
          leftPages: left!.pages.map((p) => pages[p]!.number),
          rightPages: parts.slice(from, to).flatMap((part) => part.pages.map((p) => pages[p]!.number)),
          leftHeader: label([...left!.header, ...parts.slice(0, from).flatMap((part) => part.header)]),
          rightHeader: label(parts.slice(from, to).flatMap((part) => part.header)),
          rightRow: parts[from]!.row + 1,
          ...(repeated > 0 && { repeated: label(left!.header.slice(0, repeated)) }),
        };
      };
      if (joined > 0) out.notes.push(note(0, joined, true));
      if (joined < parts.length) out.notes.push(note(joined, parts.length, false));
      left = undefined;
      i = parts.at(-1)!.pages.at(-1)!;
      continue;
    }
    const only = onlyTable(i, false);
    // a header on the last page has no page after it to go on
    if (!only || (!left && i === pages.length - 1)) {
      left = undefined;
      continue;
    }
    if (left && sameColumns(left.xs, only.xs)) {
      left.pages.push(i);
      continue;
    }
    const rows = topRows(pages[i]!, only);
    const header = rows.find((cells) => hooks.isHeader(cells)) ?? rows.find((cells) => hooks.startsHeader?.(cells));
    left = header ? { pages: [i], header, xs: only.xs } : undefined;
  }
  return out;
}

/** Page numbers as a range ("3-4"), Thai digits or not. */
function pagesText(numbers: readonly number[], thai: boolean): string {
  const n = (v: number) => (thai ? toThaiDigits(v) : String(v));
  return numbers.length > 1 ? `${n(numbers[0]!)}-${n(numbers.at(-1)!)}` : n(numbers[0]!);
}

/**
 * What the reader says of a wide sheet's pages: read side by side (pdf-pages-side-by-side, at the
 * left-hand header's page), or the right-hand part not read (pdf-columns-on-other-page, at its
 * header), Thai first, both headers quoted.
 */
export function wideSheetNotice(
  n: WideSheetNote,
  notice: (where: SourceBlock['where'], code: SourceNotice['code'], th: string, en: string, source: string) => void,
): void {
  const [lTh, rTh, l, r] = [
    pagesText(n.leftPages, true),
    pagesText(n.rightPages, true),
    pagesText(n.leftPages, false),
    pagesText(n.rightPages, false),
  ];
  const pages = (list: readonly number[]) => (list.length > 1 ? 'pages' : 'page');
  const hold = n.rightPages.length > 1 ? 'hold' : 'holds';
  const [left, right] = [`"${n.leftHeader}"`, `"${n.rightHeader}"`];
  // print titles: the repeated columns are named, read once
  const [repeatedTh, repeatedEn] = n.repeated
    ? [
        ` คอลัมน์ "${n.repeated}" ที่พิมพ์ซ้ำทางซ้ายของหน้า ${rTh} (Excel: คอลัมน์ที่จะทำซ้ำทางซ้าย) เป็นคอลัมน์เดียวกับของหน้า ${lTh} จึงอ่านครั้งเดียว`,
        `; the columns "${n.repeated}" printed again at the left of ${pages(n.rightPages)} ${r} (Excel's "Columns to repeat at left") are those of ${pages(n.leftPages)} ${l}, read once`,
      ]
    : ['', ''];
  if (n.joined) {
    notice(
      { page: n.leftPages[0]! },
      'pdf-pages-side-by-side',
      `หน้า ${rTh} เป็นคอลัมน์ด้านขวาของตารางในหน้า ${lTh} (Excel พิมพ์แผ่นงานที่กว้างกว่ากระดาษแบบ "ลงแล้วข้าม": คอลัมน์ที่เหลือไว้หน้าถัดไป) แถวของหน้าเหล่านี้ตรงกันทีละแถว จึงอ่านต่อกันเป็นแถวเดียวกัน: หัวตาราง ${left} ต่อด้วย ${right} คอลัมน์ของหน้า ${rTh} นับต่อจากคอลัมน์ของหน้า ${lTh}${repeatedTh} กรุณาตรวจว่าการติดตามผลและหน่วยงานอยู่กับมาตรการที่ถูกต้อง`,
      `${pages(n.rightPages)} ${r} ${hold} the right-hand columns of the table on ${pages(n.leftPages)} ${l} (Excel prints a sheet wider than the paper "down, then over"); their rows match one for one, so they are read side by side as one table: the header ${left} goes on with ${right}, and the columns of ${pages(n.rightPages)} ${r} are counted on from those of ${pages(n.leftPages)} ${l}${repeatedEn}; check that each measure has its own follow-ups and units`,
      `${n.leftHeader} | ${n.rightHeader}`,
    );
    return;
  }
  notice(
    { page: n.rightPages[0]!, row: n.rightRow },
    'pdf-columns-on-other-page',
    `หน้า ${rTh} มีคอลัมน์ ${right} ที่ตารางในหน้า ${lTh} (${left}) ขาดไป (Excel พิมพ์แผ่นงานที่กว้างกว่ากระดาษ โดยคอลัมน์ด้านขวาอยู่หน้าถัดไป) แต่แถวของหน้าเหล่านี้ไม่ตรงกันทีละแถว จึงไม่ได้นำเข้าตารางในหน้า ${rTh} และมาตรการในหน้า ${lTh} ไม่มีข้อมูลของคอลัมน์เหล่านั้น กรุณาพิมพ์แผ่นงานเป็น PDF ใหม่โดยเลือก "พอดีกับหน้าเดียว" (Fit All Columns on One Page) แล้วนำเข้าอีกครั้ง หรือนำเข้าไฟล์ Excel ต้นฉบับ`,
    `${pages(n.rightPages)} ${r} ${hold} the columns ${right} that the table on ${pages(n.leftPages)} ${l} (${left}) lacks (Excel printed a sheet wider than the paper with its right-hand columns on the next pages), but their rows do not match one for one: the table on ${pages(n.rightPages)} ${r} was NOT imported, and the measures on ${pages(n.leftPages)} ${l} lack those columns; print the sheet to PDF again with "Fit All Columns on One Page" and import it again, or import the Excel file itself`,
    n.rightHeader,
  );
}
