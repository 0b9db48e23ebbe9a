// Cell notes (Excel comments) are no plan text, and their parts are dropped before exceljs loads
// the workbook (xlsx-notes.ts). But a reviewer writes there what the plan must change ("ยกเลิก
// มาตรการนี้ ตามมติที่ประชุม", "เปลี่ยนเป็นกองช่างตามคำสั่งที่ ๑๒/๒๕๖๗"): they were dropped without a word
// (review 17 s14, S14-2's "also"). Each note is read first and told at its row, quoted.
import { strFromU8, type Unzipped } from 'fflate';
import { toThaiDigits } from '../domain/thai-format.js';
import { clipText } from '../domain/text.js';
import type { SourceNotice } from './source-document.js';
import { sheetNames } from './xlsx-rows.js';
import { decodeXml, xmlAttr as attr } from './xml-text.js';

export interface CellComment {
  /** "E4" */
  ref: string;
  row: number;
  text: string;
}

/** A workbook's notes by sheet name. */
export type SheetComments = Map<string, CellComment[]>;

/** The most notes told a workbook (each a warning); past it, the last one counts the rest. */
export const MAX_COMMENTS_TOLD = 20;

/** A part's path from a relationship's target, relative to the part `from` (or absolute). */
function partPath(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

/** The notes of every sheet (legacy comments parts, which Excel writes for threaded ones too). */
export function sheetComments(files: Unzipped): SheetComments {
  const found: SheetComments = new Map();
  const names = sheetNames(files);
  for (const [path, data] of Object.entries(files)) {
    const rels = /^xl\/worksheets\/_rels\/([^/]+)\.rels$/.exec(path);
    const sheetPath = rels ? `xl/worksheets/${rels[1]}` : '';
    const name = names.get(sheetPath);
    if (!name) continue;
    for (const m of strFromU8(data).matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
      if (!/\/comments$/.test(attr(m[0], 'Type') ?? '')) continue;
      const part = files[partPath(sheetPath, attr(m[0], 'Target') ?? '')];
      if (!part) continue;
      const list = found.get(name) ?? [];
      // one pass: each comment ends at its close tag; its open tag is the last in the piece before
      for (const piece of strFromU8(part).split(/<\/(?:\w+:)?comment>/)) {
        let open = -1;
        for (const o of piece.matchAll(/<(?:\w+:)?comment\b/g)) open = o.index;
        if (open < 0) continue;
        const tag = piece.slice(open, piece.indexOf('>', open) + 1);
        const ref = attr(tag, 'ref') ?? '';
        const row = Number(/\d+/.exec(ref)?.[0] ?? 0);
        const text = [...piece.slice(open + tag.length).matchAll(/<(?:\w+:)?t\b[^>]*>([^<]*)<\/(?:\w+:)?t>/g)]
          .map((t) => decodeXml(t[1]!))
          .join('')
          .replace(/\s+/g, ' ')
          .trim();
        if (ref && row > 0 && text) list.push({ ref, row, text });
      }
      if (list.length > 0) found.set(name, list);
    }
  }
  return found;
}

/** The notice of one note, at its row. */
export function cellCommentNotice(block: number, sheet: string, comment: CellComment): SourceNotice {
  const quoted = clipText(comment.text, 200);
  return {
    block,
    where: { sheet, row: comment.row },
    code: 'cell-comment-unread',
    message_th: `ช่อง ${comment.ref} มีความคิดเห็น (Comment/Note) ว่า "${quoted}" ความคิดเห็นไม่ใช่ข้อความของแผน จึงไม่ได้นำเข้า กรุณาอ่าน แล้วแก้มาตรการตามนั้นถ้าจำเป็น (เช่น ยกเลิกมาตรการ หรือเปลี่ยนหน่วยงาน)`,
    message_en: `cell ${comment.ref} has a comment (note): "${quoted}"; comments are no plan text and were not imported: read it and change the measure if it asks for it (a cancelled measure, another unit)`,
    source: comment.text,
  };
}

/** The notice counting the notes past MAX_COMMENTS_TOLD. */
export function moreCommentsNotice(block: number, sheet: string, more: number): SourceNotice {
  return {
    block,
    where: { sheet },
    code: 'cell-comment-unread',
    message_th: `และมีความคิดเห็นในช่องอื่นอีก ${toThaiDigits(more)} รายการที่ไม่ได้นำเข้า กรุณาเปิดไฟล์ใน Excel (รีวิว > แสดงความคิดเห็นทั้งหมด) แล้วอ่าน`,
    message_en: `and ${more} more comments in other cells were not imported: open the file in Excel (Review > Show All Comments) and read them`,
    source: '',
  };
}
