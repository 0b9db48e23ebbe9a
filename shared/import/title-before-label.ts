// A measure's own name written before its indicator: "มาตรการป้องกัน… (ตัวชี้วัดที่ ๔)", "มาตรการเปิดเผย
// ข้อมูลสาธารณะ ตามตัวชี้วัดที่ ๙", "มาตรการ… เชื่อมโยงกับตัวชี้วัดที่ ๕" (review 17 s15, S15-4): the
// words before the label are the measure's title, as the words after it are in "ตัวชี้วัดที่ ๔ มาตรการ…".
// Not so a label the heading is filed under (break 17 s27, M-3): "IIT ตัวชี้วัดที่ ๕ …", "(EIT) …",
// "ด้านที่ ๑ ตัวชี้วัดที่ ๓ …": the heading's own words are the title (headingPrefix).
import type { ItaTool } from '../domain/ita-catalog.js';

/** A list number or bullet the cell starts with ("๒. ", "1) ", "- "). */
const LEAD = /^\s*(?:[๐-๙0-9]{1,2}\s*[.)]|[-•*])\s*/;
/** What joins the name to the label: "(", "[", "ตาม" (not ติดตาม's), "เชื่อมโยงกับ", "สอดคล้องกับ", a dash or a colon. */
const JOIN = /(?:\s*(?:[([:：\-–,]|(?<!ติด)ตาม|เชื่อมโยง(?:กับ)?|สอดคล้อง(?:กับ)?|ภายใต้|สำหรับ))+\s*$/;
/** Words that name no measure on their own ("มาตรการตามตัวชี้วัดที่ ๕"). */
const GENERIC = /^(?:มาตรการ|แนวทาง|มาตรการ\/แนวทาง|โครงการ|กิจกรรม|ประเด็น|เรื่อง)?$/;

/** The measure's title written before the label at `at` in `text`, or undefined when none is. */
export function titleBeforeLabel(text: string, at: number): string | undefined {
  const title = text.slice(0, at).replace(LEAD, '').replace(JOIN, '').trim();
  return GENERIC.test(title.replace(/\s+/g, '')) ? undefined : title;
}

/**
 * Words before an indicator label that file the heading rather than title a measure:
 * `group`, the ITA's assessment it belongs to ("IIT", "(EIT)", "OIT:", "แบบวัด IIT");
 * `section`, the document's own "ด้าน" ("ด้านที่ ๑", "ด้านความโปร่งใส"); `other`, a short label
 * of one or two words ("หมวด ๒", "ส่วนที่ ๑", "ABC") before a heading that names its indicator.
 */
export interface HeadingPrefix {
  kind: 'group' | 'section' | 'other';
  /** the assessment a `group` label names */
  tool?: ItaTool;
  /** the words as written, without the list number and the colon or dash before the label */
  read: string;
}

/** A colon or dash right before the label ("EIT: ตัวชี้วัดที่ ๖"). */
const MARK_BEFORE = /\s*[:：\-–]\s*$/;
/** The ITA's assessments, as a word of their own (not "EITA", not "OIT1"). */
const GROUP = /(?<![A-Za-z0-9])(?:IIT|EIT|OIT)(?![A-Za-z0-9])/i;
/** A ด้าน label: "ด้านที่ ๑", "ด้าน 2", "ด้านความโปร่งใส". */
const SECTION = /^ด้าน/;
/** Words that open a measure's own name: never a label. */
const MEASURE_WORDS = /^(?:มาตรการ|แนวทาง|โครงการ|กิจกรรม)/;
/** A measure's number alone ("มาตรการที่ ๑", "แนวทาง 2"): it names no measure, so it files the heading (verify 17 s27). */
const MEASURE_NUMBER = /^(?:มาตรการ|แนวทาง|โครงการ|กิจกรรม)\s*(?:ที่)?\s*[๐-๙0-9]{1,3}\.?$/;
/** Longest filing label read (characters): longer words are a title, or a sentence. */
const MAX_PREFIX = 80;
/** Longest label of the `other` kind (characters, at most two words). */
const MAX_OTHER = 20;

/**
 * The label the words before the indicator label at `at` in `text` are (see HeadingPrefix), or
 * undefined when they are none (nothing, a status word, or a measure's own title: titleBeforeLabel).
 * `named`: the heading names its indicator after the number (an `other` label needs it: without a
 * name its words may be the only title there is). A bracket, "ตาม", a colon or a dash before the
 * label makes other words a title, not a label. Linear: the words before the label only.
 */
export function headingPrefix(text: string, at: number, named: boolean): HeadingPrefix | undefined {
  const before = text.slice(0, at);
  if (before.length > MAX_PREFIX + 10) return undefined;
  const read = before.replace(LEAD, '').replace(MARK_BEFORE, '').trim();
  if (!read || read.length > MAX_PREFIX || GENERIC.test(read.replace(/\s+/g, ''))) return undefined;
  const group = GROUP.exec(read);
  if (group && !MEASURE_WORDS.test(read)) return { kind: 'group', tool: group[0].toUpperCase() as ItaTool, read };
  if (SECTION.test(read)) return { kind: 'section', read };
  // "(ตัวชี้วัดที่ ๔)", "ตามตัวชี้วัดที่ ๙", "… - ตัวชี้วัดที่ ๔": the words before name the measure (S15-4)
  if (JOIN.test(before)) return undefined;
  const short =
    read.length <= MAX_OTHER &&
    read.split(/\s+/).length <= 2 &&
    (!MEASURE_WORDS.test(read) || MEASURE_NUMBER.test(read));
  return named && short ? { kind: 'other', read } : undefined;
}
