// A Gantt month column shaded by its template, not by bars (session 26): the current month
// highlighted in every row, every other month column banded (by hand, or by a Word table style).
// Such a fill is in every data row of its column, alone there (the month columns beside it do not
// share it in that row), and marks nothing; a bar's colour runs over the months beside it.
import type { CellMerge, SourceBlock } from './source-document.js';
import { tableKeyOf } from './table-entry.js';
import { hasStrippedText } from './thai-text.js';

/** The headers of a document whose tables are scanned for template fills (each scan reads to its table's end). */
export const MAX_TEMPLATE_SCANS = 8;

/** A data row of a table as the fills of its cells: its fills (as many as its cells, or none) and merges. */
export interface FilledRow {
  fill: readonly string[] | undefined;
  merged: readonly CellMerge[] | undefined;
}

/**
 * The template's fill of each period column (cell-fills.ts keys; "" none) of a table whose data rows
 * are `rows`, read with a header of `width` columns where `isPeriod(j)` tells a month (or quarter)
 * column. A column has one when every data row fills its cell there (its own, or merged from above;
 * a row's cells past its last are unfilled), at least two rows, and exactly one of those fills is alone in its row
 * (the period columns beside it, in that row, are not of it): a bar drawn over it keeps its own
 * colour, which runs on beside it. A row's cells of that fill in that column are no mark. One bar
 * month that every row shares alike reads as the template's: an accepted loss. Linear in the cells.
 */
export function templateColumnFills(
  rows: Iterable<FilledRow>,
  width: number,
  isPeriod: (column: number) => boolean,
): string[] {
  /** per column: every row filled so far, and each fill seen there, alone in its row or not */
  const allFilled = Array.from({ length: width }, (_, j) => isPeriod(j));
  const seen = Array.from({ length: width }, () => new Map<string, boolean>());
  let count = 0;
  for (const row of rows) {
    count++;
    const fill = row.fill;
    for (let j = 0; j < width; j++) {
      if (!allFilled[j]) continue;
      if (row.merged?.[j] === 'left') continue;
      const f = fill?.[j] ?? '';
      if (!f) {
        allFilled[j] = false;
        continue;
      }
      const alone =
        !(j > 0 && isPeriod(j - 1) && fill![j - 1] === f) && !(j + 1 < width && isPeriod(j + 1) && fill![j + 1] === f);
      const seenAlone = seen[j]!.get(f);
      seen[j]!.set(f, (seenAlone ?? true) && alone);
    }
  }
  return allFilled.map((all, j) => {
    if (!all || count < 2) return '';
    const alone = [...seen[j]!].filter(([, isAlone]) => isAlone).map(([f]) => f);
    return alone.length === 1 ? alone[0]! : '';
  });
}

/** `fill` without the template's fills of `template` (templateColumnFills): those cells are unfilled. */
export function withoutTemplateFills(fill: readonly string[], template: readonly string[]): readonly string[] {
  return template.some((t, j) => t && fill[j] === t) ? fill.map((f, j) => (f && f === template[j] ? '' : f)) : fill;
}

/**
 * The rows with text in two cells or more of the Word table, HTML table or sheet `key` (table-entry.ts's tableKeyOf) from
 * block `from` on, while its blocks go on: the data rows of a header whose first is at `from`.
 */
export function* tableRowsFrom(blocks: readonly SourceBlock[], from: number, key: string): Generator<FilledRow> {
  for (let i = from; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'row' || tableKeyOf(b.where) !== key) return;
    // a row of one cell of text (an indicator heading, a note) is no data row
    let texts = 0;
    for (let j = 0; j < b.cells.length && texts < 2; j++) if (hasStrippedText(b.cells[j]!)) texts++;
    if (texts < 2) continue;
    yield { fill: b.fill?.length === b.cells.length ? b.fill : undefined, merged: b.merged };
  }
}
