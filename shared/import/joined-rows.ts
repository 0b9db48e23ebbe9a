// Table rows joined on one line (OCR lost a line break): "ตัวชี้วัดที่ 1 ⇥ มาตรการหนึ่ง ⇥ … ⇥ ตัวชี้วัดที่ 2 ⇥
// มาตรการสอง ⇥ …" holds two (or more) rows of the header's width one after the other. Read as
// one row, the cells past the header's width were dropped with only "8 cells, but the header has 4"
// (review 17 s18, S18-8). A row of k times the header's width whose every later part starts
// with an indicator heading, or fills at least half its cells, is read as k rows, with a notice.
// OCR may also put a space where the tab between the rows was ("กองคลัง ตัวชี้วัดที่ 8 ⇥ …", review
// 17 s19, S19-7): the cell holding the end of one row and the heading of the next is split there;
// a tab lost inside a row makes rows of fewer cells, split at their headings. A line read neither
// way that holds a heading past the header's width says which measure was not read.
import { toThaiDigits } from '../domain/thai-format.js';
import { columnOf } from './column-names.js';
import { findIndicator, parseIndicatorHeading } from './indicator-heading.js';
import type { SourceBlock, SourceDocument, SourceNotice } from './source-document.js';
import { normaliseThai } from './thai-text.js';

/** Does `part` (a row's width of cells) read as a row of its own? */
function startsRow(part: readonly string[]): boolean {
  const first = part.find((c) => c.trim());
  if (first !== undefined && parseIndicatorHeading(first)) return true;
  return part.filter((c) => c.trim()).length * 2 >= part.length && Boolean(part[0]?.trim() || part[1]?.trim());
}

/** The parts of `cells` when they are rows of `width` joined, else undefined. */
export function joinedRowParts(cells: readonly string[], width: number): string[][] | undefined {
  if (width < 2 || cells.length < 2 * width || cells.length % width !== 0) return undefined;
  const parts: string[][] = [];
  for (let at = 0; at < cells.length; at += width) parts.push(cells.slice(at, at + width));
  return parts.slice(1).every(startsRow) ? parts : undefined;
}

/**
 * The column where each row's indicator heading stands, when rows can be told apart by it: the
 * header's indicator column when it is the first or the last, the first column when it is the
 * measure column (its cells open with their heading, as the seed's do); undefined otherwise.
 */
export function headingColumn(header: readonly string[]): number | undefined {
  const roles = header.map((c) => columnOf(c).role);
  const indicator = roles.indexOf('indicator');
  if (indicator < 0) return roles[0] === 'measure' ? 0 : undefined;
  return indicator === 0 || indicator === header.length - 1 ? indicator : undefined;
}

/** What may stand before a heading opening a cell: a list number ("๒.") or bold markup. */
const HEADING_LEAD = /(?:<b>\s*)?(?:[0-9๐-๙]{1,2}\s*[.)]\s*)?(?:<b>\s*)?$/;

/** Where the first heading of `text` starts (with its list number) and where its number ends, if it has one. */
function headingStart(text: string): { at: number; end: number } | undefined {
  if (!text.trim()) return undefined;
  const found = findIndicator(text);
  if (!found) return undefined;
  const lead = HEADING_LEAD.exec(text.slice(0, found.index))!;
  return { at: lead.index, end: found.end };
}

/** Whether `cell` opens with an indicator heading (after a list number at most). */
function opensWithHeading(cell: string): boolean {
  return cell.trim() !== '' && headingStart(normaliseThai(cell))?.at === 0;
}

/**
 * Rows one line may hold for a split by spaces or headings: OCR joins a few rows, not hundreds; a
 * longer line (an adversarial one of a million tabs) is read as before, in time linear in it.
 */
const MAX_LINE_ROWS = 50;

/**
 * `cell` as the last cell of one row and the first of the next, joined by a space: split where the
 * next row's heading starts (heading column first: "กองคลัง ตัวชี้วัดที่ 8") or where the heading
 * ends (heading column last: "ตัวชี้วัดที่ 1 มาตรการสอง"). Undefined when the cell is no such join.
 */
function splitJoinedCell(cell: string, headingFirst: boolean): [string, string] | undefined {
  if (!cell.trim()) return undefined;
  const text = normaliseThai(cell);
  const heading = headingStart(text);
  if (!heading) return undefined;
  const [before, after] = headingFirst
    ? [text.slice(0, heading.at), text.slice(heading.at)]
    : heading.at === 0
      ? [text.slice(0, heading.end), text.slice(heading.end)]
      : ['', ''];
  // a space stands where the tab was, with words on both sides
  if (!/\s$/.test(before) && !/^\s/.test(after)) return undefined;
  if (!before.trim() || !after.trim()) return undefined;
  return [before.trim(), after.trim()];
}

