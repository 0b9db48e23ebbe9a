// A plan written as an announcement (ประกาศ … เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใส) in
// paragraphs, not a table: each measure a heading ("ตัวชี้วัดที่ ๔ …") followed by paragraphs that
// open with the plan's column names, "มาตรการ: …", "วิธีการดำเนินการ: …", "ระยะเวลา: …",
// "การติดตามผล: …", "ผู้รับผิดชอบ: …" (review 17 s15, S15-9). When no table was read, each such
// run of paragraphs is read as one measure: its labels a header row, its values one row (as a
// form table is, form-tables.ts). One pass over the blocks.
import { toThaiDigits } from '../domain/thai-format.js';
import { clipText } from '../domain/text.js';
import { type Column, isColumnName, type Role } from './column-names.js';
import type { Where } from './import-warning.js';
import { paragraphsCell, type SourceBlock, type SourceDocument } from './source-document.js';
import { isPageNumber } from './page-furniture.js';
import { isSignatureLine } from './sign-off-lines.js';
import { BULLETS, startsListItem, stripTags } from './thai-text.js';

/**
 * A list's marker before a label: a number ("๑)", "1.", "(2)"), a dash, a bullet Word or a PDF
 * writes ("•", "◦", "▪", "➢", "*", Word's Symbol bullets), or the "o" of Word's second-level
 * bullet in Courier New, as text saved from it shows it (review 17 s22, S22-7)
 */
const MARKER = `(?:[0-9๐-๙]{1,2}\\s*[.)]|\\([0-9๐-๙]{1,2}\\)|[-*${BULLETS}]|o(?=[ \\t\\u00a0]))`;
/** "๑) วิธีการดำเนินการ : …": a label (a column's name) before a colon, at a paragraph's start */
const LABELLED = new RegExp(`^\\s*(${MARKER}\\s*)?([^:：]{2,60}?)\\s*[:：]\\s*(.*)$`, 's');
/**
 * "มาตรการที่ ๒ ประชุมชี้แจง…": a measure numbered in its own paragraph, the usual way an
 * announcement numbers the measures under an indicator heading (review 17 s20, S20-1); read as the
 * label "มาตรการ" and its text
 */
const NUMBERED_MEASURE = /^\s*(มาตรการ)ที่\s*[0-9๐-๙]{1,3}\s*[.)]?\s+(\S.*)$/s;
/**
 * "วิธีดำเนินการ 1) …", "ผู้รับผิดชอบ – กองคลัง", "การติดตามผล⇥รายงาน…": a word (list numbering
 * before it), then a dash, a tab or spaces, then text (review 17 s20, S20-1, in session 21)
 */
const UNCOLONED = new RegExp(
  `^\\s*(${MARKER}\\s*)?([^\\s:：\\-–—]{2,60})([ \\u00a0]*[-–—\\t][ \\t\\u00a0]*|[ \\u00a0]+)(\\S.*)$`,
  's',
);
/** the kind of a list marker: any number is one kind, each bullet its own */
const NUMBERED = 'number';
const MARKER_KIND = new RegExp(`^\\s*(${MARKER})`);
/** The kind of list marker a text opens with ("๒)" and "3." a number, "-", "•" each itself), if any. */
function markerKind(text: string): string | undefined {
  const marker = MARKER_KIND.exec(text)?.[1];
  return marker === undefined ? undefined : /[0-9๐-๙]/.test(marker) ? NUMBERED : marker;
}
/**
 * Words that join on to a sentence opening with a column's name ("การติดตามผล และประเมินผลโดย…",
 * "การติดตามผล ของหน่วยงาน…" inside a method): after a space alone, no label's text opens so
 */
const GOES_ON = /^(?:และ|หรือ|ของ|ซึ่ง|กับ|แก่|เพื่อ)/;
/** "ผู้รับผิดชอบ คือ สำนักปลัด", "ผู้รับผิดชอบ ได้แก่ กองคลัง": the word that joins a label to its text is neither's */
const JOINING_WORD = /^(?:คือ|ได้แก่)(?:[\s\u00a0]+|$)/;
const valueOf = (text: string) => text.trim().replace(JOINING_WORD, '');
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
  /** the kind of list marker before its label, if any (markerKind) */
  marker?: string | undefined;
  /** the kind of list marker opening the text on the label's own paragraph ("วิธีดำเนินการ 1) …") */
  valueMarker?: string | undefined;
  /** the kinds of list marker opening the paragraphs under the label (its items), a label's left out */
  itemMarkers?: Set<string>;
}

/** A paragraph opening with a label: the label, its text, and the label as written for the warning. */
interface Label {
  label: string;
  value: string;
  shown: string;
  /** written before a colon (or "มาตรการที่ N"): any column, an indicator label too */
  colon: boolean;
  /** the kind of list marker before the label, if any (markerKind) */
  marker?: string | undefined;
  /**
   * after a list marker and a space alone ("- ผู้รับผิดชอบ สำนักปลัด"): a label only where a label
   * fits among the measure's fields (listedLabelFits), else an item of the field above
   */
  listed?: boolean;
}

