// Rows that go on with the measure above: a list typed one item per row, a row without its number.
import { parseIndicatorHeading } from './indicator-heading.js';
import type { Where } from './import-warning.js';
import type { CellMerge } from './source-document.js';
import { stripTags } from './thai-text.js';
import { type Column, namesRowNumbers } from './column-names.js';
import { startsNumberedItem } from './table-row-kinds.js';
import { joinContinuation } from './unit-per-row.js';
import { ContinuedCells } from './continued-cells.js';
import type { Row } from './read-row.js';

/** The measure and indicator of a row's cells (or columns). */
export const measureCells = <T>(of: { measure?: T; indicator?: T }): { measure?: T; indicator?: T } => ({
  ...(of.measure !== undefined ? { measure: of.measure } : {}),
  ...(of.indicator !== undefined ? { indicator: of.indicator } : {}),
});

/** The row below's own cells added to a row (a continuation): it is a measure, no heading row. */
export function continueRow(
  row: Row,
  below: Pick<Row, 'notes'> & { byRole: Row['cells'] },
  grown: ContinuedCells,
): void {
  // a Word table's, a sheet's and a ruled PDF table's rows (page and row: each cell between its
  // rules) hold whole cells: a follow-up or method of the row below is an item of its own (S17-6)
  const { sheet, table, page, row: ruledRow } = row.where;
  const wholeCells = sheet !== undefined || table !== undefined || (page !== undefined && ruledRow !== undefined);
  for (const [role, value] of Object.entries(below.byRole) as [keyof Row['cells'], string][]) {
    if (stripTags(value))
      row.cells[role] = joinContinuation(role, row.cells[role] ?? '', value, wholeCells, { cells: grown, row });
  }
  row.notes.push(...below.notes);
  delete row.heading;
}

/**
 * A row that goes on with the measure above, written one line per row: its measure cell the next
 * item of a numbered list ("๒. …"), with no indicator and no unit of its own, under a measure
 * row (x3 in the review: no Alt+Enter in the cells). The measure above is not read: the rows of a
 * long list would each read all the items above them (review 17 s14, S14-15). (It was meant to
 * need the indicator heading above; since S11-30 headingOf's answer, an object, always passed.)
 */
export function listGoesOn(previous: Row, own: Row['cells'], where: Where): boolean {
  if (previous.heading || previous.headingFromGroup) return false;
  if (previous.where.sheet !== where.sheet || previous.where.table !== where.table) return false;
  if (stripTags(own.indicator ?? '') || stripTags(own.responsible ?? '')) return false;
  const measure = own.measure ?? '';
  return startsNumberedItem(measure) && !parseIndicatorHeading(measure);
}

/**
 * Whether a row of a table numbered in a ที่/ลำดับ column goes on with the measure above (review 17
 * s20, S20-5: "(ต่อ) ตามแบบ สขร.1 …" under row 3, its units and timeframe cells merged with row 3's,
 * became a measure without indicator nor follow-up): its number cell is empty, it names no
 * indicator, has no follow-up of its own nor one merged down, and no units of its own. A row with
 * units or a follow-up of its own (or under a merged follow-up) stays a measure.
 */
export function unnumberedGoesOn(
  columns: readonly Column[],
  cells: readonly string[],
  merged: readonly CellMerge[],
  own: { byRole: Row['cells'] },
  fromAbove: { byRole: Row['cells'] } | undefined,
): boolean {
  const number = columns.findIndex(namesRowNumbers);
  if (number < 0 || stripTags(cells[number] ?? '') !== '' || merged[number] === 'left') return false;
  const text = (v: string | undefined) => stripTags(v ?? '') !== '';
  if (!text(own.byRole.measure) || text(own.byRole.indicator) || parseIndicatorHeading(own.byRole.measure ?? ''))
    return false;
  if (text(own.byRole.followUps) || text(fromAbove?.byRole.followUps) || text(own.byRole.responsible)) return false;
  return true;
}

/** The warning for a row read as the measure above going on (unnumberedGoesOn). */
export function unnumberedRowMessage(quoted: string): { th: string; en: string } {
  return {
    th: `แถวนี้ไม่มีเลขที่ ไม่มีตัวชี้วัดและการติดตามผลของตัวเอง จึงถือเป็นส่วนต่อของมาตรการในแถวก่อนหน้า ("${quoted}") กรุณาตรวจ`,
    en: `this row has no item number, no indicator and no follow-up of its own: it is read as the continuation of the measure above ("${quoted}"); check it`,
  };
}
