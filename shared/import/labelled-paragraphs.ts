// A plan written as an announcement (ประกาศ … เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใส) in
// paragraphs, not a table: each measure a heading ("ตัวชี้วัดที่ ๔ …") followed by paragraphs that
// open with the plan's column names, "มาตรการ: …", "วิธีการดำเนินการ: …", "ระยะเวลา: …",
// "การติดตามผล: …", "ผู้รับผิดชอบ: …" (review 17 s15, S15-9). When no table was read, each such
// run of paragraphs is read as one measure: its labels a header row, its values one row (as a
// form table is, form-tables.ts). One pass over the blocks.
import { toThaiDigits } from '../domain/thai-format.js';
import { clipText } from '../domain/text.js';
import type { Column, Role } from './column-names.js';
import type { Where } from './import-warning.js';
import { paragraphsCell, type SourceBlock, type SourceDocument } from './source-document.js';
import { isSignatureLine } from './sign-off-lines.js';
import { startsListItem, stripTags } from './thai-text.js';

/** "๑) วิธีการดำเนินการ : …": a label (a column's name) before a colon, at a paragraph's start */
const LABELLED = /^\s*(?:[0-9๐-๙]{1,2}\s*[.)]\s*|[-•]\s*)?([^:：]{2,60}?)\s*[:：]\s*(.*)$/s;
/**
 * "มาตรการที่ ๒ ประชุมชี้แจง…": a measure numbered in its own paragraph, the usual way an
 * announcement numbers the measures under an indicator heading (review 17 s20, S20-1); read as the
 * label "มาตรการ" and its text
 */
const NUMBERED_MEASURE = /^\s*(มาตรการ)ที่\s*[0-9๐-๙]{1,3}\s*[.)]?\s+(\S.*)$/s;
/** the roles a measure must name besides its heading or measure label (as a form must) */
const FIELD_ROLES: readonly Role[] = ['methods', 'timeframe', 'followUps', 'responsible'];
/** a heading is a short paragraph */
const MAX_HEADING = 300;
/** lines a field takes under its label (its items), at most */
const MAX_FIELD_LINES = 100;

type Text = Extract<SourceBlock, { kind: 'text' }>;

interface Field {
  role: Role;
  label: string;
  lines: string[];
}

interface Group {
  /** the heading paragraph ("ตัวชี้วัดที่ ๔ …"), when the measure has one */
  heading?: Text;
  first: Text;
  fields: Field[];
  /** the blocks it took, given back when it is no measure */
  blocks: SourceBlock[];
}

export interface LabelledParagraphs {
  /** the document with each measure's paragraphs read as a header row and a measure row */
  document: SourceDocument;
  measures: number;
  /** the first measure's first paragraph */
  first: { block: number; where: Where; source: string };
  /** the labels read, in their first order */
  labels: string[];
}

const isMeasure = (g: Group) =>
  (g.heading !== undefined || g.fields.some((f) => f.role === 'measure')) &&
  new Set(g.fields.filter((f) => FIELD_ROLES.includes(f.role)).map((f) => f.role)).size >= 2;

/** One measure's paragraphs as a header row and a measure row, where its first paragraph is. */
function asRows(g: Group): SourceBlock[] {
  const where = g.first.where;
  const fields = [...g.fields];
  if (g.heading) {
    const measure = fields.find((f) => f.role === 'measure');
    if (measure) measure.lines = [g.heading.text, ...measure.lines];
    else fields.unshift({ role: 'measure', label: 'มาตรการ', lines: [g.heading.text] });
  }
  return [
    { kind: 'row', where, cells: fields.map((f) => f.label) },
    { kind: 'row', where, cells: fields.map((f) => paragraphsCell(f.lines)) },
  ];
}

/**
 * The document with every measure written as labelled paragraphs read as rows; undefined when it
 * has none. `columnOf`: what a label names (column-names.ts); `isHeading`: an indicator heading.
 */
