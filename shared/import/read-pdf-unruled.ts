// A PDF table drawn without rules (text only): lines rebuilt from baselines, columns from the
// header row's x positions, a row running from one measure heading ("ตัวชี้วัดที่ ...") to the next,
// across pages. The fallback of read-pdf.ts for pages that draw no table.
import { isRowNumber } from './column-names.js';
import { isOneIndicatorNumber } from './indicator-column.js';
import { findIndicator, parseIndicatorHeading } from './indicator-heading.js';
import { type CellLine, type CellRoom, cellParagraphs, cellTextOf } from './pdf-cell-paragraphs.js';
import { CELL_GAP, joinCellLines, pieces } from './pdf-text-lines.js';
import { struckCell } from './pdf-struck-text.js';
import { struckTextNotice } from './struck-text.js';
import { isPageNumber } from './page-furniture.js';
import type { PositionedText } from './pdf-ruled-tables.js';
import type { SourceBlock, SourceNotice } from './source-document.js';
import { type UnruledColumns, unruledColumns } from './unruled-columns.js';
import { isSignatureLine, isSignerPosition } from './sign-off-lines.js';
import { normaliseThai, startsListItem } from './thai-text.js';
import { splitAtColumn } from './run-split.js';
import { cellPieces } from './pdf-aligned-pieces.js';
import { monthRow as monthRowOf } from './month-row-dates.js';
import { toThaiDigits } from '../domain/thai-format.js';
import { tableNotReadMessage } from './table-row-kinds.js';
import { startsOtherBlock } from './later-table-header.js';
import { escapeMarkup } from './xml-text.js';

/** A text block of a PDF's line: its text as markup, a "<" or "&" in it the writer's (session 59). */
export const pdfTextBlock = (where: SourceBlock['where'], text: string): SourceBlock => ({
  kind: 'text',
  where,
  text: escapeMarkup(text),
});

/**
 * A line of a row's cell; `runs`: the text runs it was read from, for the row's cells to be read
 * without their struck text (pdf-struck-text.ts); none for a piece split at a column's start.
 */
type RowLine = CellLine & { runs?: PositionedText[] };

/** How a reader notes what it could not read with certainty (read-pdf.ts's notice). */
export type NoticeSink = (
  where: SourceBlock['where'],
  code: SourceNotice['code'],
  th: string,
  en: string,
  source: string,
) => void;

export interface PdfTableHooks {
  /** does this line's pieces form a table header? (the importer's header rule) */
  isHeader(cells: string[]): boolean;
  /** which header cell holds the measure column */
  measureColumn(cells: string[]): number;
  /** which header cell holds the indicator column (its numbers), -1 without one */
  indicatorColumn?(cells: string[]): number;
  /** which header cell holds the rows' own numbers (ลำดับ, ที่), -1 without one */
  rowNumberColumn?(cells: string[]): number;
  /** is a label a column name as a whole ("มาตรการ"), not a name with a cell's text run on ("มาตรการเผยแพร่…")? */
  isColumnName?(label: string): boolean;
  /** does a row name only columns a header lacks (a wide sheet's right-hand part: pdf-wide-sheet-pages.ts)? */
  namesMissingColumns?(header: string[], other: string[]): boolean;
  /** is a row a header's left-hand part, the rest printed on the next pages (pdf-wide-sheet-pages.ts)? */
  startsHeader?(cells: string[]): boolean;
  /**
   * is a row, under the plan header `header`, the header of another table (later-table-header.ts)?
   * `below`: with a caption above the row, the row under it (a header of none of the plan's columns)
   */
  isOtherTableHeader?(cells: string[], header: string[], below?: string[]): boolean;
  /** the text of each run as it is read (a legacy Thai font's Latin codes made Thai: garbled-thai-document.ts) */
  repair?: (text: string) => string;
}

export interface UnruledLine {
  page: number;
  line: number;
  runs: PositionedText[];
  /** the page's bottom line (where page numbers sit) */
  last: boolean;
  /** the next line's runs on the same page: a measure heading wrapped onto it is seen on this line */
  next?: PositionedText[];
  /** where pieces start on two of the page's lines or more (pdf-aligned-pieces.ts): a header's labels abutting are split there */
  starts?: () => readonly number[];
}

/** Text in a larger type than the header's by this factor is a heading: the table has ended. */
const HEADING_SIZE = 1.3;
/** A cell's padding (points) each side, as Word and LibreOffice leave it: a column's text ends two before the next one's. */
const PADDING = 5.5;
/** Text running this far (points) past the next column's start is not placed with certainty. */
const OVERRUN = 3;
/** A gap this many line pitches above a line of signers' positions sets it apart from the rows. */
const SIGN_OFF_GAP = 2;
/** This many month labels side by side under one header label name its columns' months (a Gantt). */
const MIN_MONTHS = 3;

/**
 * Does a measure heading ("ตัวชี้วัดที่ ๔ ...") start in this line's measure cell, near its start?
 * A heading wrapped in a narrow column ("ตัวชี้วั" / "ดที่ ๔", "ตัวชี้วัดที่" / "๔ การ...") is found
 * with the next line's measure cell joined on, when it starts on this line.
 */
function headingStarts(text: string, next: string | undefined): boolean {
  const heading = findIndicator(text);
  if (heading) return heading.index < 12;
  if (!text.trim() || !next?.trim()) return false;
  const joined = findIndicator(joinCellLines([text, next]));
  return joined !== undefined && joined.index < Math.min(12, text.length);
}

/**
 * Does a measure heading ("ตัวชี้วัดที่ 1") start this text? A cell holding one is a row's, never a
 * header's label: "ตัวชี้วัดที่ 1 | มาตรการที่ 1 … | รายงานผล | สำนักปลัด" names the plan's columns by
 * their words, yet it is the first row (review 17 s19, S19-4).
 */
const startsHeading = (text: string): boolean => (findIndicator(text)?.index ?? 99) < 12;

/**
 * A measure heading alone on its line, left of the table's first column by a cell's padding: at the
 * page's margin, where a paragraph starts, not in a cell (a group row's text is padded as the
 * cells' is). `starts`: the table's columns.
 */
const headingAtMargin = (ps: readonly PositionedText[], texts: readonly string[], starts: readonly number[]) =>
  ps.length === 1 && startsHeading(texts[0]!) && ps[0]!.x <= starts[0]! - PADDING / 2;

