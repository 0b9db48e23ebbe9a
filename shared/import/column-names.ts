// What a header cell of a plan table names, by meaning: the wordings of Thai municipalities' plans,
// read after list numbering ("๑. มาตรการ/แนวทาง", "3) ระยะเวลา", "(๔) ผู้รับผิดชอบ", "ก. ...")
// and, for OCR slips ("การติคตามผล"), by similarity to the usual column names.
import { countWork } from './read-once.js';
import { dateBoundOf } from './date-bound-columns.js';
import { collapseSpaces, editDistanceWithin, fewLetters, matchKey, stripTags } from './thai-text.js';

export type Role =
  | 'measure'
  | 'indicator'
  | 'methods'
  | 'timeframe'
  | 'followUps'
  | 'recommendations'
  | 'responsible'
  | 'number'
  | 'note';

export interface Column {
  role: Role;
  /** the header as written (the label of a note) */
  label: string;
  /** set when the label was taken for a column name by similarity: the name it was taken for */
  takenFor?: string;
  /** the label is no known name: the column was taken for takenFor by its place (measure-column-by-place.ts) */
  byPlace?: true;
  /** a note column named by a unit or a cadence, its cells ticks: a units or cadence matrix (tick-columns.ts) */
  tickFor?: 'unit' | 'cadence';
  /** a follow-up column under a group, naming its reporting round ("รอบ ๖ เดือน"): see period-columns.ts */
  round?: string;
  /** a timeframe column under a group, naming one month (1-12): see period-columns.ts */
  month?: number;
  /** that month's year (CE), when its header gives it: the month is placed by its date (month-row-dates.ts) */
  year?: number;
  /** a start or end date column: the timeframe's bound (date-bound-columns.ts) */
  bound?: 'start' | 'end';
}

/**
 * A list number or bullet before a label: "๑.", "1)", "(1)", "(๔)", "ก.", "(ก)", "•", "-", "*".
 * Bounded: linear in the label.
 */
const NUMBERING =
  /^[\s\-–•*▪●○◦·]*(?:(?:\(\s?(?:[0-9๐-๙]{1,2}|[ก-ฮ])\s?\)|(?:[0-9๐-๙]{1,2}|[ก-ฮ])\s?[.)])(?![0-9๐-๙])\s*)?/;

/** The label without its list numbering (the label itself when nothing else is left). */
export function withoutNumbering(label: string): string {
  const rest = label.replace(NUMBERING, '');
  return rest || label;
}

/**
 * "มาตรการ…", "แนวทาง…", or one part of a slashed label naming measures: "ประเด็น/มาตรการ",
 * "โครงการ/กิจกรรม".
 */
function namesMeasure(key: string): boolean {
  if (key.startsWith('มาตรการ') || key.startsWith('แนวทาง') || key.startsWith('ชื่อมาตรการ')) return true;
  const parts = key.split('/');
  // short words each: never a cell's text with a slash ("ตัวชี้วัดที่ ๔ … / มาตรการ")
  if (parts.length < 2 || parts.some((p) => p.length > 20)) return false;
  // "โครงการ/กิจกรรม", "กิจกรรม/โครงการ", "ชื่อโครงการ/กิจกรรม" (review 17 s15, S15-19)
  return parts.some((p) => p.startsWith('มาตรการ')) || /^(?:ชื่อ)?(?:โครงการ\/กิจกรรม|กิจกรรม\/โครงการ)/.test(key);
}

/**
 * The follow-up column: a label naming การติดตาม(ผล) or การรายงานผล, whatever word comes before it
 * ("แนวทางการติดตามผล", "วิธีการติดตามผล", "กำหนดเวลาการติดตามผล", "มาตรการติดตามผล"): the more
 * specific meaning wins over the leading word. Not a unit ("ผู้รับผิดชอบการติดตาม").
 */
const namesFollowUps = (key: string) =>
  ((key.includes('ติดตาม') || REPORTING.test(key)) && !key.includes('รับผิดชอบ')) ||
  /^(?:การ)?รายงานผล(?:การดำเนิน(?:การ|งาน))?$/.test(key);

