// Table rows joined on one line (OCR lost a line break): "ตัวชี้วัดที่ 1 ⇥ มาตรการหนึ่ง ⇥ … ⇥ ตัวชี้วัดที่ 2 ⇥
// มาตรการสอง ⇥ …" holds two (or more) rows of the header's width one after the other. Read as
// one row, the cells past the header's width were dropped with only "8 cells, but the header has 4"
// (review 17 s18, S18-8). A row of k times the header's width whose every later part starts
// with an indicator heading, or fills at least half its cells, is read as k rows, with a notice.
import { toThaiDigits } from '../domain/thai-format.js';
import { parseIndicatorHeading } from './indicator-heading.js';
import type { SourceBlock, SourceDocument, SourceNotice } from './source-document.js';

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
 * `doc` with each row after a table header (`isHeader`) that holds whole rows of the header's width
 * joined (joinedRowParts) read as those rows, each noticed 'rows-joined-on-line'. Rows with merge
 * or strike marks (Word, Excel) are left as they are: their cells are a grid's, not a line's.
 */
export function withJoinedRowsSplit(doc: SourceDocument, isHeader: (cells: string[]) => boolean): SourceDocument {
  let width = 0;
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
      blocks?.push(block);
      return;
    }
    const parts = block.merged || block.struck ? undefined : joinedRowParts(block.cells, width);
    if (!parts) {
      blocks?.push(block);
      return;
    }
    blocks ??= doc.blocks.slice(0, i);
    notices.push({
      block: blocks.length,
      where: block.where,
      code: 'rows-joined-on-line',
      message_th: `บรรทัดนี้มี ${toThaiDigits(block.cells.length)} ช่อง เท่ากับ ${toThaiDigits(parts.length)} แถวของหัวตาราง (${toThaiDigits(width)} ช่อง) ต่อกัน จึงอ่านเป็น ${toThaiDigits(parts.length)} แถว ตรวจว่าแบ่งแถวถูกต้อง`,
      message_en: `this line has ${block.cells.length} cells, ${parts.length} rows of the header's ${width} joined: read as ${parts.length} rows; check they are split right`,
      source: block.cells.join(' | '),
    });
    for (const cells of parts) blocks.push({ ...block, cells });
  });
  if (!blocks) return doc;
  return { ...doc, blocks, notices: [...(doc.notices ?? []), ...notices] };
}