const blockText = (b: SourceBlock) => (b.kind === 'text' ? b.text : b.cells.join(' '));

/**
 * The label a paragraph opens with, if it opens with one, a list's marker before it not part of
 * it: any words before a colon ("วิธีการดำเนินการ : …", read by columnOf as a header cell is),
 * "มาตรการที่ ๒ …", or one of the usual column names as a whole (isColumnName: the header
 * vocabulary) before a dash, a tab or a space. After a space alone the name may merely open a
 * sentence, so then its text opens with no word that goes on (GOES_ON), and a list item ("๒)
 * การติดตามผล …", "- ผู้รับผิดชอบ สำนักปลัด") is `listed`: a label only where one fits.
 */
function labelOf(text: string, heading: boolean): Label | undefined {
  const colon = LABELLED.exec(text);
  if (colon) {
    const label = colon[2]!.trim();
    const marker = colon[1] === undefined ? undefined : markerKind(colon[1]);
    return { label, value: valueOf(colon[3]!), shown: `${label}:`, colon: true, marker };
  }
  const numbered = text.length <= MAX_HEADING ? NUMBERED_MEASURE.exec(text) : null;
  if (numbered) return { label: numbered[1]!, value: numbered[2]!.trim(), shown: 'มาตรการที่', colon: true };
  // an indicator heading ("ตัวชี้วัดที่ ๑ …") opens with a column's name and a space too
  const word = heading ? null : UNCOLONED.exec(text);
  if (!word || !isColumnName(word[2]!)) return undefined;
  const spaceOnly = !/[-–—\t]/.test(word[3]!);
  if (spaceOnly && GOES_ON.test(word[4]!)) return undefined;
  const marker = word[1] === undefined ? undefined : markerKind(word[1]);
  const listed = spaceOnly && marker !== undefined;
  return {
    label: word[2]!,
    value: valueOf(word[4]!),
    shown: word[2]!,
    colon: false,
    marker,
    ...(listed ? { listed } : {}),
  };
}

/**
 * Whether a label after a list's marker and a space alone ("- ผู้รับผิดชอบ สำนักปลัด", "๒) การติดตามผล
 * …") opens a field of the measure being read, or is one more item of the field above (review 17
 * s22, S22-7): a field the measure has not yet, right under its heading or measure, or beside a
 * label with the same marker ("- วิธีดำเนินการ …" / "- ผู้รับผิดชอบ …"); never among the field's own
 * items with the same marker ("วิธีดำเนินการ 1) …" / "2) การติดตามผล …"). A bullet fits after a field
 * of any other marker; a number only after the measure (a method's items are numbered).
 */
function listedLabelFits(group: Group | undefined, role: Role, marker: string): boolean {
  if (!group || group.fields.some((f) => f.role === role)) return false;
  const last = group.fields.at(-1);
  if (!last) return true;
  if (last.itemMarkers?.has(marker)) return false;
  if (last.marker === marker) return true;
  // "วิธีดำเนินการ 1) จัดทำประกาศ" / "2) การติดตามผล …": the list on the label's line goes on
  if (last.valueMarker === marker) return false;
  return marker !== NUMBERED || last.role === 'measure';
}

/** A tab-separated line (a row of cells) "ผู้รับผิดชอบ⇥กองคลัง": a column's name and its text. */
function rowLabel(cells: readonly string[]): Label | undefined {
  const [label, ...rest] = cells.map((c) => stripTags(c).trim()).filter(Boolean);
  if (!label || rest.length === 0 || !isColumnName(label)) return undefined;
  return { label, value: rest.join(' '), shown: label, colon: false };
}

interface Group {
  /** the heading paragraph ("ตัวชี้วัดที่ ๔ …"), when the measure has one */
  heading?: Text;
  /** its first paragraph (a row: a tab-separated "label⇥text" line) */
  first: SourceBlock;
  fields: Field[];
  /** the blocks it took, given back when it is no measure */
  blocks: SourceBlock[];
}

