// A workbook with one sheet per fiscal year ("ปี ๒๕๖๖", "ปี ๒๕๖๗"): only the sheet of the year
// imported is this year's plan. Read together, last year's measures joined this year's (and a
// sheet that repeated them was the one left out as a summary). Review 17 s11, S11-9.
import { toThaiDigits } from '../domain/thai-format.js';
import { fiscalYearOfSheetName, fiscalYearOfTitle } from './fiscal-year-names.js';
import type { Where } from './import-warning.js';

/** The fiscal year (BE) a sheet's name names, if one ("ปี ๒๕๖๖", "ปีงบ 66", "FY2023"). */
export const sheetYear = fiscalYearOfSheetName;

export interface OtherYearSheet {
  sheet: string;
  year: number;
  order: number;
  /** the sheet's title line that names the year, when its name names none */
  title?: string;
}

/** how many of a sheet's first text lines may hold its title */
const TITLE_LINES = 6;

/**
 * Each sheet's fiscal year: the one its name names, else the one its title (a text line above its
 * first table row: "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖") names (review 17 s12, S12-19: "Sheet1"/"Sheet2").
 */
function sheetYears(
  rows: readonly { where: Where; order: number }[],
  prose: readonly { where: Where; order: number; text: string }[],
): Map<string, { year: number; title?: string } | undefined> {
  const years = new Map<string, { year: number; title?: string } | undefined>();
  const first = new Map<string, number>();
  for (const r of rows) {
    const sheet = r.where.sheet;
    if (sheet === undefined || years.has(sheet)) continue;
    const year = sheetYear(sheet);
    years.set(sheet, year === undefined ? undefined : { year });
    first.set(sheet, r.order);
  }
  const seen = new Map<string, number>();
  for (const p of prose) {
    const sheet = p.where.sheet;
    if (sheet === undefined || !years.has(sheet) || years.get(sheet) !== undefined) continue;
    const n = seen.get(sheet) ?? 0;
    if (n >= TITLE_LINES || p.order > first.get(sheet)!) continue;
    seen.set(sheet, n + 1);
    const year = fiscalYearOfTitle(p.text);
    if (year !== undefined) years.set(sheet, { year, title: p.text });
  }
  return years;
}

/**
 * The rows without those of sheets of another fiscal year than `fy` (BE) by their name or title,
 * when some sheet is `fy`'s; else all rows (a single sheet of another year is read, and the
 * fiscal-year warning says so). Gives the sheets left out, each with its first row's order.
 */
export function withoutOtherYearSheets<R extends { where: Where; order: number }>(
  rows: readonly R[],
  fy: number,
  prose: readonly { where: Where; order: number; text: string }[] = [],
): { kept: R[]; skipped: OtherYearSheet[] } {
  const years = sheetYears(rows, prose);
  if (![...years.values()].some((y) => y?.year === fy)) return { kept: [...rows], skipped: [] };
  const other = (r: R) => {
    const year = r.where.sheet === undefined ? undefined : years.get(r.where.sheet);
    return year !== undefined && year.year !== fy;
  };
  const skipped = new Map<string, OtherYearSheet>();
  for (const r of rows)
    if (other(r) && !skipped.has(r.where.sheet!)) {
      const year = years.get(r.where.sheet!)!;
      skipped.set(r.where.sheet!, { sheet: r.where.sheet!, order: r.order, ...year });
    }
  return { kept: rows.filter((r) => !other(r)), skipped: [...skipped.values()] };
}

/** What the importer says about a sheet of another year left out. */
export function otherYearSheetMessage(s: OtherYearSheet, fy: number): { th: string; en: string } {
  if (s.title !== undefined)
    return {
      th: `แผ่นงาน "${s.sheet}" มีหัวเรื่อง "${s.title}" เป็นแผนปีงบประมาณ ${toThaiDigits(s.year)} ไม่ใช่ปี ${toThaiDigits(fy)} ที่นำเข้า จึงไม่นำเข้า`,
      en: `sheet "${s.sheet}" is titled "${s.title}": the plan of fiscal year ${s.year}, not ${fy} being imported; it was not imported`,
    };
  return {
    th: `แผ่นงาน "${s.sheet}" เป็นแผนปีงบประมาณ ${toThaiDigits(s.year)} ไม่ใช่ปี ${toThaiDigits(fy)} ที่นำเข้า จึงไม่นำเข้า`,
    en: `sheet "${s.sheet}" is the plan of fiscal year ${s.year}, not ${fy} being imported: it was not imported`,
  };
}
