// A Word (or HTML) plan that keeps last year's table below this year's, each under its own title
// "… ประจำปีงบประมาณ พ.ศ. ๒๕๖๖": only the table of the year imported is this year's plan. Read
// together, last year's measures joined this year's silently (review 17 s11, S11-9, the Word part;
// year-sheets.ts does the same for a workbook's sheets).
import { toThaiDigits } from '../domain/thai-format.js';
import { fiscalYearOfTitle } from './fiscal-year-names.js';
import type { Where } from './import-warning.js';

/**
 * For each table, the fiscal year named by the prose between the table before and it (the line
 * nearest the table wins): "ประจำปีงบประมาณ พ.ศ. ๒๕๖๖", "ปีงบประมาณ 2566", "ปีงบ 66", "FY2023"
 * (fiscal-year-names.ts). One pass over the prose, in order: each line is read once, however many
 * tables there are (a walk per table was quadratic: 32,000 small tables took 16 s).
 */
function yearsBeforeTables(
  tables: readonly { first: number; last: number }[],
  prose: readonly { order: number; text: string }[],
): ({ year: number; text: string } | undefined)[] {
  const lines = [...prose].sort((a, b) => a.order - b.order);
  const named: ({ year: number; text: string } | undefined)[] = [];
  let next = 0;
  let after = -Infinity;
  for (const t of tables) {
    let own: { year: number; text: string } | undefined;
    for (; next < lines.length && lines[next]!.order < t.first; next++) {
      const line = lines[next]!;
      if (line.order <= after) continue;
      const year = fiscalYearOfTitle(line.text);
      if (year !== undefined) own = { year, text: line.text };
    }
    named.push(own);
    after = t.last;
  }
  return named;
}

export interface OtherYearTable {
  table: number;
  year: number;
  /** the title line that names the year */
  title: string;
  order: number;
}

/**
 * The rows without those of document tables (where.table, not a sheet) headed by a title of another
 * fiscal year than `fy` (BE), when some table is headed by `fy`'s; else all rows. A table's title
 * is the text between the table before and it; a table without one goes with the table before.
 */
export function withoutOtherYearTables<R extends { where: Where; order: number }>(
  rows: readonly R[],
  prose: readonly { order: number; text: string }[],
  fy: number,
): { kept: R[]; skipped: OtherYearTable[] } {
  const tables: { table: number; first: number; last: number }[] = [];
  for (const r of rows) {
    const table = r.where.sheet === undefined ? r.where.table : undefined;
    if (table === undefined) continue;
    const last = tables.at(-1);
    if (last?.table === table) last.last = r.order;
    else tables.push({ table, first: r.order, last: r.order });
  }
  const years = new Map<number, { year: number; text: string; first: number } | undefined>();
  let carried: { year: number; text: string } | undefined;
  const named = yearsBeforeTables(tables, prose);
  tables.forEach((t, i) => {
    carried = named[i] ?? carried;
    if (!years.has(t.table)) years.set(t.table, carried && { ...carried, first: t.first });
  });
  if (![...years.values()].some((y) => y?.year === fy)) return { kept: [...rows], skipped: [] };
  const other = (r: R) => {
    if (r.where.sheet !== undefined || r.where.table === undefined) return false;
    const year = years.get(r.where.table);
    return year !== undefined && year.year !== fy;
  };
  const skipped: OtherYearTable[] = [];
  for (const [table, year] of years)
    if (year && year.year !== fy) skipped.push({ table, year: year.year, title: year.text, order: year.first });
  return { kept: rows.filter((r) => !other(r)), skipped };
}

/** What the importer says about a table of another year left out. */
export function otherYearTableMessage(t: OtherYearTable, fy: number): { th: string; en: string } {
  return {
    th: `ตาราง ${toThaiDigits(t.table)} อยู่ใต้หัวเรื่อง "${t.title}" เป็นแผนปีงบประมาณ ${toThaiDigits(t.year)} ไม่ใช่ปี ${toThaiDigits(fy)} ที่นำเข้า จึงไม่นำเข้า`,
    en: `table ${t.table} is under the title "${t.title}": the plan of fiscal year ${t.year}, not ${fy} being imported; it was not imported`,
  };
}
