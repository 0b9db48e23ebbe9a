// The people sheet of `npm run admin -- add-people`: a .xlsx or .csv with a heading row, one
// person a row (tester s44 F8: a city's 70 people were added one CLI run each, 2.3 s apiece).
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { decodeTextFile } from '../../shared/import/text-file-encoding.js';
import { ROLE_LABELS } from '../../shared/domain/status-labels.js';
import type { Unit } from '../../shared/domain/organisation.js';
import { ValidationError } from '../../shared/domain/errors.js';

/** The columns, by the headings a Thai or English sheet may give them (case and spaces ignored). */
const HEADINGS = {
  email: ['email', 'อีเมล', 'e-mail'],
  name: ['name', 'ชื่อ', 'ชื่อ-นามสกุล', 'ชื่อ-สกุล', 'ชื่อนามสกุล'],
  roles: ['roles', 'role', 'บทบาท'],
  unit: ['unit', 'หน่วยงาน'],
  head: ['head', 'หัวหน้าหน่วยงาน', 'หัวหน้า'],
  actingHeadOf: ['acting-head-of', 'รักษาราชการแทน', 'รักษาราชการแทนหัวหน้า'],
  alsoStaffOf: ['also-staff-of', 'ปฏิบัติงานในหน่วยงานอื่นด้วย', 'ปฏิบัติงานในหน่วยงานอื่น'],
} as const;
export type PeopleColumn = keyof typeof HEADINGS;

/** The API body's field a column fills. */
export const COLUMN_FIELD: Record<PeopleColumn, string> = {
  email: 'email',
  name: 'name',
  roles: 'roles',
  unit: 'unitId',
  head: 'headOfUnit',
  actingHeadOf: 'actingHeadOf',
  alsoStaffOf: 'alsoStaffOf',
};

/** One person's row: its row number in the sheet (1 = the heading row) and its cells' text by column. */
export interface PeopleRow {
  row: number;
  cells: Partial<Record<PeopleColumn, string>>;
}

const squash = (s: string) => s.replace(/\s+/gu, '').toLowerCase();

const cellText = (cell: ExcelJS.Cell): string => {
  const v = cell.value;
  if (v && typeof v === 'object' && 'text' in v) return String(v.text); // a hyperlink (an email typed in Excel)
  return (cell.text ?? '').trim();
};

/**
 * A .csv's text in whatever encoding Excel or Notepad saved it, as the plan importer reads a text
 * file (decodeTextFile: a BOM's UTF-8 or UTF-16, else UTF-8, else code page 874, which Thai Excel's
 * "CSV (Comma delimited)" saves; tester s54: such a file was refused as lacking its headings).
 * Errors: the decoder's ValidationError (UTF-16 without a BOM, bytes malformed in their BOM's
 * encoding); NotTextError for bytes that are no text.
 */
async function csvText(path: string): Promise<string> {
  const text = decodeTextFile(await readFile(path));
  if (text === undefined) throw new NotTextError();
  return text;
}

/** A .csv whose bytes are no text (a binary file, an .xls renamed). */
export class NotTextError extends Error {}

/** How many rows from the top are looked at for the heading row (a title, a date, a blank line above it). */
export const HEADING_ROWS = 10;

/**
 * The sheet's rows under its heading row (the first sheet of a workbook). Blank rows are skipped.
 * Errors: `{ missing }` names the required headings no row of the first HEADING_ROWS has (email, name, roles).
 */
export async function readPeopleSheet(
  path: string,
): Promise<{ rows: PeopleRow[]; missing?: undefined } | { missing: PeopleColumn[] }> {
  // loaded by this command only: the admin CLI's other commands start without exceljs
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  const sheet = /\.csv$/iu.test(path)
    ? await workbook.csv.read(Readable.from([await csvText(path)]), { parserOptions: { trim: true } })
    : ((await workbook.xlsx.readFile(path)).worksheets[0] ?? workbook.addWorksheet());
  // the heading row: the first of the first HEADING_ROWS rows naming email, name and roles (tester s54:
  // a title above the headings was refused); none: the row naming most of them says what is missing
  const headingsOf = (n: number) => {
    const columns = new Map<number, PeopleColumn>();
    sheet.getRow(n).eachCell((cell, col) => {
      const heading = squash(cellText(cell).replace(/^\uFEFF/u, ''));
      const found = (Object.keys(HEADINGS) as PeopleColumn[]).find((c) =>
        HEADINGS[c].some((h) => squash(h) === heading),
      );
      if (found) columns.set(col, found);
    });
    const missing = (['email', 'name', 'roles'] as const).filter((c) => ![...columns.values()].includes(c));
    return { n, columns, missing };
  };
  const candidates = Array.from({ length: HEADING_ROWS }, (_, i) => headingsOf(i + 1));
  const heading = candidates.find((c) => c.missing.length === 0);
  if (!heading) return { missing: candidates.reduce((a, b) => (b.missing.length < a.missing.length ? b : a)).missing };
  const { columns } = heading;
  const rows: PeopleRow[] = [];
  sheet.eachRow((row, n) => {
    if (n <= heading.n) return;
    const cells: PeopleRow['cells'] = {};
    for (const [col, name] of columns) {
      const text = cellText(row.getCell(col));
      if (text) cells[name] = text;
    }
    if (Object.keys(cells).length > 0) rows.push({ row: n, cells });
  });
  return { rows };
}

