// Rows hidden by a sheet's AutoFilter are a view, not a deletion: a coordinator filters the plan by
// unit (ผู้รับผิดชอบ = กองคลัง) to check a division's rows and saves the workbook so. Excel marks the
// rows the filter hides hidden="1", as it marks rows hidden by hand; only the sheet's <autoFilter>
// with a <filterColumn> tells them apart. exceljs keeps the filter's range, not its criteria, so
// the sheet's XML is read for them, once a workbook has hidden rows inside a filter's range
// (review 17 s15, S15-10).
import { strFromU8, type Unzipped, unzipSync } from 'fflate';
import { toThaiDigits } from '../domain/thai-format.js';
import { clipText } from '../domain/text.js';
import { columnLetters, type Where } from './import-warning.js';
import type { SourceNotice } from './source-document.js';
import { sheetNames } from './xlsx-rows.js';
import { xmlAttr as attr } from './xml-text.js';

/** A sheet's filter: the rows of its range, and what each filtered column keeps. */
export interface SheetFilter {
  top: number;
  bottom: number;
  /** "E = กองคลัง": a column's letters and the values (or condition) it keeps */
  criteria: string[];
}

const REF = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/;
const columnNumber = (letters: string) => [...letters.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

/** The rows and first column of an autoFilter's ref ("A3:E6"). */
export function filterRange(ref: string): { top: number; bottom: number; left: number } | undefined {
  const m = REF.exec(ref.trim());
  if (!m) return undefined;
  const [, c1, r1, , r2 = r1] = m;
  return { top: Number(r1), bottom: Number(r2), left: columnNumber(c1!) };
}

const OPERATORS: Record<string, string> = {
  equal: '=',
  notEqual: '≠',
  greaterThan: '>',
  greaterThanOrEqual: '≥',
  lessThan: '<',
  lessThanOrEqual: '≤',
};

/** The criteria of a sheet's <autoFilter> element, or undefined when it filters nothing (buttons only). */
function criteriaOf(autoFilter: string, left: number): string[] | undefined {
  const criteria: string[] = [];
  const columns = autoFilter.split(/<(?:\w+:)?filterColumn\b/).slice(1);
  for (const column of columns.slice(0, 20)) {
    // a column with no criteria ("<filterColumn colId="0" hiddenButton="0"/>", as a table's buttons
    // are written) filters nothing
    if (!/<(?:\w+:)?(?:filters|customFilters|top10|dynamicFilter|colorFilter|iconFilter)\b/.test(column)) continue;
    const letters = columnLetters(left + (Number(attr(column, 'colId')) || 0));
    const values = [...column.matchAll(/<(?:\w+:)?filter\b[^>]*>/g)].map((m) => attr(m[0], 'val') ?? '');
    const custom = [...column.matchAll(/<(?:\w+:)?customFilter\b[^>]*>/g)].map(
      (m) => `${OPERATORS[attr(m[0], 'operator') ?? 'equal'] ?? '='} ${attr(m[0], 'val') ?? ''}`,
    );
    const said = [...values.map((v) => `"${clipText(v, 40)}"`), ...custom.map((c) => clipText(c, 40))];
    const shown = said.slice(0, 3).join(', ') + (said.length > 3 ? ' …' : '');
    criteria.push(shown ? `${letters}: ${shown}` : letters);
  }
  return criteria.length > 0 ? criteria : undefined;
}

/** A filter's range and criteria from its <autoFilter> element (`ref`: the table's, when the element has none). */
function filterOf(element: string, ref?: string): SheetFilter | undefined {
  const range = filterRange(attr(element.slice(0, element.indexOf('>') + 1), 'ref') ?? ref ?? '');
  const criteria = range && criteriaOf(element, range.left);
  return range && criteria ? { top: range.top, bottom: range.bottom, criteria } : undefined;
}

/** The <autoFilter> element of a part's XML, or undefined. */
function autoFilterElement(xml: string): string | undefined {
  const at = xml.search(/<(?:\w+:)?autoFilter\b/);
  if (at < 0) return undefined;
  const end = xml.search(/<\/(?:\w+:)?autoFilter>/);
  return xml.slice(at, end < 0 ? xml.indexOf('>', at) + 1 : end);
}

/** The table parts (xl/tables/tableN.xml) a sheet's relationships name. */
function tablePartsOf(files: Unzipped, sheetPath: string): string[] {
  const slash = sheetPath.lastIndexOf('/');
  const rels = files[`${sheetPath.slice(0, slash)}/_rels/${sheetPath.slice(slash + 1)}.rels`];
  if (!rels) return [];
  const parts: string[] = [];
  for (const [tag] of strFromU8(rels).matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
    if (!/\/table$/.test(attr(tag, 'Type') ?? '')) continue;
    const target = attr(tag, 'Target') ?? '';
    parts.push(target.startsWith('/') ? target.slice(1) : target.replace(/^\.\.\//, 'xl/'));
  }
  return parts.slice(0, MAX_TABLES);
}
/** The most tables of a sheet looked into. */
const MAX_TABLES = 50;

/**
 * The filters of a workbook's sheets that filter rows, by sheet name: from xl/workbook.xml, its
 * relationships, each sheet's <autoFilter>, and the <autoFilter> of each Excel table (Insert >
 * Table, xl/tables/tableN.xml) its relationships name: a table's filter hides rows as a sheet's does
 * (review 17 s17, S17-9).
 */
export function sheetFilters(bytes: Uint8Array): Map<string, SheetFilter[]> {
  const filters = new Map<string, SheetFilter[]>();
  const files = unzipSync(bytes, {
    filter: (f) =>
      f.name === 'xl/workbook.xml' ||
      f.name === 'xl/_rels/workbook.xml.rels' ||
      f.name.startsWith('xl/worksheets/') ||
      f.name.startsWith('xl/tables/'),
  });
  for (const [path, name] of sheetNames(files)) {
    const part = files[path];
    if (!part) continue;
    const found: SheetFilter[] = [];
    const own = autoFilterElement(strFromU8(part));
    const sheetFilter = own && filterOf(own);
    if (sheetFilter) found.push(sheetFilter);
    for (const tablePath of tablePartsOf(files, path)) {
      const table = files[tablePath];
      if (!table) continue;
      const xml = strFromU8(table);
      const element = autoFilterElement(xml);
      const tableFilter = element && filterOf(element, attr(xml.slice(xml.search(/<(?:\w+:)?table\b/)), 'ref'));
      if (tableFilter) found.push(tableFilter);
    }
    if (found.length > 0) filters.set(name, found);
  }
  return filters;
}

/** The filter of the rows in `rows`, among a sheet's filters (their criteria together), or undefined. */
export function filterOfRows(filters: readonly SheetFilter[], rows: readonly number[]): SheetFilter | undefined {
  const hiding = filters.filter((f) => rows.some((r) => r > f.top && r <= f.bottom));
  if (hiding.length === 0) return undefined;
  return {
    top: Math.min(...hiding.map((f) => f.top)),
    bottom: Math.max(...hiding.map((f) => f.bottom)),
    criteria: hiding.flatMap((f) => f.criteria),
  };
}

/** Whether a row lies in one of a sheet's filters (below its header row). */
export const inFilter = (filters: readonly SheetFilter[], row: number): boolean =>
  filters.some((f) => row > f.top && row <= f.bottom);

/** The notice of a sheet whose filter hid rows that were read all the same (up to 10 listed). */
export function filteredRowsNotice(
  block: number,
  where: Where,
  filter: SheetFilter,
  rows: readonly number[],
): SourceNotice {
  const listed = rows.slice(0, 10);
  const more = rows.length > 10 ? ' …' : '';
  const criteria = filter.criteria.join('; ');
  return {
    block,
    where,
    code: 'filtered-rows-read',
    message_th: `แผ่นงานนี้กรองข้อมูลไว้ (ตัวกรองคอลัมน์ ${criteria}) จึงซ่อนแถว ${toThaiDigits(rows.length)} แถว (แถว ${listed.map(toThaiDigits).join(', ')}${more}) ตัวกรองเป็นเพียงการแสดงผล ระบบจึงนำเข้าทุกแถวรวมทั้งแถวที่ถูกกรอง ตรวจว่ามาตรการครบและถูกต้อง (ใน Excel ดูทุกแถวได้ที่ ข้อมูล > ล้าง)`,
    message_en: `this sheet is filtered (filter on column ${criteria}), hiding ${rows.length} row${rows.length > 1 ? 's' : ''} (row ${listed.join(', ')}${more}); a filter is only a view, so every row was imported, the filtered ones too: check the measures (in Excel, Data > Clear shows them all)`,
    source: criteria,
  };
}
