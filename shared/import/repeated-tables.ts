// A later table (a sheet, a Word table) whose every row repeats a measure already read from an
// earlier one: a summary or chart-data sheet listing the plan's measures again ("มาตรการ |
// การติดตามผล | ผู้รับผิดชอบ | จำนวนครั้ง"). It is no part of the plan: its rows are left out and
// said once (review 17 s9, entry 40: five junk measures that blocked the save).
import { toThaiDigits } from '../domain/thai-format.js';
import type { Where } from './import-warning.js';
import { matchKey, splitItems, stripTags } from './thai-text.js';
import { addToGroup } from './grouping.js';

interface TableRow {
  table: 'plan' | 'results';
  where: Where;
  order: number;
  cells: { measure?: string };
  /** the row's units are its sheet's (unit-sheets.ts) */
  unitSheet?: unknown;
}

export interface RepeatedTable {
  /** the sheet or Word table, as in a warning's place */
  where: Where;
  order: number;
  /** the measures it repeats, as written there */
  measures: string[];
}

const tableKeyOf = (where: Where): string | undefined =>
  where.sheet !== undefined ? `sheet:${where.sheet}` : where.table !== undefined ? `table:${where.table}` : undefined;

/**
 * The rows without those of later tables that only repeat measures read before, and those tables.
 * A row repeats one when its measure cell is another's whole, or another's heading alone (a
 * summary lists "ตัวชี้วัดที่ ๔ …" of a cell that goes on with its sub-measures); a table with one
 * row of its own is read as the plan. Unit sheets after unit sheets only are all kept: their
 * measures are their units' (joined: unit-sheets.ts, S23-5).
 */
export function withoutRepeatedTables<R extends TableRow>(
  rows: readonly R[],
): { kept: R[]; repeated: RepeatedTable[] } {
  const wholes = new Set<string>();
  const firsts = new Set<string>();
  const byTable = new Map<string | undefined, R[]>();
  for (const r of rows) {
    const key = tableKeyOf(r.where);
    addToGroup(byTable, key, r);
  }
  // one table (a text file) repeats none before it
  if (byTable.size <= 1) return { kept: [...rows], repeated: [] };
  // a cell's texts once per call (a table of one short cell repeated reads it once)
  const read = new Map<string, { whole: string; items: string[] }>();
  const textsOf = (cell: string) => {
    let t = read.get(cell);
    if (!t) read.set(cell, (t = { whole: matchKey(stripTags(cell)), items: splitItems(cell) }));
    return t;
  };
  const dropped = new Set<string | undefined>();
  const repeated: RepeatedTable[] = [];
  let first = true;
  /** every table kept so far is a unit sheet */
  let unitSheetsOnly = true;
  let left = byTable.size;
  for (const [key, tableRows] of byTable) {
    left--;
    const plan = tableRows.filter((r) => r.table === 'plan');
    // each row's texts once, and only as far as they are looked at
    const texts: { whole: string; items: string[] }[] = [];
    const textOf = (i: number) => (texts[i] ??= textsOf(plan[i]!.cells.measure ?? ''));
    const repeats = (i: number) => {
      const t = textOf(i);
      return t.whole !== '' && (wholes.has(t.whole) || (t.items.length <= 1 && firsts.has(t.whole)));
    };
    const unitSheet = plan.length > 0 && plan.every((r) => r.unitSheet !== undefined);
    if (
      !first &&
      key !== undefined &&
      plan.length > 0 &&
      !(unitSheet && unitSheetsOnly) &&
      plan.every((_, i) => repeats(i))
    ) {
      dropped.add(key);
      const at = plan[0]!;
      repeated.push({
        where: at.where.sheet !== undefined ? { sheet: at.where.sheet } : { table: at.where.table! },
        order: at.order,
        measures: plan.map((r) => stripTags(r.cells.measure ?? '')),
      });
      continue;
    }
    if (plan.length > 0) first = false;
    if (plan.length > 0 && !unitSheet) unitSheetsOnly = false;
    // the last table's measures are compared with no later one
    if (left === 0) break;
    for (let i = 0; i < plan.length; i++) {
      const t = textOf(i);
      wholes.add(t.whole);
      if (t.items[0]) firsts.add(matchKey(t.items[0]));
    }
  }
  return { kept: rows.filter((r) => !dropped.has(tableKeyOf(r.where))), repeated };
}

/** What the importer says about a table left out as a repeat (see withoutRepeatedTables). */
export function repeatedTableMessage(t: RepeatedTable): { th: string; en: string; source: string } {
  const quoted = t.measures
    .slice(0, 3)
    .map((m) => `"${m.slice(0, 60)}"`)
    .join(', ');
  const more = t.measures.length > 3 ? ` …` : '';
  const n = t.measures.length;
  return {
    th: `ตารางนี้มี ${toThaiDigits(n)} แถว ทุกแถวซ้ำกับมาตรการที่อ่านแล้วจากตารางก่อนหน้า (${quoted}${more}) จึงถือเป็นตารางสรุป ไม่ใช่ตารางแผนมาตรการ และไม่นำเข้า`,
    en: `${n === 1 ? "this table's one row repeats a measure" : `this table's ${n} rows all repeat measures`} already read from an earlier table (${quoted}${more}): it is taken for a summary, no plan table, and was not imported`,
    source: t.measures.join(' | '),
  };
}
