// A plan written as one form per measure (review 17 s11, S11-19): a two-column table, or a block of
// a sheet, whose left cells are the plan's column names, one per row ("มาตรการ/แนวทาง | …",
// "วิธีการดำเนินการ | …", …, "ผู้รับผิดชอบ | …"), read as "no measures table". Each form is read
// transposed: its labels a header row, its values one measure row, in one pass over the rows.
// A form is one record of such rows; where a record begins and ends is said by its labels, not by
// the measure's (review 17 s22, S22-2): "ตัวชี้วัด | ตัวชี้วัดที่ 1 …" opening each card belongs to
// its card, as it does when it closes the card.
import type { Column, Role } from './column-names.js';
import type { SourceBlock, SourceDocument } from './source-document.js';
import { fewLetters, hasStrippedText, strippedUpTo } from './thai-text.js';
import { countWork } from './read-once.js';

/** a form's label is a short column name; a longer cell is content */
const MAX_LABEL = 60;
/** a card's heading row (one cell across the card: "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่") is short; a longer cell is content */
const MAX_HEADING_ROW = 200;
/** the roles a form must name, besides the measure, to be read (as a header needs three known) */
const FORM_ROLES: readonly Role[] = ['methods', 'timeframe', 'followUps', 'responsible', 'indicator'];
/** the label a card's heading row is read under: a name of the indicator column (column-names.ts) */
const HEADING_ROW_LABEL = 'ตัวชี้วัด';

type Row = Extract<SourceBlock, { kind: 'row' }>;
interface Field {
  block: Row;
  role: Role;
  label: string;
  value: string;
  /** a label of the plan's columns with nothing beside it ("ระยะเวลา | "): goes on a run, never opens one */
  blank?: true;
}

/** The work counted (read-once.ts countWork), for tests: rows' first cells read as a form's label. */
export const FORM_LABELS_WORK = 'form labels read';
/** The work counted, for tests: rows read as a form's field at all (fieldOf past its first test). */
export const FORM_ROWS_WORK = 'form rows read';

const tableOf = (b: Row) => `${b.where.sheet ?? ''}\u0000${b.where.table ?? ''}`;
/** a field of the table `block` is in */
const inTable = (f: Field | undefined, block: Row) => !!f && tableOf(f.block) === tableOf(block);

/**
 * A row "label | value" (nothing in its other cells), its label a plan column's name, or a label of
 * the plan's columns left blank (not a note's: a line of text alone is no label); else undefined.
 */
function fieldOf(block: SourceBlock, columnOf: (label: string) => Column): Field | undefined {
  if (block.kind !== 'row' || block.cells.length < 2) return undefined;
  countWork(FORM_ROWS_WORK);
  const merged = block.merged ?? [];
  // one cell across the row (its copies to the right) is a heading, not a label and its value
  if (merged[1] === 'left') return undefined;
  // a long cell is no label: said without stripping it whole
  const label = strippedUpTo(block.cells[0]!, MAX_LABEL);
  if (!label) return undefined;
  if (block.cells.some((c, j) => j > 1 && merged[j] !== 'left' && hasStrippedText(c))) return undefined;
  const value = hasStrippedText(block.cells[1]!);
  // a label of too few letters is a note (columnOf): without a value, no field (distinct short rows)
  if (!value && fewLetters(label)) return undefined;
  countWork(FORM_LABELS_WORK);
  const { role } = columnOf(label);
  if (value) return { block, role, label, value: block.cells[1]! };
  return role === 'note' ? undefined : { block, role, label, value: '', blank: true };
}

/**
 * A row of one text across the card (a cell spanning the columns, or the first cell alone) that
 * opens with an indicator heading: the card's indicator, as if labelled "ตัวชี้วัด"; else undefined.
 */
function headingFieldOf(block: SourceBlock, opensWithHeading: (text: string) => boolean): Field | undefined {
  if (block.kind !== 'row' || block.cells.length < 2) return undefined;
  const merged = block.merged ?? [];
  if (block.cells.some((c, j) => j > 0 && merged[j] !== 'left' && hasStrippedText(c))) return undefined;
  // a longer text is no heading row: said without stripping it whole
  const text = strippedUpTo(block.cells[0]!, MAX_HEADING_ROW);
  if (!text || !opensWithHeading(text)) return undefined;
  return { block, role: 'indicator', label: HEADING_ROW_LABEL, value: block.cells[0]! };
}