/** The headings a sheet may use for `column`, to name it in a message ("อีเมล (email)"). */
export const headingOf = (column: PeopleColumn) =>
  `${HEADINGS[column].find((h) => /[ก-๙]/u.test(h)) ?? column} (${HEADINGS[column][0]})`;

const ROLE_BY_LABEL = new Map(Object.entries(ROLE_LABELS).map(([id, label]) => [squash(label), id]));

/** "staff, coordinator" or "เจ้าหน้าที่, คณะทำงาน ITA" (ROLE_LABELS) -> the role ids; an unknown one stays as written. */
export function rolesOf(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(/[,;+/]/u)
    .map((r) => r.trim())
    .filter(Boolean)
    .map((r) => ROLE_BY_LABEL.get(squash(r)) ?? r.toLowerCase());
}

/**
 * A list column of other units (acting head of, staff of as well: "กองช่าง, education"), each by its
 * name or id (unitIdOf), as the body's field; an empty cell gives nothing. Also add-person's
 * --acting-head-of and --also-staff-of. Errors: a unit given twice (by its name and its id, say),
 * named as the org calls it (s46 re-check: the API's own refusal names the id).
 */
export function unitListOf(
  column: 'actingHeadOf' | 'alsoStaffOf',
  cells: PeopleRow['cells'],
  units: readonly Unit[],
): Partial<Record<typeof column, string[]>> {
  const cell = cells[column];
  if (!cell) return {};
  const ids = cell
    .split(/[,;]/u)
    .map((u) => u.trim())
    .filter(Boolean)
    .map((u) => unitIdOf(u, units, column));
  const twice = ids.findIndex((id, i) => ids.indexOf(id) !== i);
  if (twice >= 0) {
    const id = ids[twice]!;
    const name = units.find((u) => u.unitId === id)?.name ?? id;
    throw new ValidationError('ข้อมูลไม่ถูกต้อง', 'not valid', [
      {
        path: `body.${COLUMN_FIELD[column]}.${twice}`,
        message_th: `เลือกหน่วยงาน "${name}" ซ้ำ กรุณาเลือกแต่ละหน่วยงานครั้งเดียว`,
        message_en: `the unit "${name}" (${id}) is listed twice; list each unit once`,
      },
    ]);
  }
  return { [column]: ids };
}

/** The id of the org's unit whose id, name or alias (spaces and case aside) `cell` is; undefined for none. */
export function matchingUnitId(cell: string, units: readonly Unit[]): string | undefined {
  const s = squash(cell);
  return units.find((u) => u.unitId === cell || squash(u.name) === s || (u.aliases ?? []).some((a) => squash(a) === s))
    ?.unitId;
}

/**
 * A unit cell: the unit's id, name or one of its aliases. Errors: UnknownUnitCell for one that is
 * none of the org's (tester s44 re-check: "กองสวัสดิการ" was refused as "characters not allowed"
 * by the id's schema), naming the org's open units with their ids.
 */
export function unitIdOf(cell: string, units: readonly Unit[], column: PeopleColumn): string {
  const found = matchingUnitId(cell, units);
  if (found) return found;
  const open = units.filter((u) => u.active !== false);
  throw new ValidationError('ข้อมูลไม่ถูกต้อง', 'not valid', [
    {
      path: `body.${COLUMN_FIELD[column]}`,
      message_th: `ไม่มีหน่วยงานชื่อหรือรหัส "${cell}" ในองค์กรนี้ (หน่วยงานที่มี: ${open.map((u) => `${u.name} (${u.unitId})`).join(', ')})`,
      message_en: `there is no unit named or with the id "${cell}" in this organisation (its units: ${open.map((u) => u.unitId).join(', ')})`,
    },
  ]);
}

/** "ใช่", "yes", "x", "1", "true", "✓" -> true; empty, "ไม่", "no", "0", "false" -> false; else undefined. */
export function yesOf(cell: string | undefined): boolean | undefined {
  const s = squash(cell ?? '');
  if (['', 'ไม่', 'ไม่ใช่', 'no', 'n', '0', 'false', '-'].includes(s)) return false;
  if (['ใช่', 'yes', 'y', 'x', '1', 'true', '✓', '/'].includes(s)) return true;
  return undefined;
}
