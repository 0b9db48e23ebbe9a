// Rows of measures without their header line (OCR dropped it, or only the rows were copied) gave
// "no measures table", with no hint that measure rows were there (review 17 s12, S12-23). When no
// plan table was read, rows of five cells that open with an indicator heading are read in the
// NACC form's column order, under a header assumed before the first, with a warning to check the
// columns; rows of another width are only counted in the warning.
import { toThaiDigits } from '../domain/thai-format.js';
import type { Where } from './import-warning.js';
import type { SourceBlock, SourceDocument } from './source-document.js';
import { stripTags } from './thai-text.js';
import { counted, agreeing } from '../domain/english-count.js';

/** The NACC form's columns, in its order: what five cells under no header are taken for. */
export const NACC_HEADER: readonly string[] = [
  'มาตรการ/แนวทาง',
  'วิธีการดำเนินการ',
  'ระยะเวลาดำเนินการ',
  'การติดตามผลการดำเนินการ',
  'ผู้รับผิดชอบ',
];
/** a measure cell's heading is at its start: only so much of it is looked at */
const HEAD = 200;

type Row = Extract<SourceBlock, { kind: 'row' }>;

export interface HeaderlessRows {
  /** the document with the assumed header before the first five-cell row, when there is one */
  document?: SourceDocument;
  /** the first row that opens with an indicator heading */
  first: { block: number; where: Where; source: string };
  /** rows opening with an indicator heading, and how many have five cells */
  count: number;
  read: number;
}

/** A row's cells without the empty ones at its end. */
function filled(b: Row): string[] {
  let end = b.cells.length;
  while (end > 0 && !stripTags(b.cells[end - 1]!).trim()) end--;
  return b.cells.slice(0, end);
}

/**
 * The rows that open with an indicator heading (`isHeading` on the first cell's start), and the
 * document with NACC_HEADER put before the first of five cells (same place, same sheet or table).
 * Undefined when there is none.
 */
export function headerlessRows(doc: SourceDocument, isHeading: (text: string) => boolean): HeaderlessRows | undefined {
  let first: HeaderlessRows['first'] | undefined;
  let at = -1;
  let count = 0;
  let read = 0;
  doc.blocks.forEach((b, i) => {
    if (b.kind !== 'row') return;
    const cells = filled(b);
    if (cells.length < 3 || !isHeading(stripTags(cells[0]!).slice(0, HEAD))) return;
    count++;
    first ??= { block: i, where: b.where, source: cells.map((c) => stripTags(c)).join(' | ') };
    if (cells.length !== NACC_HEADER.length) return;
    read++;
    if (at < 0) at = i;
  });
  if (!first) return undefined;
  if (at < 0) return { first, count, read };
  const row = doc.blocks[at] as Row;
  const header: SourceBlock = { kind: 'row', where: row.where, cells: [...NACC_HEADER] };
  const document = { ...doc, blocks: [...doc.blocks.slice(0, at), header, ...doc.blocks.slice(at)] };
  return { document, first, count, read };
}

/** What the importer says: the rows read under the assumed header, or why none could be. */
export function headerlessMessage(found: HeaderlessRows): { th: string; en: string } {
  const n = toThaiDigits(found.count);
  const columns = NACC_HEADER.join(' | ');
  if (found.document)
    return {
      th: `ไม่พบหัวตาราง แต่พบ ${n} แถวที่ขึ้นต้นด้วย "ตัวชี้วัดที่" จึงอ่านแถวละ ๕ ช่องตามลำดับคอลัมน์ของแบบฟอร์ม ป.ป.ช.: ${columns} กรุณาตรวจว่าข้อความแต่ละช่องอยู่ในคอลัมน์ที่ถูกต้อง (หรือเพิ่มบรรทัดหัวตารางในเอกสารแล้วนำเข้าใหม่)`,
      en: `no table header was found, but ${counted(found.count, 'row')} ${agreeing(found.count, 'opens', 'open')} with "ตัวชี้วัดที่" (indicator): rows of 5 cells were read in the NACC form's column order: ${columns}; check that each cell is in the right column (or add the header line to the document and import it again)`,
    };
  return {
    th: `ไม่พบตารางมาตรการ: พบ ${n} แถวที่ขึ้นต้นด้วย "ตัวชี้วัดที่" แต่ไม่พบหัวตาราง และจำนวนช่องไม่ตรงกับแบบฟอร์ม ป.ป.ช. (${columns}) จึงไม่ทราบว่าช่องใดเป็นคอลัมน์ใด กรุณาเพิ่มบรรทัดหัวตารางเหนือแถวแรกแล้วนำเข้าใหม่`,
    en: `no measures table was read: ${counted(found.count, 'row')} ${agreeing(found.count, 'opens', 'open')} with "ตัวชี้วัดที่" (indicator), but there is no table header and ${agreeing(found.count, 'its', 'their')} cells do not match the NACC form's (${columns}), so ${agreeing(found.count, 'its', 'their')} columns are unknown; add the header line above the first row and import again`,
  };
}
