// Header rows of a plan table: the columns a row names, a grouped header's two rows, rows like a header.
import type { CellMerge } from './source-document.js';
import {
  collapseSpaces,
  hasStrippedText,
  matchKey,
  strippedLettersUpTo,
  strippedStart,
  stripTags,
} from './thai-text.js';
import { subDateBoundOf } from './date-bound-columns.js';
import {
  type Column,
  columnOf,
  fallbackRole,
  headerRoles,
  isColumnName,
  mayNameColumn,
  namesOutcomes,
  namesRowNumbers,
  type Role,
  withoutNumbering,
} from './column-names.js';
import { measureColumnByPlace, namesOtherPlanColumns } from './measure-column-by-place.js';
import { cadenceMatrixLabels, hasCadenceColumns, unitSubColumn } from './tick-columns.js';
import { headingAcrossRow } from './table-row-kinds.js';
import { readOnce } from './read-once.js';
import { filledWidth, isLaterTableHeader } from './later-table-header.js';
import { continuedGroup, periodOfSubColumn } from './period-columns.js';
import { monthRow, withMonthColumns } from './month-row-dates.js';
import type { Row } from './read-row.js';
import { quoteStart } from './warning-quotes.js';

const KNOWN_ROLES: readonly Role[] = ['measure', 'methods', 'timeframe', 'followUps', 'responsible', 'recommendations'];

/** A header cell is a short label; longer cells are content, never looked at as one. */

export const MAX_HEADER_CELL = 200;

/**
 * What a short header cell may name, read once per text: 'measure' for the measure column's label
 * (by its wording, or a fallback one), else the role columnOf gives it.
 */
function headerCellRole(cell: string): Role {
  const role = readOnce(columnOf, cell).role;
  return role === 'measure' || readOnce(fallbackRole, cell) === 'measure' ? 'measure' : role;
}

/**
 * Can a row be a header: a cell may name the measure column, or three cells name the plan's other
 * columns (a header whose measure column has a name not known: S15-19)? One reading per short cell
 * (most rows are no header: review 17 s23, each Markdown row of a file was asked).
 */
function mayBeHeader(cells: readonly string[]): boolean {
  let named: { role: Role }[] | undefined;
  for (const c of cells) {
    // a long cell is content, and a cell of too few letters names nothing (mayNameColumn)
    if (c.length > MAX_HEADER_CELL || !mayNameColumn(c)) continue;
    const role = readOnce(headerCellRole, c);
    if (role === 'measure') return true;
    if (role !== 'note') (named ??= []).push({ role });
  }
  return !!named && namesOtherPlanColumns(named);
}

/**
 * The columns of a header row, or undefined when the row is no header. `read`: the columns of the
 * short cells seen so far in this document (a table repeats its cells: each is read once).
 * `implied`: a role the table has without a column (a unit sheet's units: unit-sheets.ts), counted
 * as known.
 */
export function headerColumns(
  cells: readonly string[],
  read?: Map<string, Column>,
  implied?: Role,
): Column[] | undefined {
  // most rows are not headers: look for the measure column's label (or three others) first
  if (!mayBeHeader(cells)) return undefined;
  const labels = read ?? new Map<string, Column>();
  const columnOfCell = (c: string) => {
    let column = labels.get(c);
    if (!column) labels.set(c, (column = readOnce(columnOf, c)));
    return column;
  };
  // a long cell's label is its start: the cell is not stripped whole for it
  const readCell = (c: string) =>
    c.length <= MAX_HEADER_CELL
      ? columnOfCell(c)
      : { role: 'note' as const, label: strippedStart(c, 200).slice(0, 200) };
  const columns = measureColumnByPlace(headerRoles(withMonthColumns(cells.map(readCell))));
  const roles = new Set(columns.map((c) => c.role));
  // a cadence matrix ("รายเดือน | รายไตรมาส | …" ticked) stands for the follow-up column (S19-5)
  if (!roles.has('followUps') && hasCadenceColumns(columns)) roles.add('followUps');
  const known = KNOWN_ROLES.filter((r) => roles.has(r) || r === implied).length;
  return roles.has('measure') && known >= 3 ? columns : undefined;
}

/** A right-hand part's label is short; a longer cell is content. */
const MAX_PART_LABEL = 60;

/**
 * The columns of a header's left-hand part printed on a page of its own (a wide sheet printed over
 * three pages across: "มาตรการ | วิธีดำเนินการ", review 17 s26, S25-5): two short labels at least,
 * one the measure column's, none content. Undefined for any other row.
 */