/** How a line's rows were found (said in the notice). */
type Split = 'tabs' | 'space' | 'headings';

/**
 * The rows of a line of more cells than the header's `width`, and how they were found: whole rows
 * joined (joinedRowParts); else a cell at a row's end holding the next row's heading after a space
 * split there; else the line split at each heading of `column` into rows of at most `width` cells
 * (a tab lost inside a row leaves it short; `lineParts`: those rows' cells as the line held them).
 * Undefined when none of these reads the line.
 */
export function splitLine(
  cells: readonly string[],
  width: number,
  column: number | undefined,
): { parts: string[][]; split: Split; lineParts?: string[][] } | undefined {
  const whole = joinedRowParts(cells, width);
  if (whole) return { parts: whole, split: 'tabs' };
  if (width < 2 || cells.length <= width || cells.length > MAX_LINE_ROWS * width || column === undefined)
    return undefined;
  const headingFirst = column === 0;
  // a row's last cell holding the next row's first after a space (the tab between them lost)
  const fixed: string[] = [];
  let splits = 0;
  for (const cell of cells) {
    const halves = fixed.length % width === width - 1 ? splitJoinedCell(cell, headingFirst) : undefined;
    if (halves) splits++;
    fixed.push(...(halves ?? [cell]));
  }
  const spaced = splits > 0 ? joinedRowParts(fixed, width) : undefined;
  if (spaced && spaced.every((p) => opensWithHeading(p[column]!))) return { parts: spaced, split: 'space' };
  // rows told apart by their headings, a row short of a cell where a tab inside it was lost: each
  // opens with its heading (heading column first) or ends with it (last)
  const heads = cells.map(opensWithHeading);
  if (!heads[headingFirst ? 0 : cells.length - 1]) return undefined;
  const parts: string[][] = [];
  let part: string[] = [];
  cells.forEach((cell, j) => {
    if (heads[j] && headingFirst && j > 0) {
      parts.push(part);
      part = [];
    }
    part.push(cell);
    if (heads[j] && !headingFirst) {
      parts.push(part);
      part = [];
    }
  });
  if (part.length) parts.push(part);
  if (parts.length < 2 || parts.some((p) => p.length > width || p.length < 2)) return undefined;
  // the heading in its column: a short row's cells are its first ones (heading first) or its last
  return {
    parts: parts.map((p) =>
      headingFirst
        ? [...p, ...Array<string>(width - p.length).fill('')]
        : [...Array<string>(width - p.length).fill(''), ...p],
    ),
    split: 'headings',
    lineParts: parts,
  };
}

/** A line's cells as a notice quotes them: its first MAX_SOURCE characters. */
const MAX_SOURCE = 1000;
const lineSource = (cells: readonly string[]) => cells.slice(0, MAX_SOURCE).join(' | ').slice(0, MAX_SOURCE);

/** Text of the notice for a line split into `rows` rows of the header's `width`. */
function splitMessage(cellCount: number, rows: number, width: number, split: Split): { th: string; en: string } {
  const [n, k, w] = [toThaiDigits(cellCount), toThaiDigits(rows), toThaiDigits(width)];
  if (split === 'tabs')
    return {
      th: `บรรทัดนี้มี ${n} ช่อง เท่ากับ ${k} แถวของหัวตาราง (${w} ช่อง) ต่อกัน จึงอ่านเป็น ${k} แถว ตรวจว่าแบ่งแถวถูกต้อง`,
      en: `this line has ${cellCount} cells, ${rows} rows of the header's ${width} joined: read as ${rows} rows; check they are split right`,
    };
  if (split === 'space')
    return {
      th: `บรรทัดนี้มี ${n} ช่อง คือ ${k} แถวของหัวตาราง (${w} ช่อง) ต่อกัน โดยมีเว้นวรรคแทนการขึ้นช่องใหม่ก่อนตัวชี้วัดของแถวถัดไป จึงแยกช่องนั้นและอ่านเป็น ${k} แถว ตรวจว่าแบ่งแถวถูกต้อง`,
      en: `this line has ${cellCount} cells: ${rows} rows of the header's ${width} joined, a space where the cell break before the next row's indicator was; that cell was split and the line read as ${rows} rows; check they are split right`,
    };
  return {
    th: `บรรทัดนี้มี ${n} ช่อง มีหลายแถวต่อกันแต่จำนวนช่องไม่ครบ ${w} ช่องทุกแถว จึงแบ่งแถวที่ตัวชี้วัดแต่ละข้อและอ่านเป็น ${k} แถว แถวที่ช่องไม่ครบอาจมีสองช่องอยู่ในช่องเดียว ตรวจช่องของแต่ละแถว`,
    en: `this line has ${cellCount} cells: several rows joined, not all of the header's ${width} cells; it was split at each indicator heading and read as ${rows} rows; a short row may hold two cells in one: check each row's cells`,
  };
}

