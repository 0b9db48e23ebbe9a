// A Word plan laid out with tab stops instead of a table: each measure one body paragraph, its
// columns separated by tabs. When no table row of the document is a plan header but a tabbed
// paragraph is, that paragraph and the tabbed ones after it are rows, read as a tab-separated
// text's lines are (readTextDocument).
import type { SourceBlock } from './source-document.js';
import { normaliseThai } from './thai-text.js';

/**
 * `tabbed`: block index -> the cells of a body paragraph with tabs. Turns those blocks into rows
 * from the first one that is a plan header on, when no row of `blocks` is one.
 */
export function withTabRows(
  blocks: SourceBlock[],
  tabbed: ReadonlyMap<number, string[]>,
  isHeader: (cells: string[]) => boolean,
): void {
  if (tabbed.size === 0) return;
  if (blocks.some((b) => b.kind === 'row' && isHeader(b.cells.map(normaliseThai)))) return;
  let width = 0;
  for (const [index, cells] of [...tabbed].sort((a, b) => a[0] - b[0])) {
    if (width === 0 && !isHeader(cells.map(normaliseThai))) continue;
    if (width === 0) width = cells.length;
    // a tab pressed twice to reach the next stop leaves an empty cell: dropped when that fits the header
    const kept =
      cells.length > width && cells.filter((c) => c.trim()).length <= width ? cells.filter((c) => c.trim()) : cells;
    blocks[index] = { kind: 'row', where: blocks[index]!.where, cells: kept };
  }
}
