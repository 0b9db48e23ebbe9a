// The first cell of a measure row: "๒. ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต ๑. มาตรการ... ๒. ..."
import { indicator as catalogIndicator } from '../domain/ita-catalog.js';
import { toThaiDigits } from '../domain/thai-format.js';
import { misreadFor, readHeadingTail, splitTen } from './indicator-heading-tail.js';
import { indicatorNamedOnly } from './indicator-name-only.js';
import { countWork, readOnce } from './read-once.js';
import { type HeadingPrefix, headingPrefix, titleBeforeLabel } from './title-before-label.js';
import {
  bagDistance,
  editDistanceWithin,
  matchKey,
  normaliseThai,
  splitItems,
  splitItemsKept,
  startsListItem,
  stripTags,
} from './thai-text.js';

const LABEL = 'ตัวชี้วัดที่';
const LABEL_REVERSED = [...LABEL].reverse().join('');
/** "ตัวชี้วัด ๕": the label without ที่, taken only where a heading stands (see SHORT_LABEL_AT). */
const SHORT_LABEL = 'ตัวชี้วัด';
const SHORT_LABEL_REVERSED = [...SHORT_LABEL].reverse().join('');
const MAX_SHORT_LABEL_EDITS = 1.5;
/**
 * What may stand before the short label: nothing, or a list number or bullet ("๒. ตัวชี้วัด ๕").
 * The label starts where this (greedy) match ends, as its first letter is none of these characters.
 */
const SHORT_LABEL_LEAD = /^\s*(?:(?:[๐-๙0-9]{1,2}\s*[.)]|[-•*])\s*)?/;
/** Where a line's heading may start: after its list number or bullet, if any ("๒. ตัวชี้วัดที่ ๕"). */
const leadLength = (text: string) => SHORT_LABEL_LEAD.exec(text)![0].length;
/** "ตัวชี้วัด ๕ ข้อ", "ตัวชี้วัด ๕ ด้าน": a count of indicators, not a heading (sticky: read at the number's end). */
const COUNTED = /\s*(?:ข้อ|ตัว|ด้าน|ประการ|รายการ|ประเด็น|เรื่อง|คะแนน|ร้อยละ|%)/y;
/** Most edits (a character read as another, dropped or added; marks and look-alikes count half). */
const MAX_LABEL_EDITS = 3;
/** Non-space characters looked at before the number: the label plus a few OCR extras. */
const WINDOW = LABEL.length + MAX_LABEL_EDITS;
const NUMBER = /(?<![0-9๐-๙])[0-9๐-๙]{1,2}(?![0-9๐-๙])/g;
/**
 * A number, or a number OCR read as letters alone ("ตัวชี้วัดที่ l", "I", "|", "S" for 5, "lO" for
 * 10; review 17 s25, S25-7): letters standing alone, no Latin letter or digit beside them.
 */
const NUMBER_OR_LETTERS = new RegExp(`${NUMBER.source}|(?<![0-9๐-๙A-Za-z|])[OolIS|]{1,2}(?![0-9๐-๙A-Za-z|])`, 'g');
/** The value of letters OCR read for digits (digitForLetter, and S for 5); undefined when one is none. */
function lettersValue(letters: string): number | undefined {
  let value = 0;
  for (let i = 0; i < letters.length; i++) {
    const c = letters.charCodeAt(i);
    const digit = c === 0x53 ? 5 : digitForLetter(c);
    if (digit === undefined) return undefined;
    value = value * 10 + digit;
  }
  return value;
}

export interface FoundIndicator {
  no: number;
  /** where the label starts and the number ends, in the text searched */
  index: number;
  end: number;
  /** the label and number as written, e.g. "ตัวซี้วัคที่ ๕" */
  read: string;
  /** edits between what was read and "ตัวชี้วัดที่" (0: spelled right) */
  edits: number;
  /** the number was read with a letter OCR gives for a digit ("1O", "l0", "I0") */
  digitsGuessed: boolean;
  /** the number was letters alone ("ตัวชี้วัดที่ S"): an indicator's name after it decides (S25-7) */
  lettersOnly?: true;
}

/** Thai above/below vowels and tone marks: U+0E31, U+0E34-U+0E3A, U+0E47-U+0E4E. */
const isMarkCode = (code: number) =>
  code === 0x0e31 || (code >= 0x0e34 && code <= 0x0e3a) || (code >= 0x0e47 && code <= 0x0e4e);
/** Consonants OCR reads as one another (same shape but a stroke, a loop or a tail). */
const LOOK_ALIKE = ['ตดคฅ', 'ชซขฃบปย', 'ทหถฑ', 'วจ', 'ผฝพฟ', 'นมห', 'รธ', 'ฎฏ', 'ลส', 'อฮ'];
/** For each code point of the Thai block (U+0E00-U+0E7F), one bit per LOOK_ALIKE group it is in (ห is in two). */
const LOOK_ALIKE_BITS = new Uint16Array(0x80);
LOOK_ALIKE.forEach((group, g) => {
  for (const c of group) LOOK_ALIKE_BITS[c.charCodeAt(0) - 0x0e00]! |= 1 << g;
});
const lookAlikeBits = (code: number) => (code >= 0x0e00 && code < 0x0e80 ? LOOK_ALIKE_BITS[code - 0x0e00]! : 0);

/** Cost of reading `a` where `b` is written (UTF-16 code units): marks and look-alike consonants cost half. */
function substitution(a: number, b: number): number {
  if (a === b) return 0;
  if (isMarkCode(a) && isMarkCode(b)) return 0.5;
  return (lookAlikeBits(a) & lookAlikeBits(b)) !== 0 ? 0.5 : 1;
}
const indel = (code: number) => (isMarkCode(code) ? 0.5 : 1);

/** What /\s/ matches, by code unit (no regular expression per character). */
const isSpaceCode = (c: number) =>
  c === 0x20 ||
  (c >= 0x09 && c <= 0x0d) ||
  (c > 0x7f &&
    (c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff));
const BETWEEN_CODES = new Set([...':：-–([.'].map((c) => c.charCodeAt(0)));
/**
 * Written between the label and its number: "ตัวชี้วัดที่: ๕", "ตัวชี้วัดที่ - ๕", "ตัวชี้วัดที่ (๕)", "ตัวชี้วัดที่ [๕]"
 * (review 17 s24, S24-9), and a dot ("ตัวชี้วัดที่.4", "ตัวชี้วัดที่ . ๕": OCR reads a speck so; review 17 s17, S17-8).
 */
const isBetweenCode = (c: number) => isSpaceCode(c) || BETWEEN_CODES.has(c);