export function labelledParagraphs(
  doc: SourceDocument,
  columnOf: (label: string) => Column,
  isHeading: (text: string) => boolean,
): LabelledParagraphs | undefined {
  const blocks: SourceBlock[] = [];
  let group: Group | undefined;
  let measures = 0;
  let first: LabelledParagraphs['first'] | undefined;
  const labels = new Set<string>();
  let firstBlock = 0;
  const close = () => {
    if (!group) return;
    if (isMeasure(group)) {
      blocks.push(...asRows(group));
      measures++;
      for (const f of group.fields) labels.add(f.label);
      first ??= { block: firstBlock, where: group.first.where, source: clipText(group.first.text, 200) };
    } else blocks.push(...group.blocks);
    group = undefined;
  };
  doc.blocks.forEach((block, i) => {
    if (block.kind !== 'text') {
      close();
      blocks.push(block);
      return;
    }
    const text = stripTags(block.text);
    const labelled = LABELLED.exec(text) ?? (text.length <= MAX_HEADING ? NUMBERED_MEASURE.exec(text) : null);
    const column = labelled ? columnOf(labelled[1]!) : undefined;
    const role = column && column.role !== 'note' && column.role !== 'number' ? column.role : undefined;
    if (role && labelled) {
      if (!group || group.fields.some((f) => f.role === role)) {
        // a measure after another under the same indicator heading is under that heading too
        const heading = group?.heading;
        close();
        if (role !== 'measure') {
          blocks.push(block);
          return;
        }
        group = { ...(heading ? { heading } : {}), first: block, fields: [], blocks: [] };
        firstBlock = i;
      }
      group.fields.push({ role, label: labelled[1]!.trim(), lines: labelled[2]!.trim() ? [labelled[2]!.trim()] : [] });
      group.blocks.push(block);
      return;
    }
    if (text.length <= MAX_HEADING && isHeading(text)) {
      close();
      group = { heading: block, first: block, fields: [], blocks: [block] };
      firstBlock = i;
      return;
    }
    const last = group?.fields.at(-1);
    // a field's items on the paragraphs under its label ("วิธีการดำเนินการ:" / "๑. …" / "๒. …"), or
    // its wrapped lines (a PDF); after the units, only items: the announcement's closing text follows
    const goesOn =
      last !== undefined &&
      last.lines.length < MAX_FIELD_LINES &&
      !isSignatureLine(text) &&
      (last.lines.length === 0 || startsListItem(text) || last.role !== 'responsible');
    if (last && goesOn) {
      // a PDF keeps no paragraphs: a line that starts no item is the wrapped rest of the line above
      const wrapped = block.where.page !== undefined && last.lines.length > 0 && !startsListItem(text);
      if (wrapped) last.lines[last.lines.length - 1] += ` ${text}`;
      else last.lines.push(text);
      group!.blocks.push(block);
      return;
    }
    close();
    blocks.push(block);
  });
  close();
  if (measures === 0 || !first) return undefined;
  return { document: { ...doc, blocks }, measures, first, labels: [...labels] };
}

/** The warning of a plan read from labelled paragraphs. */
export function labelledParagraphsMessage(found: LabelledParagraphs): { th: string; en: string } {
  const labels = found.labels.map((l) => `"${clipText(l, 40)}:"`).join(', ');
  return {
    th: `ไม่พบตารางมาตรการ แต่พบมาตรการที่เขียนเป็นย่อหน้า ขึ้นต้นด้วยชื่อคอลัมน์ (${labels}) จึงอ่านเป็นมาตรการ ${toThaiDigits(found.measures)} ข้อ ข้อละหนึ่งหัวข้อกับย่อหน้าใต้หัวข้อนั้น กรุณาตรวจว่ามาตรการครบ และข้อความแต่ละส่วนอยู่ในช่องที่ถูกต้อง`,
    en: `no measures table was found, but measures written as paragraphs opening with column names (${labels}): read as ${found.measures} measure${found.measures > 1 ? 's' : ''}, one per heading and the paragraphs under it; check that no measure is missing and each text is in the right field`,
  };
}

/** No table and no labelled paragraphs, but indicator headings as paragraphs: the first is quoted. */
export function headingsWithoutTableMessage(heading: string): { th: string; en: string } {
  const quoted = clipText(heading, 120);
  return {
    th: `ไม่พบตารางมาตรการในเอกสาร: พบหัวข้อ "${quoted}" แต่ไม่พบแถวหัวตารางที่อ่านได้ และไม่มีย่อหน้าที่ขึ้นต้นด้วยชื่อคอลัมน์ (เช่น "วิธีการดำเนินการ:", "การติดตามผล:", "ผู้รับผิดชอบ:") จึงอ่านเป็นมาตรการไม่ได้ กรุณาตรวจว่าแผนเป็นตารางที่มีแถวหัวตาราง หรือขึ้นต้นแต่ละย่อหน้าด้วยชื่อคอลัมน์และเครื่องหมาย ":" แล้วนำเข้าใหม่`,
    en: `no measures table was found: the heading "${quoted}" was found, but no table header that could be read and no paragraphs opening with column names ("วิธีการดำเนินการ:", "การติดตามผล:", "ผู้รับผิดชอบ:"), so no measure could be read; check that the plan is a table with its header row, or open each paragraph with its column name and ":", and import again`,
  };
}
