// A Word plan whose table is an embedded object (review 17 s13, S13-18): "วางแบบพิเศษ > Microsoft
// Excel Worksheet Object" keeps the workbook in word/embeddings/*.xlsx behind a w:object (an
// o:OLEObject or w:objectEmbed, ProgID Excel.Sheet.12) and Word shows its preview picture. The
// workbook is read as an .xlsx file is (read-xlsx.ts), where the object stands, its places named
// by the object ("วัตถุที่ฝัง ๑ แผ่นงาน …"). An object the importer cannot read (an .xls of
// Excel 97-2003, a chart, a PDF or another file) is a warning saying what it is and what to do;
// a Word file with pictures and no table at all is told that its table may be a picture.
import { toThaiDigits } from '../domain/thai-format.js';
import { ValidationError } from '../domain/errors.js';
import { MAX_UNZIPPED_PLAN_BYTES, PLAN_FILE_FIELD } from './plan-file.js';
import { readXlsx } from './read-xlsx.js';
import type { SourceBlock, SourceDocument, SourceNotice } from './source-document.js';
import type { Where } from './import-warning.js';
import { inflatedZip, zipInflatedSize } from './zip-inflated-size.js';

/** What readDocumentXml found besides text: embedded objects (in order) and pictures. */
export interface EmbeddedFound {
  objects: { progId: string; relationshipId: string }[];
  pictures: number;
  /** the block the first picture stands at (or before) */
  firstPictureBlock?: number;
}

export const newEmbeddedFound = (): EmbeddedFound => ({ objects: [], pictures: 0 });

/** The text put in a paragraph where object `i` stands. */
export const objectMarker = (i: number) => `@@object:${i}@@`;
const MARKER = /@@object:(\d+)@@/g;
const ONLY_MARKERS = /^(?:\s|<\/?p>|@@object:\d+@@)*$/;

/** Embedded workbooks read at most: a plan is one table, pasted once or a few times. */
export const MAX_EMBEDDED_WORKBOOKS = 10;

const READABLE = /^Excel\.Sheet(?:MacroEnabled)?\.12$/i;

/** What an unreadable object is, Thai / English, by its ProgID. */
function objectKind(progId: string): [string, string] {
  if (/^Excel\.Sheet\.[5-8]$/i.test(progId)) return ['ตาราง Excel รุ่นเก่า (.xls)', 'an Excel 97-2003 worksheet (.xls)'];
  if (/^Excel\.Chart/i.test(progId)) return ['แผนภูมิ Excel', 'an Excel chart'];
  if (/^Excel\./i.test(progId)) return ['ตาราง Excel', 'an Excel workbook'];
  if (/^Word\./i.test(progId)) return ['เอกสาร Word', 'a Word document'];
  if (/^(AcroExch|Acrobat)\./i.test(progId)) return ['ไฟล์ PDF', 'a PDF'];
  if (/^PowerPoint\./i.test(progId)) return ['งานนำเสนอ PowerPoint', 'a PowerPoint presentation'];
  if (/^Package$/i.test(progId)) return ['ไฟล์แนบ', 'an attached file'];
  return progId ? [`วัตถุ ${progId}`, `an object (${progId})`] : ['วัตถุ', 'an object'];
}

function objectUnread(block: number, where: Where, progId: string, why: [string, string]): SourceNotice {
  const [kind, kindEn] = objectKind(progId);
  return {
    block,
    where,
    code: 'embedded-content-unread',
    message_th: `ตรงนี้ในไฟล์ Word เป็น${kind}ที่ฝังไว้เป็นวัตถุ (${why[0]}) ระบบจึงไม่ได้อ่าน ถ้าเป็นตารางแผนมาตรการ กรุณาดับเบิลคลิกตารางใน Word คัดลอก แล้ววางเป็นตาราง Word หรือนำเข้าไฟล์ Excel (.xlsx) ต้นฉบับแทน`,
    message_en: `here the Word file holds ${kindEn} embedded as an object (${why[1]}), so it was not read; if it is the plan table, double-click it in Word, copy it and paste it as a Word table, or import the original Excel (.xlsx) file`,
    source: progId,
  };
}