function headerPartColumns(cells: readonly string[]): Column[] | undefined {
  let labels = 0;
  let measure = false;
  for (const cell of cells) {
    if (!cell.trim()) continue;
    if (cell.length > MAX_PART_LABEL || !mayNameColumn(cell)) return undefined;
    labels++;
    measure ||= readOnce(headerCellRole, cell) === 'measure';
  }
  return measure && labels >= 2 ? cells.map((c) => readOnce(columnOf, c)) : undefined;
}

/**
 * Does `other` (a row's cells) name only columns the plan header `header` lacks, one of the plan's
 * at least by its usual name (follow-ups, units, timeframe, methods), and no measure, indicator or
 * row number: the right-hand part of a sheet printed over two pages ("การติดตามผล | ผู้รับผิดชอบ"
 * beside "มาตรการ | วิธีดำเนินการ | ระยะเวลา", review 17 s25, S25-5)? Other labels ("งบประมาณ") are
 * its notes. `header` may be a header's left-hand part alone (headerPartColumns); false when it is neither.
 */
export function namesMissingColumns(header: readonly string[], other: readonly string[]): boolean {
  const columns = headerColumns(header) ?? headerPartColumns(header);
  if (!columns) return false;
  const has = new Set(columns.map((c) => c.role));
  let missing = 0;
  for (const cell of other) {
    if (!cell.trim()) continue;
    if (cell.length > MAX_PART_LABEL || !mayNameColumn(cell)) return false;
    const role = readOnce(columnOf, cell).role;
    // an everyday wording ("หน่วยงาน") may be a column, but names none for sure: only a measure's is refused
    if (role === 'note' && readOnce(fallbackRole, cell) === 'measure') return false;
    if (role === 'note' || role === 'recommendations') continue;
    if (role === 'measure' || role === 'indicator' || role === 'number' || has.has(role)) return false;
    missing++;
  }
  return missing > 0;
}

/** For readers that must find tables themselves (PDF): is this a header row, and where is the measure column? */
export const tableHeader = {
  namesMissingColumns,
  isHeader: (cells: string[]) => headerColumns(cells) !== undefined,
  /** a header's left-hand part alone ("มาตรการ | วิธีดำเนินการ"), its other columns on the next pages */
  startsHeader: (cells: string[]) => headerPartColumns(cells) !== undefined,
  measureColumn: (cells: string[]) =>
    Math.max(
      0,
      (headerColumns(cells) ?? cells.map(columnOf)).findIndex((c) => c.role === 'measure'),
    ),
  indicatorColumn: (cells: string[]) => (headerColumns(cells) ?? []).findIndex((c) => c.role === 'indicator'),
  rowNumberColumn: (cells: string[]) => (headerColumns(cells) ?? []).findIndex(namesRowNumbers),
  isColumnName,
  isOtherTableHeader: (cells: string[], header: string[], below?: string[]) => {
    const columns = headerColumns(header);
    return (
      !!columns && (laterTableHeader(cells, columns) || (!!below && otherColumnsHeader(cells, [], columns, below)))
    );
  },
};

/** A sub-header cell is a short label ("การติดตามผล" under "การดำเนินการ"). */
const MAX_SUB_HEADER_CELL = 80;

/**
 * A header of two rows (a grouped header): "การดำเนินการ" over "การติดตามผล" and "หน่วยงานที่
 * รับผิดชอบ"; a cell merged down both rows (CellMerge 'above') names its column alone. A column
 * takes the lower label's role when it has one, else the two labels' together. Undefined when
 * `sub` is no sub-header: it must be short labels only, none under the measure column, each with a
 * role of its own or under a grouped (merged across columns), empty or unnamed (note) top label.
 */