/** The runs of each of a line's pieces (`pieces(runs)`, left to right). */
function piecesRuns(runs: readonly PositionedText[], ps: readonly PositionedText[]): PositionedText[][] {
  const out: PositionedText[][] = ps.map(() => []);
  let k = 0;
  for (const run of runs) {
    while (k + 1 < ps.length && run.x >= ps[k + 1]!.x) k++;
    out[k]!.push(run);
  }
  return out;
}

/**
 * A reader of unruled lines into `blocks`: line() each line in order, end() when they stop. Text it
 * cannot place in one column with certainty (running over the next column's start) is kept in the
 * column it starts in and noted as `pdf-text-unplaced`, as the ruled reader does.
 */
export function unruledReader(hooks: PdfTableHooks, blocks: SourceBlock[], notice: NoticeSink) {
  let table: UnruledColumns | undefined;
  let headerSize = 0;
  let measureCol = 0;
  /** the header's indicator column (-1: none): a number alone in it starts a row */
  let indicatorCol = -1;
  /** the header's row-number column (-1: none): a row number alone in it starts a row (S18-9) */
  let rowNumberCol = -1;
  /**
   * the row being read; `heading`: started by a measure heading, so it runs to the next one (a row
   * started by a number alone in the indicator column ends where a column's text resumes, as a row
   * without either: the next row may have no indicator; review 17 s19, S19-2)
   */
  let row: { where: SourceBlock['where']; cells: RowLine[][]; heading: boolean } | undefined;
  /** how far right each column's text has run in this table (points): where its lines may end */
  let columnEnds: number[] = [];
  let headerTail = false;
  let headerText = '';
  /** the header row read, while its cells may go on on the lines under it */
  let headerBlock: Extract<SourceBlock, { kind: 'row' }> | undefined;
  /** the lines under the header's first line that belong to it ("ระยะเวลา" / "ดำเนินการ") */
  let tailTexts: string[] = [];
  let repeatedTail: string[] = [];
  /** a table ended by a paragraph or heading: a measure heading after it is said, once */
  let endedAt: SourceBlock['where'] | undefined;
  let headingAfterEndSaid = false;
  /** a page whose lines are another table's (said table-not-read): its measure headings are that table's */
  let otherTablePage: number | undefined;
  /**
   * Which columns of the row (or of the header's lines) have had text, and which have had text and
   * then a line without: a cell's text runs on line after line, so a column that ended and has
   * text again holds the next row's cell (review 17 s14, S14-6: rows without a measure heading).
   */
  let columnState: ('open' | 'closed' | undefined)[] = [];
  /** a measure heading paragraph across the columns: the lines under it without a header say so */
  let headingParagraph: { where: SourceBlock['where']; text: string } | undefined;
  /** the heading row a heading paragraph just gave: a header under it makes it the heading above a table */
  let headingRow: Extract<SourceBlock, { kind: 'row' }> | undefined;
  /** the header's first line, each column's label as a cell line (where it ends: did the label wrap?) */
  let labels: (CellLine | undefined)[] = [];
  /** the header's first line's pieces: its columns' labels where they are drawn */
  let headerPieces: PositionedText[] = [];
  /**
   * A header label over month columns ("ระยะเวลาดำเนินการ" over "ต.ค. … ก.ย.", a Gantt), split into
   * a column a month by the months' line: where the months' columns are (`first` the first one's
   * index), their labels' centres, and the least step between two
   */
  let months: { first: number; left: number; right: number; centres: number[]; step: number } | undefined;
  /** the months' header row (under the group's label, merged across them), while the header may go on */
  let monthRow: Extract<SourceBlock, { kind: 'row' }> | undefined;
  /** a header repeated on a new page over month columns: its months' line splits them again */
  let monthsAgain = false;
  /**
   * This table's rows read so far: how many were one line in every column, whether any was taller,
   * and the least step (points) from a one-line row's line to the next row's on its page
   */
  let oneLineRows = 0;
  let tallerRows = false;
  let oneLineRowStep = Infinity;
  /** the row's first line: its page and baseline (the lowest of its runs: a browser sets Latin digits higher) */
  let rowTop: { page: number; y: number } | undefined;
  const baselineOf = (line: UnruledLine) => Math.min(...line.runs.map((r) => r.y));
  const flush = () => {
    if (row) {
      if (row.cells.every((c) => c.length <= 1)) oneLineRows++;
      else tallerRows = true;
    }
    if (row) pushRow(row);
    row = undefined;
    columnState = [];
  };
  /**
   * The row as a block. Struck-through text (review 17 s21, S21-1, as the ruled reader's S17-3) is
   * left out of a cell beside live text, and said; a cell struck as a whole is kept and marked. The
   * struck text still filled its line: the line's right edge stays where the struck text ended, so
   * "รายงานผล~~ทุกเดือน~~" / "ทุกไตรมาส" is one paragraph wrapped, not a line that left room.
   */
  const pushRow = (r: NonNullable<typeof row>) => {
    const whole: boolean[] = [];
    const cells = r.cells.map((lines, c) => {
      // every line's runs (a cell whose every line has them), read when one of them is struck
      const runs = lines.some((l) => l.runs?.some((run) => run.struck)) ? lines.flatMap((l) => l.runs ?? []) : [];
      const struck = runs.length > 0 && lines.every((l) => l.runs) ? struckCell(runs) : undefined;
      if (!struck || struck.whole) {
        whole[c] = struck?.whole === true;
        return cellOf(lines, c);
      }
      const live = new Set(struck.runs);
      const kept = lines.flatMap((l): RowLine[] => {
        if (!l.runs) return [l];
        const text = pieces(l.runs.filter((run) => live.has(run)))
          .map((p) => normaliseThai(p.text))
          .join(' ');
        return text.trim() ? [{ ...l, text }] : [];
      });
      const quotes = struck.leftOut.map(normaliseThai);
      if (quotes.length > 0) {
        const said = struckTextNotice(blocks.length, { ...r.where, column: c + 1 }, quotes);
        notice(said.where, said.code, said.message_th, said.message_en, said.source);
      }
      return cellOf(kept, c);
    });
    blocks.push({
      kind: 'row',
      where: r.where,
      cells,
      ...(whole.some(Boolean) ? { struck: cells.map((_, c) => whole[c] === true) } : {}),
    });
  };
  /**
   * A cell's text: its lines in paragraphs where a line left room for the next one's first word or
   * two cadences part (pdf-cell-paragraphs.ts). A column's text may run to the next column's start
   * less two paddings, or as far as any of its lines did.
   */
  const cellOf = (lines: RowLine[], c: number): string => {
    // as markup (cellTextOf's paragraphs are): a "<" or "&" in a PDF's text is the writer's (session 59)
    if (lines.length < 2 || !table) return escapeMarkup(lines.map((l) => l.text).join(' '));
    const text = cellTextOf([lines], roomOf(c));
    return text.startsWith('<p>') ? text : escapeMarkup(joinCellLines(lines.map((l) => l.text)));
  };
  /** where column c's text may run (the last column: as far as its text has run) */
  const roomOf = (c: number): CellRoom => {
    const starts = table!.starts;
    const next = starts[c + 1];
    const right = next === undefined ? columnEnds[c]! : Math.max(next - 2 * PADDING, columnEnds[c] ?? 0);
    return { left: starts[c]!, right };
  };
  /**
   * Does `line` start a paragraph of column c's cell after `above` (the line over it), by the cell
   * paragraph rules (pdf-cell-paragraphs.ts: room for its first word, or two cadences)? Unknown for
   * the last column (where its text may run is not known): undefined.
   */
  const startsParagraph = (c: number, above: CellLine, line: CellLine): boolean | undefined => {
    if (table!.starts[c + 1] === undefined) return undefined;
    return cellParagraphs([above, line], roomOf(c)).length > 1;
  };
  /** a line's pieces in one column as a cell line */
  const cellLine = (c: { text: string; x: number; right: number }[], size: number): CellLine => ({
    text: c.map((p) => p.text).join(' '),
    x: c[0]!.x,
    right: c.at(-1)!.right,
    size,
  });
  /**
   * Does a line under the header's first line hold a row, not the labels wrapped (review 17 s19,
   * S19-8: "มาตรการ | การติดตามผล | ผู้รับผิดชอบ" then the first measure's one-line cells, read as
   * the labels' second line: the measure lost, silently)? Text in the measure column and another,
   * every label it runs on a whole column name and no name with it ("มาตรการ/" + "แนวทาง",
   * "ระยะเวลา" + "ดำเนินการ" are labels wrapped), the measure label leaving room for its first word.
   */
  const endsLabels = (cells: { text: string; x: number; right: number }[][], size: number): boolean => {
    const filled = cells.flatMap((c, i) => (c.length > 0 ? [i] : []));
    if (!filled.includes(measureCol) || filled.length < 2 || !hooks.isColumnName) return false;
    return filled.every((i) => {
      const label = labels[i];
      if (!label) return false;
      const line = cellLine(cells[i]!, size);
      if (!hooks.isColumnName!(label.text) || hooks.isColumnName!(joinCellLines([label.text, line.text]))) return false;
      return i !== measureCol || startsParagraph(i, label, line) !== false;
    });
  };
  /** the text in the measure column of a line's runs */
  const measureTextOf = (runs: PositionedText[]) => {
    const ps = cellPieces(runs, table!.starts);
    const placed = table!.columnsOf(ps);
    return ps
      .filter((_, i) => placed[i] === measureCol)
      .map((p) => normaliseThai(p.text))
      .join(' ');
  };
  /**
   * A measure heading alone on its line, from the left margin across the measure column's end: a
   * heading paragraph between two tables of the plan's columns (one table per indicator, review 17
   * s14, S14-6), not a cell. Read as a heading row over the rows under it.
   */
  const headingParagraphAt = (ps: PositionedText[], texts: string[], line: UnruledLine): boolean => {
    const starts = table!.starts;
    const p = ps[0]!;
    const end = starts[measureCol + 1];
    if (ps.length !== 1 || end === undefined || p.x >= end - CELL_GAP || p.x + p.width <= end + OVERRUN) return false;
    const text = texts[0]!.trim();
    if ((findIndicator(text)?.index ?? 99) >= 12) return false;
    flush();
    headerTail = false;
    const where = { page: line.page, line: line.line };
    const afterRows = blocks.at(-1) !== headerBlock;
    headingRow = { kind: 'row', where, cells: starts.map((_, c) => (c === measureCol ? escapeMarkup(text) : '')) };
    blocks.push(headingRow);
    if (afterRows) headingParagraph = { where, text };
    return true;
  };
  /**
   * A number 1-10 alone in the indicator column ("1", "๔.") with measure text beside it starts a row:
   * a borderless table's rows of one line each have no heading and no column that ends before the
   * next row (review 17 s18, S18-5, S18-6: they were read as one row, or as the header's lines). Not
   * the number of a heading wrapped in a narrow column ("ตัวชี้วัดที่" / "๔").
   */
  const startsByNumber = (cells: { text: string }[][]): boolean => {
    // a row's own number alone in the ลำดับ column ("๑.๒"), measure text beside it (review 17 s18, S18-9)
    const own = rowNumberCol >= 0 && rowNumberCol !== measureCol ? cells[rowNumberCol]! : [];
    if (own.length === 1 && isRowNumber(own[0]!.text) && cells[measureCol]!.length > 0) return true;
    if (indicatorCol < 0 || indicatorCol === measureCol) return false;
    const number = cells[indicatorCol]!;
    if (cells[measureCol]!.length === 0) return false;
    // a measure heading at the start of the indicator column, beside the measure's own title: rows of
    // one line each ("ตัวชี้วัดที่ 2 | เปิดเผยข้อมูล… | รายงานผลทุกไตรมาส | กองช่าง") went on into one
    if (startsHeading(number.map((p) => p.text).join(' '))) return true;
    if (number.length !== 1 || !isOneIndicatorNumber(number[0]!.text)) return false;
    const above = row?.cells[indicatorCol]?.at(-1)?.text ?? '';
    return !/ตัวชี้วัด(?:ที่)?\s*$/.test(normaliseThai(above));
  };
  /**
   * Does a line under the header's first line hold a row's text, not the header's labels wrapped
   * ("ผู้รับ" / "ผิดชอบ")? A measure heading at the start of any cell ("ตัวชี้วัดที่ 1" in the
   * indicator column, beside the measure's own title), a list item starting any cell, or a number
   * alone in the indicator column: labels are none of these. Read as labels, the first row was lost
   * and its cells' text joined to the header's, so its columns were named no more ("วิธีดำเนินการ 1.
   * ขั้นตอน…": the methods of every measure lost; review 17 s19, S19-4).
   */
  const startsData = (cells: { text: string }[][]): boolean =>
    startsByNumber(cells) ||
    cells.some((c) => {
      const text = c.map((p) => p.text).join(' ');
      return startsListItem(text) || startsHeading(text);
    });
  /**
   * One-line rows of a borderless table without indicator or row numbers (review 17 s19, S19-8):
   * the line fills the measure column and another, each of them had a line just above in this row,
   * and each such line ends its cell's paragraph there (room left for this line's first word, or
   * another cadence: pdf-cell-paragraphs.ts), the measure's and at least one other's certainly. Cells
   * that part in every column at once are the next row's (two rows were read as one measure). Not
   * under a measure heading's row (it runs to the next heading), nor a list going on in the measure
   * cell ("๒. …"). 'unsure': only the measure column is certain (the other is the last column, whose
   * right edge is not known): read as one row, said.
   */
  const startsByParagraphs = (
    cells: { text: string; x: number; right: number }[][],
    measureText: string,
    size: number,
  ): boolean | 'unsure' => {
    if (!row || row.heading || startsListItem(measureText)) return false;
    const filled = cells.flatMap((c, i) => (c.length > 0 ? [i] : []));
    if (!filled.includes(measureCol) || filled.length < 2) return false;
    let certain = 0;
    for (const i of filled) {
      const above = row.cells[i]!.at(-1);
      if (columnState[i] !== 'open' || !above) return false;
      const parts = startsParagraph(i, above, cellLine(cells[i]!, size));
      if (parts === false || (i === measureCol && parts !== true)) return false;
      if (parts) certain++;
    }
    return certain >= 2 || 'unsure';
  };
  /**
   * A line under a one-line row started by its indicator, the indicator cell blank (review 17 s21,
   * nb2-chromium's neighbours: a browser's table without borders, "2 | เปิดเผยข้อมูลการจัดซื้อจัดจ้าง |
   * รายงานผลทุกไตรมาส | กองคลัง" then " | จัดทำคู่มือการให้บริการ | รายงานผลรอบ 6 เดือน | กองช่าง": one
   * measure of two, silently, where the .docx of the table gives a measure without an indicator).
   * The next row's when this table's rows so far were one line each, the line sits a row's step
   * below (a line wrapped in a cell sits closer when cells have padding or paragraphs spacing), it
   * fills every column the row did but the indicator, and one of them certainly starts a paragraph
   * on it (room for its first word, or another cadence, in the last column too). The measure's own
   * cell may leave no room (the column's widest title), so it is not asked.
   */
  const startsOneLineRow = (cells: { text: string; x: number; right: number }[][], line: UnruledLine, size: number) => {
    if (!row || row.heading || tallerRows || oneLineRows < 1 || indicatorCol < 0 || rowTop?.page !== line.page)
      return false;
    if (row.cells[indicatorCol]!.length === 0 || cells[indicatorCol]!.length > 0) return false;
    if (row.cells.some((c, i) => c.length > 1 || (i !== indicatorCol && c.length > 0 !== cells[i]!.length > 0)))
      return false;
    if (!(rowTop.y - baselineOf(line) >= oneLineRowStep - 1)) return false;
    return cells.some((c, i) => {
      const above = row!.cells[i]![0];
      if (i === measureCol || i === indicatorCol || !above) return false;
      const next = cellLine(c, size);
      // no room at all: only two cadences part the lines
      return (
        startsParagraph(i, above, next) === true ||
        cellParagraphs([above, next], { left: above.x, right: above.right }).length > 1
      );
    });
  };
  /**
   * Where each column's text starts (points) and on how many lines it did, or -1 once a line started
   * elsewhere: a column always started at one place is left-aligned (a sheet's, a Word table's).
   */
  let textStarts: { x: number; lines: number }[] = [];
  /**
   * A table going on onto a new page without its header: the row as it was and the page's lines
   * read into it, until a line of two pieces or more shows whether the table goes on (review 17
   * s20, S20-4: a workbook's next sheet printed on the next page was read as the plan's last row).
   */
  let pageStart:
    | {
        row: NonNullable<typeof row>;
        lengths: number[];
        state: typeof columnState;
        blocks: number;
        lines: UnruledLine[];
      }
    | undefined;
  /**
   * Another table's header line on a new page: short labels without digits, none of them where its
   * left-aligned column's text starts (another sheet's columns), at least one in such a column.
   */
  const otherTableLine = (ps: PositionedText[], texts: string[], placed: number[]): boolean => {
    if (texts.some((t) => t.trim().length > 30 || /[0-9๐-๙]/.test(t))) return false;
    let misplaced = 0;
    for (const [i, p] of ps.entries()) {
      const start = textStarts[placed[i]!];
      if (placed[i] === 0 || !start || start.lines < 2) continue;
      if (Math.abs(p.x - start.x) <= 2) return false;
      misplaced++;
    }
    return misplaced > 0;
  };
  /**
   * Does a line under the plan's rows start another table or block (later-table-header.ts, the rule
   * every reader ends the plan by)? Another table's header in the plan's columns, or from the first
   * column a caption ("ตารางที่ ๒ …") or notes ("หมายเหตุ …", "หมายเหตุ : | note"). The line's
   * cells in the table's columns when it does; with `above` (a lone line in the first column just
   * read) over another table's header, or over one of none of the plan's columns (`next`: the line
   * under it on the page), `above` as its caption.
   */
  const endsPlan = (texts: string[], placed: number[], above: typeof loneAbove, next?: PositionedText[]) => {
    const cellsOf = (ts: readonly string[], at: readonly number[]) => {
      const cells = table!.starts.map(() => '');
      ts.forEach((t, i) => (cells[at[i]!] = `${cells[at[i]!]} ${t}`.trim()));
      return cells;
    };
    const cells = cellsOf(texts, placed);
    const filled = texts.map((t) => t.trim()).filter(Boolean);
    if (placed[0] === 0 && startsOtherBlock(filled)) return { cells };
    if (!headerBlock || !hooks.isOtherTableHeader) return undefined;
    const nextPs = next ? pieces(next) : [];
    const below = cellsOf(
      nextPs.map((p) => normaliseThai(p.text)),
      table!.columnsOf(nextPs),
    );
    if (above && hooks.isOtherTableHeader(cells, headerBlock.cells, below)) return { cells, caption: above };
    return hooks.isOtherTableHeader(cells, headerBlock.cells) ? { cells } : undefined;
  };
  /** the line just read, when a lone piece in the table's first column read into the row: a caption, maybe */
  let loneAbove: { where: SourceBlock['where']; text: string } | undefined;
  /** a title was read right above the header line that follows: that header starts a table of its own */
  let titled = false;
  /**
   * A line of one piece, no measure heading, right above a header line: the title of the table under
   * it (Excel prints each sheet's title above its header), not a cell of the row above.
   */
  const titlesHeader = (ps: PositionedText[], texts: string[], line: UnruledLine): boolean => {
    if (ps.length !== 1 || !line.next || startsHeading(texts[0]!)) return false;
    const next = pieces(line.next).map((p) => normaliseThai(p.text));
    return next.length >= 3 && !next.some(startsHeading) && hooks.isHeader(next);
  };
  /** the last table line's page and baseline, and the least gap between two lines: the line pitch */
  let lastLine: { page: number; y: number } | undefined;
  let pitch = Infinity;
  /** how far (points) this line sits below the table's line before it (Infinity on a new page) */
  const below = (line: UnruledLine): number => {
    const y = line.runs[0]!.y;
    const gap = lastLine && lastLine.page === line.page ? lastLine.y - y : Infinity;
    lastLine = { page: line.page, y };
    if (gap > 0) pitch = Math.min(pitch, gap);
    return gap;
  };
  /**
   * A line under the rows that closes the table (review 17 s13, S13-1): every piece a sign-off, a
   * name in brackets or a signer's position ("ผู้เสนอ | ผู้อนุมัติ" of a borderless signature table,
   * "ลงชื่อ … ผู้เสนอ" centred), one of them more than a position; or a position alone at the left
   * margin. A position alone in another column, at the row's pitch, may be a units cell's wrapped
   * line ("ผู้อำนวยการกองช่าง"): it is kept. After a wider gap than the rows' lines, so is nothing.
   */
  const signsOff = (texts: string[], placed: number[], gap: number): boolean => {
    const trimmed = texts.map((t) => t.trim());
    if (!trimmed.every((t) => isSignatureLine(t) || isSignerPosition(t))) return false;
    if (trimmed.length === 1 && placed[0] === 0) return true;
    return trimmed.some(isSignatureLine) || (gap > pitch * SIGN_OFF_GAP && trimmed.length > 1);
  };
  /**
   * The months' line under a header (review 17 s21): month labels side by side ("ต.ค. | พ.ย. | …",
   * at least MIN_MONTHS), all of them under one header label that is not the measure's, no other
   * label's text among them. The header's columns were its first line's labels: a Gantt's months
   * under "ระยะเวลาดำเนินการ" ran on under the next label's column ("การติดตามผล"), so a mark in
   * the last months joined the follow-up ("✓ รายงานผลรอบ 6 เดือน"). Read as the ruled reader reads a
   * grouped header: the group's column split into a column a month, a header row of the group
   * merged across them over a row of the months. `emit`: false for a header repeated on a new page
   * (its rows were written with the first).
   */
  const splitsByMonths = (ps: PositionedText[], texts: string[], line: UnruledLine, emit: boolean): boolean => {
    // read as a whole: "15 ต.ค. 66" … or "10, 11, 12, 1 …" name months only in a run (month-row-dates.ts)
    const read = monthRowOf(texts);
    const at = texts.flatMap((_, i) => (read[i] !== undefined ? [i] : []));
    if (at.length < MIN_MONTHS || at.at(-1)! - at[0]! + 1 !== at.length) return false;
    const monthPieces = at.map((i) => ps[i]!);
    const left = monthPieces[0]!.x;
    const right = monthPieces.at(-1)!.x + monthPieces.at(-1)!.width;
    const over = labels.flatMap((l, c) => (l && l.x < right + CELL_GAP && l.right > left - CELL_GAP ? [c] : []));
    if (over.length !== 1 || over[0] === measureCol || headerPieces.length !== labels.length) return false;
    const group = over[0]!;
    const n = monthPieces.length;
    const shift = (c: number) => (c > group ? c + n - 1 : c);
    const spread = <T>(list: T[], each: (k: number) => T): T[] => [
      ...list.slice(0, group),
      ...monthPieces.map((_, k) => each(k)),
      ...list.slice(group + 1),
    ];
    table = unruledColumns(spread(headerPieces, (k) => monthPieces[k]!));
    labels = spread(labels, (k) => {
      const p = monthPieces[k]!;
      return { text: texts[at[k]!]!, x: p.x, right: p.x + p.width, size: p.size };
    });
    columnState = spread(columnState, () => columnState[group]);
    measureCol = shift(measureCol);
    if (indicatorCol >= 0) indicatorCol = shift(indicatorCol);
    if (rowNumberCol >= 0) rowNumberCol = shift(rowNumberCol);
    const centres = monthPieces.map((p) => p.x + p.width / 2);
    const step = Math.min(...centres.slice(1).map((c, k) => c - centres[k]!));
    months = { first: group, left, right, centres, step };
    if (!emit || !headerBlock) return true;
    const cells = headerBlock.cells;
    const merged = headerBlock.merged ?? cells.map(() => null);
    headerBlock.cells = spread(cells, () => cells[group]!);
    headerBlock.merged = spread(merged, (k) => (k === 0 ? merged[group]! : 'left'));
    monthRow = {
      kind: 'row',
      where: { page: line.page, line: line.line },
      cells: spread(cells, (k) => texts[at[k]!]!),
      merged: spread(
        cells.map(() => 'above' as const),
        () => null,
      ),
    };
    blocks.splice(blocks.indexOf(headerBlock) + 1, 0, monthRow);
    // a label of another column wrapped onto the months' line ("ผู้รับ" / "ผิดชอบ")
    const placed = table.columnsOf(ps);
    ps.forEach((_, i) => {
      if (at.includes(i)) return;
      const c = placed[i]!;
      headerBlock!.cells[c] = joinCellLines([headerBlock!.cells[c]!, texts[i]!]);
      if (monthRow!.merged![c] === 'above') monthRow!.cells[c] = headerBlock!.cells[c]!;
    });
    return true;
  };
  /** a short piece (a mark) whose middle sits among the months' columns: the month nearest, by label centres */
  const nearestMonth = (p: PositionedText): number | undefined => {
    if (!months || p.width > months.step) return undefined;
    const middle = p.x + p.width / 2;
    if (middle < months.left - CELL_GAP || middle > months.right + CELL_GAP) return undefined;
    let best = 0;
    months.centres.forEach((c, k) => {
      if (Math.abs(c - middle) < Math.abs(months!.centres[best]! - middle)) best = k;
    });
    return months.first + best;
  };
  /** The table read so far ends (its last row flushed): its columns, rows' steps, line pitch and tail are forgotten. */
  const endTable = () => {
    flush();
    columnEnds = [];
    textStarts = [];
    oneLineRows = 0;
    tallerRows = false;
    oneLineRowStep = Infinity;
    rowTop = undefined;
    pitch = Infinity;
    tailTexts = [];
  };
  const line = (line: UnruledLine) => {
    // under a table's columns, a piece running across them is split where its runs start at them
    // under a table's columns, a piece running across them is split where its runs start at them
    let ps = table ? cellPieces(line.runs, table.starts) : pieces(line.runs);
    let texts = ps.map((p) => normaliseThai(p.text));
    // a header whose labels abut (at the page's column starts) or were clipped, the next drawn over
    const split = cellPieces(line.runs, line.starts?.() ?? [], true);
    if (split.length > ps.length && split.length >= 3) {
      const splitTexts = split.map((p) => normaliseThai(p.text));
      if (!splitTexts.some(startsHeading) && hooks.isHeader(splitTexts)) {
        ps = split;
        texts = splitTexts;
      }
    }
    if (line.last && ps.length === 1 && isPageNumber(texts[0]!.trim())) return;
    const above = loneAbove;
    loneAbove = undefined;
    if (ps.length >= 3 && !texts.some(startsHeading) && hooks.isHeader(texts)) {
      headingParagraph = undefined;
      // a measure heading right above the header (a paragraph across the columns, or a short one
      // read as a row of its measure cell alone) heads the table under it, as over a ruled table:
      // the heading above a table (table-headings.ts), not a row of the table before (S19-8)
      let headed = false;
      if (row?.heading === true && row.cells.every((c, i) => i === measureCol || c.length === 0)) {
        const text = joinCellLines(row.cells[measureCol]!.map((l) => l.text));
        blocks.push(pdfTextBlock(row.where, text));
        row = undefined;
        columnState = [];
        headed = true;
      } else if (headingRow !== undefined && blocks.at(-1) === headingRow) {
        blocks[blocks.length - 1] = { kind: 'text', where: headingRow.where, text: headingRow.cells[measureCol]! };
        headed = true;
      }
      headingRow = undefined;
      // the same header again at a new page's top: the row goes on; another header, or the same one
      // under a heading or under the table's rows on its page: a new table (one per indicator, S19-8)
      const underRows = lastLine !== undefined && lastLine.page === line.page && line.runs[0]!.y < lastLine.y;
      if (texts.join('|') !== headerText || headed || underRows || titled) {
        titled = false;
        endTable();
        headerText = texts.join('|');
        headerBlock = { kind: 'row', where: { page: line.page, line: line.line }, cells: texts };
        blocks.push(headerBlock);
        headerTail = true;
        monthRow = undefined;
        monthsAgain = false;
      } else {
        repeatedTail = [...tailTexts];
        monthsAgain = months !== undefined;
      }
      months = undefined;
      headerPieces = ps;
      table = unruledColumns(ps);
      lastLine = { page: line.page, y: line.runs[0]!.y };
      headerSize = Math.max(...line.runs.map((r) => r.size));
      const placedLabels = table.columnsOf(ps);
      labels = table.starts.map((_, c) => {
        const i = placedLabels.indexOf(c);
        return i < 0 ? undefined : { text: texts[i]!, x: ps[i]!.x, right: ps[i]!.x + ps[i]!.width, size: ps[i]!.size };
      });
      measureCol = hooks.measureColumn(texts);
      indicatorCol = hooks.indicatorColumn?.(texts) ?? -1;
      rowNumberCol = hooks.rowNumberColumn?.(texts) ?? -1;
      if (headerTail) columnState = texts.map(() => 'open');
      return;
    }
    if (repeatedTail.length && repeatedTail[0] === texts.join('|')) {
      repeatedTail.shift();
      if (monthsAgain && splitsByMonths(ps, texts, line, false)) monthsAgain = false;
      return;
    }
    repeatedTail = [];
    if (!table) {
      const text = texts.join(' ');
      if (endedAt && !headingAfterEndSaid && line.page !== otherTablePage && (findIndicator(text)?.index ?? 99) < 12) {
        // review 17 s14, S14-14: rows stopped, yet a measure heading follows: never silently
        headingAfterEndSaid = true;
        notice(
          { page: line.page, line: line.line },
          'pdf-text-unplaced',
          `พบหัวข้อตัวชี้วัด "${text}" หลังตารางจบที่หน้า ${toThaiDigits(endedAt.page ?? 0)} บรรทัด ${toThaiDigits(endedAt.line ?? 0)} (ตารางไม่มีเส้น) จึงไม่ได้อ่านเป็นมาตรการ กรุณาตรวจว่ามาตรการครบ หรือใช้ไฟล์ Word ต้นฉบับ`,
          `a measure heading "${text}" follows the end of the table (page ${endedAt.page ?? 0}, line ${endedAt.line ?? 0}; a table without rules); it is not read as a measure: check that every measure is there, or import the Word original`,
          text,
        );
      }
      blocks.push(pdfTextBlock({ page: line.page, line: line.line }, text));
      return;
    }
    if (titlesHeader(ps, texts, line)) {
      // a sheet's title above its header (a workbook printed one sheet a page): text, not the
      // last row's cell (review 17 s20, S20-3)
      flush();
      blocks.push(pdfTextBlock({ page: line.page, line: line.line }, texts[0]!));
      titled = true;
      return;
    }
    const columns = table.starts;
    if (headingParagraphAt(ps, texts, line)) return;
    if (headingParagraph) {
      // a table under a heading paragraph without its header: read with the header above (S14-6)
      const { where, text } = headingParagraph;
      headingParagraph = undefined;
      notice(
        where,
        'header-assumed',
        `แถวใต้หัวข้อ "${text}" ไม่มีหัวตารางของตัวเอง (ตารางไม่มีเส้น) จึงอ่านตามหัวตารางด้านบน (คอลัมน์ตรงกัน) กรุณาตรวจว่าข้อความอยู่ในคอลัมน์ที่ถูกต้อง`,
        `the rows under the heading "${text}" have no header row of their own (a table without rules): they are read with the header above (the same columns); check that the text is in the right columns`,
        text,
      );
    }
    // a short heading alone at the margin, left of the table's first column (outside its cells'
    // padding), under the table's rows: a heading paragraph between two tables, the header typed
    // over the first only. Its line is read on as the group row it looks like; the rows under it
    // are said as under a heading across the columns (a ruled PDF's and Word's header-assumed)
    if (headingAtMargin(ps, texts, columns) && (row !== undefined || blocks.at(-1) !== headerBlock))
      headingParagraph = { where: { page: line.page, line: line.line }, text: texts[0]!.trim() };
    const cells: { text: string; x: number; right: number; runs?: PositionedText[] }[][] = columns.map(() => []);
    const runsOf = piecesRuns(line.runs, ps);
    // a heading (larger type) or a paragraph running across a whole next column: the table has ended
    let ended = Math.max(...line.runs.map((r) => r.size)) > headerSize * HEADING_SIZE;
    const over: { column: number; text: string }[] = [];
    const placed = table.columnsOf(ps);
    ps.forEach((p, i) => (placed[i] = nearestMonth(p) ?? placed[i]!));
    const other = row && endsPlan(texts, placed, above, line.next);
    if (other) {
      // another table's header, caption or notes under the rows (tester s52: glued into the last
      // measure): a row of its own, where read-rows.ts ends the plan; the lines after it are no table's.
      // A caption read into the row's first cell just before is taken back, a row of its own over it
      if (other.caption) {
        row!.cells[0]!.pop();
        if (row!.cells.every((c) => c.length === 0)) row = undefined;
      }
      flush();
      // a measure heading after it is said (S14-14), as after a paragraph that ends the table
      endedAt = { page: line.page, line: line.line };
      if (other.caption) {
        const { where, text } = other.caption;
        blocks.push({ kind: 'row', where, cells: columns.map((_, c) => (c === 0 ? escapeMarkup(text) : '')) });
      }
      blocks.push({ kind: 'row', where: { page: line.page, line: line.line }, cells: other.cells });
      return end();
    }
    if (row && !pageStart && lastLine !== undefined && lastLine.page !== line.page)
      pageStart = {
        row,
        lengths: row.cells.map((l) => l.length),
        state: [...columnState],
        blocks: blocks.length,
        lines: [],
      };
    if (pageStart && ps.length >= 2) {
      const held = pageStart;
      pageStart = undefined;
      if (otherTableLine(ps, texts, placed)) {
        // the page's lines are another table's: the plan's table ended with the page before (the
        // rows those lines made are taken back, the row they went on with cut back to its lines)
        blocks.length = held.blocks;
        row = held.row;
        row.cells.forEach((lines, i) => (lines.length = held.lengths[i]!));
        columnState = held.state;
        endedAt = { page: line.page, line: line.line };
        end();
        // said as a sheet of another table is in a workbook (table-not-read), not as headings lost
        const first = held.lines[0] ?? line;
        const firstText = pieces(first.runs)
          .map((p) => normaliseThai(p.text).trim())
          .join(' ');
        const said = tableNotReadMessage(firstText, false);
        notice({ page: first.page, line: first.line }, 'table-not-read', said.th, said.en, firstText);
        otherTablePage = line.page;
        for (const l of [...held.lines, line]) readLine(l);
        return;
      }
    } else if (pageStart) {
      if (pageStart.lines.length < 3) pageStart.lines.push(line);
      else pageStart = undefined;
    }
    const gapAbove = below(line);
    if (headerTail && !row && !months && splitsByMonths(ps, texts, line, true)) {
      tailTexts.push(texts.join('|'));
      return;
    }
    if (row && signsOff(texts, placed, gapAbove)) {
      end();
      blocks.push(pdfTextBlock({ page: line.page, line: line.line }, texts.join(' ').trim()));
      return;
    }
    ps.forEach((p, i) => {
      const c = placed[i]!;
      if (c + 2 < columns.length && p.x + p.width > columns[c + 2]!) ended = true;
      else if (c + 1 < columns.length && p.x + p.width > columns[c + 1]! + OVERRUN) {
        // review 17 s14, S14-10: split at the space nearest the next column's start
        const split = splitAtColumn({ x: p.x, width: p.width, text: texts[i]! }, columns[c + 1]!);
        if (split) {
          cells[c]!.push({ text: split[0], x: p.x, right: columns[c + 1]! });
          cells[c + 1]!.push({ text: split[1], x: columns[c + 1]!, right: p.x + p.width });
          return;
        }
        over.push({ column: c, text: texts[i]! });
      }
      cells[c]!.push({ text: texts[i]!, x: p.x, right: p.x + p.width, runs: runsOf[i]! });
    });
    if (!ended)
      for (const o of over) {
        notice(
          { page: line.page, line: line.line, column: o.column + 1 },
          'pdf-text-unplaced',
          `ข้อความ "${o.text}" ยาวเลยจุดเริ่มคอลัมน์ ${toThaiDigits(o.column + 2)} (ตารางไม่มีเส้น) จึงถือว่าอยู่ในคอลัมน์ ${toThaiDigits(o.column + 1)} กรุณาตรวจ`,
          `the text "${o.text}" runs past the start of column ${o.column + 2} (a table without rules); it is taken as column ${o.column + 1}: check it`,
          o.text,
        );
      }
    if (ended) {
      if (row) endedAt = { page: line.page, line: line.line };
      flush();
      table = undefined;
      headerBlock = undefined;
      headerText = '';
      blocks.push(pdfTextBlock({ page: line.page, line: line.line }, texts.join(' ')));
      return;
    }
    const size = Math.max(...line.runs.map((r) => r.size));
    const measureText = cells[measureCol]!.map((p) => p.text).join(' ');
    const byHeading = headingStarts(measureText, line.next && measureTextOf(line.next));
    const byParagraphs = byHeading || startsByNumber(cells) ? false : startsByParagraphs(cells, measureText, size);
    const startsMeasure =
      byHeading || startsByNumber(cells) || byParagraphs === true || startsOneLineRow(cells, line, size);
    if (byParagraphs === 'unsure') {
      // never silently one measure of two (S19-8)
      const text = texts.join(' | ');
      notice(
        { page: line.page, line: line.line },
        'pdf-row-joined',
        `บรรทัด "${text}" อ่านต่อจากแถวข้างบน (ตารางไม่มีเส้น) แต่ทุกคอลัมน์ขึ้นย่อหน้าใหม่ที่บรรทัดนี้พร้อมกัน อาจเป็นมาตรการอีกแถวหนึ่ง กรุณาตรวจ`,
        `the line "${text}" is read as going on with the row above (a table without rules), yet every column starts a new paragraph on it: it may be a measure of its own; check it`,
        text,
      );
    }
    // a column whose cell ended has text again, beside measure text: the next row's cells (a row
    // started by a measure heading runs to the next heading, as before)
    const resumes = cells[measureCol]!.length > 0 && cells.some((c, i) => c.length > 0 && columnState[i] === 'closed');
    // a heading alone in its row's lines, then a measure with other cells: a group row (or a heading
    // paragraph over a table without its header, S19-8), when the measure is numbered, its text
    // starts a paragraph of its own, or the heading already names its indicator (not the heading's
    // wrapped words beside cells centred down)
    const headingLines = row?.heading === true ? row.cells[measureCol]! : [];
    const underGroupRow =
      headingLines.length > 0 &&
      cells[measureCol]!.length > 0 &&
      cells.some((c, i) => i !== measureCol && c.length > 0) &&
      columnState.every((s, i) => i === measureCol || s === undefined) &&
      (startsListItem(measureText) ||
        startsParagraph(measureCol, headingLines.at(-1)!, cellLine(cells[measureCol]!, size)) === true ||
        parseIndicatorHeading(joinCellLines(headingLines.map((l) => l.text)))?.nameRead !== undefined);
    columnState = cells.map((c, i) => (c.length > 0 ? 'open' : columnState[i] && 'closed'));
    if (headerTail && !startsMeasure && !row && !resumes && !startsData(cells) && !endsLabels(cells, size)) {
      // the header's next line: its labels wrapped ("ผู้รับ" / "ผิดชอบ"), one label again
      tailTexts.push(texts.join('|'));
      const measureLabel = headerBlock?.cells[measureCol];
      if (
        cells[measureCol]!.length > 0 &&
        cells.some((c, i) => i !== measureCol && c.length > 0) &&
        measureLabel !== undefined &&
        hooks.isColumnName?.(joinCellLines([measureLabel, measureText])) === false
      ) {
        // a line that may be the first row, read as the labels' next line: never silently (S19-8)
        const text = texts.join(' | ');
        notice(
          { page: line.page, line: line.line },
          'pdf-layout-guessed',
          `บรรทัด "${text}" ใต้หัวตารางอ่านเป็นชื่อคอลัมน์ที่ขึ้นบรรทัดใหม่ (ตารางไม่มีเส้น) ถ้าเป็นมาตรการ จะไม่ได้นำเข้า กรุณาตรวจ หรือใช้ไฟล์ Word ต้นฉบับ`,
          `the line "${text}" under the header is read as its labels' next line (a table without rules); if it is a measure, it is not imported: check it, or import the Word original`,
          text,
        );
      }
      if (headerBlock)
        cells.forEach((c, i) => {
          if (c.length && headerBlock!.cells[i] !== undefined)
            if (monthRow?.merged?.[i] === null)
              // a month's label wrapped ("ต.ค." / "๖๖")
              monthRow.cells[i] = joinCellLines([monthRow.cells[i]!, c.map((p) => p.text).join(' ')]);
            else {
              headerBlock!.cells[i] = joinCellLines([headerBlock!.cells[i], c.map((p) => p.text).join(' ')]);
              if (monthRow) monthRow.cells[i] = headerBlock!.cells[i]!;
            }
        });
      return;
    }
    headerTail = false;
    headingRow = undefined;
    if (startsMeasure || !row || (resumes && !row.heading) || underGroupRow) {
      const y = baselineOf(line);
      if (row && rowTop?.page === line.page && row.cells.every((c) => c.length <= 1))
        oneLineRowStep = Math.min(oneLineRowStep, rowTop.y - y);
      rowTop = { page: line.page, y };
      flush();
      columnState = cells.map((c) => (c.length > 0 ? 'open' : undefined));
      row = { where: { page: line.page, line: line.line }, cells: cells.map(() => []), heading: byHeading };
    }
    cells.forEach((c, i) => {
      if (c.length === 0) return;
      const right = c.at(-1)!.right;
      columnEnds[i] = Math.max(columnEnds[i] ?? 0, right);
      const start = textStarts[i];
      if (!start) textStarts[i] = { x: c[0]!.x, lines: 1 };
      else if (start.lines >= 0) start.lines = Math.abs(c[0]!.x - start.x) <= 2 ? start.lines + 1 : -1;
      // the line's runs, for pushRow to leave struck text out (a piece split at a column has none)
      const runs = c.every((p) => p.runs) ? c.flatMap((p) => p.runs!) : undefined;
      row!.cells[i]!.push({ text: c.map((p) => p.text).join(' '), x: c[0]!.x, right, size, ...(runs ? { runs } : {}) });
    });
    if (ps.length === 1 && cells[0]!.length === 1 && cells.every((c, i) => i === 0 || c.length === 0))
      if (!startsHeading(texts[0]!)) loneAbove = { where: { page: line.page, line: line.line }, text: texts[0]! };
  };
  const end = () => {
    endTable();
    pageStart = undefined;
    headerBlock = undefined;
    table = undefined;
    headerText = '';
    headerTail = false;
    repeatedTail = [];
    headingParagraph = undefined;
    headingRow = undefined;
    labels = [];
    headerPieces = [];
    months = undefined;
    monthRow = undefined;
    monthsAgain = false;
    lastLine = undefined;
  };
  const readLine = line;
  return { line, end };
}
