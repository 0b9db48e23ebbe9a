// What stands after "ตัวชี้วัดที่ N" before the indicator's name: a digit split off by OCR
// ("๑ ๐" for ๑๐), more indicators ("๔-๕", "๔ และ ๕"), a sub-number or a bracket ("๔/๑", "๙.๑",
// "(ข้อ ๔.๑)"); and the indicator a number may have been misread for (๑/๗, ๘/๙).

/** The value of a run of Thai or Arabic digits. */
const valueOf = (digits: string) =>
  [...digits].reduce((v, d) => v * 10 + (d >= '๐' && d <= '๙' ? d.charCodeAt(0) - 0x0e50 : Number(d)), 0);

/** "๑ ๐": a lone zero just after a one (sticky, read at the number's end). */
const SPLIT_ZERO = /[ \u00a0]{1,2}[0๐](?![0-9๐-๙A-Za-z])/y;

/** The number 10 read as "๑ ๐" (a digit split off by a space): where the read ends, else undefined. */
export function splitTen(text: string, no: number, end: number): number | undefined {
  if (no !== 1) return undefined;
  SPLIT_ZERO.lastIndex = end;
  return SPLIT_ZERO.test(text) ? SPLIT_ZERO.lastIndex : undefined;
}

/**
 * One more indicator after a joining word: "-๕", " และ ๕", ", ๕", " หรือ ตัวชี้วัดที่ ๕", " ถึง ๖",
 * "/๕" (sticky). Not a list item ("๕." / "๕)" then a space) and not a sub-number ("๔-๑" is read as
 * a range, "๔/๕" as two indicators, only when the second number is the larger; "๔/๕.๑" is none).
 */
const MORE =
  /\s*(?:([-–~]|ถึง|\/)|,|、|และ|หรือ|\+|&)\s*(?:(?:ตัวชี้วัด|ตวช\.?)\s*(?:ที่\s*)?)?([0-9๐-๙]{1,2})(?![0-9๐-๙])(?![.)](?:\s|$))(?![./][0-9๐-๙])/y;
/** "๔-๑": a dash then a number that is no range (sticky). */
const DASHED = /[-–][0-9๐-๙]{1,2}(?![0-9๐-๙])(?![.)](?:\s|$))/y;
/** A sub-number glued to the number: "/๑", ".๑", ".๑.๒" (sticky). */
const SUB_NUMBER = /[./][0-9๐-๙]{1,2}(?:[./][0-9๐-๙]{1,2})*(?![0-9๐-๙])/y;
/** A bracket with a number or "ต่อ" in it: "(ข้อ ๔.๑)", "(o๑-o๓)", "(ต่อ)" (sticky). */
const BRACKET = /\s*\((?=[^()]{0,40}(?:[0-9๐-๙]|ต่อ))[^()]{1,40}\)/y;

export interface HeadingTail {
  /** the other indicators the heading names, in order ("๔-๖": [5, 6]) */
  more: number[];
  /** what stands between the number and the name as written ("-๕", " และ ๕", "/๑", " (ข้อ ๔.๑)") */
  between: string;
  /** where the name starts */
  end: number;
}

/** The extras after the heading's number `no`, read from `from` (at most a few; linear). */
export function readHeadingTail(text: string, from: number, no: number): HeadingTail {
  const more: number[] = [];
  let end = from;
  for (let step = 0; step < 12; step++) {
    MORE.lastIndex = end;
    const m = MORE.exec(text);
    const value = m ? valueOf(m[2]!) : 0;
    const last = more.at(-1) ?? no;
    // "๔-๑", "๔/๑": a dash or slash then a smaller number is a sub-number (read below), not more
    // indicators; "๔/๕" names 4 and 5 (review 17 s11, S11-39)
    if (m && value >= 1 && value <= 10 && (m[1] === undefined || value > last)) {
      const values = m[1] !== undefined && m[1] !== '/' ? range(last + 1, value) : [value];
      for (const v of values) if (v !== no && !more.includes(v)) more.push(v);
      end = MORE.lastIndex;
      continue;
    }
    // a sub-number, a bracket or a dashed part between the number and the name is passed over
    const passed = [SUB_NUMBER, BRACKET, DASHED].find((part) => {
      part.lastIndex = end;
      return part.test(text);
    });
    if (!passed) break;
    end = passed.lastIndex;
  }
  return { more, between: text.slice(from, end).replace(/\s+/g, ' ').trimEnd(), end };
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Digits OCR reads as one another (Thai ๑/๗ and ๘/๙, and the same pairs written 1/7, 8/9). */
const MISREAD_DIGIT: Readonly<Record<number, number>> = { 1: 7, 7: 1, 8: 9, 9: 8 };

/** The indicator a one-digit number may have been misread for, if any. */
export const misreadFor = (no: number): number | undefined => MISREAD_DIGIT[no];
