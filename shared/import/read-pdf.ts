// A PDF with a text layer -> SourceDocument. pdfjs-dist gives each page's text runs with their
// positions and the rules it draws. A ruled table (what Word and LibreOffice save) is read cell by
// cell from its rules (pdf-ruled-tables.ts): columns and rows from the lines, a merged cell where a
// line is missing, text in the cell its glyphs sit in however the cell aligns it, a row split over
// two pages joined back. A page without rules is read by read-pdf-unruled.ts.
import { fromThaiDigits, toThaiDigits } from '../domain/thai-format.js';
import { findIndicator, parseIndicatorHeading } from './indicator-heading.js';
import { titleBeforeLabel } from './title-before-label.js';
import { garbledLetters } from './pdf-garbled-text.js';
import { type PdfPage, pdfPages } from './pdf-page-content.js';
import { looksScanned, nothingToRead, pageTextQuote, scannedPdfError, textCharacters } from './pdf-page-images.js';
import { pagesOfSheets } from './pdf-sheet-halves.js';
import { pagesDownThenOver, wideSheetNotice } from './pdf-wide-sheet-pages.js';
import { marginLines } from './pdf-margin-lines.js';
import {
  anchor,
  cellAt,
  MAX_RULES_PER_PAGE,
  type PositionedText,
  type RuledTable,
  rowMerges,
  sameColumns,
  tableRuleCount,
} from './pdf-ruled-tables.js';
import { type CellLine, type CellRoom, cellTextOf } from './pdf-cell-paragraphs.js';
import { struckCell } from './pdf-struck-text.js';
import { repeatedHeaderRow, withoutHeaderOverrun } from './pdf-repeated-header.js';
import { struckTextNotice } from './struck-text.js';
import { joinCellLines, linesOf, pieces } from './pdf-text-lines.js';
import { isPageNumber } from './page-furniture.js';
import { startsOtherBlock } from './later-table-header.js';
import { type PdfTableHooks, pdfTextBlock, unruledReader } from './read-pdf-unruled.js';
import { sharedStarts } from './pdf-aligned-pieces.js';
import { tabParagraphBlocks } from './pdf-tab-paragraphs.js';
import { pageColumnLines } from './pdf-page-columns.js';
import type { CellMerge, SourceBlock, SourceDocument, SourceNotice } from './source-document.js';
import { normaliseThai, splitItems, startsListItem, stripTags } from './thai-text.js';
import { counted } from '../domain/english-count.js';
import { readingOnce } from './read-once.js';

export type { PdfTableHooks } from './read-pdf-unruled.js';

/** A line gap this many times the cell's line pitch starts a new paragraph (an item of the cell). */
const PARAGRAPH_GAP = 1.35;
/** Text running this far (points) past its cell's right rule into another cell is not placed with certainty. */
const OVERRUN = 3;
/** A struck run this near (points) a line's baseline is on that line. */
const SAME_LINE_Y = 2.5;

interface RowBlock {
  kind: 'row';
  where: SourceBlock['where'];
  cells: string[];
  merged?: CellMerge[];
  struck?: boolean[];
}

/** One ruled table of one page, read into rows of cell texts. */
interface TablePart {
  table: RuledTable;
  rows: {
    where: SourceBlock['where'];
    cells: string[];
    merged: CellMerge[];
    /** cells struck through as a whole, when one is (pdf-struck-text.ts) */
    struck?: boolean[];
    /** each cell's struck text left out of it */
    leftOut?: string[][];
  }[];
  overruns: { row: number; column: number; text: string }[];
}

/** A table still open at the end of a page: the next page's first table may continue it. */
interface OpenTable {
  xs: number[];
  /** the texts of its header rows, to drop where the next page repeats them */
  headerKeys: Set<string>;
  /** its header rows' cells, to know them again on a new page however their labels wrap there */
  headerRows: string[][];
  measureColumn: number;
  /** the indicator column, when the header has one apart from the measure's (-1: none) */
  indicatorColumn: number;
  lastRow: RowBlock | undefined;
}

/** A cell's padding (points) at most: text farther in is aligned, not padded. */
const MAX_PADDING = 12;

/**
 * The text of one cell from its runs: lines by baseline, pieces joined, paragraphs where the gap
 * between two lines is wider than the cell's line pitch (the smallest gap, at most 1.9 × the type
 * size) by PARAGRAPH_GAP, and where a line ends with room for the next line's first word or two
 * cadences part (pdf-cell-paragraphs.ts). `lines`: the cell's lines (linesOf its runs, struck text
 * left out); `room`: where the cell's text may run; `struck`: the cell's struck runs.
 */