const codesOf = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
const LABEL_REVERSED_CODES = codesOf(LABEL_REVERSED);
const SHORT_LABEL_REVERSED_CODES = codesOf(SHORT_LABEL_REVERSED);
const LABEL_CODES = new Set(codesOf(LABEL));
const THI_LIKE = new Set(codesOf('ทหถฑ'));

/** The two rows of the edit-distance table, reused by every call (the window is at most WINDOW long). */
const ROW = new Float64Array(WINDOW + 1);
const NEXT = new Float64Array(WINDOW + 1);

/**
 * Fewest edits from a label to a run of `before` ending where `before` starts, and that run's
 * length (ties: the length nearest the label's). `before` is the text just before the number,
 * reversed, spaces removed, as code units; `label` is reversed too. O(label x before), and it stops
 * as soon as every run needs more than `maxEdits` (each row's smallest entry never decreases):
 * then it answers `{edits: Infinity, length: 0}`. Any answer of at most `maxEdits` edits is the
 * exact weighted edit distance.
 */
function closestLabel(
  before: ArrayLike<number>,
  length: number,
  label: readonly number[],
  maxEdits: number,
): { edits: number; length: number } {
  // the label as written, right before the number (most headings): no edit is nearer, no table filled
  if (length >= label.length) {
    let k = 0;
    while (k < label.length && before[k] === label[k]) k++;
    if (k === label.length) return { edits: 0, length: k };
  }
  countWork('label edit tables');
  let row = ROW;
  let next = NEXT;
  row[0] = 0;
  for (let j = 1; j <= length; j++) row[j] = row[j - 1]! + indel(before[j - 1]!);
  for (let i = 1; i <= label.length; i++) {
    const l = label[i - 1]!;
    const dropL = indel(l);
    next[0] = row[0]! + dropL;
    let smallest = next[0];
    for (let j = 1; j <= length; j++) {
      const b = before[j - 1]!;
      const edits = Math.min(row[j]! + dropL, next[j - 1]! + indel(b), row[j - 1]! + substitution(b, l));
      next[j] = edits;
      if (edits < smallest) smallest = edits;
    }
    if (smallest > maxEdits) return { edits: Infinity, length: 0 };
    [row, next] = [next, row];
  }
  let best = { edits: Infinity, length: 0 };
  for (let j = 0; j <= length; j++) {
    const edits = row[j]!;
    const closer = Math.abs(j - label.length) < Math.abs(best.length - label.length);
    if (edits < best.edits || (edits === best.edits && closer)) best = { edits, length: j };
  }
  return best;
}

/**
 * "ที่" read as ที, ทื่, ห่ ...: the label must end on a consonant that looks like ท, after any vowels
 * and marks (U+0E31-U+0E3A, U+0E47-U+0E4E). `before` is the run read, reversed.
 */
function endsLikeThi(before: ArrayLike<number>, length: number): boolean {
  for (let j = 0; j < length; j++) {
    const c = before[j]!;
    if ((c >= 0x0e31 && c <= 0x0e3a) || (c >= 0x0e47 && c <= 0x0e4e)) continue;
    return THI_LIKE.has(c);
  }
  return false;
}

/** The value of one or two Thai or Arabic digits (what Number(fromThaiDigits(d)) gives, without a regex). */
function digitsValue(digits: string): number {
  let value = 0;
  for (let i = 0; i < digits.length; i++) {
    const c = digits.charCodeAt(i);
    value = value * 10 + (c >= 0x0e50 ? c - 0x0e50 : c - 0x30);
  }
  return value;
}

/** Whether a Thai or Arabic digit. */
const isDigitCode = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x0e50 && c <= 0x0e59);
/** Whether text ends at `last` (inclusive) on a ท-like consonant and its marks ("ที่", "ที"), at most three marks. */
function thiBefore(text: string, last: number): boolean {
  let i = last;
  while (i >= 0 && last - i < 3 && isMarkCode(text.charCodeAt(i))) i--;
  return i >= 0 && THI_LIKE.has(text.charCodeAt(i));
}

/** Letters OCR reads a digit as: O o for 0, l I | for 1. */
const digitForLetter = (code: number): number | undefined =>
  code === 0x4f || code === 0x6f ? 0 : code === 0x6c || code === 0x49 || code === 0x7c ? 1 : undefined;
const isLatinOrDigit = (code: number) =>
  (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/**
 * A number found at [start, end) with the letters OCR reads for digits beside it ("1O", "l0",
 * "I0", "๑O"): the whole run and its value when letters were there and the run stands alone (no
 * other Latin letter or digit beside it: "1Online" is 1 and a word); else undefined.
 */
function withDigitLetters(
  text: string,
  start: number,
  end: number,
): { start: number; end: number; value: number } | undefined {
  let from = start;
  let to = end;
  while (to < text.length && to - from < 3 && digitForLetter(text.charCodeAt(to)) !== undefined) to++;
  while (from > 0 && to - from < 3 && digitForLetter(text.charCodeAt(from - 1)) !== undefined) from--;
  if (from === start && to === end) return undefined;
  if (to < text.length && isLatinOrDigit(text.charCodeAt(to))) return undefined;
  if (from > 0 && isLatinOrDigit(text.charCodeAt(from - 1))) return undefined;
  let value = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    value = value * 10 + (digitForLetter(c) ?? (c >= 0x0e50 ? c - 0x0e50 : c - 0x30));
  }
  return { start: from, end: to, value };
}

/** The window before a number, reused: code units (reversed, spaces skipped) and where each stands. */
const WINDOW_CODES = new Uint16Array(WINDOW);
const WINDOW_AT = new Int32Array(WINDOW);

/**
 * The first "ตัวชี้วัดที่ N" (N 1-10, Thai or Arabic digits) in normalised text, or its abbreviation
 * "ตวช.ที่ N", or "Indicator N" where a heading stands; the label recognised by
 * similarity: at most 3 weighted edits from the label, ending on a ท-like consonant; a colon, dash or
 * bracket may stand between label and number ("ตัวชี้วัดที่: ๕"). "ตัวชี้วัด N" without ที่ counts
 * where a heading stands: at the start of the cell (after a list number at most) and not followed
 * by a count word ("ตามตัวชี้วัด ๕ ข้อ" is no heading). Linear in the text: each number looks back
 * at most WINDOW non-space characters, and a window with too few of the label's letters is not
 * compared at all.
 */
export function findIndicator(text: string): FoundIndicator | undefined {
  const spelled = findSpelledIndicator(text);
  const other = findAbbreviatedIndicator(text);
  return other && (!spelled || other.index < spelled.index) ? other : spelled;
}