/** A run of fields is a form when it has a measure and two more of the plan's columns, filled in. */
function isForm(fields: readonly Field[]): boolean {
  const filled = fields.filter((f) => !f.blank);
  return (
    filled.some((f) => f.role === 'measure') &&
    new Set(filled.filter((f) => FORM_ROLES.includes(f.role)).map((f) => f.role)).size >= 2
  );
}

/** One form as a header row and a measure row, both where the form starts. */
function transposed(fields: readonly Field[]): SourceBlock[] {
  const where = fields[0]!.block.where;
  return [
    { kind: 'row', where, cells: fields.map((f) => f.label) },
    { kind: 'row', where, cells: fields.map((f) => f.value) },
  ];
}

/**
 * The document with every form read as a header and a measure row; other blocks as they were. A
 * run of consecutive "label | value" rows of one table or sheet is cut into records where a label
 * repeats (the second "ตัวชี้วัด" or "มาตรการ" opens the next record), or where the label that
 * opened the run comes again, whichever label comes first in a card: the record that opens with
 * its indicator row keeps it, as the one that closes with it does. A record with a measure and two
 * more of the plan's columns is a form. A card's heading row across its columns ("ตัวชี้วัดที่ 1 …")
 * next to a run is the record's indicator; a label left blank ("ระยะเวลา | ") goes on the run. `columnOf`: what a label names (column-names.ts);
 * `opensWithHeading`: whether a text opens with an indicator heading (indicator-heading.ts).
 */
export function withFormsTransposed(
  doc: SourceDocument,
  columnOf: (label: string) => Column,
  opensWithHeading: (text: string) => boolean,
): SourceDocument {
  // a text file's repeated line shares its cells array (readTextDocument): an unmerged row of the
  // cells just found no field is none either (1 MB of "ก" and four empty cells: 130,000 rows)
  let noField: readonly string[] | undefined;
  const labelled = doc.blocks.map((b) => {
    if (b.kind === 'row' && b.cells === noField && !b.merged) return undefined;
    const field = fieldOf(b, columnOf);
    noField = !field && b.kind === 'row' && !b.merged ? b.cells : undefined;
    return field;
  });
  /** a label row, or a heading row beside one of the same table */
  const fieldAt = (i: number): Field | undefined => {
    const own = labelled[i];
    if (own && !own.blank) return own;
    const block = doc.blocks[i]!;
    if (block.kind !== 'row') return undefined;
    const besideLabels = inTable(labelled[i - 1], block) || inTable(labelled[i + 1], block);
    return (besideLabels ? headingFieldOf(block, opensWithHeading) : undefined) ?? own;
  };
  /** the blocks, once a form is found (until then the document's own: most documents have none) */
  let blocks: SourceBlock[] | undefined;
  /** the record being read */
  let form: Field[] = [];
  /** where the record being read starts */
  let formAt = 0;
  /** the run being read: its table, and the role of the label that opened it */
  let run: { table: string; opener: Role } | undefined;
  const close = () => {
    if (form.length === 0) return;
    if (isForm(form)) {
      blocks ??= doc.blocks.slice(0, formAt);
      blocks.push(...transposed(form));
    } else blocks?.push(...form.map((f) => f.block));
    form = [];
  };
  doc.blocks.forEach((block, i) => {
    const field = fieldAt(i);
    if (!field || run?.table !== tableOf(field.block)) {
      close();
      run = undefined;
    }
    if (field && !run && field.role !== 'note' && !field.blank)
      run = { table: tableOf(field.block), opener: field.role };
    if (!field || !run) {
      blocks?.push(block);
      return;
    }
    const opensRecord = field.role === run.opener || form.some((f) => f.role === field.role && f.role !== 'note');
    if (opensRecord) close();
    if (form.length === 0) formAt = i;
    form.push(field);
  });
  close();
  return blocks ? { ...doc, blocks } : doc;
}
