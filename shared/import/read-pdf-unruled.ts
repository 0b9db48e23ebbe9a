// A PDF table drawn without rules (text only): lines rebuilt from baselines, columns from the
// header row's x positions, a row running from one measure heading ("ตัวชี้วัดที่ ...") to the next,
// across pages. The fallback of read-pdf.ts for pages that draw no table.
import { isRowNumber } from './column-names.js';
import { isOneIndicatorNumber } from './indicator-column.js';
import { findIndicator } from './indicator-heading.js';
import { type CellLine, cellTextOf } from './pdf-cell-paragraphs.js';
import { CELL_GAP, joinCellLines, pieces } from './pdf-text-lines.js';
import { isPageNumber } from './page-furniture.js';
import type { PositionedText } from './pdf-ruled-tables.js';
import type { SourceBlock, SourceNotice } from './source-document.js';
import { type UnruledColumns, unruledColumns } from './unruled-columns.js';
import { isSignatureLine, isSignerPosition } from './sign-off-lines.js';
import { normaliseThai, startsListItem } from './thai-text.js';
import { splitAtColumn } from './run-split.js';
import { toThaiDigits } from '../domain/thai-format.js';

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
}

/** Text in a larger type than the header's by this factor is a heading: the table has ended. */
const HEADING_SIZE = 1.3;
/** A cell's padding (points) each side, as Word and LibreOffice leave it: a column's text ends two before the next one's. */
const PADDING = 5.5;
/** Text running this far (points) past the next column's start is not placed with certainty. */
const OVERRUN = 3;
/** A gap this many line pitches above a line of signers' positions sets it apart from the rows. */
const SIGN_OFF_GAP = 2;

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
  let row: { where: SourceBlock['where']; cells: CellLine[][]; heading: boolean } | undefined;
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
  /**
   * Which columns of the row (or of the header's lines) have had text, and which have had text and
   * then a line without: a cell's text runs on line after line, so a column that ended and has
   * text again holds the next row's cell (review 17 s14, S14-6: rows without a measure heading).
   */
  let columnState: ('open' | 'closed' | undefined)[] = [];
  /** a measure heading paragraph across the columns: the lines under it without a header say so */
  let headingParagraph: { where: SourceBlock['where']; text: string } | undefined;
  const flush = () => {
    if (row) blocks.push({ kind: 'row', where: row.where, cells: row.cells.map((lines, c) => cellOf(lines, c)) });
    row = undefined;
    columnState = [];
  };
  /**
   * A cell's text: its lines in paragraphs where a line left room for the next one's first word or
   * two cadences part (pdf-cell-paragraphs.ts). A column's text may run to the next column's start
   * less two paddings, or as far as any of its lines did.
   */
  const cellOf = (lines: CellLine[], c: number): string => {
    if (lines.length < 2 || !table) return lines.map((l) => l.text).join(' ');
    const starts = table.starts;
    const next = starts[c + 1];
    const right = next === undefined ? columnEnds[c]! : Math.max(next - 2 * PADDING, columnEnds[c] ?? 0);
    const text = cellTextOf([lines], { left: starts[c]!, right });
    return text.startsWith('<p>') ? text : joinCellLines(lines.map((l) => l.text));
  };
  /** the text in the measure column of a line's runs */
  const measureTextOf = (runs: PositionedText[]) => {
    const ps = pieces(runs);
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
    blocks.push({ kind: 'row', where, cells: starts.map((_, c) => (c === measureCol ? text : '')) });
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
  const line = (line: UnruledLine) => {
    const ps = pieces(line.runs);
    const texts = ps.map((p) => normaliseThai(p.text));
    if (line.last && ps.length === 1 && isPageNumber(texts[0]!.trim())) return;
    if (ps.length >= 3 && !texts.some(startsHeading) && hooks.isHeader(texts)) {
      headingParagraph = undefined;
      // the same header again (a new page): the row goes on; another header: a new table
      if (texts.join('|') !== headerText) {
        flush();
        columnEnds = [];
        headerText = texts.join('|');
        pitch = Infinity;
        tailTexts = [];
        headerBlock = { kind: 'row', where: { page: line.page, line: line.line }, cells: texts };
        blocks.push(headerBlock);
        headerTail = true;
      } else repeatedTail = [...tailTexts];
      table = unruledColumns(ps);
      lastLine = { page: line.page, y: line.runs[0]!.y };
      headerSize = Math.max(...line.runs.map((r) => r.size));
      measureCol = hooks.measureColumn(texts);
      indicatorCol = hooks.indicatorColumn?.(texts) ?? -1;
      rowNumberCol = hooks.rowNumberColumn?.(texts) ?? -1;
      if (headerTail) columnState = texts.map(() => 'open');
      return;
    }
    if (repeatedTail.length && repeatedTail[0] === texts.join('|')) {
      repeatedTail.shift();
      return;
    }
    repeatedTail = [];
    if (!table) {
      const text = texts.join(' ');
      if (endedAt && !headingAfterEndSaid && (findIndicator(text)?.index ?? 99) < 12) {
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
      blocks.push({ kind: 'text', where: { page: line.page, line: line.line }, text });
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
    const cells: { text: string; x: number; right: number }[][] = columns.map(() => []);
    // a heading (larger type) or a paragraph running across a whole next column: the table has ended
    let ended = Math.max(...line.runs.map((r) => r.size)) > headerSize * HEADING_SIZE;
    const over: { column: number; text: string }[] = [];
    const placed = table.columnsOf(ps);
    const gapAbove = below(line);
    if (row && signsOff(texts, placed, gapAbove)) {
      end();
      blocks.push({ kind: 'text', where: { page: line.page, line: line.line }, text: texts.join(' ').trim() });
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
      cells[c]!.push({ text: texts[i]!, x: p.x, right: p.x + p.width });
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
      blocks.push({ kind: 'text', where: { page: line.page, line: line.line }, text: texts.join(' ') });
      return;
    }
    const measureText = cells[measureCol]!.map((p) => p.text).join(' ');
    const byHeading = headingStarts(measureText, line.next && measureTextOf(line.next));
    const startsMeasure = byHeading || startsByNumber(cells);
    // a column whose cell ended has text again, beside measure text: the next row's cells (a row
    // started by a measure heading runs to the next heading, as before)
    const resumes = cells[measureCol]!.length > 0 && cells.some((c, i) => c.length > 0 && columnState[i] === 'closed');
    // a heading alone in its row's lines, then a numbered measure with other cells: a group row
    const underGroupRow =
      row?.heading === true &&
      startsListItem(measureText) &&
      cells.filter((c, i) => i !== measureCol && c.length > 0).length >= 2 &&
      columnState.every((s, i) => i === measureCol || s === undefined);
    columnState = cells.map((c, i) => (c.length > 0 ? 'open' : columnState[i] && 'closed'));
    if (headerTail && !startsMeasure && !row && !resumes && !startsData(cells)) {
      // the header's next line: its labels wrapped ("ผู้รับ" / "ผิดชอบ"), one label again
      tailTexts.push(texts.join('|'));
      if (headerBlock)
        cells.forEach((c, i) => {
          if (c.length && headerBlock!.cells[i] !== undefined)
            headerBlock!.cells[i] = joinCellLines([headerBlock!.cells[i], c.map((p) => p.text).join(' ')]);
        });
      return;
    }
    headerTail = false;
    if (startsMeasure || !row || (resumes && !row.heading) || underGroupRow) {
      flush();
      columnState = cells.map((c) => (c.length > 0 ? 'open' : undefined));
      row = { where: { page: line.page, line: line.line }, cells: cells.map(() => []), heading: byHeading };
    }
    const size = Math.max(...line.runs.map((r) => r.size));
    cells.forEach((c, i) => {
      if (c.length === 0) return;
      const right = c.at(-1)!.right;
      columnEnds[i] = Math.max(columnEnds[i] ?? 0, right);
      row!.cells[i]!.push({ text: c.map((p) => p.text).join(' '), x: c[0]!.x, right, size });
    });
  };
  const end = () => {
    flush();
    columnEnds = [];
    headerBlock = undefined;
    table = undefined;
    headerText = '';
    headerTail = false;
    tailTexts = [];
    repeatedTail = [];
    headingParagraph = undefined;
    lastLine = undefined;
    pitch = Infinity;
  };
  return { line, end };
}
