// A table row as readRows reads it (cells by role, notes, where), and what is read beside the rows.
import type { Where } from './import-warning.js';
import type { Column, Role } from './column-names.js';
import type { SheetUnit } from './unit-sheets.js';

export interface Row {
  table: 'plan' | 'results';
  where: Where;
  cells: Partial<Record<Exclude<Role, 'note'>, string>>;
  /** the 1-based column of each cell, for warnings about one field */
  columnOf: Partial<Record<Exclude<Role, 'note'>, number>>;
  notes: { label: string; text: string }[];
  source: string;
  /** the header the row was read under */
  header?: readonly Column[];
  /** a heading row (one cell across the table) while no row below continues it: see table-row-kinds.ts */
  heading?: 'indicator' | 'section';
  /** its indicator heading was given to the measures under it */
  headedMeasures?: boolean;
  /** the measure cell starts with the indicator heading of a row above (prepended) */
  headingFromGroup?: boolean;
  /** the words after that heading's name on its line, for the title (written on the name without a space: glued) */
  headingWords?: { words: string; glued: boolean };
  /** follow-ups made from marks (✓) under round columns, named by the group's label (period-columns.ts) */
  followUpsFromMarks?: string;
  /** a continuation row with its own follow-ups and units, read as a measure of its own (unit-per-row.ts) */
  splitByUnit?: { th: string; en: string };
  /** its measure cell is struck through as a whole (struck-rows.ts): a measure the plan dropped */
  struck?: true;
  /** its units are its sheet's, named by the sheet's name (a unit sheet without a units column: unit-sheets.ts) */
  unitSheet?: SheetUnit;
  /**
   * The first measure row past its table's MAX_MEASURES: how many rows past the cap it stands for
   * (itself and the later ones, counted only, never kept: see readRows).
   */
  pastCap?: number;
}

/** How many measure rows a row read stands for (the first row past a table's cap stands for them all). */
export const rowsCounted = (row: Row) => row.pastCap ?? 1;

/** Where one cell of a row is: the row's place and the cell's column, when the row has it. */
export function cellWhere(row: Row, role: Exclude<Role, 'note'>): Where {
  const column = row.columnOf[role];
  return column ? { ...row.where, column } : row.where;
}

/** A table row read outside any table (no header in force), of at least three non-empty cells. */
export interface UnreadRow {
  order: number;
  where: Where;
  source: string;
}

export interface Prose {
  where: Where;
  order: number;
  text: string;
}