export function combinedHeader(
  top: Column[],
  topMerged: readonly CellMerge[],
  sub: readonly string[],
  subMerged: readonly CellMerge[],
  namesUnit?: (label: string) => boolean,
): Column[] | undefined {
  // each label stripped when read: a cell longer than a sub-header's is mostly not (review 17 s22:
  // a measure cell of 1,000,000 "<a" under the header was stripped whole, 5 M characters, here)
  const stripped: (string | undefined)[] = [];
  const labels = {
    length: sub.length,
    has: (j: number) => j < sub.length && subMerged[j] !== 'above' && hasStrippedText(sub[j]!),
    at: (j: number) =>
      j >= sub.length || subMerged[j] === 'above' ? '' : (stripped[j] ??= collapseSpaces(stripTags(sub[j]!))),
  };
  if (!sub.some((_, j) => labels.has(j))) return undefined;
  // an indicator heading row under the header ("ตัวชี้วัดที่ ๑ | | |") heads the measures: no header row (S22-1)
  if (headingAcrossRow(sub, subMerged)) return undefined;
  const grouped = (j: number) => topMerged[j] === 'left' || topMerged[j + 1] === 'left';
  const cadences = cadenceSubColumns(top, topMerged, labels);
  // the months the row names, read as a whole ("15 ต.ค. 66" … on the 15th, "10, 11, 12, 1 …"): a
  // cell too long for a month label is not stripped for it
  const inRow = monthRow(sub.map((c, j) => (c.length <= MAX_SUB_HEADER_CELL * 2 ? labels.at(j) : '')));
  const columns: Column[] = [];
  let left: Column | undefined;
  // the current group is a timeframe ("ระยะเวลาดำเนินการ" merged, or left empty in a text file, over its sub-labels)
  let timeframeGroup = false;
  for (let j = 0; j < Math.max(top.length, labels.length); j++) {
    if (top[j]?.label && topMerged[j] !== 'left') timeframeGroup = isPlainTimeframe(top[j]!);
    // a label too long for a sub-header under a labelled top cell of no units group: no sub-header,
    // said without reading it (no unit column, no period going on under its group, not the top's label)
    const over = top[j];
    if (
      !cadences[j] &&
      over?.label &&
      over.role !== 'responsible' &&
      over.label.length <= MAX_SUB_HEADER_CELL &&
      strippedLettersUpTo(sub[j] ?? '', MAX_SUB_HEADER_CELL + 1) > MAX_SUB_HEADER_CELL &&
      subMerged[j] !== 'above'
    )
      return undefined;
    const lower = labels.at(j);
    if (cadences[j]) {
      // a cadence matrix under its group ("รอบการรายงานผล" over "รายเดือน | รายไตรมาส | …"): the
      // ticked column is the row's cadence, whatever the group's own role (S19-5)
      columns.push({ role: 'note', label: lower, tickFor: 'cadence' });
      left = top[j] ?? left;
      continue;
    }
    // a unit under a units group ("ผู้รับผิดชอบ" over "สำนักปลัด | กองคลัง"): a units matrix (S15-17)
    const unit = unitSubColumn(top[j], left, lower, namesUnit);
    if (unit) {
      columns.push(unit.column);
      left = unit.group;
      continue;
    }
    // with no merges (a text file), a round or month beside its group's first goes on under it
    const upper = continuedGroup(top[j], left, lower, inRow[j]) ?? top[j] ?? { role: 'note' as const, label: '' };
    left = upper;
    if (!lower || lower === upper.label) {
      columns.push(upper);
      continue;
    }
    if (lower.length > MAX_SUB_HEADER_CELL || upper.role === 'measure' || upper.role === 'indicator') return undefined;
    const own = columnOf(lower);
    const label = upper.label ? `${upper.label} / ${lower}` : lower;
    // "ตั้งแต่ | ถึง" under a timeframe group: its start and end dates (date-bound-columns.ts)
    const bound = own.bound ?? subDateBoundOf(matchKey(lower), timeframeGroup);
    const role = bound
      ? 'timeframe'
      : own.role !== 'note'
        ? own.role
        : upper.label
          ? columnOf(`${upper.label} ${lower}`).role
          : 'note';
    const period = periodOfSubColumn(upper.role, role, lower, inRow[j]);
    const namesPeriod = period.round !== undefined || period.month !== undefined;
    if (own.role === 'note' && !bound && upper.label && upper.role !== 'note' && !grouped(j) && !namesPeriod)
      return undefined;
    columns.push({ role, label, ...period, ...(bound ? { bound } : {}) });
  }
  return columns;
}

/** A timeframe column of text: no date bound, month or round of its own. */
const isPlainTimeframe = (c: Column) =>
  c.role === 'timeframe' && !c.bound && c.month === undefined && c.round === undefined;

/**
 * Which sub-columns of a grouped header are a cadence matrix under their group (review 17 s19,
 * S19-5): a group is a top label and the cells merged into it (or left empty, in a text file)
 * over sub-labels; its sub-labels naming one cadence each (cadenceMatrixLabels) are tick columns.
 * Read as before, the group's role (a frequency label is the follow-ups) went to its first
 * sub-column, whose ticks were no follow-up, and the others were notes.
 */
function cadenceSubColumns(
  top: readonly Column[],
  topMerged: readonly CellMerge[],
  labels: { length: number; has: (j: number) => boolean; at: (j: number) => string },
): boolean[] {
  const marked = new Array<boolean>(labels.length).fill(false);
  for (let start = 0; start < labels.length;) {
    let end = start + 1;
    if (top[start]?.label && labels.has(start)) {
      while (end < labels.length && labels.has(end) && (topMerged[end] === 'left' || !top[end]?.label)) end++;
    }
    if (end - start > 1) {
      const range = Array.from({ length: end - start }, (_, k) => labels.at(start + k));
      cadenceMatrixLabels(range).forEach((is, k) => (marked[start + k] = is));
    }
    start = end;
  }
  return marked;
}