function cellText(lines: readonly PositionedText[][], room: CellRoom, struck: readonly PositionedText[]): string {
  if (lines.length === 0) return '';
  const cellLines: CellLine[] = lines.map((l) => {
    const ps = pieces(l);
    let right = -Infinity;
    for (const p of ps) right = Math.max(right, p.x + p.width);
    // struck text left out still filled its line: "รายงานผล~~ทุกเดือน~~" / "ทุกไตรมาส" is one paragraph
    // wrapped, not a line that left room (review 17 s21, S21-1)
    const y = l[0]!.y;
    for (const r of struck) if (Math.abs(r.y - y) <= SAME_LINE_Y) right = Math.max(right, r.x + r.width);
    let size = -Infinity;
    for (const r of l) size = Math.max(size, r.size);
    return { text: ps.map((p) => p.text).join(' '), x: ps[0]!.x, right, size };
  });
  const ys = lines.map((l) => l[0]!.y);
  const size = Math.max(...cellLines.map((l) => l.size));
  const gaps = ys.slice(1).map((y, i) => ys[i]! - y);
  const pitch = Math.min(size * 1.9, ...gaps);
  const paragraphs: CellLine[][] = [[cellLines[0]!]];
  gaps.forEach((gap, i) => {
    if (gap > pitch * PARAGRAPH_GAP) paragraphs.push([cellLines[i + 1]!]);
    else paragraphs.at(-1)!.push(cellLines[i + 1]!);
  });
  return cellTextOf(paragraphs, room);
}

/** A merged cell's key: its master row and column (a table has at most MAX_COLUMNS columns). */
const cellKey = (row: number, column: number) => row * 64 + column;

/** The rows of one ruled table of a page, each cell holding its merged cell's text. */
function readTablePart(page: PdfPage, table: RuledTable, runs: readonly PositionedText[]): TablePart {
  const byMaster = new Map<number, PositionedText[]>();
  const overruns: TablePart['overruns'] = [];
  // the cells' padding: the least a line starts in from its cell's left rule
  let padding = MAX_PADDING;
  for (const run of runs) {
    const at = anchor(run);
    const [r, c] = cellAt(table, at.x, at.y)!;
    const [mr, mc] = table.master(r, c);
    const key = cellKey(mr, mc);
    const cell = byMaster.get(key);
    if (cell) cell.push(run);
    else byMaster.set(key, [run]);
    padding = Math.min(padding, Math.max(0, run.x - table.xs[mc]!));
    const right = table.xs[c + 1]!;
    if (c + 2 < table.xs.length && run.x + run.width > right + OVERRUN) {
      const [, nextMaster] = table.master(r, c + 1);
      if (nextMaster !== mc) overruns.push({ row: r, column: c, text: run.text });
    }
  }
  const roomOf = (key: number): CellRoom => {
    const [mr, mc] = [Math.floor(key / 64), key % 64];
    let end = mc + 1;
    while (end + 1 < table.xs.length && table.master(mr, end)[1] === mc) end++;
    return { left: table.xs[mc]! + padding, right: table.xs[end]! - padding };
  };
  // struck-through text (S17-3): left out beside live text, a cell struck as a whole marked; the
  // cell's lines made once for both readings (again for the live runs only when some are left out)
  const struck = new Map<number, ReturnType<typeof struckCell>>();
  const texts = new Map<number, string>();
  for (const [key, rs] of byMaster) {
    const drawnLines = linesOf(rs);
    const cell = struckCell(rs, drawnLines);
    struck.set(key, cell);
    const lines = cell && !cell.whole ? linesOf(cell.runs) : drawnLines;
    texts.set(
      key,
      cellText(
        lines,
        roomOf(key),
        rs.filter((r) => r.struck),
      ),
    );
  }
  const rows: TablePart['rows'] = [];
  for (let r = 0; r + 1 < table.ys.length; r++) {
    const merged = rowMerges(table, r);
    const masters = merged.map((_, c) => cellKey(...table.master(r, c)));
    const cells = masters.map((key) => texts.get(key) ?? '');
    // a row with no text of its own (empty, or only merged cells' text) adds nothing
    if (!cells.some((t, c) => t && merged[c] === null)) continue;
    const own = masters.map((key, c) => (merged[c] === null ? struck.get(key) : undefined));
    rows.push({
      where: { ...placeOn(page), row: r + 1 },
      cells,
      merged,
      ...(own.some((s) => s?.whole) ? { struck: own.map((s) => s?.whole === true) } : {}),
      ...(own.some((s) => s?.leftOut.length) ? { leftOut: own.map((s) => s?.leftOut ?? []) } : {}),
    });
  }
  return { table, rows, overruns };
}

