// Any plan file, read into one shape: text lines and table rows in document order. Cells may hold
// <p>/<li> markup (one element per paragraph or list item) and entities; the importer strips them.
import { toThaiDigits } from '../domain/thai-format.js';
import type { RowWhere, Where } from './import-warning.js';
import { escapeMarkup } from './xml-text.js';
import { countWork } from './read-once.js';
import { textFileCell } from './text-file-markup.js';

/**
 * How a cell of a row is covered by a merged cell: 'left' a cell merged across columns (a Word
 * gridSpan, an Excel range) covers it from its left; 'above' one merged down the rows (a Word
 * vMerge, an Excel range, a PDF cell with no rule under it) covers it from above. A covered cell's
 * text is the merged cell's text; null: the cell is its own.
 */
export type CellMerge = 'left' | 'above' | null;

export type SourceBlock =
  | { kind: 'text'; where: Where; text: string }
  | {
      kind: 'row';
      where: RowWhere;
      cells: string[];
      merged?: CellMerge[];
      /** cells struck through as a whole (Word w:strike, an Excel font strike), kept: see struck-rows.ts */
      struck?: boolean[];
      /**
       * each cell's fill colour as a key (cell-fills.ts; "" none or white), when one cell has a fill
       * (Word w:shd, an Excel fill): a Gantt's bars drawn by colour (period-columns.ts)
       */
      fill?: string[];
      /**
       * a text row of fewer cells than its table's header, the header's units column past them (a
       * tab lost inside the row: joined-rows.ts): its cells as the line held them, and that column,
       * for the importer to place a unit name it knows at a cell's end (short-row-units.ts)
       */
      short?: { cells: string[]; unitsColumn: number };
    };

/** What a reader could not read with certainty (a PDF's text it could not place), for the importer's warnings. */
export interface SourceNotice {
  /** the index of the block it is about, or beside (document order) */
  block: number;
  where: Where;
  code:
    | 'pdf-row-joined'
    | 'rows-joined-on-line'
    | 'header-assumed'
    | 'pdf-text-unplaced'
    | 'table-not-read'
    | 'pdf-unreadable-characters'
    | 'pdf-layout-guessed'
    | 'pdf-merge-unsure'
    | 'pdf-page-scanned'
    | 'pdf-pages-side-by-side'
    | 'pdf-columns-on-other-page'
    | 'row-cells-ignored'
    | 'hidden-content-skipped'
    | 'filtered-rows-read'
    | 'cell-comment-unread'
    | 'date-year-be'
    | 'text-encoding-repaired'
    | 'lines-joined-in-word'
    | 'embedded-content-unread'
    | 'struck-text-left-out'
    | 'hidden-text-skipped'
    | 'formula-without-value';
  message_th: string;
  message_en: string;
  source: string;
}

/**
 * The cells of a row a reader keeps (Word, Excel): a plan table has about ten columns. Past this,
 * cells are not read (a notice 'row-cells-ignored' says so), so a row of thousands of cells, or of
 * cells spanning fifty grid columns each, costs no more than a hundred.
 */
export const MAX_ROW_CELLS = 100;

/** The notice of a row whose cells past MAX_ROW_CELLS were not read. */
export function rowCellsIgnored(block: number, where: Where, cellsInRow: number): SourceNotice {
  return {
    block,
    where,
    code: 'row-cells-ignored',
    message_th: `แถวนี้มี ${toThaiDigits(cellsInRow)} ช่อง เกิน ${toThaiDigits(MAX_ROW_CELLS)} ช่อง จึงอ่านเฉพาะ ${toThaiDigits(MAX_ROW_CELLS)} ช่องแรก`,
    message_en: `this row has ${cellsInRow} cells, over ${MAX_ROW_CELLS}: only the first ${MAX_ROW_CELLS} were read`,
    source: '',
  };
}

/** A line of a Word file's page header or footer: read for the plan's fiscal year only (docx-page-headers.ts). */
export interface PageHeaderLine {
  part: 'header' | 'footer';
  text: string;
}

