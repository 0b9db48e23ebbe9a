// A table row of a text file broken over two lines (OCR, line wrapping, a copy out of a PDF): the
// heading on a line of its own, a cell cut in the middle, or the line cut at a tab. Review 17 s11,
// S11-37: the first part was read as prose, which ended the table, and the measure was lost.
import { toThaiDigits } from '../domain/thai-format.js';
import type { SourceBlock } from './source-document.js';

/**
 * The one row that `first` and `next` are, or undefined. Both must be consecutive lines of a text
 * file (`where.line`), `first` a line without tabs or a row of fewer cells than the table's `width`,
 * and `next` a row that together with it makes `width` cells: cut inside a cell (the two halves of
 * that cell joined with a space) or at a tab (the cells side by side). A `next` that is a header
 * row (`isHeader`) is never joined.
 */
export function brokenRowJoined(
  first: SourceBlock,
  next: SourceBlock | undefined,
  width: number,
  isHeader: (cells: string[]) => boolean,
): SourceBlock | undefined {
  if (next?.kind !== 'row' || first.where.line === undefined || next.where.line !== first.where.line + 1)
    return undefined;
  if (first.where.table !== undefined || first.where.sheet !== undefined || first.where.page !== undefined)
    return undefined;
  const a = first.kind === 'text' ? [first.text] : first.cells;
  const b = next.cells;
  if (a.length >= width || b.length > width || isHeader(b)) return undefined;
  const cells =
    a.length + b.length - 1 === width
      ? [...a.slice(0, -1), `${a.at(-1)!.trimEnd()} ${b[0]!.trimStart()}`, ...b.slice(1)]
      : a.length + b.length === width
        ? [...a, ...b]
        : undefined;
  return cells && { kind: 'row', where: first.where, cells };
}

/** A line that is no piece of a cell: a note, a sign-off, a page's number or footer. */
const NOT_A_CELL_PIECE = /^\s*(?:หมายเหตุ|ที่มา|ลงชื่อ|ลงนาม|หน้า\s*[0-9๐-๙]|-\s*[0-9๐-๙]+\s*-|page\s*[0-9])/i;
/** a wrapped units cell is short: a longer line after the table is prose, not a unit's name */
const MAX_UNITS_PIECE = 80;
const MAX_CELL_PIECE = 300;

export interface WrappedCell {
  /** the row with the lines joined into its last cell (or as its last cell, when it was cut at its last tab) */
  row: SourceBlock & { kind: 'row' };
  /** the indexes of the lines joined, and their text */
  lines: { index: number; line: number; text: string }[];
  /** the 0-based column the lines went into */
  column: number;
}

/**
 * The lines without tabs right under a row of a text file that continue its last cell (a wrapped
 * "สำนักปลัด⏎ทุกกองงาน", review 17 s12, S12-4), or undefined. `row` is `blocks[at - 1]` or its
 * join; the lines must follow it line by line. They are the row's when the line after them is no
 * row going on from them: a blank line, the end, a note or heading, or a row that starts a measure
 * of its own (`startsMeasure`); before a row that does not, only lines naming units (`namesUnits`)
 * are taken (else they are that row's broken first cell: brokenRowJoined). A units column
 * (`unitsColumn`) takes short lines only; a long line among them makes them all prose.
 */
export function wrappedCellLines(
  row: SourceBlock,
  blocks: readonly SourceBlock[],
  at: number,
  width: number,
  is: {
    heading: (text: string) => boolean;
    startsMeasure: (cells: string[]) => boolean;
    namesUnits: (text: string) => boolean;
    unitsColumn: (j: number) => boolean;
  },
): WrappedCell | undefined {
  if (row.kind !== 'row' || row.where.line === undefined) return undefined;
  if (row.where.table !== undefined || row.where.sheet !== undefined || row.where.page !== undefined) return undefined;
  if (row.cells.length !== width && row.cells.length !== width - 1) return undefined;
  const column = width - 1;
  const units = is.unitsColumn(column);
  const lines: WrappedCell['lines'] = [];
  let line = row.where.line;
  let j = at;
  for (; j < blocks.length; j++) {
    const b = blocks[j]!;
    if (b.kind !== 'text' || b.where.line !== line + 1) break;
    const text = b.text.trim();
    // a long line right under short ones: a paragraph of prose, none of them a cell's
    if (text.length > (units ? MAX_UNITS_PIECE : MAX_CELL_PIECE)) return undefined;
    if (!text || NOT_A_CELL_PIECE.test(text) || is.heading(text)) break;
    lines.push({ index: j, line: b.where.line, text });
    line = b.where.line;
  }
  if (lines.length === 0) return undefined;
  const after = blocks[j];
  const rowAfter = after?.kind === 'row' && after.where.line === line + 1 ? after : undefined;
  if (rowAfter && !is.startsMeasure(rowAfter.cells) && !(units && lines.every((l) => is.namesUnits(l.text))))
    return undefined;
  const pieces = lines.map((l) => l.text);
  const cells =
    row.cells.length === width
      ? [...row.cells.slice(0, -1), [row.cells.at(-1)!.trimEnd(), ...pieces].join(' ')]
      : [...row.cells, pieces.join(' ')];
  return { row: { ...row, cells }, lines, column };
}

/** The warning of lines joined into a row's last cell (`label`: that column's header). */
export function wrappedCellMessage(wrapped: WrappedCell, label: string): { th: string; en: string; source: string } {
  const first = wrapped.lines[0]!.line;
  const last = wrapped.lines.at(-1)!.line;
  const text = wrapped.lines
    .map((l) => l.text)
    .join(' ')
    .slice(0, 200);
  const column = label.slice(0, 60);
  const row = wrapped.row.where.line ?? 0;
  const lines = first === last ? toThaiDigits(first) : `${toThaiDigits(first)}-${toThaiDigits(last)}`;
  return {
    th: `บรรทัด ${lines} ("${text}") ไม่มีแท็บ จึงถือเป็นส่วนต่อของช่อง "${column}" ของแถวบรรทัด ${toThaiDigits(row)} (ข้อความในช่องที่ขึ้นบรรทัดใหม่) กรุณาตรวจ`,
    en: `line ${first === last ? first : `${first}-${last}`} ("${text}") has no tab: it is read as the rest of the "${column}" cell of the row on line ${row} (a cell's text wrapped onto a new line); check it`,
    source: text,
  };
}