/** Where on a page: a sheet printed two pages per sheet names the half as its table 1 or 2. */
const placeOn = (page: PdfPage) => ({ page: page.number, ...(page.half ? { table: page.half } : {}) });

/**
 * Does `next` go on with the numbered list `previous` ends with ("... ๕. มาตรการ..." then "๖. ...",
 * or the rest of item ๒ then "๓. ...")? Then a row split over two pages is certainly one row: it
 * is joined without a warning.
 */
function continuesNumbering(previous: string, next: string): boolean {
  const item = (n: number) => new RegExp(`(?:^|\\s|>)${n}\\s?[.)](?:\\s|$)`);
  const first = /(?:^|\s|>)([0-9]{1,2})\s?[.)](?:\s|$)/.exec(fromThaiDigits(next))?.[1];
  if (!first || Number(first) < 2) return false;
  const before = fromThaiDigits(previous);
  return item(Number(first) - 1).test(before) && !item(Number(first)).test(before);
}

/** The paragraphs of a cell paragraphsCell wrote (escaped text, or <p> elements). */
const paragraphsOf = (cell: string): string[] =>
  cell.startsWith('<p>') ? [...cell.matchAll(/<p>(.*?)<\/p>/g)].map((m) => m[1]!) : cell ? [cell] : [];

/**
 * A cell split over two pages, one again: its first paragraph on the new page goes on with the last
 * one before the break, unless it starts a new numbered item.
 */
function joinSplitCell(before: string, after: string): string {
  const a = paragraphsOf(before);
  let b = paragraphsOf(after);
  if (a.length === 0 || b.length === 0) return before || after;
  // a list goes on with lines of no marker: they are read as its lines (split by its markers)
  if (b.length > 1 && !b.some(startsListItem) && a.some((p) => startsListItem(p) || splitItems(p, 2).length > 1))
    b = [joinCellLines(b)];
  const newItem = /^\s*[0-9๐-๙]{1,2}\s?[.)]/.test(b[0]!);
  // two plain texts stay one text (the importer splits its numbered items)
  if (a.length === 1 && b.length === 1) return newItem ? `${a[0]} ${b[0]}` : joinCellLines([a[0]!, b[0]!]);
  const joined = newItem ? [...a, ...b] : [...a.slice(0, -1), joinCellLines([a.at(-1)!, b[0]!]), ...b.slice(1)];
  return joined.length === 1 ? joined[0]! : joined.map((p) => `<p>${p}</p>`).join('');
}

/**
 * A cell merged down over rows that a page break cuts (a unit cell over four measures, two on
 * each page): its text is drawn on the first page only; the rows it covers at the top of the next
 * page show an empty cell merged down (no rule between them). When the last row before the break
 * was covered by the merge (it ran to the page end), those rows get its text, as the rows above the
 * break do. When the merge only started on that last row, whether it goes on is unsure: said, not
 * applied.
 */
function carryMergedCells(
  last: RowBlock,
  rows: TablePart['rows'],
  notice: (where: SourceBlock['where'], code: SourceNotice['code'], th: string, en: string, source: string) => void,
): void {
  last.cells.forEach((text, c) => {
    if (!text) return;
    // the empty cells at the page's top: the first row's, and the rows merged under it
    const covered: number[] = [];
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      if (r.cells[c] || (i > 0 && r.merged[c] !== 'above')) break;
      covered.push(i);
    }
    const mergedDown = covered.some((i) => rows[i]!.merged[c] === 'above');
    const ranToPageEnd = last.merged?.[c] === 'above';
    if (covered.length === 0 || (!mergedDown && !ranToPageEnd)) return;
    if (mergedDown && ranToPageEnd) {
      for (const i of covered) rows[i]!.cells[c] = text;
      return;
    }
    const first = rows[covered[0]!]!;
    notice(
      { ...first.where, column: c + 1 },
      'pdf-merge-unsure',
      `ช่องนี้ว่างและรวมแถวไว้ที่หัวหน้า อาจต่อจากช่อง "${text}" ของแถวสุดท้ายหน้าก่อน (ช่องที่รวมแถวข้ามหน้า) จึงยังไม่ได้ใส่ให้ กรุณาตรวจ`,
      `this cell is empty and merged down at the top of the page; it may go on from "${text}" in the last row of the page before (a merged cell cut by the page break), so it is left empty: check it`,
      text,
    );
  });
}

