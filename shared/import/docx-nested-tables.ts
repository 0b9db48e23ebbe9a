// A Word plan whose measure columns are a table nested in a cell of the outer table: "ตัวชี้วัด |
// รายละเอียด", each indicator's row holding its measure's own small table "มาตรการ | การติดตามผล |
// ผู้รับผิดชอบ" over its values, or an outer header "มาตรการ / การติดตามผล / ผู้รับผิดชอบ" over one row of
// values (review 17 s23, S23-1). Read as the PDF of it reads: the nested table's columns take the
// place of the cell in the outer row, one row per row of values, the outer cells over them all.
import type { CellMerge } from './source-document.js';
import { stripTags } from './thai-text.js';

/** An outer row's cell as read: its text, and the first table nested in it (rows of cells) when it has no text of its own. */
export interface OuterCell {
  text: string;
  merged: CellMerge;
  struck: boolean;
  /** its shading as a fill key (cell-fills.ts), when it has one */
  fill?: string;
  /** the rows of cells of the first table nested in the cell, when the cell has no paragraph of its own with text */
  nested?: string[][];
}

/** How a table's rows are spread: at which outer column, over how many, and the nested header that repeats. */
export interface NestedSpread {
  column: number;
  width: number;
  /** the nested table's own header row, met again in each cell (left out) */
  header?: readonly string[];
}

export interface SpreadRow {
  cells: string[];
  merged: CellMerge[];
  struck: boolean[];
  /** the cells' fills, when an outer cell has one (the nested table's cells: none) */
  fill?: string[];
}

/** The parts of a header cell naming several columns: "มาตรการ / การติดตามผล / ผู้รับผิดชอบ", one per line. */
const headerParts = (cell: string) =>
  cell
    .split(/<\/p>|<br\s*\/?>|[/\n|]/i)
    .map((p) => stripTags(p).trim())
    .filter(Boolean);

const sameCells = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((c, i) => stripTags(c).trim() === stripTags(b[i]!).trim());

/**
 * The rows an outer row spreads into, and the table's header as spread, when exactly one of its
 * cells holds nothing but a table of at least two columns (every row as wide) and the header fits:
 * the table's first row (`header`, the outer header) with that cell replaced by the nested table's
 * first row, or by the parts of its own text, reads as a plan header (`isHeader`); a header that
 * reads as one as written spreads only a nested table whose first row is a header. Once a table is
 * spread (`spread`), later rows spread at the same column and width. Undefined: read as before (the
 * nested rows lines of the cell).
 */
export function spreadNestedRow(
  cells: readonly OuterCell[],
  header: readonly string[] | undefined,
  spread: NestedSpread | undefined,
  isHeader: (cells: string[]) => boolean,
): { rows: SpreadRow[]; header?: string[]; spread: NestedSpread } | undefined {
  const holding = cells.flatMap((c, i) => (c.nested ? [i] : []));
  if (holding.length !== 1) return undefined;
  const column = holding[0]!;
  const inner = cells[column]!.nested!;
  const width = inner[0]?.length ?? 0;
  if (width < 2 || inner.some((r) => r.length !== width)) return undefined;
  const outer = cells.map((c) => c.text);
  const spliced = <T>(row: readonly T[], parts: readonly T[]) => [
    ...row.slice(0, column),
    ...parts,
    ...row.slice(column + 1),
  ];
  let values: string[][];
  let next = spread;
  let spreadHeader: string[] | undefined;
  if (spread) {
    if (spread.column !== column || spread.width !== width) return undefined;
    values = spread.header ? inner.filter((r) => !sameCells(r, spread.header!)) : inner;
  } else {
    if (!header || header.length !== cells.length) return undefined;
    const named = spliced(header, inner[0]!);
    const parts = headerParts(header[column]!);
    // a header that reads as written ("มาตรการ/แนวทาง | วิธีการดำเนินการ | …") spreads only under a nested header
    const asWritten = isHeader([...header]);
    if (isHeader(inner[0]!) || (!asWritten && isHeader(named))) {
      spreadHeader = named;
      next = { column, width, header: inner[0]! };
      values = inner.slice(1).filter((r) => !sameCells(r, inner[0]!));
    } else if (parts.length === width && !asWritten && isHeader(spliced(header, parts))) {
      spreadHeader = spliced(header, parts);
      next = { column, width };
      values = inner;
    } else return undefined;
  }
  if (values.length === 0 || !next) return undefined;
  const rows = values.map((r, i) => ({
    cells: spliced(outer, r),
    // the outer cells stand over every row of the nested table, as a cell merged down would
    merged: spliced(
      cells.map((c): CellMerge => (i > 0 ? 'above' : c.merged)),
      r.map((): CellMerge => null),
    ),
    struck: spliced(
      cells.map((c) => c.struck),
      r.map(() => false),
    ),
    ...(cells.some((c) => c.fill)
      ? {
          fill: spliced(
            cells.map((c) => c.fill ?? ''),
            r.map(() => ''),
          ),
        }
      : {}),
  }));
  return { rows, ...(spreadHeader ? { header: spreadHeader } : {}), spread: next };
}

/** A part of a layout table's row: a plan table nested in a cell (its rows), or a cell's text. */
export type LayoutPart = { rows: string[][] } | { text: string };

/**
 * A row of a layout table holding plan tables (review 17 s25, S25-9): a plan's two halves side by
 * side in two cells, or a plan table beside a note. When some cell holds nothing but a table whose
 * first row reads as a plan header (`isHeader`), the row's cells in order: each such table as a
 * table of its own (its rows of cells), any other cell's text (tags stripped) as a paragraph; a cell
 * covered by one before it (merged) is left out. Undefined when no cell holds a plan table (the
 * row is read as before: its nested rows as lines of the cell).
 */
export function layoutRowParts(
  cells: readonly OuterCell[],
  isHeader: (cells: string[]) => boolean,
): LayoutPart[] | undefined {
  const plan = (c: OuterCell) => c.nested?.[0] !== undefined && isHeader([...c.nested[0]]);
  if (!cells.some(plan)) return undefined;
  return cells.flatMap((c): LayoutPart[] => {
    if (c.merged) return [];
    if (plan(c)) return [{ rows: c.nested! }];
    const text = stripTags(c.text);
    return text ? [{ text }] : [];
  });
}