const WHY_KIND: [string, string] = ['ระบบอ่านได้เฉพาะตาราง Excel แบบ .xlsx', 'only .xlsx worksheets are read'];
const WHY_MISSING: [string, string] = ['ไม่มีข้อมูลของวัตถุอยู่ในไฟล์', 'its data is missing from the file'];
const WHY_DAMAGED: [string, string] = ['ข้อมูลของวัตถุเสีย', 'its data is damaged'];
const WHY_IN_CELL: [string, string] = ['อยู่ในช่องตารางที่มีข้อความอื่น', 'it sits in a table cell beside other text'];
const WHY_MANY: [string, string] = [
  `เกิน ${toThaiDigits(MAX_EMBEDDED_WORKBOOKS)} วัตถุที่อ่าน`,
  `past the ${MAX_EMBEDDED_WORKBOOKS} objects read`,
];

function picturesNotice(block: number, where: Where, pictures: number): SourceNotice {
  return {
    block,
    where,
    code: 'embedded-content-unread',
    message_th: `ไฟล์ Word นี้ไม่มีตาราง แต่มีรูปภาพ ${toThaiDigits(pictures)} รูป ตารางแผนมาตรการอาจเป็นรูปภาพ (ภาพสแกนหรือภาพหน้าจอ) ซึ่งระบบอ่านข้อความในรูปไม่ได้ กรุณานำเข้าไฟล์ Word หรือ Excel ต้นฉบับที่เป็นตาราง หรือแปลงรูปเป็นข้อความด้วยโปรแกรม OCR ก่อน`,
    message_en: `this Word file has no table but ${pictures} picture${pictures > 1 ? 's' : ''}: the plan table may be a picture (a scan or a screenshot), whose text cannot be read; import the original Word or Excel file with the table, or run the picture through OCR first`,
    source: '',
  };
}

const tooLargeUnpacked = () =>
  new ValidationError(
    'ไฟล์นี้เมื่อแตกไฟล์ (รวมตาราง Excel ที่ฝังไว้) แล้วใหญ่เกิน ๕๐ MB จึงอ่านไม่ได้ กรุณาบันทึกเป็นไฟล์ใหม่หรือแบ่งเป็นหลายไฟล์',
    'this file unpacks (with its embedded workbooks) to more than 50 MB; save it again or split it',
    [{ path: PLAN_FILE_FIELD, message_th: 'แตกไฟล์แล้วใหญ่เกิน ๕๐ MB', message_en: 'unpacks to more than 50 MB' }],
  );

/**
 * A workbook read as object `object`: its places name the object, its sheet names made unique
 * across objects ("Sheet1", then "Sheet1 (๒)"), as tables are told apart by them.
 */
function asObject(read: SourceDocument, object: number, used: Map<string, number>): SourceDocument {
  const renamed = new Map<string, string>();
  const at = (where: Where): Where => {
    if (where.sheet === undefined) return { ...where, object };
    let sheet = renamed.get(where.sheet);
    if (sheet === undefined) {
      const seen = (used.get(where.sheet) ?? 0) + 1;
      used.set(where.sheet, seen);
      sheet = seen > 1 ? `${where.sheet} (${toThaiDigits(seen)})` : where.sheet;
      renamed.set(where.sheet, sheet);
    }
    return { ...where, object, sheet };
  };
  const columns = Object.entries(read.sheetColumns ?? {}).map(([sheet, c]) => [at({ sheet }).sheet!, c] as const);
  return {
    blocks: read.blocks.map((b) => ({ ...b, where: at(b.where) })),
    notices: (read.notices ?? []).map((n) => ({ ...n, where: at(n.where) })),
    sheetColumns: Object.fromEntries(columns),
  };
}

/**
 * `document` with each embedded workbook read in its object's place (the paragraph, or a row whose
 * cells hold only the object), other objects and a table-less file's pictures told by notices.
 * Errors: ValidationError when the workbooks unpack past MAX_UNZIPPED_PLAN_BYTES together, or one
 * has more merged ranges than a plan (read-xlsx.ts).
 */