/**
 * Does a table's first row on a page start an indicator of its own in the indicator column
 * ("ตัวชี้วัดที่ 10", or "10" alone)? Then it is a new row, not the rest of the row cut by the page
 * break, whatever its measure cell says (review 17 s19, S19-4: measures 9 and 10 were joined).
 */
function startsIndicator(first: TablePart['rows'][number], state: OpenTable): boolean {
  const c = state.indicatorColumn;
  if (c < 0 || first.merged[c] !== null) return false;
  const text = normaliseThai(stripTags(first.cells[c] ?? '')).trim();
  return /^[0-9๐-๙]{1,2}[.)]?$/.test(text) || (text !== '' && (findIndicator(text)?.index ?? 99) < 12);
}

/**
 * Is a row another table's caption or a notes block (later-table-header.ts): one cell of it, or a
 * notes label in its own cell with the note after it?
 */
const startsOtherRow = (row: { cells: readonly string[]; merged?: readonly CellMerge[] | undefined }): boolean =>
  startsOtherBlock(row.cells.filter((c, j) => !row.merged?.[j] && c.trim()).map((c) => normaliseThai(stripTags(c))));

/** How far into a measure cell (characters) a title may run before its indicator's bracket: a few lines. */
const TITLE_BEFORE_BRACKET = 200;

/**
 * Is a measure cell a measure titled in the page as the product's plan document writes it: its own
 * title, then its indicator in a bracket with the indicator's name ("เปิดเผยข้อมูลการจัดซื้อจัดจ้าง
 * (ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน) ๑. …", S22-8)? At a page's top it is a new measure, not the
 * rest of the row the page break cut (review 17 s24, S24-3). `measure`: the cell's normalised text.
 */