/** How the work is reported: "วิธีการรายงานผล", "แนวทางการรายงาน" (review 17 s15, S15-19), never a reporter "ผู้รายงาน". */
const REPORTING = /^(?:วิธี|แนวทาง|ขั้นตอน)(?:การ)?รายงาน/;

/**
 * "ผลการติดตาม (รอบ ๖ เดือน)", "ผลการดำเนินการ", "ผลผลิต": what came of the work (a results or
 * notes column), never the follow-up asked of the units, however like "การติดตามผล" it reads.
 */
const namesResults = (key: string) => key.startsWith('ผล');

/** Words an indicator-number label may add to ตัวชี้วัด: "(ITA)", "การประเมิน ITA", "ตามแบบ ITA", "ITA ที่", "ที่…". */
const INDICATOR_LABEL_WORDS = /ITA|ที่|การประเมิน|ประเมิน|ตามแบบ|ตามเกณฑ์|ของ|ลำดับ|เลข|ข้อ|no\.?|[()[\]:.-]/gi;

/**
 * The indicator-number column: ตัวชี้วัด with only the words such a label adds, so never
 * "ตัวชี้วัดความสำเร็จ" (a measure's success indicator, a note).
 */
const namesIndicator = (key: string) => key.includes('ตัวชี้วัด') && key.replace(INDICATOR_LABEL_WORDS, '') === 'ตัวชี้วัด';

/**
 * "ความถี่ในการรายงาน", "ความถี่ในการติดตามผล", "รอบการรายงาน(ผล)", and the reporting schedule
 * ("ระยะเวลารายงานผล", "ห้วงเวลารายงาน", "กำหนดการรายงาน", "กำหนดส่งรายงาน": review 17 s13, S13-5;
 * a due date "วันที่ส่งรายงาน", "กำหนดวันส่งรายงาน": s14, S14-9; "กำหนดส่ง" alone: s26, S26-3):
 * how often the row's follow-ups report. A note (nothing of it is lost) whose cadence the
 * follow-ups that name none take; in a header without a follow-up column, the follow-ups.
 */
const FREQUENCY =
  /^(?:ความถี่|รอบ(?:ระยะเวลา)?(?:ใน)?การ(?:รายงาน|ติดตาม)|(?:ระยะเวลา|ห้วงเวลา|ช่วงเวลา|เวลา|กำหนด(?:การ|เวลา)?)(?:ใน)?(?:การ)?(?:ส่ง)?รายงาน|(?:กำหนด)?วัน(?:ที่)?(?:ครบกำหนด)?(?:ส่ง)?รายงาน|กำหนด(?:วัน)?ส่ง$)/;
export const namesFrequency = (label: string) => FREQUENCY.test(matchKey(withoutNumbering(collapseSpaces(label))));

/**
 * Units columns of Thai government plans besides ผู้รับผิดชอบ (review 17 s11, S11-24): the host or
 * lead ("หน่วยงานเจ้าภาพ", "เจ้าภาพ", "หน่วยงานหลัก") and the units beside it ("หน่วยงานสนับสนุน",
 * "หน่วยงานร่วม", "ผู้สนับสนุน"); their units report too, the lead's marked (markedLeadColumn).
 */
const UNITS_COLUMN =
  /^(?:หน่วยงาน)?เจ้าภาพ(?:หลัก)?$|^หน่วยงาน(?:ที่)?(?:หลัก|สนับสนุน|ร่วม(?:ดำเนิน(?:การ|งาน))?)$|^(?:ผู้|ส่วนราชการ)(?:ที่)?สนับสนุน$/;

/** "รายละเอียดการดำเนินการ", "รายละเอียดกิจกรรม", "รายละเอียดโครงการ": the steps of the work (S15-19). */
const DETAILS = /^รายละเอียด(?:การดำเนิน(?:การ|งาน)|(?:ของ)?(?:กิจกรรม|โครงการ))/;

/** A row-number column's label: ที่, ลำดับ, ลำดับที่, ข้อ, No. */
const SEQUENCE = /^(ที่|ลำดับ|ลำดับที่|ข้อ|no\.?)$/i;
/** "1", "๑.๒", "3.", "(๔)", "2.1.3": a row's number in such a column (after matchKey: Arabic digits, no spaces). */
const ROW_NUMBER = /^\(?[0-9]{1,3}(?:\.[0-9]{1,3}){0,3}[.)]?$/;

