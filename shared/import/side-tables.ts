// A small table beside the plan (a per-unit count in G:H, after an empty column F) was read into the
// measures' notes ("หน่วยงาน: กองคลัง", "จำนวนมาตรการ: 1"), its rows past the plan's end piled
// on the last measure, silently (review 17 s12, S12-22). Columns past an empty column of a plan
// header that already has its measures, follow-ups and units, under a header of their own, are
// another table: cut off, and said once. One pass to find them, one to cut.
import { toThaiDigits } from '../domain/thai-format.js';
import type { Column, Role } from './column-names.js';
import type { Where } from './import-warning.js';
import type { CellMerge, SourceBlock, SourceDocument } from './source-document.js';
import { stripTags, strippedUpTo } from './thai-text.js';

/** a header label is short; longer cells are content (no header) */
const MAX_LABEL = 60;
/** what the plan's part of the header must hold before the empty column */
const PLAN_ROLES: readonly Role[] = ['measure', 'followUps', 'responsible'];

type Row = Extract<SourceBlock, { kind: 'row' }>;

export interface SideTable {
  /** the header row's block index */
  block: number;
  where: Where;
  /** the side table's labels, " | " joined */
  labels: string;
}

const keyOf = (b: Row) => `${b.where.sheet ?? ''}\u0000${b.where.table ?? ''}`;
/** A cell's own text when it may be a label ('' for none), undefined when longer than a label (not stripped whole). */
const own = (b: Row, j: number) => (b.merged?.[j] === 'left' ? '' : strippedUpTo(b.cells[j] ?? '', MAX_LABEL));
const emptyAt = (b: Row, j: number) => b.merged?.[j] !== 'left' && !stripTags(b.cells[j] ?? '').trim();

/** Whether at least `n` cells hold anything (an own label is never an empty cell). */
function hasTextCells(cells: readonly string[], n: number): boolean {
  let count = 0;
  for (const c of cells) if (c && ++count >= n) return true;
  return false;
}

/**
 * Where a header row's plan part ends: the first empty column after the plan's measure, follow-up
 * and units columns, when the columns past it carry a header of their own (two labels or more, or
 * one the plan part already has). Undefined for any other row.
 */
function sideCut(b: Row, columnOf: (label: string) => Column): { at: number; labels: string[] } | undefined {
  const cells = b.cells;
  // the plan's three roles and a label past the empty column: four cells with text at least
  if (cells.length < 5 || !hasTextCells(cells, PLAN_ROLES.length + 1)) return;
  if (!cells.some((_, j) => own(b, j))) return;
  const roles = new Set<Role>();
  for (let j = 0; j < cells.length; j++) {
    const label = own(b, j);
    if (label === undefined) return;
    if (label) {
      roles.add(columnOf(label).role);
      continue;
    }
    if (!emptyAt(b, j) || !PLAN_ROLES.every((r) => roles.has(r))) continue;
    const after = cells.map((_, k) => (k > j ? own(b, k) : ''));
    // a cell past it longer than a label: no header
    if (after.includes(undefined)) return;
    const labels = after.filter((l): l is string => !!l);
    if (labels.length === 0) return;
    const repeats = labels.some((l) => {
      const role = columnOf(l).role;
      return role !== 'note' && roles.has(role);
    });
    return labels.length >= 2 || repeats ? { at: j, labels } : undefined;
  }
  return undefined;
}

/**
 * The document with the columns of side tables cut off their rows (from the header down to the
 * table's end: the sheet's or Word table's last row), and the side tables found. A cut is kept only
 * when the empty column stays empty in every row under the header (else it is the plan's own).
 */
export function withSideTablesCut(
  doc: SourceDocument,
  columnOf: (label: string) => Column,
): { document: SourceDocument; sideTables: SideTable[] } {
  const runs: { key: string; at: number; from: number; to: number; labels: string[]; ok: boolean }[] = [];
  let run: (typeof runs)[number] | undefined;
  doc.blocks.forEach((b, i) => {
    if (b.kind !== 'row') return;
    if (run && run.key !== keyOf(b)) run = undefined;
    // a plan header has a measure's label; most rows are not headers
    const cut = b.cells.length >= 5 ? sideCut(b, columnOf) : undefined;
    if (cut) {
      run = { key: keyOf(b), at: cut.at, from: i, to: i, labels: cut.labels, ok: true };
      runs.push(run);
      return;
    }
    if (!run) return;
    run.to = i;
    if (run.ok && !emptyAt(b, run.at)) run.ok = false;
  });
  const kept = runs.filter((r) => r.ok);
  if (kept.length === 0) return { document: doc, sideTables: [] };
  const blocks = [...doc.blocks];
  for (const r of kept)
    for (let i = r.from; i <= r.to; i++) {
      const b = blocks[i]!;
      if (b.kind !== 'row') continue;
      const merged: CellMerge[] | undefined = b.merged?.slice(0, r.at);
      blocks[i] = { ...b, cells: b.cells.slice(0, r.at), ...(merged ? { merged } : {}) };
    }
  const sideTables = kept.map((r) => {
    const b = doc.blocks[r.from] as Row;
    const column = b.cells.findIndex((_, k) => k > r.at && own(b, k)) + 1;
    return { block: r.from, where: { ...b.where, column }, labels: r.labels.join(' | ') };
  });
  return { document: { ...doc, blocks }, sideTables };
}

/** What the importer says about a side table left out. */
export function sideTableMessage(t: SideTable): { th: string; en: string } {
  const column = t.where.column ?? 0;
  return {
    th: `ตาราง "${t.labels}" ตั้งแต่คอลัมน์ ${toThaiDigits(column)} อยู่ข้างตารางแผนโดยมีคอลัมน์ว่างคั่น เป็นอีกตารางหนึ่ง จึงไม่นำเข้าเป็นหมายเหตุของมาตรการ`,
    en: `the table "${t.labels}" from column ${column} sits beside the plan's table, past an empty column: another table, not read into the measures' notes`,
  };
}
