// A table row of a text file broken over two lines (OCR, line wrapping, a copy out of a PDF): the
// heading on a line of its own, a cell cut in the middle, or the line cut at a tab. Review 17 s11,
// S11-37: the first part was read as prose, which ended the table, and the measure was lost.
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