/**
 * Does a row hold its own number in the table's row-number column (ลำดับ "๑.๒", ที่ "๓")? Such a row
 * is a row of the table of its own, never the lines of the row above typed or wrapped on (review 17
 * s18, S18-9). `column`: the row's number column's header, `cell`: its text in the row.
 */
export function numberedRow(column: Column | undefined, cell: string | undefined): boolean {
  return !!column && namesRowNumbers(column) && isRowNumber(cell);
}

/** Is a cell's text one row number ("๑.๒", "3.", "(๔)")? */
export const isRowNumber = (cell: string | undefined): boolean =>
  !!cell && cell.length <= 64 && ROW_NUMBER.test(matchKey(stripTags(cell)));

/** Is this the table's row-number column (ที่, ลำดับ, ข้อ; not a count column of the results report)? */
export const namesRowNumbers = (column: Column): boolean =>
  column.role === 'number' && SEQUENCE.test(matchKey(withoutNumbering(column.label)));

/**
 * The timeframe column: "ระยะเวลา…", "ช่วงเวลา…", "ห้วงเวลา…", "กำหนดเวลา…" anywhere in the label, and
 * as the whole label's start the short forms "เวลา(ดำเนินการ)", "วันเวลา", "วัน/เดือน/ปี",
 * "ปฏิทิน(การดำเนินงาน)", "Timeline" (review 17 s26, S26-8); "(ช่วง)เดือน" only as the whole label,
 * so never a follow-up's "รายงานทุกเดือน" (follow-up and frequency wordings are read first).
 */
const TIMEFRAME =
  /ระยะเวลา|ช่วงเวลา|ห้วงเวลา|กำหนดเวลา|^(?:วัน)?เวลา|^วัน\/เดือน\/ปี|^ปฏิทิน|^(?:ช่วง)?เดือน(?:ที่)?(?:ดำเนิน(?:การ|งาน))?$|^time(?:line|frame)$/i;

/** The exact wordings: a label naming one of these is that column; undefined: none (see columnOf). */
function exactRole(key: string): Role | undefined {
  if (namesIndicator(key)) return 'indicator';
  if (FREQUENCY.test(key)) return 'note';
  if (key.includes('ข้อเสนอแนะ')) return 'recommendations';
  if (namesResults(key)) return 'note';
  if (namesFollowUps(key)) return 'followUps';
  if (key.includes('วิธี') || key.startsWith('ขั้นตอน') || DETAILS.test(key)) return 'methods';
  if (namesMeasure(key)) return 'measure';
  if (TIMEFRAME.test(key)) return 'timeframe';
  if (key.includes('รับผิดชอบ') || UNITS_COLUMN.test(key)) return 'responsible';
  if (SEQUENCE.test(key)) return 'number';
  // the product's results CSV counts reports per indicator beside each measure: numbers, no plan notes
  if (/^(ครบกำหนด|ส่งตรงเวลา|ส่งล่าช้า|ไม่ได้ส่ง|รอส่งย้อนหลัง)$/.test(key)) return 'number';
  return undefined;
}

/**
 * The usual column names (issue 17's list and their longer forms), and names of columns that are
 * notes: a misread label is taken for the nearest, so "ผลการดำเนินการ" stays a note.
 */
const COLUMN_NAMES: readonly [Role, readonly string[]][] = [
  ['measure', ['มาตรการ/แนวทาง', 'มาตรการ', 'แนวทาง', 'มาตรการ/แนวทางการดำเนินการ', 'มาตรการ/แนวทางปฏิบัติ']],
  ['methods', ['วิธีการดำเนินการ', 'วิธีดำเนินการ', 'วิธีการดำเนินงาน', 'วิธีการ', 'ขั้นตอนการดำเนินการ']],
  ['timeframe', ['ระยะเวลา', 'ระยะเวลาดำเนินการ', 'ระยะเวลาการดำเนินการ', 'ช่วงเวลา', 'ห้วงเวลา', 'กำหนดเวลา']],
  ['followUps', ['การติดตามผล', 'การติดตามผลการดำเนินการ', 'การติดตามผลการดำเนินงาน', 'การติดตาม', 'ติดตามผล', 'การรายงานผล']],
  ['responsible', ['ผู้รับผิดชอบ', 'หน่วยงานที่รับผิดชอบ', 'หน่วยงานรับผิดชอบ', 'หน่วยงานผู้รับผิดชอบ']],
  ['recommendations', ['ข้อเสนอแนะ']],
  ['indicator', ['ตัวชี้วัด', 'ตัวชี้วัดที่']],
  [
    'note',
    [
      'งบประมาณ',
      'ผลการดำเนินการ',
      'ผลการดำเนินงาน',
      'ตัวชี้วัดความสำเร็จ',
      'ปัญหาอุปสรรค',
      'หมายเหตุ',
      'เป้าหมาย',
      'ผลผลิต',
      'ผลลัพธ์',
      'โครงการ',
    ],
  ],
];
const NAME_KEYS = COLUMN_NAMES.flatMap(([role, names]) => names.map((name) => ({ role, name, key: matchKey(name) })));