export async function withEmbeddedObjects(
  document: SourceDocument,
  found: EmbeddedFound,
  partOf: (relationshipId: string) => Uint8Array | undefined,
): Promise<SourceDocument> {
  if (found.objects.length === 0 && found.pictures === 0) return document;
  const blocks: SourceBlock[] = [];
  const notices: SourceNotice[] = [];
  const moved = new Map<number, number>();
  let unpacked = 0;
  let workbooks = 0;
  const sheetNames = new Map<string, number>();
  const sheetColumns: Record<string, number[]> = {};
  /** the object's content read as blocks and notices (placed from blocks.length), or a notice why not */
  const readObject = async (index: number, where: Where) => {
    const { progId, relationshipId } = found.objects[index]!;
    const at = { ...where, object: index + 1 };
    const bytes = relationshipId ? partOf(relationshipId) : undefined;
    const zip = bytes !== undefined && bytes[0] === 0x50 && bytes[1] === 0x4b;
    const unread = (why: [string, string]) => void notices.push(objectUnread(blocks.length, at, progId, why));
    // an .xlsx by its ProgID, or an object naming none whose data is a zip
    if (!READABLE.test(progId) && !(progId === '' && zip)) return unread(WHY_KIND);
    if (!bytes) return unread(WHY_MISSING);
    if (!zip) return unread(WHY_DAMAGED);
    if (workbooks >= MAX_EMBEDDED_WORKBOOKS) return unread(WHY_MANY);
    // counted and kept in one pass: the workbook's entries are inflated once (readXlsx takes them)
    const inflated = inflatedZip(bytes, MAX_UNZIPPED_PLAN_BYTES - unpacked, () => true);
    if (inflated === 'too-large') throw tooLargeUnpacked();
    if (inflated === 'size-mismatch') return unread(WHY_DAMAGED);
    // a zip fflate cannot read as a stream: its size counted as before, its parts unzipped by readXlsx
    const size = inflated ? inflated.total : zipInflatedSize(bytes, MAX_UNZIPPED_PLAN_BYTES - unpacked);
    if (size === 'too-large') throw tooLargeUnpacked();
    if (size === 'size-mismatch') return unread(WHY_DAMAGED);
    unpacked += size;
    workbooks++;
    let read: SourceDocument;
    try {
      read = await readXlsx(bytes, inflated?.parts);
    } catch (error) {
      if (error instanceof ValidationError) throw error;
      return unread(WHY_DAMAGED);
    }
    const placed = asObject(read, index + 1, sheetNames);
    for (const n of placed.notices ?? []) notices.push({ ...n, block: n.block + blocks.length });
    blocks.push(...placed.blocks);
    Object.assign(sheetColumns, placed.sheetColumns);
  };
  for (const [i, b] of document.blocks.entries()) {
    const text = b.kind === 'text' ? b.text : b.cells.join('');
    if (found.objects.length === 0 || !text.includes('@@object:')) {
      moved.set(i, blocks.length);
      blocks.push(b);
      continue;
    }
    const indexes = [...text.matchAll(MARKER)].map((m) => Number(m[1]));
    if (b.kind === 'row' && !b.cells.every((c) => ONLY_MARKERS.test(c))) {
      // an object in a cell beside other text: the row is kept, the object told
      moved.set(i, blocks.length);
      for (const k of indexes)
        notices.push(objectUnread(blocks.length, { ...b.where, object: k + 1 }, found.objects[k]!.progId, WHY_IN_CELL));
      blocks.push({ ...b, cells: b.cells.map((c) => c.replace(MARKER, '')) });
      continue;
    }
    // a paragraph: its text around the objects stays, each object read in its place
    const parts = b.kind === 'text' ? b.text.split(MARKER) : [];
    const before = parts[0]?.trim();
    moved.set(i, blocks.length);
    if (before) blocks.push({ ...b, text: before } as SourceBlock);
    for (const [n, k] of indexes.entries()) {
      await readObject(k, b.where);
      const after = parts[2 * n + 2]?.trim();
      if (after) blocks.push({ ...b, text: after } as SourceBlock);
    }
  }
  for (const n of document.notices ?? []) notices.push({ ...n, block: moved.get(n.block) ?? n.block });
  if (found.pictures > 0 && !blocks.some((b) => b.kind === 'row')) {
    const block = moved.get(found.firstPictureBlock ?? 0) ?? blocks.length;
    notices.push(picturesNotice(block, blocks[block]?.where ?? blocks.at(-1)?.where ?? {}, found.pictures));
  }
  const columns = Object.keys(sheetColumns).length > 0 ? { sheetColumns } : {};
  return notices.length > 0 ? { blocks, notices, ...columns } : { blocks, ...columns };
}