/** "ตวช.ที่ ๔", "ตวช. ๔", "ตวช ๔": the Thai abbreviation of the label, anywhere (global). */
const ABBREVIATED = /ตวช\s*\.?\s*(?:ที่?\s*)?[:：\-–(]?\s*([0-9๐-๙]{1,2})(?![0-9๐-๙])/g;
/**
 * "ตัวชี้วัดย่อยที่ 9.1", "ตัวชี้วัดย่อย ๑๐.๒": a sub-indicator (the OIT's 9 and 10 are published with
 * them), indicator N of its "N.M", anywhere (global): the sub-number is read after it as "ตัวชี้วัดที่
 * 9.1"'s is (review 17 s24, S24-9). Spaces bounded: no backtracking over a long run.
 */
const SUB_INDICATOR = /ตัวชี้วัดย่อย\s{0,3}(?:ที่\s{0,3})?[:：\-–(]?\s{0,3}([0-9๐-๙]{1,2})(?=\s{0,2}\.\s{0,2}[0-9๐-๙])/g;
/** "Indicator 4", "Indicator No. 4", "INDICATOR #4": the English label, where a heading stands (sticky). */
const ENGLISH_LABEL = /indicator\s*(?:no\.?|number|#)?\s*[:：\-–(]?\s*([0-9๐-๙]{1,2})(?![0-9๐-๙])/iy;

/**
 * "ตวช.ที่ ๔" or "ตัวชี้วัดย่อยที่ ๙.๑" anywhere, or "Indicator 4" at the cell's start (after a list
 * number at most): the first, unless a count word follows ("ตวช. ๕ ข้อ"). Written so on purpose: no
 * warning (edits 0).
 */
function findAbbreviatedIndicator(text: string): FoundIndicator | undefined {
  const found = (index: number, end: number, digits: string): FoundIndicator | undefined => {
    const no = digitsValue(digits);
    COUNTED.lastIndex = end;
    if (no < 1 || no > 10 || COUNTED.test(text)) return undefined;
    return { no, index, end, read: text.slice(index, end), edits: 0, digitsGuessed: false };
  };
  let first: FoundIndicator | undefined;
  for (const m of text.matchAll(ABBREVIATED)) {
    first = found(m.index, m.index + m[0].length, m[1]!);
    if (first) break;
  }
  for (const m of text.matchAll(SUB_INDICATOR)) {
    const sub = found(m.index, m.index + m[0].length, m[1]!);
    if (sub && (!first || sub.index < first.index)) first = sub;
    if (sub) break;
  }
  ENGLISH_LABEL.lastIndex = leadLength(text);
  const english = ENGLISH_LABEL.exec(text);
  const inEnglish = english ? found(english.index, ENGLISH_LABEL.lastIndex, english[1]!) : undefined;
  return inEnglish && (!first || inEnglish.index < first.index) ? inEnglish : first;
}

/** Whether the ITA has an indicator numbered `no` (1-10). */
const inCatalog = (no: number) => no >= 1 && no <= 10;

/**
 * The first "ตัวชี้วัดที่ N" (spelled as findIndicator reads it) whose number is no ITA indicator
 * ("ตัวชี้วัดที่ 11", "ตัวชี้วัดที่ ๐"), in normalised text: for the warning of a measure left without
 * one to say why (review 17 s24, S24-9). Linear, as findIndicator.
 */
export const findIndicatorOutOfRange = (text: string): FoundIndicator | undefined =>
  findSpelledIndicator(text, (no) => !inCatalog(no));

/** The first "ตัวชี้วัดที่ N" spelled out whose number is `wanted` (by default 1-10; see findIndicator). */
function findSpelledIndicator(text: string, wanted: (no: number) => boolean = inCatalog): FoundIndicator | undefined {
  // where a short label may start: computed once, so each number costs O(WINDOW), not O(text)
  let shortLabelStart: number | undefined;
  for (const m of text.matchAll(NUMBER_OR_LETTERS)) {
    // "ตัวชี้วัดที่ l": letters alone are a number only after the label spelled out, as one of 1-10
    const letters = !isDigitCode(m[0].charCodeAt(0));
    const lettersNo = letters ? lettersValue(m[0]) : undefined;
    if (letters && (lettersNo === undefined || !inCatalog(lettersNo) || !wanted(lettersNo))) continue;
    // "1O" is 10 (or no indicator), never 1: OCR's letters for digits count with the digits
    const lettered = letters ? undefined : withDigitLetters(text, m.index, m.index + m[0].length);
    const no = lettersNo ?? (lettered ? lettered.value : digitsValue(m[0]));
    if (!wanted(no)) continue;
    const numberStart = lettered ? lettered.start : m.index;
    const end = lettered ? lettered.end : m.index + m[0].length;
    const digitsGuessed = letters || lettered !== undefined;
    let i = numberStart - 1;
    for (let skipped = 0; i >= 0 && skipped < 8 && isBetweenCode(text.charCodeAt(i)); skipped++) i--;
    // letters: the label's ที่ right before them, else nothing more is looked at (a cheap test)
    if (letters && !thiBefore(text, i)) continue;
    let length = 0;
    let labelLetters = 0;
    for (; i >= 0 && length < WINDOW; i--) {
      const c = text.charCodeAt(i);
      if (isSpaceCode(c)) continue;
      if (LABEL_CODES.has(c)) labelLetters++;
      WINDOW_CODES[length] = c;
      WINDOW_AT[length++] = i;
    }
    if (labelLetters < LABEL.length / 2) continue;
    const full = closestLabel(WINDOW_CODES, length, LABEL_REVERSED_CODES, MAX_LABEL_EDITS);
    if (full.edits <= MAX_LABEL_EDITS && full.length > 0 && endsLikeThi(WINDOW_CODES, full.length)) {
      const index = WINDOW_AT[full.length - 1]!;
      return {
        no,
        index,
        end,
        read: text.slice(index, end),
        edits: full.edits,
        digitsGuessed,
        ...(letters ? { lettersOnly: true as const } : {}),
      };
    }
    // the short label can only start where the cell's lead ends: look no further when the window
    // does not reach there (most numbers), before the second edit-distance table
    if (letters) continue;
    shortLabelStart ??= leadLength(text);
    if (!WINDOW_AT.subarray(0, length).includes(shortLabelStart)) continue;
    const short = closestLabel(WINDOW_CODES, length, SHORT_LABEL_REVERSED_CODES, MAX_SHORT_LABEL_EDITS);
    if (short.edits > MAX_SHORT_LABEL_EDITS || short.length === 0) continue;
    const index = WINDOW_AT[short.length - 1]!;
    COUNTED.lastIndex = end;
    if (index !== shortLabelStart || COUNTED.test(text)) continue;
    return { no, index, end, read: text.slice(index, end), edits: short.edits, digitsGuessed };
  }
  return undefined;
}

/**
 * What stands between a heading's number and its name with its numbers in Thai digits, as the first
 * is written in the title ("๙.2" was half converted; review 17 s24, S24-10): ".2" -> ".๒", ", 7 และ
 * 8" -> ", ๗ และ ๘". A bracket's words stay as written ("(ข้อ O1)").
 */
const thaiNumbers = (between: string) =>
  between.replace(/\([^()]*\)|[0-9]+/g, (part) => (part.startsWith('(') ? part : toThaiDigits(part)));

/** A heading's sub-measures (the items after its name), and the first left out past MAX_ITEMS. */
function subMeasuresOf(text: string): Pick<IndicatorHeading, 'subMeasures' | 'subMeasuresLeftOut'> {
  if (!text) return { subMeasures: [] };
  const { items, firstLeftOut } = splitItemsKept(text);
  return firstLeftOut === undefined ? { subMeasures: items } : { subMeasures: items, subMeasuresLeftOut: firstLeftOut };
}

export interface IndicatorHeading {
  indicator: number;
  title: string;
  subMeasures: string[];
  /** the indicator's name was not found where expected (the catalog name is the title) */
  nameUnrecognised: boolean;
  /** the words after the number are not the catalog name but the measure's own title, kept as written */
  titleFromDocument?: true;
  /** set when the label was misspelled or its number read from letters: what was read, e.g. "ตัวซี้วัคที่ ๕", "ตัวชี้วัดที่ 1O" */
  labelRead?: string;
  /** the heading names more indicators than this one ("ตัวชี้วัดที่ ๔-๕", "๔ และ ๕"): the others, and the words read */
  alsoNames?: { indicators: number[]; read: string };
  /**
   * the name after the number is another indicator's catalog name: that indicator, the number read,
   * the heading as read, and whether the number was taken for a misread digit (๗ for ๑) or kept
   */
  nameOf?: { indicator: number; name: string; numberRead: number; read: string; numberCorrected: boolean };
  /** the catalog name as the heading wrote it, when it was found */
  nameRead?: string;
  /**
   * no number: the indicator was taken from its name alone ("ตัวชี้วัด: การเปิดเผยข้อมูล"); spelled
   * exactly or by likeness; `numberRead`: a number no indicator has or not in digits stood before
   * the name ("ตัวชี้วัดที่ ๔๔", "ตัวชี้วัดที่ สี่"), with its value when 1-10
   */
  namedOnly?: { read: string; exact: boolean; numberRead?: { read: string; value?: number } };
  /** no label: the indicator is the first number of the measure's "N.M" numbering, as read ("๔.๑"): review 17 s13, S13-19 */
  numberedAs?: string;
  /** the first sub-measure past the MAX_ITEMS kept, when the heading's cell lists more */
  subMeasuresLeftOut?: string;
  /** a status word written before the heading ("(ยกเลิก)", "ตัวอย่าง", "ร่าง"): review 17 s13, S13-10 */
  statusBefore?: string;
  /** a label the heading is filed under, written before it ("IIT", "ด้านที่ ๑"): not the title (break 17 s27, M-3) */
  prefixBefore?: HeadingPrefix;
}

/** Words that mark a measure as no live one of the plan: cancelled, an example, a draft, cut. */
const STATUS_WORDS = /ยกเลิก|ตัวอย่าง|ร่าง|ตัดออก|ไม่ดำเนินการ|งดดำเนินการ|ยุติ/;
/** A status word opening the words (after brackets or a list number): "(ยกเลิก) …", "ร่าง…". */
const STATUS_OPENS = new RegExp(
  `^[\\s([{<"“'‘]*(?:[0-9๐-๙]{1,2}\\s*[.)]\\s*)?[\\s([{<"“'‘]*(?:${STATUS_WORDS.source})`,
);
/**
 * The status words before a heading ("(ยกเลิก) ตัวชี้วัดที่ ๔ …"), as written, or undefined. Before a
 * label in brackets, the words are the measure's own title (as the plan document writes one, "…\n(ตัวชี้วัดที่
 * ๔ …)"): a status word inside it is no mark ("เปิดเผยร่างขอบเขตของงาน", s59-E), one opening it is.
 */
function statusBefore(text: string, at: number): { statusBefore?: string } {
  const before = text.slice(0, at).trim();
  if (!before || before.length > 60 || !STATUS_WORDS.test(before)) return {};
  return before.endsWith('(') && !STATUS_OPENS.test(before) ? {} : { statusBefore: before };
}

interface NameMatch {
  /** leading words that spell the name (0: none), and their edit distance */
  k: number;
  distance: number;
}

/** The work counted (read-once.ts countWork): letters keyed as prefixes of a heading's words, for tests. */
export const PREFIX_KEY_WORK = 'heading prefix letters keyed';

/** Each catalog name's match key, made once. */
const catalogKeys = new Map<string, string>();
/**
 * The match keys of a word list's first 1-6 words, each made once for the list: a heading's words
 * are compared with up to ten catalog names (otherNamed), and making the keys was most of the cost
 * of a line that names none (review 17 s17, S17-5: 1 MB of "| ตัวชี้วัดที่ 1 | ก | …" rows). The
 * list is known by identity (the words are never changed once split): the last list's keys are kept.
 */
let keyedWords: string[] | undefined;
let prefixKeys: string[] = [];
/**
 * The list's prefixes' lengths as written (words joined without spaces), when no key can be longer:
 * a text of ASCII and Thai letters only keeps its length or shortens through matchKey (NFC composes
 * nothing there, normaliseThai's replacements keep or cut the length, digits stay one character and
 * spaces go). Then a prefix too short for a catalog name is far from it without its key (review 17
 * s22: 1 MB of Markdown rows, "| ตัวชี้วัดที่ 1 | กก | ข | …", keyed six prefixes a row against names of
 * 11-24 letters; most are far shorter). Undefined for other text: every key is made.
 */
let writtenLengths: number[] | undefined;
const KEY_NO_LONGER = /^[\p{ASCII}\u0e00-\u0e7f]*$/u;
/** Starts keying `words` (the last list's keys are dropped when it is another list). */
function keying(words: string[]): void {
  if (words === keyedWords) return;
  keyedWords = words;
  prefixKeys = [];
  writtenLengths = [0];
  for (let k = 0; k < Math.min(6, words.length); k++) {
    const word = words[k]!;
    // a length past every name's reach bounds nothing: this prefix's and the longer ones' keys are made
    if (word.length > FAR_FROM_EVERY_NAME) return;
    if (!KEY_NO_LONGER.test(word)) {
      writtenLengths = undefined;
      return;
    }
    writtenLengths.push(writtenLengths[k]! + word.length);
  }
}
/** At least as long as the key of the first `k` words, when known (see writtenLengths). */
const keyAtMost = (k: number) => writtenLengths?.[k];
/**
 * A prefix key longer than this is far from every catalog name (the longest is ~130 letters, and
 * nameMatch's limit at most 35% of it), and so is every longer prefix: a word only adds to the key
 * but for a letter or two joined at its start. Such a key stands for the longer prefixes too, not
 * made again with each word (review 17 s21, s21-a: a Word cell of 1,000,000 "<a" after the heading
 * was keyed six times, 2 M letters each, per heading read).
 */
const FAR_FROM_EVERY_NAME = 1000;
/**
 * A prefix longer than this is keyed by its start first: when the start's key is already past
 * FAR_FROM_EVERY_NAME (and CUT_SLACK), so is the whole prefix's, and the start's key stands for it
 * (review 17 s22: the 2,000,000 letters of 1,000,000 "<a" after "ตัวชี้วัดที่ ๔" were keyed whole, once
 * per heading read). A key only shortens text by a few letters at a time, where a pattern of
 * normaliseThai, NFC or a space is: cutting the text can change its key by no more than a few
 * letters at the cut (CUT_SLACK covers them).
 */
const KEYED_START = 4 * FAR_FROM_EVERY_NAME;
const CUT_SLACK = 64;
/** The key of the first `k` words, or of their start alone when that is past every name's reach (KEYED_START). */
function keyOrFarStart(words: string[], k: number): string {
  let start = '';
  for (let i = 0; i < k && start.length <= KEYED_START; i++) start += words[i]!.slice(0, KEYED_START + 1);
  if (start.length > KEYED_START) {
    countWork(PREFIX_KEY_WORK, KEYED_START);
    const key = matchKey(start.slice(0, KEYED_START));
    if (key.length > FAR_FROM_EVERY_NAME + CUT_SLACK) return key;
  }
  const prefix = words.slice(0, k).join('');
  countWork(PREFIX_KEY_WORK, prefix.length);
  return matchKey(prefix);
}
function prefixKey(words: string[], k: number): string {
  keying(words);
  // the shorter prefix's key is needed only when it may be past every name's reach
  const shorterAtMost = keyAtMost(k - 1);
  const shorter =
    k > 1 && !(shorterAtMost !== undefined && shorterAtMost <= FAR_FROM_EVERY_NAME)
      ? prefixKey(words, k - 1)
      : undefined;
  if (shorter !== undefined && shorter.length > FAR_FROM_EVERY_NAME) return (prefixKeys[k] ??= shorter);
  if (prefixKeys[k] === undefined) {
    prefixKeys[k] = keyOrFarStart(words, k);
  }
  return prefixKeys[k];
}

/** How many leading words spell the indicator's catalog name (OCR-tolerant), and how closely; k 0 if none do. */
function nameMatch(words: string[], catalogName: string): NameMatch {
  let target = catalogKeys.get(catalogName);
  if (target === undefined) catalogKeys.set(catalogName, (target = matchKey(catalogName)));
  const limit = Math.max(3, Math.floor(target.length * 0.35));
  let best = { k: 0, distance: Infinity };
  keying(words);
  for (let k = 1; k <= Math.min(6, words.length); k++) {
    // a prefix whose key is too short for the name: far from it, not keyed
    const atMost = keyAtMost(k);
    if (atMost !== undefined && target.length - atMost > limit) continue;
    const key = prefixKey(words, k);
    // most words are no catalog name: their length or letters alone tell, without the table
    const far = Math.abs(key.length - target.length) > limit || bagDistance(key, target) > limit;
    const distance = far ? limit + 1 : editDistanceWithin(key, target, limit);
    if (distance < best.distance) best = { k, distance };
  }
  return best.distance <= limit ? best : { k: 0, distance: Infinity };
}

/** Whether `words` start with indicator `no`'s name: counted words, or the name glued to what follows. */
function namedAs(
  words: string[],
  no: number,
): { k: number; distance: number; glued?: string; written?: string } | undefined {
  const catalogName = catalogIndicator(no).nameTh;
  const match = nameMatch(words, catalogName);
  if (match.k > 0) return match;
  // the name glued to the text after it (a cell joined over a page break): cut it off by letters
  // (only when the words start with the name's first letter: most do not, and joining them costs)
  const first = words[0]?.charCodeAt(0);
  if (first === undefined || (first !== catalogName.charCodeAt(0) && !isSpaceCode(first))) return undefined;
  const glued = afterGluedName(words.join(' '), catalogName);
  if (glued !== undefined) return { k: 1, distance: 0, glued };
  return gluedLikeName(words, catalogName);
}

/**
 * The name written with a slip and glued to the text after it: "การใช้ทรัพย์สินของทางราชการหน่วยงาน…"
 * (a PDF cell's lines joined where Word wrapped after the name; tester s54 T3), also with a space
 * inside the name ("การใช้ ทรัพย์สินของทางราชการหน่วยงาน…", a sheet's cell printed to PDF: session
 * 55). The first words (up to three) are cut in the last of them where their start is closest to the
 * name (at most a fifth of its letters off, ending with its last two letters, so the cut is at the
 * name's end); `written`: the name as written, its words joined as a counted name's are.
 */
function gluedLikeName(
  words: string[],
  name: string,
): { k: number; distance: number; glued: string; written: string } | undefined {
  const letters = nameLetters.get(name) ?? name.replace(/\s+/g, '');
  const limit = Math.max(2, Math.floor(letters.length * 0.2));
  const end = letters.slice(-2);
  let best: { j: number; cut: number; distance: number } | undefined;
  let head = '';
  for (let j = 0; j < Math.min(3, words.length) && head.length < letters.length; j++) {
    const word = head + words[j]!;
    const last = Math.min(word.length - 1, letters.length + limit);
    for (let cut = Math.max(end.length, head.length + 1, letters.length - limit); cut <= last; cut++) {
      if (!word.startsWith(end, cut - end.length)) continue;
      const distance = editDistanceWithin(word.slice(0, cut), letters, limit);
      if (distance <= limit && (!best || distance < best.distance)) best = { j, cut, distance };
    }
    head = word;
  }
  if (!best) return undefined;
  const { j, cut, distance } = best;
  const before = words.slice(0, j);
  const inLast = cut - before.join('').length;
  const glued = [words[j]!.slice(inLast), ...words.slice(j + 1)].join(' ');
  return { k: 1, distance, glued, written: joinNameWords([...before, words[j]!.slice(0, inLast)]) };
}

/** The other indicator whose catalog name the words start with (the closest) and the words, if any. */
function otherNamed(words: string[], no: number): { no: number; name: string } | undefined {
  let best: { no: number; distance: number; name: string } | undefined;
  for (let other = 1; other <= 10; other++) {
    if (other === no) continue;
    const match = namedAs(words, other);
    if (match && (!best || match.distance < best.distance)) {
      const name =
        match.glued === undefined
          ? words.slice(0, match.k).join(' ')
          : (match.written ?? catalogIndicator(other).nameTh);
      best = { no: other, distance: match.distance, name };
    }
  }
  return best;
}

/** Whether a code unit is of the Thai block (letters, vowels, marks, digits). */
const isThaiCode = (c: number) => c >= 0x0e01 && c <= 0x0e5b;
/**
 * The words of a heading's name as one: Thai words split by OCR joined again ("การ ปฏิบัติ" ->
 * "การปฏิบัติ"), a space kept where either side is no Thai ("(EIT) คุณภาพ…", "IIT การปฏิบัติ…":
 * closing note s27, the space after "(EIT)" was lost).
 */
function joinNameWords(words: readonly string[]): string {
  let joined = words[0] ?? '';
  for (const word of words.slice(1)) {
    const thaiBoth = isThaiCode(joined.charCodeAt(joined.length - 1)) && isThaiCode(word.charCodeAt(0));
    joined += thaiBoth ? word : ` ${word}`;
  }
  return joined;
}

/** The indicator heading of a measure cell, or undefined when the cell names no indicator. */
export function parseIndicatorHeading(cellHtml: string): IndicatorHeading | undefined {
  return readIndicatorHeading(normaliseThai(stripTags(cellHtml)))?.heading;
}

/** A heading read from normalised text, and (for a heading named after its label) the words after the name. */
interface HeadingRead {
  heading: IndicatorHeading;
  /** where the label starts in the text */
  at?: number;
  /** the words after the indicator's name, as read (not yet split into sub-measures) */
  afterName?: string;
}

/**
 * A line that is an indicator heading, whatever words follow its name (review 17 s17, entry 1): it
 * starts with the label and number (after a list number at most) followed by the indicator's name,
 * and what comes after the name is no list ("ประจำปี 2569", "ต่อสาธารณะ (ข้อมูลเพิ่มเติมของเทศบาล)").
 * A heading with nothing after it is one too. `named`: the line up to the name's end, `after` the
 * words after it ('' for none), `glued` when they were written on the name without a space.
 * Undefined for a cell of several items (the heading and sub-measures) or a text that only
 * mentions an indicator.
 */
export function indicatorHeadingLine(cellHtml: string): { named: string; after: string; glued: boolean } | undefined {
  const text = normaliseThai(stripTags(cellHtml));
  const read = readIndicatorHeading(text);
  if (!read) return undefined;
  const { heading, afterName } = read;
  if (heading.subMeasures.length === 0) return { named: text, after: '', glued: false };
  if (afterName === undefined || read.at !== leadLength(text) || heading.subMeasures.length !== 1) return undefined;
  if (heading.statusBefore || startsListItem(afterName) || !text.endsWith(afterName)) return undefined;
  if (splitItems(cellHtml, 2).length > 1) return undefined;
  const named = text.slice(0, text.length - afterName.length);
  return { named: named.trim(), after: afterName, glued: !/\s$/.test(named) };
}

/**
 * A text read as a heading once per import (read-once.ts: a cell is read so by several rules, review
 * 17 s17, S17-5). Frozen, as every caller of the text shares it.
 */
const readIndicatorHeading = (text: string) => readOnce(frozenHeading, text);
function frozenHeading(text: string): HeadingRead | undefined {
  const read = readHeadingOnce(text);
  if (read) {
    Object.freeze(read.heading.subMeasures);
    Object.freeze(read.heading);
    Object.freeze(read);
  }
  return read;
}

function readHeadingOnce(text: string): HeadingRead | undefined {
  const found = findIndicator(text);
  if (!found) {
    const heading = headingNamedOnly(text);
    return heading && { heading };
  }
  // "ตัวชี้วัดที่ ๑ ๐": 10 with a digit split off (OCR)
  const tenEnd = splitTen(text, found.no, found.end);
  const numberRead = tenEnd === undefined ? found.no : 10;
  const numberEnd = tenEnd ?? found.end;
  // "-๕", " และ ๕", "/๑", " (ข้อ ๔.๑)": between the number and the name, kept as written
  const tail = readHeadingTail(text, numberEnd, numberRead);
  // "ตัวชี้วัดที่ 5: ชื่อ", "ตัวชี้วัดที่ ๕. ชื่อ", "ตัวชี้วัดที่ (๕) ชื่อ": the name starts after the mark
  const words = text
    .slice(tail.end)
    .replace(/^\s*[:：.)\]\-–]/, '')
    .trim()
    .split(' ')
    .filter(Boolean);
  let no = numberRead;
  let named = namedAs(words, no);
  let nameOf: IndicatorHeading['nameOf'];
  if (!named) {
    // the name is another indicator's: the number may be a misread digit ("๗" for ๑, "๑ ๐" read as 1)
    const misread = tenEnd !== undefined ? 1 : found.digitsGuessed ? undefined : misreadFor(numberRead);
    const other = otherNamed(words, numberRead);
    if (other !== undefined) {
      const numberCorrected = (other.no === misread || found.lettersOnly === true) && tail.more.length === 0;
      const read = text.slice(found.index, tail.end).trim();
      nameOf = { indicator: other.no, name: other.name, numberRead, read, numberCorrected };
      if (numberCorrected) {
        no = other.no;
        named = namedAs(words, no);
      }
    }
  }
  const catalogName = catalogIndicator(no).nameTh;
  const k = named?.k ?? 0;
  const name = named?.glued === undefined ? joinNameWords(words.slice(0, k)) : (named.written ?? catalogName);
  const rest = named?.glued ?? words.slice(k).join(' ');
  // "การปฏิบัติหน้าที่ (เชื่อมโยงกับตัวชี้วัดที่ ๕)": a bracket right after the name is the title's
  const bracket = k > 0 ? (TITLE_BRACKET.exec(rest) ?? ITEM_REFERENCE.exec(rest))?.[0] : undefined;
  const afterName = bracket ? rest.slice(bracket.length).trim() : rest;
  // "(ต่อ)" over a continued table marks the table, not the measure (review 17 s15, S15-13)
  const titleBracket = bracket && !CONTINUED.test(bracket) ? bracket : undefined;
  // "… ราชการ และตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล": another whole heading joined after the name
  const joined = k > 0 ? joinedHeadings(afterName, no, tail.more) : { more: [], end: 0 };
  const joinedText = afterName.slice(0, joined.end).trim();
  const afterJoined = afterName.slice(joined.end).trim();
  // "ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงานและการให้บริการประชาชน - จัดให้มี…": the words after the name
  // and before the first list item are the heading's, kept in the title (tester s43 F4)
  const headingWords = k > 0 ? wordsBeforeFirstItem(afterJoined) : '';
  const body = afterJoined.slice(headingWords.length).trim();
  const labelRead =
    found.edits > 0 || found.digitsGuessed || tenEnd !== undefined
      ? { labelRead: text.slice(found.index, numberEnd) }
      : {};
  const more = [...tail.more, ...joined.more.filter((n) => !tail.more.includes(n))];
  const headingRead = text.slice(found.index, tail.end).trim();
  // the name as written, and what joins the next heading's name to it (nothing when it was glued on)
  const nameWritten = named?.glued === undefined ? words.slice(0, k).join(' ') : (named.written ?? catalogName);
  const joinedAfter = joinedText ? `${named?.glued === undefined ? ' ' : ''}${joinedText}` : '';
  // the heading's own words written on the name without a space ("…การดำเนินงานและการให้บริการ…")
  const glued = named?.glued !== undefined && !bracket && !joinedText && named.glued.startsWith(headingWords);
  const alsoNames =
    more.length > 0
      ? {
          alsoNames: {
            indicators: more,
            read: joinedText ? `${headingRead} ${nameWritten}${joinedAfter}` : headingRead,
          },
        }
      : {};
  const nameRead = k > 0 ? { nameRead: nameWritten } : {};
  const status = statusBefore(text, found.index);
  // "IIT ตัวชี้วัดที่ ๕ …", "ด้านที่ ๑ ตัวชี้วัดที่ ๓ …": a label before the heading, not its title (M-3)
  const prefix = status.statusBefore ? undefined : headingPrefix(text, found.index, k > 0);
  const extras = {
    ...labelRead,
    ...alsoNames,
    ...(nameOf ? { nameOf } : {}),
    ...nameRead,
    ...status,
    ...(prefix ? { prefixBefore: prefix } : {}),
  };
  // "มาตรการป้องกัน… (ตัวชี้วัดที่ ๔)", "มาตรการ… ตามตัวชี้วัดที่ ๙": the name before the label (S15-4)
  const own = extras.statusBefore || prefix ? undefined : titleBeforeLabel(text, found.index);
  if (own)
    return { heading: headingTitledBefore(own, no, k === 0 ? body : afterName.slice(joined.end).trim(), extras) };
  // "ตัวชี้วัดที่ ๓ มาตรการส่งเสริม… ๑. …": the words before the first item are the measure's own
  // title (as the product's documents write a measure titled in the page), the items its sub-measures
  const firstItem = k === 0 ? FIRST_ITEM.exec(body) : null;
  const leadRead = k === 0 ? body.slice(0, firstItem?.index ?? body.length).trim() : '';
  const lead = leadRead.replace(CONTINUED_END, '').trim();
  if (lead) {
    const items = body.slice(leadRead.length).trim();
    const heading: IndicatorHeading = {
      indicator: no,
      // "ตัวชี้วัดที่ ๔ (ต่อ) การควบคุมพัสดุ": what stood between the number and the words stays with them
      // "ตัวชี้วัดที่ ๙ ข้อ o1 โครงสร้าง": an assessment item after the number is the heading's (L-4)
      title:
        tail.between || ITEM_REFERENCE.test(lead)
          ? `ตัวชี้วัดที่ ${toThaiDigits(no)}${thaiNumbers(tail.between)} ${lead}`
          : lead,
      ...subMeasuresOf(items),
      nameUnrecognised: false,
      titleFromDocument: true,
      ...extras,
    };
    return { heading };
  }
  // the number as the heading wrote it, with what stood between it and the name ("๔-๕", "๔/๑", "๔ (ข้อ ๔.๑)")
  const numbered = `${toThaiDigits(no)}${thaiNumbers(tail.between)}`;
  const heading: IndicatorHeading = {
    indicator: no,
    title: `ตัวชี้วัดที่ ${numbered} ${name || catalogName}${titleBracket ? ` ${titleBracket.replace(/^\(\s+/, '(').replace(/\s+\)$/, ')')}` : ''}${joinedAfter}${headingWords ? `${glued ? '' : ' '}${headingWords}` : ''}`,
    ...subMeasuresOf(body),
    nameUnrecognised: k === 0,
    ...extras,
  };
  return { heading, at: found.index, ...(k > 0 && body ? { afterName: body } : {}) };
}

/**
 * A heading whose own title stands before the label: that title, the text after the label and the
 * name its sub-measures. The catalog name before the label, alone or opening the words
 * ("การเปิดเผยข้อมูล (ตัวชี้วัดที่ ๙)"), is the name: titled as a numbered heading.
 */
function headingTitledBefore(
  own: string,
  no: number,
  after: string,
  extras: Partial<IndicatorHeading>,
): IndicatorHeading {
  const words = own.split(' ');
  const catalogName = catalogIndicator(no).nameTh;
  if (nameMatch(words, catalogName).k === words.length || matchKey(own).startsWith(matchKey(catalogName))) {
    return {
      indicator: no,
      title: `ตัวชี้วัดที่ ${toThaiDigits(no)} ${own}`,
      ...subMeasuresOf(after),
      ...extras,
      nameUnrecognised: false,
      nameRead: own,
    };
  }
  // "จัดทำประกาศ… (ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่)", as the product's plan document writes a measure
  // titled in the page: the name after the number agrees with it, the words before are the title (S22-8)
  const named = extras.nameRead !== undefined && !extras.nameOf;
  return {
    indicator: no,
    title: own,
    ...subMeasuresOf(after),
    ...extras,
    nameUnrecognised: false,
    ...(named ? {} : { titleFromDocument: true as const }),
  };
}

/**
 * "ตัวชี้วัด การเปิดเผยข้อมูล …", "ตัวชี้วัดที่ IIT การปฏิบัติหน้าที่": the label and an indicator's
 * name without its number. The title is written as a numbered heading (as the product's documents
 * write it), what follows the name the sub-measures.
 */
function headingNamedOnly(text: string): IndicatorHeading | undefined {
  const named = indicatorNamedOnly(text, true);
  if (!named) return undefined;
  const bracket = TITLE_BRACKET.exec(named.rest)?.[0];
  const body = bracket ? named.rest.slice(bracket.length).trim() : named.rest;
  return {
    indicator: named.no,
    title: `ตัวชี้วัดที่ ${toThaiDigits(named.no)} ${named.read}${bracket ? ` ${bracket}` : ''}`,
    ...subMeasuresOf(body),
    nameUnrecognised: false,
    nameRead: named.read,
    namedOnly: { read: named.read, exact: named.exact, ...(named.numberRead ? { numberRead: named.numberRead } : {}) },
  };
}

/** What joins a second heading to the first: "และ", "หรือ", ",", "/", "&", "+", or nothing (sticky). */
const JOINER = /\s*(?:และ|หรือ|,|、|\/|&|\+)?\s*/y;
/** A number after a joining word: "และ ๙ การเปิดเผยข้อมูล" (sticky). */
const BARE_NUMBER = /([0-9๐-๙]{1,2})(?![0-9๐-๙])\s*/y;
/** One word and the spaces after it (sticky). */
const WORD_RUN = /\S+\s*/y;

/**
 * More whole headings right after a heading's name: "และตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล", ", ตัวชี้วัดที่ ๕",
 * "และ ๙ การเปิดเผยข้อมูล" (a bare number only with its indicator's name), or the name alone of an
 * indicator the heading's numbers named (`numbered`: "ตัวชี้วัดที่ ๙ และ ๑๐ การเปิดเผยข้อมูลและการ
 * ป้องกันการทุจริต", closing note s27: indicator 10's name was split off as a sub-measure) or of any
 * other after a joining word ("ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล และการป้องกันการทุจริต"). The
 * indicators other than `no`, and where the last one read ends in `text` (0: none). At most 9, each
 * looked at in a bounded window: linear in the text.
 */
function joinedHeadings(text: string, no: number, numbered: readonly number[] = []): { more: number[]; end: number } {
  const more: number[] = [];
  let end = 0;
  for (let step = 0; step < 9; step++) {
    JOINER.lastIndex = end;
    const joiner = JOINER.exec(text)![0].trim();
    let at = JOINER.lastIndex;
    let other: number | undefined;
    const found = findIndicator(text.slice(at, at + 40));
    if (found?.index === 0) {
      other = found.no;
      at += found.end;
    } else if (joiner) {
      BARE_NUMBER.lastIndex = at;
      const m = BARE_NUMBER.exec(text);
      if (m) {
        other = digitsValue(m[1]!);
        at = BARE_NUMBER.lastIndex;
      }
    }
    const words = text
      .slice(at, at + 200)
      .trim()
      .split(' ')
      .filter(Boolean)
      .slice(0, 6);
    // no number: the name of an indicator the heading's numbers named, not read yet, or after a
    // joining word any other indicator's name ("การเปิดเผยข้อมูล และการป้องกันการทุจริต")
    if (other === undefined) other = numbered.find((n) => n !== no && !more.includes(n) && namedAs(words, n));
    if (other === undefined && joiner) other = otherNamed(words, no)?.no;
    if (other === undefined || other < 1 || other > 10) break;
    const named = namedAs(words, other);
    if (!named && found?.index !== 0) break;
    if (named?.glued !== undefined) {
      at = named.glued ? text.indexOf(named.glued, at) : text.length;
    } else if (named) {
      WORD_RUN.lastIndex = at + (text.slice(at).length - text.slice(at).trimStart().length);
      for (let w = 0; w < named.k; w++) WORD_RUN.exec(text);
      at = WORD_RUN.lastIndex;
    }
    if (other !== no && !more.includes(other)) more.push(other);
    end = at;
  }
  return { more, end };
}

/** Each catalog name without its spaces, made once. */
const nameLetters = new Map<string, string>();
/** The text after `name` when `text` starts with it letter for letter (spaces aside), else undefined. */
function afterGluedName(text: string, name: string): string | undefined {
  let letters = nameLetters.get(name);
  if (letters === undefined) nameLetters.set(name, (letters = name.replace(/\s+/g, '')));
  let matched = 0;
  for (let i = 0; i < text.length; i++) {
    if (isSpaceCode(text.charCodeAt(i))) continue;
    if (text[i] !== letters[matched]) return undefined;
    if (++matched === letters.length) return text.slice(i + 1).trim();
  }
  return undefined;
}

/** "(ต่อ)", "(ต่อจากหน้าที่แล้ว)": a heading repeated over a continued table. */
const CONTINUED = /^\(\s*ต่อ(?:\s*จาก[^()]{0,40})?\s*\)$/;
const CONTINUED_END = /\s*\(\s*ต่อ(?:\s*จาก[^()]{0,40})?\s*\)$/;

/** A bracket the text starts with, closed within 200 characters and holding no other bracket. */
const TITLE_BRACKET = /^\([^()]{1,200}\)/;
/**
 * The assessment's items an indicator heading answers, named after its name ("ข้อ 3.1 - 3.4",
 * "ข้อ ๔.๑ และ ๔.๒", "ข้อย่อย 1-4", "ประเด็นที่ 2, 3", "ข้อคำถาม i1-i5"): part of the heading, not a
 * measure (review 17 s23, S23-10). At most six numbers, so a long cell is read in linear time.
 */
const ITEM_NO = '[A-Za-z]{0,2}[0-9๐-๙]{1,2}(?:\\.[0-9๐-๙]{1,2})?';
const ITEM_REFERENCE = new RegExp(
  `^(?:ข้อย่อย|ข้อคำถาม(?:ที่)?|ข้อ|ประเด็น(?:ที่)?)\\s*${ITEM_NO}(?:\\s*(?:[-–~]|ถึง|และ|,)\\s*${ITEM_NO}){0,5}(?![0-9๐-๙.])`,
);

/** The first item of a numbered list ("๑. ", "1) ") or a dashed one ("- "), at a word start. */
const FIRST_ITEM = /(?:^|\s)(?:[1๑][.)]|-)\s/;
/** The most words a heading's name may have after it in the title before its items (MAX_TITLE_LENGTH is 500). */
const MAX_HEADING_WORDS = 200;

/**
 * The words `text` starts with before its first list item ("และการให้บริการประชาชน" of
 * "และการให้บริการประชาชน - จัดให้มี… - มีการ…"), '' when it starts with an item, has none, or the
 * words are longer than a heading's (MAX_HEADING_WORDS).
 */
function wordsBeforeFirstItem(text: string): string {
  if (!text || startsListItem(text)) return '';
  const first = FIRST_ITEM.exec(text);
  if (!first || first.index === 0) return '';
  const words = text.slice(0, first.index).trim();
  return words.length <= MAX_HEADING_WORDS ? words : '';
}
