// A table row of a text file broken over two lines (OCR, line wrapping, a copy out of a PDF): the
// heading on a line of its own, a cell cut in the middle, or the line cut at a tab. Review 17 s11,
// S11-37: the first part was read as prose, which ended the table, and the measure was lost.
import { toThaiDigits } from '../domain/thai-format.js';
import { isPageFurniture, isPageNumber } from './page-furniture.js';
import { isSignatureLine, isSignerPosition } from './sign-off-lines.js';
import type { SourceBlock } from './source-document.js';
import { quoteStart } from './warning-quotes.js';

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

/** A note under a table ("หมายเหตุ …", "ที่มา …"): no piece of a cell. Page furniture is page-furniture.ts's, sign-off lines sign-off-lines.ts's. */
const NOTE = /^\s*(?:หมายเหตุ|ที่มา)/;
/** words of a plan's title, never of a unit's name: a running title between rows (S13-2) */
const TITLE_WORDS = /คุณธรรม|โปร่งใส|ปีงบประมาณ|\bITA\b/i;
/** a footer's page number after its text ("งานวิเคราะห์นโยบายและแผน สำนักปลัดเทศบาล ๒"): no unit's name ends so */
const ENDS_WITH_PAGE_NUMBER = /\S\s+[0-9๐-๙]{1,3}\s*$/;
/** a wrapped units cell is short: a longer line after the table is prose, not a unit's name */
const MAX_UNITS_PIECE = 80;
const MAX_CELL_PIECE = 300;

export interface WrappedCell {
  /** the row with the lines joined into its last cell (or as its last cell, when it was cut at its last tab) */
  row: SourceBlock & { kind: 'row' };
  /** the indexes of the lines joined, and their text */
  lines: { index: number; line: number; text: string }[];
  /** the lines are not joined: read as the table's sign-off, they name units, so they are said */
  signOff?: true;
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
    /** the document's running title, repeated at a page's top */
    title?: (text: string) => boolean;
    /** a line met more than once between rows (a footer at every page break) */
    repeated?: (text: string) => boolean;
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
    if (
      !text ||
      NOTE.test(text) ||
      isPageFurniture(text) ||
      isSignatureLine(text) ||
      is.heading(text) ||
      is.title?.(text)
    )
      break;
    if (units && (ENDS_WITH_PAGE_NUMBER.test(text) || TITLE_WORDS.test(text))) break;
    if (units && is.repeated?.(text) && !is.namesUnits(text)) break;
    lines.push({ index: j, line: b.where.line, text });
    line = b.where.line;
  }
  if (lines.length === 0) return undefined;
  const after = blocks[j];
  const rowAfter = after?.kind === 'row' && after.where.line === line + 1 ? after : undefined;
  const joinedCell = [row.cells.length === width ? row.cells.at(-1)!.trim() : '', ...lines.map((l) => l.text)]
    .join(' ')
    .trim();
  // every line names units, or the cell with them does ("สำนักปลัด ทุก⏎กองงาน")
  const allUnits = units && (lines.every((l) => is.namesUnits(l.text)) || is.namesUnits(joinedCell));
  if (rowAfter && !is.startsMeasure(rowAfter.cells) && !allUnits) return undefined;
  // under the table's last row, lines that do not name units are the sign-off or a note, not a
  // units cell's rest ("ผู้อำนวยการกองคลัง", "ปลัดเทศบาล": review 17 s13, S13-1); a signer's
  // position is the cell's rest only when the cell itself names positions ("ผู้อำนวยการกองช่าง⏎
  // ผู้อำนวยการกองการศึกษา": S14-1). Lines left out that name units are said (signOff).
  const ownPositions = row.cells.length === width && isSignerPosition(row.cells.at(-1)!);
  if (!rowAfter && units && (!allUnits || (!ownPositions && lines.some((l) => isSignerPosition(l.text))))) {
    const naming = lines.filter((l) => is.namesUnits(l.text));
    return naming.length > 0 ? { row, lines: naming, column, signOff: true } : undefined;
  }
  const pieces = lines.map((l) => l.text);
  const cells =
    row.cells.length === width
      ? [...row.cells.slice(0, -1), [row.cells.at(-1)!.trimEnd(), ...pieces].join(' ')]
      : [...row.cells, pieces.join(' ')];
  return { row: { ...row, cells }, lines, column };
}

/** The warning of lines under the last row that name units but were read as its sign-off (S14-1). */
export function signOffLinesMessage(wrapped: WrappedCell): { th: string; en: string; source: string } {
  const text = wrapped.lines.map((l) => l.text).join(' ');
  const first = wrapped.lines[0]!.line;
  return {
    th: `บรรทัด ${toThaiDigits(first)} "${text}" อยู่ใต้แถวสุดท้ายของตาราง ถือเป็นส่วนลงนามท้ายตาราง จึงไม่ได้นำเข้า ถ้าเป็นหน่วยงานผู้รับผิดชอบของแถวบน ให้เพิ่มหน่วยงานนั้นในมาตรการเอง`,
    en: `line ${first} ("${text}") under the table's last row was read as its sign-off and not imported; if it names the units responsible for the row above, add them to that measure`,
    source: text,
  };
}