export interface LabelledParagraphs {
  /** the document with each measure's paragraphs read as a header row and a measure row (none without a measure) */
  document?: SourceDocument;
  measures: number;
  /** the first measure's first paragraph (without a measure: the first labelled paragraph) */
  first: { block: number; where: Where; source: string };
  /** the labels of the measures read (without a measure: all), first order, as written ("วิธีดำเนินการ:", "ผู้รับผิดชอบ") */
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
 * The document with every measure written as labelled paragraphs read as rows; without a measure,
 * the labelled paragraphs found (no document); undefined when there are none. `columnOf`: what a
 * label names (column-names.ts); `isHeading`: an indicator heading.
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
  /** the labels read, each as first written ("วิธีดำเนินการ:", "ผู้รับผิดชอบ") */
  const shown = new Map<string, string>();
  const labels = new Set<string>();
  let firstBlock = 0;
  /** the first labelled paragraph, said when no measure comes of the labels */
  let firstLabel: LabelledParagraphs['first'] | undefined;
  const close = () => {
    if (!group) return;
    if (isMeasure(group)) {
      blocks.push(...asRows(group));
      measures++;
      for (const f of group.fields) labels.add(shown.get(f.label) ?? f.label);
      first ??= { block: firstBlock, where: group.first.where, source: clipText(blockText(group.first), 200) };
    } else blocks.push(...group.blocks);
    group = undefined;
  };
  doc.blocks.forEach((block, i) => {
    const text = block.kind === 'text' ? stripTags(block.text) : '';
    const heading = block.kind === 'text' && text.length <= MAX_HEADING && isHeading(text);
    const labelled = block.kind === 'text' ? labelOf(text, heading) : rowLabel(block.cells);
    const column = labelled ? columnOf(labelled.label) : undefined;
    const named =
      column && column.role !== 'note' && column.role !== 'number' && (labelled!.colon || column.role !== 'indicator')
        ? column.role
        : undefined;
    const role =
      named && labelled?.listed && !listedLabelFits(group, named, labelled.marker ?? NUMBERED) ? undefined : named;
    if (role && labelled) {
      if (!group || group.fields.some((f) => f.role === role)) {
        // a measure after another under the same indicator heading is under that heading too
        const above = group?.heading;
        close();
        if (role !== 'measure') {
          blocks.push(block);
          return;
        }
        group = { ...(above ? { heading: above } : {}), first: block, fields: [], blocks: [] };
        firstBlock = i;
      }
      group.fields.push({
        role,
        label: labelled.label,
        lines: labelled.value ? [labelled.value] : [],
        marker: labelled.marker,
        valueMarker: markerKind(labelled.value),
      });
      if (!shown.has(labelled.label)) shown.set(labelled.label, labelled.shown);
      firstLabel ??= { block: i, where: block.where, source: clipText(blockText(block), 200) };
      group.blocks.push(block);
      return;
    }
    if (block.kind !== 'text') {
      close();
      blocks.push(block);
      return;
    }
    if (heading) {
      close();
      group = { heading: block, first: block, fields: [], blocks: [block] };
      firstBlock = i;
      return;
    }
    const last = group?.fields.at(-1);
    // a number alone after a field's text is page furniture in text saved from a PDF (pdftotext: a
    // page's number, a title's year cut off by the page's columns, "2571"), no line of the field
    if (last && last.lines.length > 0 && isPageNumber(text)) return;
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
      // a label that fits nowhere ("- การติดตามผล …" again) is no item of the field's own list
      const marker = labelled?.listed ? undefined : markerKind(text);
      if (marker !== undefined && !wrapped) (last.itemMarkers ??= new Set()).add(marker);
      group!.blocks.push(block);
      return;
    }
    close();
    blocks.push(block);
  });
  close();
  if (measures > 0 && first) return { document: { ...doc, blocks }, measures, first, labels: [...labels] };
  return firstLabel ? { measures: 0, first: firstLabel, labels: [...shown.values()] } : undefined;
}

/** The warning of a plan read from labelled paragraphs. */
export function labelledParagraphsMessage(found: LabelledParagraphs): { th: string; en: string } {
  const labels = found.labels.map((l) => `"${clipText(l, 40)}"`).join(', ');
  return {
    th: `ไม่พบตารางมาตรการ แต่พบมาตรการที่เขียนเป็นย่อหน้า ขึ้นต้นด้วยชื่อคอลัมน์ (${labels}) จึงอ่านเป็นมาตรการ ${toThaiDigits(found.measures)} ข้อ ข้อละหนึ่งหัวข้อกับย่อหน้าใต้หัวข้อนั้น กรุณาตรวจว่ามาตรการครบ และข้อความแต่ละส่วนอยู่ในช่องที่ถูกต้อง`,
    en: `no measures table was found, but measures written as paragraphs opening with column names (${labels}): read as ${found.measures} measure${found.measures > 1 ? 's' : ''}, one per heading and the paragraphs under it; check that no measure is missing and each text is in the right field`,
  };
}

/**
 * No table, and labelled paragraphs under indicator headings, but no heading or "มาตรการ" label with
 * two of methods, timeframe, follow-ups and units under it: the labels found are named.
 */
export function labelsWithoutMeasureMessage(found: LabelledParagraphs): { th: string; en: string } {
  const labels = found.labels.map((l) => `"${clipText(l, 40)}"`).join(', ');
  return {
    th: `ไม่พบตารางมาตรการในเอกสาร: พบย่อหน้าที่ขึ้นต้นด้วยชื่อคอลัมน์ (${labels}) แต่ไม่มีหัวข้อตัวชี้วัดหรือมาตรการใดที่มีอย่างน้อยสองส่วนจากวิธีการดำเนินการ ระยะเวลา การติดตามผล และผู้รับผิดชอบอยู่ใต้หัวข้อ จึงอ่านเป็นมาตรการไม่ได้ กรุณาเพิ่มส่วนที่ขาดใต้แต่ละหัวข้อ หรือจัดแผนเป็นตารางที่มีแถวหัวตาราง แล้วนำเข้าใหม่`,
    en: `no measures table was found: paragraphs opening with column names (${labels}) were found, but no indicator heading or measure has at least two of methods, timeframe, follow-up and responsible units under it, so no measure could be read; add the missing parts under each heading, or lay the plan out as a table with its header row, and import again`,
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