function titledInPage(measure: string): boolean {
  const found = findIndicator(measure);
  if (!found || found.index > TITLE_BEFORE_BRACKET) return false;
  const before = measure.slice(0, found.index);
  if (!/\(\s*$/.test(before) || titleBeforeLabel(measure, found.index) === undefined) return false;
  return parseIndicatorHeading(measure)?.nameRead !== undefined;
}

const rowKey = (cells: readonly string[]) => cells.map((c) => normaliseThai(c)).join('|');

/**
 * A continued table's rows at a new page's top without the header repeated there (one row or
 * several, known again by pdf-repeated-header.ts however their labels wrap), and without the header
 * text that ran out of its cells into the first row under it (review 17 s23, S23-6: it was read as
 * the rest of the page before's last measure, and its cut labels as a header with no unit column).
 */
function withoutRepeatedHeader(rows: TablePart['rows'], header: readonly string[][]): TablePart['rows'] {
  let at = 0;
  let lost: string[] | undefined;
  while (at < rows.length) {
    const cells = rows[at]!.cells;
    let repeated: string[] | undefined;
    for (const h of header) if ((repeated = repeatedHeaderRow(cells, h))) break;
    if (!repeated) break;
    lost = repeated;
    at++;
  }
  const rest = rows.slice(at);
  const first = rest[0];
  if (!first || !lost?.some(Boolean)) return rest;
  const cells = first.cells.map((text, c) => (first.merged[c] === null ? withoutHeaderOverrun(text, lost[c]!) : text));
  // a row of only the header's overrun text is no row
  if (!cells.some((t, c) => t && first.merged[c] === null)) return rest.slice(1);
  return [{ ...first, cells }, ...rest.slice(1)];
}

/**
 * Read the text layer. Throws ValidationError (400) for a PDF without text (a scan), which needs
 * OCR first.
 */
export async function readPdf(bytes: Uint8Array, hooks: PdfTableHooks): Promise<SourceDocument> {
  const sheets = await pdfPages(bytes, (cells) => hooks.isHeader(cells.map(normaliseThai)));
  // each text's readings (a header label's role, …) made once: a table repeats its cells' texts
  return readingOnce(() => documentOfPages(sheets, hooks));
}

/** The document the pages' runs and rules hold (readPdf's reading, once pdf.js has read the pages). */
function documentOfPages(sheets: PdfPage[], hooks: PdfTableHooks): SourceDocument {
  if (sheets.every(nothingToRead)) throw scannedPdfError(sheets);
  const repair = hooks.repair;
  const wide = pagesDownThenOver(
    pagesOfSheets(sheets).map((page) =>
      repair ? { ...page, runs: page.runs.map((r) => ({ ...r, text: repair(r.text) })) } : page,
    ),
    {
      isHeader: (cells) => hooks.isHeader(cells),
      namesMissingColumns: (header, other) => hooks.namesMissingColumns?.(header, other) ?? false,
      startsHeader: (cells) => hooks.startsHeader?.(cells) ?? false,
    },
  );
  const pages = wide.pages;
  const blocks: SourceBlock[] = [];
  const notices: SourceNotice[] = [];
  /** page furniture (running heads, footers) met inside a table split over pages: after everything */
  const tail: SourceBlock[] = [];
  /** lines under a page's last table, until the next page shows whether the table goes on */
  let held: SourceBlock[] = [];
  let open: OpenTable | undefined;
  /** a page read as two page columns (pdf-page-columns.ts): no tab-stop layout is looked for */
  let pageColumnsRead = false;

  const notice = (where: SourceBlock['where'], code: SourceNotice['code'], th: string, en: string, source: string) =>
    notices.push({ block: blocks.length, where, code, message_th: th, message_en: en, source });
  const unruled = unruledReader(hooks, blocks, notice);
  // each page's lines, sorted once for every reader of them (review 17 s17, S17-5), and only when
  // one reads them: a page of tables is read cell by cell (a page of 25,000 runs sorted for nothing)
  const linesRead: PositionedText[][][] = [];
  const pageLines = (i: number) => (linesRead[i] ??= linesOf(pages[i]!.runs));
  // running headers/footers of pages without rules: kept out of the table (review 17 s14, S14-14);
  // only a page without tables drops them, so with none such no page's margins are looked for
  const margins = wide.tables.some((t) => t.length === 0)
    ? marginLines(
        pages.map((_, i) => pageLines(i)),
        (cells) => hooks.isHeader(cells),
      )
    : undefined;

  /** the last plan table's header read: a table of its columns under a heading goes on with it */
  let planHeader: { xs: number[]; cells: string[] } | undefined;
  /**
   * One table per indicator under a heading line, the header typed over the first only (review 17
   * s14, S14-6, as Word's): a table of the plan header's columns right under a measure heading and
   * without a header of its own is read with that header, said (header-assumed).
   */
  const headerUnderHeading = (part: TablePart) => {
    const above = blocks.at(-1);
    const first = part.rows[0];
    if (!first || above?.kind !== 'text' || (findIndicator(above.text)?.index ?? 99) >= 12) return;
    if (part.rows.some((r) => hooks.isHeader(r.cells.map(normaliseThai)))) return;
    const heading = normaliseThai(above.text).trim();
    part.rows.unshift({ where: first.where, cells: [...planHeader!.cells], merged: first.cells.map(() => null) });
    notice(
      first.where,
      'header-assumed',
      `ตารางใต้หัวข้อ "${heading}" ไม่มีหัวตาราง จึงอ่านตามหัวตารางของตารางแผนก่อนหน้า (คอลัมน์ตรงกัน) กรุณาตรวจว่าข้อความอยู่ในคอลัมน์ที่ถูกต้อง`,
      `the table under the heading "${heading}" has no header row: it is read with the header of the plan table before it (the same columns); check that the text is in the right columns`,
      heading,
    );
  };

  /** Does `last`, the last row of a page, end the plan table (read-rows.ts ends it there), `below` the next page's first? */
  const endsPlanAtFoot = (last: RowBlock, below: readonly string[]) => {
    if (startsOtherRow(last)) return true;
    if (!planHeader || !hooks.isOtherTableHeader) return false;
    const above = blocks[blocks.lastIndexOf(last) - 1];
    const captioned =
      above?.kind === 'row' && above.cells.filter((c, j) => !above.merged?.[j] && c.trim()).length === 1;
    const cells = (row: readonly string[]) => row.map((c) => normaliseThai(stripTags(c)));
    return hooks.isOtherTableHeader(cells(last.cells), cells(planHeader.cells), captioned ? cells(below) : undefined);
  };

  const emitPart = (part: TablePart, continues: boolean) => {
    let rows = part.rows;
    let state: OpenTable;
    if (continues && open) {
      state = open;
      rows = withoutRepeatedHeader(rows, state.headerRows);
      const first = rows[0];
      const measure =
        first && first.merged[state.measureColumn] === null
          ? normaliseThai(first.cells[state.measureColumn] ?? '')
          : '';
      const heading = measure ? findIndicator(measure) : undefined;
      if (
        first &&
        state.lastRow &&
        (heading === undefined || heading.index >= 12) &&
        !startsIndicator(first, state) &&
        !titledInPage(measure) &&
        // another table's header under the plan (a scores table) starts that table, no part of a row
        !(
          planHeader && hooks.isOtherTableHeader?.(first.cells.map(normaliseThai), planHeader.cells.map(normaliseThai))
        ) &&
        // nor is another table's caption or a notes block alone in the page's first row
        !startsOtherRow(first) &&
        // nor does a row go on from one that ended the plan at the page's foot (tester s52): another
        // table's header (its caption above it or not), caption or notes block, its rows on this page
        !endsPlanAtFoot(state.lastRow, first.cells)
      ) {
        // the last row of the page before goes on (the table split it): one row again; certain
        // when its measure cell is empty here or a numbered list goes on, else said
        const previous = state.lastRow;
        const joined = [...previous.cells];
        first.cells.forEach((text, c) => {
          if (text && first.merged[c] === null) joined[c] = joinSplitCell(previous.cells[c] ?? '', text);
        });
        const certain =
          !measure ||
          first.cells.some(
            (text, c) =>
              first.merged[c] === null &&
              continuesNumbering(normaliseThai(previous.cells[c] ?? ''), normaliseThai(text)),
          );
        if (!certain)
          notice(
            first.where,
            'pdf-row-joined',
            'แถวนี้ต่อจากแถวสุดท้ายของหน้าก่อน (ตารางแบ่งแถวข้ามหน้า) จึงรวมเป็นมาตรการเดียวกัน กรุณาตรวจ',
            'this row goes on from the last row of the page before (the table split it over two pages); it is joined to it: check it',
            first.cells.map(stripTags).join(' | '),
          );
        previous.cells = joined;
        // its warnings name every page it is on (review 17 s25, S25-12: page 4 only, the text on page 6)
        if (first.where.page !== undefined) previous.where = { ...previous.where, toPage: first.where.page };
        rows = rows.slice(1);
      }
      if (state.lastRow) carryMergedCells(state.lastRow, rows, notice);
    } else {
      if (planHeader && sameColumns(planHeader.xs, part.table.xs)) headerUnderHeading(part);
      const headerAt = part.rows.findIndex((r) => hooks.isHeader(r.cells.map(normaliseThai)));
      const header = part.rows[headerAt];
      const measureColumn = header ? hooks.measureColumn(header.cells.map(normaliseThai)) : 0;
      const indicatorColumn = header ? (hooks.indicatorColumn?.(header.cells.map(normaliseThai)) ?? -1) : -1;
      const headerRows = headerAt < 0 ? [] : part.rows.slice(0, headerAt + 1);
      // the header's rows under its first: a row without a measure (the months under
      // "ระยะเวลาดำเนินการ"), then rows its measure label is merged down over (a header of three rows)
      for (let i = headerAt + 1; header && i < part.rows.length; i++) {
        const under = part.rows[i]!;
        const merged = under.merged[measureColumn] === 'above';
        if (
          i > headerAt + 1 ? !merged : under.cells[measureColumn] && !merged && under.merged[measureColumn] !== 'left'
        )
          break;
        headerRows.push(under);
      }
      if (header) planHeader = { xs: part.table.xs, cells: header.cells };
      state = {
        xs: part.table.xs,
        headerKeys: new Set(headerRows.map((r) => rowKey(r.cells))),
        headerRows: headerRows.map((r) => r.cells),
        measureColumn,
        indicatorColumn: indicatorColumn === measureColumn ? -1 : indicatorColumn,
        lastRow: undefined,
      };
    }
    for (const r of rows) {
      const block: RowBlock = {
        kind: 'row',
        where: r.where,
        cells: r.cells,
        ...(r.merged.some(Boolean) ? { merged: r.merged } : {}),
        ...(r.struck ? { struck: r.struck } : {}),
      };
      r.leftOut?.forEach((quotes, c) => {
        if (quotes.length > 0) notices.push(struckTextNotice(blocks.length, { ...r.where, column: c + 1 }, quotes));
      });
      blocks.push(block);
      if (!state.headerKeys.has(rowKey(r.cells))) state.lastRow = block;
    }
    for (const o of part.overruns) {
      notice(
        { ...rows[0]?.where, row: o.row + 1, column: o.column + 1 },
        'pdf-text-unplaced',
        `ข้อความ "${o.text}" ยาวเกินเส้นแบ่งคอลัมน์ ${toThaiDigits(o.column + 1)} และ ${toThaiDigits(o.column + 2)} จึงถือว่าอยู่ในคอลัมน์ ${toThaiDigits(o.column + 1)} กรุณาตรวจ`,
        `the text "${o.text}" runs over the rule between columns ${o.column + 1} and ${o.column + 2}; it is taken as column ${o.column + 1}: check it`,
        o.text,
      );
    }
    open = state;
  };

  for (const [pageIndex, page] of pages.entries()) {
    if (page.actualTextUnread) {
      notice(
        placeOn(page),
        'pdf-unreadable-characters',
        'ไฟล์ PDF นี้ตั้งรหัสผ่านไว้แบบที่ระบบอ่านข้อความแทนตัวอักษรไม่ได้ วรรณยุกต์และสระบนหรือล่างอาจอ่านผิดทั้งไฟล์ (เช่น "ใช้" เป็น "ใชู") กรุณาตรวจข้อความ หรือนำเข้าจากไฟล์ Word ต้นฉบับหรือ PDF ที่ไม่ได้ตั้งรหัสผ่าน',
        'this PDF is encrypted in a way that keeps its /ActualText from being read: tone marks and upper or lower vowels may read wrong throughout (e.g. "ใชู" for "ใช้"); check the text, or import the Word original or a PDF without a password',
        '',
      );
    }
    if (page.unreadable > 0) {
      notice(
        placeOn(page),
        'pdf-unreadable-characters',
        `มีตัวอักษร ${toThaiDigits(page.unreadable)} ตัวที่อ่านไม่ได้ (แบบอักษรในไฟล์ PDF ไม่บอกว่าเป็นตัวอะไร) ข้อความในหน้านี้อาจขาดตัวอักษร กรุณาตรวจ หรือใช้ไฟล์ Word ต้นฉบับ`,
        `${counted(page.unreadable, 'character')} cannot be read (the PDF's font does not say what they are); text on this page may miss letters: check it, or import the Word original`,
        '',
      );
    }
    const garbled = garbledLetters(page.runs, () => pageLines(pageIndex));
    if (garbled.count > 0) {
      notice(
        placeOn(page),
        'pdf-unreadable-characters',
        `มีตัวอักษร ${toThaiDigits(garbled.count)} ตัวที่อ่านผิด (อักษรละตินปนอยู่ในคำภาษาไทย เช่น "${garbled.sample}" แสดงว่าตารางแปลงรหัสตัวอักษรของแบบอักษรในไฟล์ PDF เสียหรือไม่ครบ) ข้อความในหน้านี้อาจผิด กรุณาตรวจ หรือใช้ไฟล์ Word ต้นฉบับ`,
        `${counted(garbled.count, 'character')} read wrong (Latin letters inside Thai words, e.g. "${garbled.sample}": the PDF's font has a damaged or incomplete Unicode map); text on this page may be wrong: check it, or import the Word original`,
        garbled.sample,
      );
    }
    if (looksScanned(page)) {
      const characters = textCharacters(page.runs);
      const quote = pageTextQuote(page.runs);
      notice(
        placeOn(page),
        'pdf-page-scanned',
        `หน้านี้เป็นภาพ (น่าจะเป็นภาพสแกน) ${characters ? `มีข้อความเพียง ${toThaiDigits(characters)} ตัวอักษร ("${quote}")` : 'ไม่มีข้อความ'} ข้อความในภาพไม่ได้นำเข้า ถ้าหน้านี้มีมาตรการ กรุณาแปลงด้วยโปรแกรม OCR ก่อน หรือใช้ไฟล์ Word/Excel ต้นฉบับ`,
        `this page is an image (a scan?) ${characters ? `with only ${counted(characters, 'character')} of text ("${quote}")` : 'without text'}; the text in the image is not imported: if it holds measures, run the PDF through OCR first, or import the Word/Excel original`,
        quote,
      );
    }
    for (const n of wide.notes) if (n.page === pageIndex) wideSheetNotice(n, notice);
    const tables = wide.tables[pageIndex]!;
    const ruleCount = tables.length === 0 ? tableRuleCount(page.rules) : 0;
    if (ruleCount > MAX_RULES_PER_PAGE) {
      notice(
        placeOn(page),
        'pdf-layout-guessed',
        `หน้านี้มีเส้น ${toThaiDigits(ruleCount)} เส้น (เกิน ${toThaiDigits(MAX_RULES_PER_PAGE)} เส้น จึงไม่ถือเป็นตาราง) แถวและคอลัมน์จึงคาดจากตำแหน่งข้อความ กรุณาตรวจว่าข้อความอยู่ถูกช่อง หรือใช้ไฟล์ Word ต้นฉบับ`,
        `this page draws ${ruleCount} lines (over ${MAX_RULES_PER_PAGE}, so no table is read from them): its rows and columns were guessed from where the text sits; check each cell, or import the Word original`,
        '',
      );
    }
    if (tables.length === 0) {
      blocks.push(...held);
      held = [];
      open = undefined;
      const lines = pageLines(pageIndex);
      const margin = margins![pageIndex]!;
      const onPage = lines.flatMap((runs, i) => (margin.has(i) ? [] : [{ runs, no: i + 1 }]));
      // a page set in two columns: down the left column, then the right (S21-2)
      const columned = pageColumnLines(onPage, (cells) => hooks.isHeader(cells.map(normaliseThai)));
      if (columned) pageColumnsRead = true;
      const kept = columned ?? onPage;
      for (const i of margin) {
        const text = pieces(lines[i]!)
          .map((p) => normaliseThai(p.text))
          .join(' ');
        tail.push(pdfTextBlock({ ...placeOn(page), line: i + 1 }, text));
      }
      let starts: number[] | undefined;
      const pageStarts = () => (starts ??= sharedStarts(kept.map((l) => l.runs)));
      kept.forEach(({ runs, no }, k) =>
        unruled.line({
          page: page.number,
          line: no,
          runs,
          last: k === kept.length - 1,
          next: kept[k + 1]?.runs,
          starts: pageStarts,
        }),
      );
      continue;
    }
    unruled.end();
    // each run to the table it sits in, or to the page's lines around the tables
    const inTable = tables.map(() => [] as PositionedText[]);
    const outside: PositionedText[] = [];
    for (const run of page.runs) {
      const at = anchor(run);
      const t = tables.findIndex((table) => cellAt(table, at.x, at.y) !== undefined);
      if (t < 0) outside.push(run);
      else inTable[t]!.push(run);
    }
    const textLines = linesOf(outside);
    type Item = { y: number; line?: { runs: PositionedText[]; no: number }; part?: TablePart };
    const items: Item[] = [
      ...textLines.map((runs, i) => ({ y: runs[0]!.y, line: { runs, no: i + 1 } })),
      ...tables.map((table, t) => ({ y: table.top, part: readTablePart(page, table, inTable[t]!) })),
    ].sort((a, b) => b.y - a.y);
    const firstPart = items.findIndex((i) => i.part);
    const lastPart = items.length - 1 - [...items].reverse().findIndex((i) => i.part);
    // a measure heading above the page's first table starts a table of its own (S14-6)
    const headingFirst = items.slice(0, firstPart).some(
      (i) =>
        (findIndicator(
          pieces(i.line!.runs)
            .map((p) => normaliseThai(p.text))
            .join(' '),
        )?.index ?? 99) < 12,
    );
    const continues = open !== undefined && !headingFirst && sameColumns(open.xs, items[firstPart]!.part!.table.xs);
    if (continues) tail.push(...held);
    else {
      blocks.push(...held);
      open = undefined;
    }
    held = [];
    items.forEach((item, i) => {
      if (item.part) {
        emitPart(item.part, i === firstPart && continues);
        return;
      }
      const { runs, no } = item.line!;
      const text = pieces(runs)
        .map((p) => normaliseThai(p.text))
        .join(' ');
      if (i === items.length - 1 && isPageNumber(text.trim())) return;
      const block = pdfTextBlock({ ...placeOn(page), line: no }, text);
      if (i < firstPart && continues) tail.push(block);
      else if (i > lastPart) held.push(block);
      else blocks.push(block);
    });
  }
  unruled.end();
  blocks.push(...held, ...tail);
  // no table rows (at most a header): a Word plan laid out with tab stops, each measure a paragraph?
  if (!pageColumnsRead && blocks.filter((b) => b.kind === 'row').length <= 1) {
    const tabbed = tabParagraphBlocks(
      pages,
      hooks,
      placeOn,
      pages.map((_, i) => pageLines(i)),
    );
    if (tabbed) {
      const pageNotices = notices.map((n) => ({ ...n, block: 0 }));
      return { blocks: tabbed.blocks, notices: [{ ...tabbed.notice, block: 0 }, ...pageNotices] };
    }
  }
  return notices.length > 0 ? { blocks, notices } : { blocks };
}