/** The warning of lines joined into a row's last cell (`label`: that column's header). */
export function wrappedCellMessage(
  wrapped: WrappedCell,
  label: string,
  unitsColumn = false,
): { th: string; en: string; source: string } {
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
    th: `บรรทัด ${lines} ("${text}") ไม่มีแท็บ จึงถือเป็นส่วนต่อของช่อง "${column}" ของแถวบรรทัด ${toThaiDigits(row)} (ข้อความในช่องที่ขึ้นบรรทัดใหม่)${unitsColumn ? ' หน่วยงานในบรรทัดนี้จึงเป็นผู้รับผิดชอบมาตรการของแถวนั้นด้วย' : ''} กรุณาตรวจ`,
    en: `line ${first === last ? first : `${first}-${last}`} ("${text}") has no tab: it is read as the rest of the "${column}" cell of the row on line ${row} (a cell's text wrapped onto a new line)${unitsColumn ? ", so the units it names are responsible for that row's measure too" : ''}; check it`,
    source: text,
  };
}

/** page furniture allowed between the halves: a footer, the running title, the repeated header */
const MAX_FURNITURE = 6;

export interface PageBreakJoin {
  row: SourceBlock & { kind: 'row' };
  /** the indexes of the blocks taken (the furniture and the second half) */
  taken: number[];
  /** the furniture's text, as the warning quotes it, and the second half's line */
  furniture: string[];
  nextLine: number;
}

/**
 * A row of a text file broken by a page break (review 17 s12, S12-9): `first` (a row of fewer
 * cells than `width`, or a line without tabs) and the row after the page's furniture (blank lines,
 * a page number, the running title `isTitle`, the repeated header `isHeader`) that together make
 * `width` cells, joined as brokenRowJoined joins two consecutive lines. Undefined when no furniture
 * stands between them (brokenRowJoined's case) or the parts do not make the header's width.
 */
export function pageBreakJoined(
  first: SourceBlock,
  blocks: readonly SourceBlock[],
  at: number,
  width: number,
  isHeader: (cells: string[]) => boolean,
  isTitle: (text: string) => boolean,
): PageBreakJoin | undefined {
  if (first.where.line === undefined || first.where.table !== undefined || first.where.sheet !== undefined)
    return undefined;
  if (first.where.page !== undefined) return undefined;
  const a = first.kind === 'text' ? [first.text] : first.cells;
  if (a.length >= width) return undefined;
  const furniture: string[] = [];
  let j = at;
  for (; j < blocks.length && j < at + MAX_FURNITURE; j++) {
    const b = blocks[j]!;
    if (b.kind === 'text' && (isPageNumber(b.text) || isTitle(b.text))) furniture.push(b.text.trim());
    else if (b.kind === 'row' && isHeader(b.cells)) furniture.push(b.cells.map((c) => c.trim()).join(' | '));
    else break;
  }
  const next = blocks[j];
  const gap = next !== undefined && next.where.line !== undefined && next.where.line > first.where.line + 1;
  if (next?.kind !== 'row' || next.where.line === undefined) return undefined;
  // blank lines alone part a row's halves only: a line of text before them is prose
  if (furniture.length === 0 && (!gap || first.kind === 'text')) return undefined;
  if (first.kind === 'text' && (NOTE.test(first.text) || isPageFurniture(first.text) || isSignatureLine(first.text)))
    return undefined;
  const joined = brokenRowJoined(
    first,
    { ...next, where: { ...next.where, line: first.where.line + 1 } },
    width,
    isHeader,
  );
  if (!joined || joined.kind !== 'row') return undefined;
  if (furniture.length === 0) furniture.push('');
  const taken = Array.from({ length: j - at + 1 }, (_, k) => at + k);
  return { row: joined, taken, furniture, nextLine: next.where.line };
}

/** The warning of a row joined over a page break. */
export function pageBreakMessage(join: PageBreakJoin): { th: string; en: string; source: string } {
  const line = join.row.where.line ?? 0;
  const skipped = join.furniture
    .filter(Boolean)
    .map((f) => `"${quoteStart(f, 80)}"`)
    .join(', ');
  const th = skipped ? ` โดยข้าม ${skipped}` : ' โดยข้ามบรรทัดว่าง';
  const en = skipped ? `, skipping ${skipped}` : ', skipping blank lines';
  return {
    th: `แถวบรรทัด ${toThaiDigits(line)} ขาดตอนที่ขึ้นหน้าใหม่ จึงต่อกับแถวบรรทัด ${toThaiDigits(join.nextLine)}${th} กรุณาตรวจว่าต่อถูกต้อง`,
    en: `the row on line ${line} breaks at a page break: it is joined with the row on line ${join.nextLine}${en}; check the join`,
    source: join.furniture.filter(Boolean).join(' / ').slice(0, 200),
  };
}

/**
 * The lines without tabs that a text file has more than once, digits aside ("… สำนักปลัดเทศบาล ๒",
 * "… ๓"): a footer or running head met at every page break (review 17 s13, S13-2). One pass.
 */
export function repeatedLines(blocks: readonly SourceBlock[]): (text: string) => boolean {
  const key = (t: string) =>
    t
      .replace(/[0-9๐-๙]+/g, '#')
      .replace(/\s+/g, ' ')
      .trim();
  const seen = new Map<string, number>();
  for (const b of blocks) {
    if (b.kind !== 'text' || b.where.line === undefined) continue;
    const k = key(b.text);
    if (k && k.length <= 200) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  return (text) => (seen.get(key(text)) ?? 0) > 1;
}