/** Labels longer than this (in match-key characters) are not compared by similarity. */
const MAX_COMPARED = 40;
/**
 * Edits allowed for a label of this many code units (a Thai mark is one): none under 5, one under
 * 7, else two (two letters read in the wrong order are two edits).
 */
const editsAllowed = (length: number) => (length < 5 ? 0 : length < 7 ? 1 : 2);

/** The column name a label is a slip or two from, if one is nearest (a tie between roles is none). */
function nearestName(key: string): { role: Role; name: string } | undefined {
  const allowed = editsAllowed(key.length);
  if (allowed === 0 || key.length > MAX_COMPARED) return undefined;
  let best: { role: Role; name: string; d: number } | undefined;
  let tied = false;
  for (const n of NAME_KEYS) {
    const d = editDistanceWithin(key, n.key, allowed);
    if (d > allowed) continue;
    if (!best || d < best.d) {
      best = { role: n.role, name: n.name, d };
      tied = false;
    } else if (d === best.d && n.role !== best.role) tied = true;
  }
  return best && !tied ? best : undefined;
}

/**
 * Can a header cell name a column (columnOf anything but a note, or a fallbackRole)? Not with too
 * few letters (fewLetters): each wording has 3 Thai letters or more ("ที่", "ข้อ", "กอง"; "ผล" alone
 * names a note) or ASCII ones ("No."), and a name taken by similarity (6 letters or more, 2 edits
 * at most) shares 4 with the label.
 */
export const mayNameColumn = (cell: string): boolean => !fewLetters(cell);

/** The work counted (read-once.ts countWork): labels columnOf keyed and compared, for tests. */
export const LABELS_KEYED_WORK = 'column labels keyed';

/** What a header cell names: by its wording after list numbering, else by similarity (takenFor). */
export function columnOf(header: string): Column {
  const label = collapseSpaces(stripTags(header));
  // too few letters for any wording or name (mayNameColumn): a note, neither keyed nor compared
  if (fewLetters(label)) return { role: 'note', label };
  countWork(LABELS_KEYED_WORK);
  const key = matchKey(withoutNumbering(label));
  const bound = dateBoundOf(key);
  if (bound) return { role: 'timeframe', label, bound };
  const role = exactRole(key);
  if (role) return { role, label };
  const near = nearestName(key);
  if (!near || near.role === 'note') return { role: 'note', label };
  return { role: near.role, label, takenFor: near.name };
}

/**
 * Is a label one of the usual column names as a whole ("มาตรการ", "ระยะเวลาดำเนินการ"), or a slip or
 * two from one? Not a name with more words after it ("การติดตามผลรายงานผลทุกเดือน": a label and a
 * cell's text run together), which columnOf still reads by its leading words.
 */
export function isColumnName(label: string): boolean {
  const key = matchKey(withoutNumbering(collapseSpaces(stripTags(label))));
  return NAME_KEYS.some((n) => n.key === key) || nearestName(key) !== undefined;
}

/** Whether a label names no column, in known words, by similarity or by a fallback wording. */
export function namesNoColumn(label: string): boolean {
  const key = matchKey(withoutNumbering(collapseSpaces(stripTags(label))));
  return !exactRole(key) && !nearestName(key) && !fallbackRole(label);
}

