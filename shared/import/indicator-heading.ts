// The first cell of a measure row: "๒. ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต ๑. มาตรการ... ๒. ..."
import { indicator as catalogIndicator } from '../domain/ita-catalog.js';
import { fromThaiDigits, toThaiDigits } from '../domain/thai-format.js';
import { editDistance, matchKey, normaliseThai, splitItems, stripTags } from './thai-text.js';

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
/** "ตัวชี้วัด ๕ ข้อ", "ตัวชี้วัด ๕ ด้าน": a count of indicators, not a heading (sticky: read at the number's end). */
const COUNTED = /\s*(?:ข้อ|ตัว|ด้าน|ประการ|รายการ|ประเด็น|เรื่อง|คะแนน|ร้อยละ|%)/y;
/** Written between the label and its number: "ตัวชี้วัดที่: ๕", "ตัวชี้วัดที่ - ๕", "ตัวชี้วัดที่ (๕)". */
const BETWEEN = /[\s:：\-–(]/;
/** Most edits (a character read as another, dropped or added; marks and look-alikes count half). */
const MAX_LABEL_EDITS = 3;
/** Non-space characters looked at before the number: the label plus a few OCR extras. */
const WINDOW = LABEL.length + MAX_LABEL_EDITS;
const LABEL_CHARS = new Set(LABEL);
/** "ที่" read as ที, ทื่, ห่ ...: the label must end on a consonant that looks like ท. */
const ENDS_LIKE_THI = /^[\u0e31-\u0e3a\u0e47-\u0e4e]*[ทหถฑ]/;
const NUMBER = /(?<![0-9๐-๙])[0-9๐-๙]{1,2}(?![0-9๐-๙])/g;

export interface FoundIndicator {
  no: number;
  /** where the label starts and the number ends, in the text searched */
  index: number;
  end: number;
  /** the label and number as written, e.g. "ตัวซี้วัคที่ ๕" */
  read: string;
  /** edits between what was read and "ตัวชี้วัดที่" (0: spelled right) */
  edits: number;
}

/** Thai above/below vowels and tone marks: U+0E31, U+0E34-U+0E3A, U+0E47-U+0E4E. */
const isMarkCode = (code: number) =>
  code === 0x0e31 || (code >= 0x0e34 && code <= 0x0e3a) || (code >= 0x0e47 && code <= 0x0e4e);
/** Consonants OCR reads as one another (same shape but a stroke, a loop or a tail). */
const LOOK_ALIKE = ['ตดคฅ', 'ชซขฃบปย', 'ทหถฑ', 'วจ', 'ผฝพฟ', 'นมห', 'รธ', 'ฎฏ', 'ลส', 'อฮ'];
const isMark = (c: string) => isMarkCode(c.charCodeAt(0));

/** Cost of reading `a` where `b` is written: marks and look-alike consonants cost half. */
function substitution(a: string, b: string): number {
  if (a === b) return 0;
  if (isMark(a) && isMark(b)) return 0.5;
  return LOOK_ALIKE.some((g) => g.includes(a) && g.includes(b)) ? 0.5 : 1;
}
const indel = (c: string) => (isMark(c) ? 0.5 : 1);

/**
 * Fewest edits from LABEL to a run of `before` ending where `before` starts (before is the text
 * just before the number, reversed, spaces removed), and that run's length. O(LABEL x WINDOW).
 */
function closestLabel(before: string, labelReversed = LABEL_REVERSED): { edits: number; length: number } {
  const label = labelReversed;
  let row = [0];
  for (let j = 1; j <= before.length; j++) row.push(row[j - 1]! + indel(before[j - 1]!));
  for (let i = 1; i <= label.length; i++) {
    const l = label[i - 1]!;
    const next = [row[0]! + indel(l)];
    for (let j = 1; j <= before.length; j++) {
      const b = before[j - 1]!;
      next.push(Math.min(row[j]! + indel(l), next[j - 1]! + indel(b), row[j - 1]! + substitution(b, l)));
    }
    row = next;
  }
  let best = { edits: Infinity, length: 0 };
  row.forEach((edits, length) => {
    const closer = Math.abs(length - label.length) < Math.abs(best.length - label.length);
    if (edits < best.edits || (edits === best.edits && closer)) best = { edits, length };
  });
  return best;
}

/**
 * The first "ตัวชี้วัดที่ N" (N 1-10, Thai or Arabic digits) in normalised text, recognised by
 * similarity: at most 3 weighted edits from the label, ending on a ท-like consonant; a colon, dash or
 * bracket may stand between label and number ("ตัวชี้วัดที่: ๕"). "ตัวชี้วัด N" without ที่ counts
 * where a heading stands: at the start of the cell (after a list number at most) and not followed
 * by a count word ("ตามตัวชี้วัด ๕ ข้อ" is no heading). Linear in the text: each number looks back
 * at most WINDOW non-space characters.
 */
export function findIndicator(text: string): FoundIndicator | undefined {
  // where a short label may start: computed once, so each number costs O(WINDOW), not O(text)
  let shortLabelStart: number | undefined;
  for (const m of text.matchAll(NUMBER)) {
    const no = Number(fromThaiDigits(m[0]));
    if (no < 1 || no > 10) continue;
    const chars: string[] = [];
    const at: number[] = [];
    let i = m.index - 1;
    for (let skipped = 0; i >= 0 && skipped < 8 && BETWEEN.test(text[i]!); skipped++) i--;
    for (; i >= 0 && chars.length < WINDOW; i--) {
      if (/\s/.test(text[i]!)) continue;
      chars.push(text[i]!);
      at.push(i);
    }
    if (chars.filter((c) => LABEL_CHARS.has(c)).length < LABEL.length / 2) continue;
    const before = chars.join('');
    const end = m.index + m[0].length;
    const full = closestLabel(before);
    if (full.edits <= MAX_LABEL_EDITS && full.length > 0 && ENDS_LIKE_THI.test(before.slice(0, full.length))) {
      const index = at[full.length - 1]!;
      return { no, index, end, read: text.slice(index, end), edits: full.edits };
    }
    // the short label can only start where the cell's lead ends: look no further when the window
    // does not reach there (most numbers), before the second edit-distance table
    shortLabelStart ??= SHORT_LABEL_LEAD.exec(text)![0].length;
    if (!at.includes(shortLabelStart)) continue;
    const short = closestLabel(before, SHORT_LABEL_REVERSED);
    if (short.edits > MAX_SHORT_LABEL_EDITS || short.length === 0) continue;
    const index = at[short.length - 1]!;
    COUNTED.lastIndex = end;
    if (index !== shortLabelStart || COUNTED.test(text)) continue;
    return { no, index, end, read: text.slice(index, end), edits: short.edits };
  }
  return undefined;
}

export interface IndicatorHeading {
  indicator: number;
  title: string;
  subMeasures: string[];
  /** the indicator's name was not found where expected */
  nameUnrecognised: boolean;
  /** set when the label was misspelled: what was read, e.g. "ตัวซี้วัคที่ ๕" */
  labelRead?: string;
}

/** How many leading words spell the indicator's catalog name (OCR-tolerant); 0 if none do. */
function nameWordCount(words: string[], catalogName: string): number {
  const target = matchKey(catalogName);
  let best = { k: 0, distance: Infinity };
  for (let k = 1; k <= Math.min(6, words.length); k++) {
    const distance = editDistance(matchKey(words.slice(0, k).join('')), target);
    if (distance < best.distance) best = { k, distance };
  }
  return best.distance <= Math.max(3, Math.floor(target.length * 0.35)) ? best.k : 0;
}

/** The indicator heading of a measure cell, or undefined when the cell names no indicator. */
export function parseIndicatorHeading(cellHtml: string): IndicatorHeading | undefined {
  const text = normaliseThai(stripTags(cellHtml));
  const found = findIndicator(text);
  if (!found) return undefined;
  // "ตัวชี้วัดที่ 5: ชื่อ", "ตัวชี้วัดที่ ๕. ชื่อ", "ตัวชี้วัดที่ (๕) ชื่อ": the name starts after the mark
  const words = text
    .slice(found.end)
    .replace(/^\s*[:：.)\-–]/, '')
    .trim()
    .split(' ')
    .filter(Boolean);
  const k = nameWordCount(words, catalogIndicator(found.no).nameTh);
  const name = words.slice(0, k).join('');
  const body = words.slice(k).join(' ');
  return {
    indicator: found.no,
    title: `ตัวชี้วัดที่ ${toThaiDigits(found.no)} ${name || catalogIndicator(found.no).nameTh}`,
    subMeasures: body ? splitItems(body) : [],
    nameUnrecognised: k === 0,
    ...(found.edits > 0 ? { labelRead: found.read } : {}),
  };
}
