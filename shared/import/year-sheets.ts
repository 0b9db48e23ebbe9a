// A workbook with one sheet per fiscal year ("ปี ๒๕๖๖", "ปี ๒๕๖๗"): only the sheet of the year
// imported is this year's plan. Read together, last year's measures joined this year's (and a
// sheet that repeated them was the one left out as a summary). Review 17 s11, S11-9.
import { fromThaiDigits, toThaiDigits } from '../domain/thai-format.js';
import type { Where } from './import-warning.js';

/** A Buddhist-era year in a sheet's name (2400-2799, Thai or Arabic digits). */
const BE_YEAR = /(?:^|[^0-9])(2[4-7][0-9]{2})(?![0-9])/;

/** The fiscal year (BE) a sheet's name names, if one. */
export function sheetYear(name: string): number | undefined {
  const m = BE_YEAR.exec(fromThaiDigits(name));
  return m ? Number(m[1]) : undefined;
}

export interface OtherYearSheet {
  sheet: string;
  year: number;
  order: number;
}

/**
 * The rows without those of sheets named for another fiscal year than `fy` (BE), when some sheet
 * is named for `fy`; else all rows (a single sheet named for another year is read, and the
 * fiscal-year warning says so). Gives the sheets left out, each with its first row's order.
 */
export function withoutOtherYearSheets<R extends { where: Where; order: number }>(
  rows: readonly R[],
  fy: number,
): { kept: R[]; skipped: OtherYearSheet[] } {
  const years = new Map<string, number | undefined>();
  for (const r of rows)
    if (r.where.sheet !== undefined && !years.has(r.where.sheet)) years.set(r.where.sheet, sheetYear(r.where.sheet));
  if (![...years.values()].includes(fy)) return { kept: [...rows], skipped: [] };
  const other = (r: R) => {
    const year = r.where.sheet === undefined ? undefined : years.get(r.where.sheet);
    return year !== undefined && year !== fy;
  };
  const skipped = new Map<string, OtherYearSheet>();
  for (const r of rows)
    if (other(r) && !skipped.has(r.where.sheet!))
      skipped.set(r.where.sheet!, { sheet: r.where.sheet!, year: years.get(r.where.sheet!)!, order: r.order });
  return { kept: rows.filter((r) => !other(r)), skipped: [...skipped.values()] };
}

/** What the importer says about a sheet of another year left out. */
export function otherYearSheetMessage(s: OtherYearSheet, fy: number): { th: string; en: string } {
  return {
    th: `แผ่นงาน "${s.sheet}" เป็นแผนปีงบประมาณ ${toThaiDigits(s.year)} ไม่ใช่ปี ${toThaiDigits(fy)} ที่นำเข้า จึงไม่นำเข้า`,
    en: `sheet "${s.sheet}" is the plan of fiscal year ${s.year}, not ${fy} being imported: it was not imported`,
  };
}
