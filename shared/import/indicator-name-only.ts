// An indicator named by its catalog name alone, without its number: an indicator column holding
// "การใช้ทรัพย์สินของราชการ" or "IIT การปฏิบัติหน้าที่", a heading "ตัวชี้วัด: การเปิดเผยข้อมูล"
// (review 17 s11, S11-31: such measures came without an indicator).
import { INDICATORS } from '../domain/ita-catalog.js';
import { fromThaiDigits } from '../domain/thai-format.js';
import { editDistanceWithin, matchKey } from './thai-text.js';

export interface NamedIndicator {
  no: number;
  /** the name as written (the words that spell it) */
  read: string;
  /** the words after the name */
  rest: string;
  /** the name was spelled exactly as the catalog's (spaces aside) */
  exact: boolean;
  /**
   * after the label, a number that is no indicator's ("๔๔", "๑๑") or one not in digits ("สี่",
   * "IV"): the heading as read ("ตัวชี้วัดที่ ๔๔") and the number's value when 1-10 (review 17 s12, S12-1)
   */
  numberRead?: { read: string; value?: number };
}

/** Thai number words and Roman numerals an indicator number is written as: their values. */
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  [
    ['หนึ่ง', 'I'],
    ['สอง', 'II'],
    ['สาม', 'III'],
    ['สี่', 'IV'],
    ['ห้า', 'V'],
    ['หก', 'VI'],
    ['เจ็ด', 'VII'],
    ['แปด', 'VIII'],
    ['เก้า', 'IX'],
    ['สิบ', 'X'],
  ].flatMap(([thai, roman], i) => [
    [thai!, i + 1],
    [roman!, i + 1],
  ]),
);
/** Digits only (Thai or Arabic), with a closing mark: "๔๔", "11.", "๔๔:". */
const DIGITS_WORD = /^[0-9๐-๙]+[.:：)]?$/;

/**
 * A number word after the label: NaN for digits no indicator has, the value (1-10) of a number word
 * or Roman numeral, undefined otherwise (digits 1-10 are a heading's number: findIndicator's).
 */
function numberWordValue(word: string): number | undefined {
  if (DIGITS_WORD.test(word)) {
    const value = Number(fromThaiDigits(word.replace(/[.:：)]$/, '')));
    return value >= 1 && value <= 10 ? undefined : NaN;
  }
  return NUMBER_WORDS.get(word.replace(/[.:：)]$/, '').toUpperCase());
}

/** A list number or bullet before the label ("๒. ตัวชี้วัด …"). */
const LEAD = /^\s*(?:(?:[๐-๙0-9]{1,2}\s*[.)]|[-•*])\s*)?/;
/** "ตัวชี้วัด", "ตัวชี้วัดที่", "ตัวชี้วัด:", "ตัวชี้วัดด้าน" (sticky, after the lead). */
const LABEL = /ตัวชี้วัด\s*(?:ที่)?\s*(?:ด้าน)?\s*[:：\-–]?\s*/y;
/** The assessment tool beside the name ("IIT", "(EIT)", "OIT:") and "ด้าน" before it: not the name's words. */
const TOOL_WORD = /^(?:\(?(?:IIT|EIT|OIT)\)?[:：\-–.]?|[-–]|ด้าน)$/i;
/** Words looked at for a name (the longest catalog name has 3 words; OCR may split it further). */
const MAX_NAME_WORDS = 6;
/** One word and the spaces after it (sticky). */
const WORD = /(\S+)\s*/y;

const CATALOG = INDICATORS.map((i) => ({
  no: i.no,
  th: matchKey(i.nameTh),
  en: i.nameEn.toLowerCase().replace(/\s+/g, ''),
}));

/**
 * The indicator whose catalog name (Thai, or English) the text's first words spell, by likeness
 * (at most a third of the name's letters edited, at most 4), the unique closest one; undefined when
 * none or two are as close. `labelled`: the text must start with the label "ตัวชี้วัด" (a measure
 * cell or heading row); else it is an indicator column's cell and the label is optional. Constant
 * work per text: at most MAX_NAME_WORDS prefixes, each compared within a bounded distance.
 */
export function indicatorNamedOnly(text: string, labelled: boolean): NamedIndicator | undefined {
  let at = LEAD.exec(text)![0].length;
  LABEL.lastIndex = at;
  const label = LABEL.exec(text);
  if (label) at = LABEL.lastIndex;
  else if (labelled) return undefined;
  // the first words (tool words skipped) and where each ends: no split of the whole cell
  const words: { text: string; end: number }[] = [];
  WORD.lastIndex = at;
  for (let m = WORD.exec(text); m && words.length < MAX_NAME_WORDS; m = WORD.exec(text)) {
    if (!TOOL_WORD.test(m[1]!)) words.push({ text: m[1]!, end: WORD.lastIndex });
  }
  // "ตัวชี้วัดที่ ๔๔ <name>", "ตัวชี้วัดที่ สี่ <name>": a number that is no indicator's, or in words, then the name
  const value = label && words.length > 1 ? numberWordValue(words[0]!.text) : undefined;
  const numberRead =
    value === undefined
      ? undefined
      : {
          read: text.slice(LEAD.exec(text)![0].length, words[0]!.end).trim(),
          ...(Number.isNaN(value) ? {} : { value }),
        };
  if (numberRead) words.shift();
  // a number after the label, even one that is no indicator ("ตัวชี้วัดที่ 5O"), is the heading's, not a name's
  if (words.length === 0 || /[0-9๐-๙]/.test(words[0]!.text)) return undefined;
  let best: { no: number; k: number; distance: number } | undefined;
  let tied = false;
  for (let k = 1; k <= Math.min(MAX_NAME_WORDS, words.length); k++) {
    const joined = words
      .slice(0, k)
      .map((w) => w.text)
      .join('');
    const th = matchKey(joined);
    const en = joined.toLowerCase();
    for (const c of CATALOG) {
      const thLimit = Math.min(4, Math.floor(c.th.length / 3));
      const enLimit = Math.min(4, Math.floor(c.en.length / 4));
      const thDistance = editDistanceWithin(th, c.th, thLimit);
      const enDistance = editDistanceWithin(en, c.en, enLimit);
      if (thDistance > thLimit && enDistance > enLimit) continue;
      const distance = Math.min(
        thDistance <= thLimit ? thDistance : Infinity,
        enDistance <= enLimit ? enDistance : Infinity,
      );
      if (!best || distance < best.distance) {
        best = { no: c.no, k, distance };
        tied = false;
      } else if (distance === best.distance && c.no !== best.no) tied = true;
    }
  }
  if (!best || tied) return undefined;
  const named = words.slice(0, best.k);
  // the tool after the name is not the rest ("การเปิดเผยข้อมูล (OIT)")
  const after = text.slice(named.at(-1)!.end).replace(/^(?:\(?(?:IIT|EIT|OIT)\)?[:：\-–.]?\s*)/i, '');
  return {
    no: best.no,
    read: named.map((w) => w.text).join(' '),
    rest: after.trim(),
    exact: best.distance === 0,
    ...(numberRead ? { numberRead } : {}),
  };
}
