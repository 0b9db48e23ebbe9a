// A plan written as one form per measure (review 17 s11, S11-19): a two-column table, or a block of
// a sheet, whose left cells are the plan's column names, one per row ("มาตรการ/แนวทาง | …",
// "วิธีการดำเนินการ | …", …, "ผู้รับผิดชอบ | …"), read as "no measures table". Each form is read
// transposed: its labels a header row, its values one measure row, in one pass over the rows.
import type { Column, Role } from './column-names.js';
import type { SourceBlock, SourceDocument } from './source-document.js';
import { hasStrippedText, strippedUpTo } from './thai-text.js';

/** a form's label is a short column name; a longer cell is content */
const MAX_LABEL = 60;
/** the roles a form must name, besides the measure, to be read (as a header needs three known) */
const FORM_ROLES: readonly Role[] = ['methods', 'timeframe', 'followUps', 'responsible', 'indicator'];

type Row = Extract<SourceBlock, { kind: 'row' }>;
interface Field {
  block: Row;
  role: Role;
  label: string;
  value: string;
}

const tableOf = (b: Row) => `${b.where.sheet ?? ''}\u0000${b.where.table ?? ''}`;

/** A row "label | value" (nothing in its other cells), its label a plan column's name; else undefined. */
function fieldOf(block: SourceBlock, columnOf: (label: string) => Column): Field | undefined {
  if (block.kind !== 'row' || block.cells.length < 2) return undefined;
  // a long cell is no label: said without stripping it whole
  const label = strippedUpTo(block.cells[0]!, MAX_LABEL);
  if (!label || !hasStrippedText(block.cells[1]!)) return undefined;
  const merged = block.merged ?? [];
  if (block.cells.some((c, j) => j > 1 && merged[j] !== 'left' && hasStrippedText(c))) return undefined;
  const { role } = columnOf(label);
  return { block, role, label, value: block.cells[1]! };
}

/** A run of fields is a form when it has a measure and two more of the plan's columns. */
const isForm = (fields: readonly Field[]) =>
  fields.some((f) => f.role === 'measure') &&
  new Set(fields.filter((f) => FORM_ROLES.includes(f.role)).map((f) => f.role)).size >= 2;

/** One form as a header row and a measure row, both where the form starts. */
function transposed(fields: readonly Field[]): SourceBlock[] {
  const where = fields[0]!.block.where;
  return [
    { kind: 'row', where, cells: fields.map((f) => f.label) },
    { kind: 'row', where, cells: fields.map((f) => f.value) },
  ];
}

/**
 * The document with every form (consecutive "label | value" rows of one table or sheet, from a
 * measure label until a label repeats) read as a header and a measure row; other blocks as they
 * were. `columnOf`: what a label names (column-names.ts).
 */
export function withFormsTransposed(doc: SourceDocument, columnOf: (label: string) => Column): SourceDocument {
  /** the blocks, once a form is found (until then the document's own: most documents have none) */
  let blocks: SourceBlock[] | undefined;
  let form: Field[] = [];
  /** where the form being read starts */
  let formAt = 0;
  const close = () => {
    if (form.length === 0) return;
    if (isForm(form)) {
      blocks ??= doc.blocks.slice(0, formAt);
      blocks.push(...transposed(form));
    } else blocks?.push(...form.map((f) => f.block));
    form = [];
  };
  doc.blocks.forEach((block, i) => {
    const field = fieldOf(block, columnOf);
    const goesOn =
      field &&
      form.length > 0 &&
      tableOf(field.block) === tableOf(form[0]!.block) &&
      !form.some((f) => f.role === field.role && f.role !== 'note');
    if (!goesOn) close();
    if (field && (form.length > 0 || field.role === 'measure')) {
      if (form.length === 0) formAt = i;
      form.push(field);
      return;
    }
    blocks?.push(block);
  });
  close();
  return blocks ? { ...doc, blocks } : doc;
}
