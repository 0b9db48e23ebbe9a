// A row starting a table (a Word table, a sheet): read with the header above, or the table not read.
import { clipText } from '../domain/text.js';
import { toThaiDigits } from '../domain/thai-format.js';
import type { Where } from './import-warning.js';
import type { CellMerge } from './source-document.js';
import { stripTags } from './thai-text.js';
import type { Column } from './column-names.js';
import { isSignOffRow, tableNotReadMessage } from './table-row-kinds.js';
import { clip, Warnings } from './import-warnings.js';
import type { Row } from './read-row.js';
import { headerColumns } from './header-rows.js';

/** A table after the plan's that was not read: its place, first row (or header), and why. */
export interface NotReadTable {
  order: number;
  where: Where;
  source: string;
  noFollowUps?: boolean;
}

/** The Word table or sheet of a row (undefined for text and PDF rows: their tables go on across pages). */
export const tableKeyOf = (where: Where): string | undefined =>
  where.sheet !== undefined ? `sheet:${where.sheet}` : where.table !== undefined ? `table:${where.table}` : undefined;
/** The heading paragraph above a table as a row heading the table's measures. */
export const headingRowOf = (table: Row['table'], where: Where, text: string): Row => ({
  table,
  where,
  cells: { measure: text },
  columnOf: {},
  notes: [],
  source: text,
});

/**
 * Does a row with no header above it (a line of text ended the plan's table) go on with the plan's
 * `columns`: as many cells, no header of its own, no sign-off, and a measure, follow-up and units
 * cell each with text (review 17 s23, S23-9).
 */
export function continuedPlanTable(cells: readonly string[], merged: readonly CellMerge[], columns: Column[]): boolean {
  if (cells.length !== columns.length || isSignOffRow(cells, merged)) return false;
  const has = (role: Column['role']) =>
    columns.some((c, j) => c.role === role && !merged[j] && stripTags(cells[j]!).trim() !== '');
  return has('measure') && has('followUps') && has('responsible') && headerColumns([...cells]) === undefined;
}

/** The warning of a header-less table read on with the plan's header above the text that split it (S23-9). */
export function continuedTableMessage(where: Where, text: string): { th: string; en: string } {
  const quoted = clipText(text, 60);
  const place = where.table !== undefined ? `ตารางที่ ${toThaiDigits(String(where.table))}` : 'แถวต่อจากนี้';
  const placeEn = where.table !== undefined ? `table ${where.table}` : 'the rows from here';
  return {
    th: `${place} ไม่มีแถวหัวตาราง และอยู่ใต้ข้อความ "${quoted}" จึงอ่านต่อตามหัวตารางของแผนด้านบน (ตารางแผนที่แยกเป็นสองส่วน) กรุณาตรวจว่าคอลัมน์ตรงกัน`,
    en: `${placeEn} has no header row and comes under the text "${quoted}": it was read on with the plan's header above (a plan table split in two); check that its columns match`,
  };
}

/** The warning of a Word table read with the header of the plan table above its heading (S14-6). */
export function headerFromTableAboveMessage(table: number, heading: string): { th: string; en: string } {
  const h = clip(heading);
  return {
    th: `ตาราง ${toThaiDigits(table)} ใต้หัวข้อ "${h}" ไม่มีหัวตาราง จึงอ่านตามหัวตารางของตารางแผนก่อนหน้า (จำนวนคอลัมน์เท่ากัน) กรุณาตรวจว่าข้อความอยู่ในคอลัมน์ที่ถูกต้อง`,
    en: `table ${table} under the heading "${h}" has no header row: it is read with the header of the plan table before it (the same number of columns); check that the text is in the right columns`,
  };
}

export const tablePlace = (where: Where): Where =>
  where.sheet !== undefined ? { sheet: where.sheet, row: where.row } : { table: where.table, row: where.row };
/** A row's text, a merged cell's once. */
export const ownSource = (cells: readonly string[], merged: readonly CellMerge[]) =>
  cells
    .filter((c, j) => !merged[j] && stripTags(c))
    .map((c) => stripTags(c))
    .join(' | ');

export function tableNotRead(warnings: Warnings, t: NotReadTable): void {
  const said = tableNotReadMessage(t.source, t.noFollowUps === true);
  warnings.add(t.order, t.where, 'table-not-read', said.th, said.en, t.source);
}