/**
 * A notice for a line of more cells than the header's that could not be split into rows, when the
 * cells past the header's width hold an indicator heading: the measure it opens is not read.
 */
function lostHeadingNotice(block: SourceBlock & { kind: 'row' }, width: number, at: number): SourceNotice | undefined {
  // the cells of the rows a line may hold (MAX_LINE_ROWS) past the header's
  const past = block.cells.slice(width, MAX_LINE_ROWS * width);
  const i = past.findIndex((c) => c.trim() && findIndicator(normaliseThai(c)));
  if (i < 0) return undefined;
  const quoted = past
    .slice(i)
    .filter((c) => c.trim())
    .join(' | ')
    .slice(0, 200);
  const found = findIndicator(normaliseThai(past[i]!))!;
  const no = toThaiDigits(found.no);
  return {
    block: at,
    where: block.where,
    code: 'rows-joined-on-line',
    message_th: `บรรทัดนี้มี ${toThaiDigits(block.cells.length)} ช่อง เกินหัวตาราง (${toThaiDigits(width)} ช่อง) และช่องที่เกินมีตัวชี้วัดที่ ${no} ("${quoted}") ซึ่งอาจเป็นมาตรการอีกแถวที่ต่อท้ายบรรทัด แบ่งแถวไม่ได้ จึงไม่ได้นำเข้ามาตรการนั้น กรุณาเพิ่มเอง`,
    message_en: `this line has ${block.cells.length} cells, more than the header's ${width}, and the cells past it hold indicator ${found.no} ("${quoted}"): likely another row joined on the line; it could not be split, so that measure was not imported: add it`,
    source: lineSource(block.cells),
  };
}

/**
 * `doc` with each row after a table header (`isHeader`) that holds whole rows of the header's width
 * joined (splitLine) read as those rows, each noticed 'rows-joined-on-line'. Rows with merge
 * or strike marks (Word, Excel) are left as they are: their cells are a grid's, not a line's.
 */
export function withJoinedRowsSplit(doc: SourceDocument, isHeader: (cells: string[]) => boolean): SourceDocument {
  let width = 0;
  let column: number | undefined;
  /** the header's units column (-1: none) */
  let unitsColumn = -1;
  /** the row as read, marked short (a tab lost) when the header's units column is past its line's cells */
  const marked = (block: SourceBlock & { kind: 'row' }, line: string[]): SourceBlock =>
    unitsColumn >= 0 && line.length < width && (unitsColumn >= line.length || line.length < block.cells.length)
      ? { ...block, short: { cells: line, unitsColumn } }
      : block;
  /** the blocks as split, once a row is (until then the document's own: most have none to split) */
  let blocks: SourceBlock[] | undefined;
  const notices: SourceNotice[] = [];
  doc.blocks.forEach((block, i) => {
    if (block.kind !== 'row') {
      blocks?.push(block);
      return;
    }
    if (isHeader(block.cells)) {
      width = block.cells.length;
      column = headingColumn(block.cells);
      unitsColumn = block.cells.findIndex((c) => columnOf(c).role === 'responsible');
      blocks?.push(block);
      return;
    }
    // a row short of the header's cells, its units column among those missing: marked (SourceBlock.short)
    if (!block.merged && !block.struck && unitsColumn >= block.cells.length && block.cells.length >= 2) {
      blocks ??= doc.blocks.slice(0, i);
      blocks.push(marked(block, block.cells));
      return;
    }
    const found =
      block.merged || block.struck || block.cells.length <= width ? undefined : splitLine(block.cells, width, column);
    if (!found) {
      if (width >= 2 && block.cells.length > width && !block.merged && !block.struck) {
        const lost = lostHeadingNotice(block, width, blocks?.length ?? i);
        if (lost) notices.push(lost);
      }
      blocks?.push(block);
      return;
    }
    const { parts, split, lineParts } = found;
    blocks ??= doc.blocks.slice(0, i);
    const said = splitMessage(block.cells.length, parts.length, width, split);
    notices.push({
      block: blocks.length,
      where: block.where,
      code: 'rows-joined-on-line',
      message_th: said.th,
      message_en: said.en,
      source: lineSource(block.cells),
    });
    parts.forEach((cells, k) => blocks!.push(marked({ ...block, cells }, lineParts?.[k] ?? cells)));
  });
  if (!blocks && notices.length === 0) return doc;
  return { ...doc, blocks: blocks ?? doc.blocks, notices: [...(doc.notices ?? []), ...notices] };
}