export interface SourceDocument {
  blocks: SourceBlock[];
  /** the page headers' and footers' lines, in the order their fiscal year is looked for; never rows */
  pageHeaderLines?: PageHeaderLine[];
  notices?: SourceNotice[];
  /**
   * For a sheet whose hidden columns were skipped: the Excel column number of each cell of its rows
   * (a cell's where.column counts the cells read), so warnings name the column Excel shows.
   */
  sheetColumns?: Record<string, number[]>;
}

const NOT_SPACE = /\S/;

/** The work counted (read-once.ts countWork), for tests: short lines looked up among those split before. */
export const SHARED_LINE_LOOKUPS_WORK = 'short lines looked up';

/** the longest line whose cells are shared with the lines repeating it (table rows are mostly short) */
const MAX_SHARED_LINE = 64;
/** distinct short lines remembered: past it, a line is split each time */
const MAX_SHARED_LINES = 10_000;

/**
 * Tab-separated text (the OCR output, .txt/.tsv): a line with a tab is a table row. Blank lines
 * (spaces and tabs only) make no block: the importer skips them anyway, and a megabyte of them
 * would otherwise be a million blocks. A short row repeated (a table's empty or one-letter rows,
 * 130,000 to a megabyte) is split once: its blocks share one cells array, read-only as every
 * block's cells are, so the passes after it compare such rows by identity.
 */
export function readTextDocument(input: string): SourceDocument {
  const text = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
  const blocks: SourceBlock[] = [];
  const splitLines = new Map<string, string[]>();
  // short lines looked up in vain since splitLines was full: past MAX_SHARED_LINES of them the file's
  // short lines are distinct ("ก0", "ก1", …: session 27), no more are looked up
  let missed = 0;
  let line = 0;
  for (let at = 0; at <= text.length;) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    line++;
    const raw = text.slice(at, end);
    at = end + 1;
    // a blank line (no allocation: most lines of a big file are not blank)
    if (!NOT_SPACE.test(raw)) continue;
    if (!raw.includes('\t')) {
      blocks.push({ kind: 'text', where: { line }, text: textFileCell(raw) });
      continue;
    }
    const shared = raw.length <= MAX_SHARED_LINE && missed < MAX_SHARED_LINES;
    if (shared) countWork(SHARED_LINE_LOOKUPS_WORK);
    let cells = shared ? splitLines.get(raw) : undefined;
    if (cells) missed = 0;
    else {
      cells = raw.includes('<') ? raw.split('\t').map(textFileCell) : raw.split('\t');
      if (shared && splitLines.size < MAX_SHARED_LINES) splitLines.set(raw, cells);
      else if (shared) missed++;
    }
    blocks.push({ kind: 'row', where: { line }, cells });
  }
  return { blocks };
}

const NUMBERED = /^[0-9๐-๙]{1,2}\s*[.)]\s/;

/**
 * Paragraphs of one cell as markup the importer splits into items ("<p>a</p><p>b</p>"). When the
 * cell is a numbered list, unnumbered paragraphs belong to the item above them.
 */
export function paragraphsCell(paragraphs: readonly string[]): string {
  let kept = paragraphs.map((p) => p.trim()).filter(Boolean);
  // one numbered item with paragraphs under it stays one item: its paragraphs' own numbering (a
  // unit's "๑. … ๒. …" the annual report prints under a follow-up) is no list of the cell's
  let oneItem = false;
  if (kept.length > 1 && NUMBERED.test(kept[0]!)) {
    const grouped: string[] = [];
    for (const p of kept) {
      if (NUMBERED.test(p) || grouped.length === 0) grouped.push(p);
      else grouped[grouped.length - 1] += ` ${p}`;
    }
    kept = grouped;
    oneItem = grouped.length === 1;
  }
  return kept.length <= 1 && !oneItem
    ? escapeMarkup(kept[0] ?? '')
    : kept.map((p) => `<p>${escapeMarkup(p)}</p>`).join('');
}
