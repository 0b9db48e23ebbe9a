// A row of one cell right above a table's header ("แผนมาตรการ ITA ประจำปีงบประมาณ 2567", merged
// across the row or standing alone) is the table's title, not the top row of a grouped header: read
// as one, it vanished into the first column's label, with the plan's title and the sheet's year
// (review 17 s12, S12-19: a "Sheet1" known for another year by its title).
import type { CellMerge } from './source-document.js';
import { stripTags } from './thai-text.js';

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
