// A text plan whose columns are aligned with spaces, one row a line (OCR "keep layout", a table
// copied with its tabs turned to spaces) is read: from the header line found by spaceAlignedHeader
// on, a line that splits at its column gaps into as many cells as the header has is a row of those
// cells; any other line stays text (a wrapped cell's line, read as such). The warning asks to check
// the columns (review 17 s11, S11-7; review 17 s14, S14-11). Rows a line spreads over several lines
// (pdftotext -layout) are not read this way: the "no measures" warning says so.
import { toThaiDigits } from '../domain/thai-format.js';
import type { SourceBlock, SourceDocument } from './source-document.js';
import { counted } from '../domain/english-count.js';

/** Two or more spaces (or an ideographic space) between two words: a column gap. */
const GAP = /[ \u00a0]{2,}|\u3000+/;
/** The longest line split: bounded work whatever the input. */
const MAX_LINE = 20_000;

export interface SpaceAlignedRows {
  document: SourceDocument;
  /** lines read as rows, the header's included */
  rows: number;
  columns: number;
}

/**
 * `document` with the space-aligned lines from `header` on that split into the header's width and
 * hold an indicator heading read as rows; undefined when none under it does.
 */
export function spaceAlignedRows(
  document: SourceDocument,
  header: SourceBlock,
  opensMeasure: (cell: string) => boolean,
): SpaceAlignedRows | undefined {
  const at = document.blocks.indexOf(header);
  if (at < 0 || header.kind !== 'text') return undefined;
  const columns = header.text.trim().split(GAP).length;
  let rows = 1;
  const blocks = document.blocks.map((b, i): SourceBlock => {
    if (i < at || b.kind !== 'text' || b.text.length > MAX_LINE) return b;
    const cells = b.text.trim().split(GAP);
    if (i === at) return { kind: 'row', where: b.where, cells };
    // a row of the header's width with an indicator heading in a cell (a wrapped line of a layout has none)
    if (cells.length !== columns || !cells.some(opensMeasure)) return b;
    rows++;
    return { kind: 'row', where: b.where, cells };
  });
  return rows > 1 ? { document: { ...document, blocks }, rows, columns } : undefined;
}

/** The warning that the columns were read from the gaps of spaces, Thai first. */
export function spaceAlignedRowsMessage(read: SpaceAlignedRows): { th: string; en: string } {
  return {
    th: `คอลัมน์ของตารางคั่นด้วยช่องว่าง ไม่ใช่แท็บ จึงแบ่งคอลัมน์ตามช่องว่างตั้งแต่ ๒ ช่องขึ้นไป (${toThaiDigits(read.columns)} คอลัมน์ ${toThaiDigits(read.rows - 1)} แถว) กรุณาตรวจว่าข้อความแต่ละช่องอยู่ในคอลัมน์ที่ถูกต้อง`,
    en: `the table's columns are separated by spaces, not tabs: they were split at runs of 2 or more spaces (${read.columns} columns, ${counted(read.rows - 1, 'row')}); check that each text is in the right column`,
  };
}
