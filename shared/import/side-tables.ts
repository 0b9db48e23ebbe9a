// A small table beside the plan (a per-unit count in G:H, after an empty column F) was read into the
// measures' notes ("หน่วยงาน: กองคลัง", "จำนวนมาตรการ: 1"), its rows past the plan's end piled
// on the last measure, silently (review 17 s12, S12-22). Columns past an empty column of a plan
// header that already has its measures, follow-ups and units, under a header of their own, are
// another table: cut off, and said once, with how many rows of text it had. One pass to find them,
// one to cut. A side table whose header is itself a plan header (a plan laid out in two halves to
// fit the page) is more of the plan: its rows are read after the plan's (review 17 s24, S24-4).
import { toThaiDigits } from '../domain/thai-format.js';
import type { Column, Role } from './column-names.js';
import type { Where } from './import-warning.js';
import type { CellMerge, SourceBlock, SourceDocument } from './source-document.js';
import { stripTags, strippedUpTo } from './thai-text.js';
import { counted } from '../domain/english-count.js';

/** a header label is short; longer cells are content (no header) */
const MAX_LABEL = 60;
/** what the plan's part of the header must hold before the empty column */
const PLAN_ROLES: readonly Role[] = ['measure', 'followUps', 'responsible'];

type Row = Extract<SourceBlock, { kind: 'row' }>;

export interface SideTable {
  /** the header row's block index (in the document given back) */
  block: number;
  where: Where;
  /** the side table's labels, " | " joined */
  labels: string;
  /** its rows with text under its header (not counting the header) */
  rows: number;
  /** a plan header of its own: its rows were read after the plan's (else they were cut off) */
  read: boolean;
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
  const owns = cells.map((_, j) => own(b, j));
  // a cell longer than a label: no header
  if (owns.includes(undefined)) return;
  // an empty column with a label past it, or no cut (most rows: their labels are not read as columns)
  const last = owns.findLastIndex(Boolean);
  if (!owns.some((l, j) => j < last && l === '' && emptyAt(b, j))) return;
  const roles = new Set<Role>();
  for (let j = 0; j < cells.length; j++) {
    const label = owns[j]!;
    if (label) {
      roles.add(columnOf(label).role);
      continue;
    }
    if (!emptyAt(b, j) || !PLAN_ROLES.every((r) => roles.has(r))) continue;
    const labels = owns.filter((l, k): l is string => k > j && !!l);
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
 * A side table whose labels `isPlanHeader` accepts is moved, not dropped: its header and rows (the
 * cells past the empty column) come after the table's last row, as rows of their own; the
 * document's notices keep their blocks. Time linear in the cells.
 */
export function withSideTablesCut(
  doc: SourceDocument,
  columnOf: (label: string) => Column,
  isPlanHeader: (labels: readonly string[]) => boolean = () => false,
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
  const blocks: SourceBlock[] = [];
  /** each block's index in the document given back */
  const moved: number[] = [];
  const sideTables: SideTable[] = [];
  let next = 0;
  for (const r of kept) {
    for (; next < r.from; next++) moved[next] = blocks.push(doc.blocks[next]!) - 1;
    const read = isPlanHeader(r.labels);
    const side: Row[] = [];
    for (let i = r.from; i <= r.to; i++) {
      const b = doc.blocks[i]!;
      moved[i] = blocks.length;
      if (b.kind !== 'row') {
        blocks.push(b);
        continue;
      }
      const merged: CellMerge[] | undefined = b.merged?.slice(0, r.at);
      blocks.push({ ...b, cells: b.cells.slice(0, r.at), ...(merged ? { merged } : {}) });
      const cells = b.cells.slice(r.at + 1);
      if (!cells.some((c) => stripTags(c).trim())) continue;
      // a cell merged from the left of the empty column is none past it
      const rest = b.merged?.slice(r.at + 1).map((m, k) => (k === 0 && m === 'left' ? null : m));
      // its warnings name the whole row's columns (columnsBefore)
      const where = { ...b.where, columnsBefore: (b.where.columnsBefore ?? 0) + r.at + 1 };
      side.push({ ...b, where, cells, ...(rest?.some(Boolean) ? { merged: rest } : {}) });
    }
    next = r.to + 1;
    const header = doc.blocks[r.from] as Row;
    const column = header.cells.findIndex((_, k) => k > r.at && own(header, k)) + 1;
    const at = read ? blocks.length : moved[r.from]!;
    if (read) blocks.push(...side);
    const labels = r.labels.join(' | ');
    sideTables.push({
      block: at,
      where: { ...header.where, column },
      labels,
      rows: Math.max(0, side.length - 1),
      read,
    });
  }
  for (; next < doc.blocks.length; next++) moved[next] = blocks.push(doc.blocks[next]!) - 1;
  const notices = doc.notices?.map((n) => ({ ...n, block: moved[n.block] ?? n.block }));
  return { document: { ...doc, blocks, ...(notices ? { notices } : {}) }, sideTables };
}

/** What the importer says about a side table: read as more of the plan, or left out with its rows. */
export function sideTableMessage(t: SideTable): { th: string; en: string } {
  const column = t.where.column ?? 0;
  const rows = t.rows;
  if (t.read)
    return {
      th: `ตาราง "${t.labels}" ตั้งแต่คอลัมน์ ${toThaiDigits(column)} อยู่ข้างตารางแผนโดยมีคอลัมน์ว่างคั่น และมีหัวตารางแผนของตัวเอง จึงนำเข้า ${toThaiDigits(rows)} แถวของตารางนี้เป็นมาตรการต่อจากตารางด้านซ้าย (แผนที่แบ่งเป็นสองส่วนให้พอดีหน้ากระดาษ) กรุณาตรวจว่ามาตรการครบและเรียงถูกต้อง`,
      en: `the table "${t.labels}" from column ${column} sits beside the plan's table, past an empty column, with a plan header of its own: its ${counted(rows, 'row')} were imported as measures after the left table's (a plan split in two halves to fit the page); check the measures and their order`,
    };
  const lost =
    rows > 0
      ? {
          th: ` ข้อความ ${toThaiDigits(rows)} แถวในตารางนั้นไม่ได้นำเข้า`,
          en: `: its ${counted(rows, 'row')} with text were NOT imported`,
        }
      : { th: '', en: '' };
  return {
    th: `ตาราง "${t.labels}" ตั้งแต่คอลัมน์ ${toThaiDigits(column)} อยู่ข้างตารางแผนโดยมีคอลัมน์ว่างคั่น เป็นอีกตารางหนึ่ง จึงไม่นำเข้าเป็นมาตรการหรือหมายเหตุของมาตรการ${lost.th} ถ้ามีมาตรการในตารางนั้น ให้ย้ายไปไว้ในตารางแผนแล้วนำเข้าใหม่`,
    en: `the table "${t.labels}" from column ${column} sits beside the plan's table, past an empty column: another table, not read as measures nor into the measures' notes${lost.en}; if it holds measures, move them into the plan's table and import again`,
  };
}