/** "ผลการดำเนินการ", "ผลการดำเนินงาน", "ผลการปฏิบัติงาน": a column of outcomes, as results reports have. */
const OUTCOMES = /^ผล(?:การ)?(?:ดำเนิน|ปฏิบัติ)/;

/** Whether a column reports outcomes: its table is a results report, not the plan. */
export const namesOutcomes = (column: Column) =>
  column.role === 'note' && OUTCOMES.test(matchKey(withoutNumbering(column.label)));

/**
 * Everyday wordings that name a column only when the header has none of that role in the usual
 * words (review 17 s11, S11-25): "ประเด็น…", "ข้อเสนอแนะมาตรการ" (measures); "หน่วยงาน",
 * "หน่วยงานที่ดำเนินการ", "ผู้ดำเนินการ", "ผู้ปฏิบัติ", "สำนัก/กอง"… (units); "การประเมินผล",
 * "ผลผลิต/การรายงาน" (follow-ups). Beside a ผู้รับผิดชอบ column, "หน่วยงาน" stays a note.
 */
const FALLBACKS: readonly [Role, RegExp][] = [
  ['measure', /^(?:ประเด็น|ข้อเสนอแนะ\/?มาตรการ)/],
  [
    'responsible',
    /^(?:หน่วย(?:งาน)?(?:ที่)?(?:ดำเนิน|ปฏิบัติ|$)|ผู้(?:ดำเนิน|ปฏิบัติ|ประสานงาน)|สำนัก\/กอง|กอง\/สำนัก|ส่วนราชการ$|กอง$)/,
  ],
  ['followUps', /^(?:การ)?ประเมินผล(?:การดำเนิน(?:การ|งาน))?$|\/(?:การ)?รายงาน(?:ผล)?$/],
];

/** Fallback wordings are short labels: a longer cell is content ("ประเด็นที่ ๑ …"), never looked at. */
const MAX_FALLBACK_LABEL = 24;

/** The role a label has only when its header lacks that role (FALLBACKS), if any. */
export function fallbackRole(label: string): Role | undefined {
  const key = matchKey(withoutNumbering(collapseSpaces(stripTags(label))));
  if (key.length > MAX_FALLBACK_LABEL) return undefined;
  return FALLBACKS.find(([, wording]) => wording.test(key))?.[0];
}

/** A column that may take a missing role by a fallback wording: a note (or for measures, a recommendations column). */
const mayTake = (c: Column, role: Role) => c.role === 'note' || (role === 'measure' && c.role === 'recommendations');

/** Labels of a plan's steps when another column holds the measures ("กิจกรรม", "แนวทางการดำเนินการ", "แนวทางปฏิบัติ"). */
const STEPS = /^(?:กิจกรรม|แนวทาง(?:การ)?ดำเนิน(?:การ|งาน)|แนวทาง(?:การ)?ปฏิบัติ(?:งาน)?)$/;

/**
 * The header's columns read together: "กิจกรรม" beside a measure column is its methods; of two
 * measure columns without a methods one, "แนวทางการดำเนินการ" is the methods.
 */
export function headerRoles(given: readonly Column[]): Column[] {
  const columns = [...given];
  // a reporting schedule column in a header without a follow-up column is the follow-ups (S13-5)
  if (!columns.some((c) => c.role === 'followUps')) {
    const j = columns.findIndex((c) => c.role === 'note' && namesFrequency(c.label));
    if (j >= 0) columns[j] = { ...columns[j]!, role: 'followUps' };
  }
  for (const [role] of FALLBACKS) {
    if (columns.some((c) => c.role === role)) continue;
    const j = columns.findIndex((c) => mayTake(c, role) && fallbackRole(c.label) === role);
    if (j >= 0) columns[j] = { ...columns[j]!, role };
  }
  const measures = columns.filter((c) => c.role === 'measure').length;
  if (measures === 0 || columns.some((c) => c.role === 'methods')) return [...columns];
  let methodsTaken = false;
  return columns.map((c) => {
    const key = matchKey(withoutNumbering(c.label));
    const steps = !methodsTaken && STEPS.test(key) && (c.role === 'note' || (c.role === 'measure' && measures > 1));
    if (!steps) return c;
    methodsTaken = true;
    return { ...c, role: 'methods' as const };
  });
}