/** Roles a plan header may name, counted for a row that looks like a header but is none. */
const HEADER_LIKE_ROLES: readonly Role[] = [...KNOWN_ROLES, 'indicator'];

/**
 * A row outside any table that names at least two of a plan header's columns: a header the
 * importer could not read (no measure column, too few known ones). Undefined for any other row.
 */
export function headerLike(
  cells: readonly string[],
  read: Map<string, Column>,
): { source: string; roles: Set<Role> } | undefined {
  const roles = new Set<Role>();
  for (const c of cells) {
    if (c.length > MAX_HEADER_CELL) continue;
    let column = read.get(c);
    if (!column) read.set(c, (column = columnOf(c)));
    if (HEADER_LIKE_ROLES.includes(column.role)) roles.add(column.role);
  }
  if (roles.size < 2) return undefined;
  return { source: cells.map((c) => quoteStart(collapseSpaces(stripTags(c)), 80)).join(' | '), roles };
}

/**
 * A row of short labels without numbers (data has them: item numbers, dates, counts) and without a
 * measure column's label (a full header is read as one), header-like, not as wide as the header in
 * force or naming a column over another of the header's (see isLaterTableHeader).
 */
export function laterTableHeader(cells: readonly string[], columns: readonly Column[]): boolean {
  const filled = cells.filter((c) => c.trim());
  if (filled.length < 3 || filled.some((c) => c.length > MAX_HEADER_CELL || /[0-9๐-๙]/.test(withoutNumbering(c))))
    return false;
  if (filled.some((c) => columnOf(c).role === 'measure')) return false;
  if (headerLike(cells, new Map()) === undefined) return false;
  const width = filledWidth(columns.map((c) => c.label));
  // a label over another column than the plan's of its name ("ตัวชี้วัด" over มาตรการ): another
  // table's, as wide as the plan's (a sheet's merged cells, a printed sheet's last column)
  const elsewhere = cells.some((c, j) => {
    const role = readOnce(columnOf, c).role;
    return HEADER_LIKE_ROLES.includes(role) && columns[j]?.role !== role;
  });
  return isLaterTableHeader(cells, width, true, elsewhere);
}

/** A column label of another table is short ("ลำดับ", "รายการ", "คะแนนที่ได้"). */
const MAX_OTHER_LABEL = 40;

/**
 * Does a row right under a caption read as another table's header (tester s52: "สรุปคะแนนการประเมิน"
 * over "ลำดับ | รายการ | คะแนน", its rows read as measures)? Three short labels or more, no digits,
 * none the measure column's, nothing under the plan's follow-up and units columns, in this row and
 * the one under it (`below`): a measure row has its follow-ups and units there, so a heading over
 * one never ends the plan. (A header naming the plan's columns is laterTableHeader's.)
 */
export function otherColumnsHeader(
  cells: readonly string[],
  merged: readonly CellMerge[],
  columns: readonly Column[],
  below: readonly string[] | undefined,
): boolean {
  // most rows under a lone cell are a measure's or a short row: counted first, nothing read
  let filled = 0;
  for (let j = 0; j < cells.length; j++) if (merged[j] !== 'left' && hasStrippedText(cells[j]!)) filled++;
  if (filled < 3) return false;
  const measureOwn = columns.flatMap((c, j) =>
    c.role === 'followUps' || c.role === 'responsible' || c.tickFor !== undefined ? [j] : [],
  );
  const empty = (row: readonly string[]) => measureOwn.every((j) => !hasStrippedText(row[j] ?? ''));
  if (measureOwn.length === 0 || !empty(cells) || (below && !empty(below))) return false;
  for (let j = 0; j < cells.length; j++) {
    if (merged[j] === 'left' || !hasStrippedText(cells[j]!)) continue;
    if (merged[j] === 'above' || cells[j]!.length > MAX_HEADER_CELL) return false;
    const text = collapseSpaces(stripTags(cells[j]!));
    if (text.length > MAX_OTHER_LABEL || !mayNameColumn(text) || /[0-9๐-๙]/.test(withoutNumbering(text))) return false;
    if (readOnce(columnOf, text).role === 'measure') return false;
  }
  return true;
}

/** Has a header a follow-up column? */
export const namesFollowUps = (columns: readonly Column[]) => columns.some((c) => c.role === 'followUps');
/** Has a header a units column (or unit tick columns)? */
export const hasUnitsColumn = (columns: readonly Column[]) =>
  columns.some((c) => c.role === 'responsible' || c.tickFor === 'unit');

/** A ข้อเสนอแนะ or an outcomes column (ผลการดำเนินการ) makes a results report; else the plan. */
export const tableOf = (columns: readonly Column[]): Row['table'] =>
  columns.some((c) => c.role === 'recommendations' || namesOutcomes(c)) ? 'results' : 'plan';
