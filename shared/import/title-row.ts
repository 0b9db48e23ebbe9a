// A row of one cell right above a table's header ("แผนมาตรการ ITA ประจำปีงบประมาณ 2567", merged
// across the row or standing alone) is the table's title, not the top row of a grouped header: read
// as one, it vanished into the first column's label, with the plan's title and the sheet's year
// (review 17 s12, S12-19: a "Sheet1" known for another year by its title).
import type { Where } from './import-warning.js';
import type { CellMerge, SourceBlock } from './source-document.js';
import { loneCell } from './table-row-kinds.js';
import { hasStrippedText, stripTags } from './thai-text.js';

/** Whether a row above a header of `headerLabels` non-empty labels is a title over the table. */
export function isTitleRow(cells: readonly string[], merged: readonly CellMerge[], headerLabels: number): boolean {
  const filled = cells.flatMap((c, j) => (stripTags(c).trim() && merged[j] !== 'left' ? [j] : []));
  if (filled.length !== 1 || headerLabels < 3) return false;
  const at = filled[0]!;
  // its merge runs to the row's end (a title merged across), or it has none (a cell standing alone)
  let end = at + 1;
  while (merged[end] === 'left') end++;
  return end === at + 1 || end >= cells.length;
}

/** How many title lines a sheet may have over its own header (titleLinesOverHeader). */
export const MAX_TITLE_LINES = 3;

/**
 * Whether the rows of one table (`tableKey` of each) from `blocks[at]` are up to MAX_TITLE_LINES
 * title lines (one cell with text each) and then a row `isHeader` reads as a header: a unit sheet
 * with its own title and header, not one going on with the header of the sheet before (review 17
 * s25, S25-2). Empty rows are passed over; reads at most MAX_TITLE_LINES + 1 rows with text.
 */
export function titleLinesOverHeader(
  blocks: readonly SourceBlock[],
  at: number,
  tableKey: (where: Where) => string | undefined,
  isHeader: (cells: readonly string[]) => boolean,
): boolean {
  const first = blocks[at];
  if (first?.kind !== 'row') return false;
  const key = tableKey(first.where);
  let titles = 0;
  for (let i = at; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'row' || tableKey(b.where) !== key) return false;
    if (!b.cells.some(hasStrippedText)) continue;
    if (loneCell(b.cells, b.merged ?? [])) {
      if (++titles > MAX_TITLE_LINES) return false;
      continue;
    }
    return titles > 0 && isHeader(b.cells);
  }
  return false;
}
