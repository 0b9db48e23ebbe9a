// Rows that repeat an earlier row's cells are read once (review 17 s12, S12-6: 1 MB of "ก" and four
// empty cells, 170,000 rows, took 34x the ordinary 1 MB). What a row is under a header (a header,
// a heading, a unit row, a total, a continuation, a later table's header, a sign-off) depends on
// its cells and the header only: for a short row read before as a plain measure row (nothing merged,
// as many cells as the header, no warning), the answer is taken again and only the reading that
// depends on the rows around it (a list going on, the group and unit rows over it) is done.
import { countWork } from './read-once.js';
import type { CellMerge } from './source-document.js';

/** the longest row (its cells' characters) remembered: longer rows are rarely repeated */
const MAX_ROW = 400;
/**
 * Rows remembered per header: a file of distinct short rows ("ก0", "ก1", …: review 17 s23) would
 * keep each of them, never asked for again; past it rows are remembered no more (those remembered
 * are still found).
 */
export const MAX_REMEMBERED = 2_000;

/** A plain measure row's own cells by role, as cellsByRole read them. */
export interface PlainRow<C, N> {
  byRole: C;
  columnOf: Record<string, number>;
  notes: N[];
  marked?: string;
}

/** The work counted (read-once.ts countWork): rows keyed (their cells joined), for tests. */
export const ROW_KEYS_WORK = 'plain row keys';

/** The key of a row that may be remembered: its cells, when short, unmerged and as many as the header's. */
export function plainRowKey(cells: readonly string[], merged: readonly CellMerge[], width: number): string | undefined {
  if (cells.length !== width || merged.some((m) => m)) return undefined;
  let length = 0;
  for (const c of cells) if ((length += c.length) > MAX_ROW) return undefined;
  countWork(ROW_KEYS_WORK);
  return cells.join('\u0001');
}

/** The rows remembered under one header, by plainRowKey, and their first cells. */
interface Remembered<C, N> {
  rows: Map<string, PlainRow<C, N>>;
  /** a row whose first cell no remembered row has is none of them: no key built (distinct rows) */
  firstCells: Set<string>;
}

/** Plain measure rows read under each header, by plainRowKey. */
export class PlainRows<H extends object, C extends object, N> {
  private readonly byHeader = new WeakMap<H, Remembered<C, N>>();
  /** the last row found or remembered: a run of one row repeated is compared cell by cell, no key built */
  private last: { header: H; cells: readonly string[]; row: PlainRow<C, N> } | undefined;
  /** The plain row these cells repeat under this header, if any (nothing merged, as many cells as the header). */
  find(header: H, cells: readonly string[], merged: readonly CellMerge[]): PlainRow<C, N> | undefined {
    const last = this.last;
    if (last?.header === header && sameCells(last.cells, cells) && !merged.some((m) => m)) return last.row;
    const read = this.byHeader.get(header);
    if (!read?.firstCells.has(cells[0]!)) return undefined;
    const key = plainRowKey(cells, merged, cells.length);
    const row = key === undefined ? undefined : read.rows.get(key);
    if (row) this.last = { header, cells, row };
    return row;
  }
  /** Whether a row read under this header may still be remembered (MAX_REMEMBERED): else no key is needed. */
  remembers(header: H): boolean {
    return (this.byHeader.get(header)?.rows.size ?? 0) < MAX_REMEMBERED;
  }
  /** Remember a row (a copy: the row read goes on to be changed). */
  remember(header: H, key: string, cells: readonly string[], row: PlainRow<C, N>): void {
    let read = this.byHeader.get(header);
    if (!read) this.byHeader.set(header, (read = { rows: new Map(), firstCells: new Set() }));
    if (read.rows.size >= MAX_REMEMBERED) return;
    countWork('plain rows remembered');
    const copy = { ...row, byRole: { ...row.byRole }, columnOf: { ...row.columnOf }, notes: [...row.notes] };
    read.rows.set(key, copy);
    read.firstCells.add(cells[0]!);
    this.last = { header, cells, row: copy };
  }
}

const sameCells = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((c, j) => c === b[j]);
