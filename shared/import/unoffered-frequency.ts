// Frequencies the product has no cadence for (review 17 s12, S12-11): "ทุก ๔ เดือน" was read as an
// OCR slip of "ทุกเดือน" (monthly), "เดือนละ ๒ ครั้ง" and "ทุก ๒ สัปดาห์" as no cadence (annual).
// A frequency at least monthly is monthly (every month has its report); any other count the product
// has no cadence for is left for the coordinator to choose, with a warning quoting what was read.
import { toThaiDigits } from '../domain/thai-format.js';

/** A count in digits (matchKey gives Arabic ones) or in words. */
const COUNT = '([0-9]{1,3}|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|สิบสอง)';
const COUNT_WORDS: Readonly<Record<string, number>> = {
  หนึ่ง: 1,
  สอง: 2,
  สาม: 3,
  สี่: 4,
  ห้า: 5,
  หก: 6,
  เจ็ด: 7,
  แปด: 8,
  เก้า: 9,
  สิบ: 10,
  สิบสอง: 12,
};
const countOf = (text: string) => COUNT_WORDS[text] ?? Number(text);
/** เดือน and its table abbreviation ด. */
const MONTH_WORD = '(?:เดือน|ด\\.)';

/** Each pattern's first count, read as reports a year. */
const FREQUENCIES: readonly [RegExp, (n: number) => number][] = [
  // "ทุก ๔ เดือน", "รอบ ๘ เดือน", "๔ เดือน/ครั้ง"
  [new RegExp(`(?:ทุกๆ?|รอบ(?:ละ)?|ราย)${COUNT}${MONTH_WORD}|${COUNT}${MONTH_WORD}(?:ต่อ|ละ|/)?ครั้ง(?!ที่)`), (n) => 12 / n],
  // "ปีละ ๖ ครั้ง", "๓ ครั้ง/ปี"
  [new RegExp(`ปีละ${COUNT}ครั้ง|${COUNT}ครั้ง(?:ต่อ|/)ปี`), (n) => n],
  // "เดือนละ ๒ ครั้ง", "๒ ครั้ง/เดือน"
  [new RegExp(`เดือนละ${COUNT}ครั้ง|${COUNT}ครั้ง(?:ต่อ|/)เดือน`), (n) => 12 * n],
  // "ไตรมาสละ ๒ ครั้ง"
  [new RegExp(`ไตรมาสละ${COUNT}ครั้ง|${COUNT}ครั้ง(?:ต่อ|/)ไตรมาส`), (n) => 4 * n],
  // "ทุก ๒ สัปดาห์", "สัปดาห์ละ ๒ ครั้ง"
  [new RegExp(`(?:ทุกๆ?|ราย)${COUNT}(?:สัปดาห์|อาทิตย์)`), (n) => 52 / n],
  [new RegExp(`(?:สัปดาห์|อาทิตย์)ละ${COUNT}ครั้ง`), (n) => 52 * n],
  // "ทุก ๑๕ วัน"
  [new RegExp(`ทุกๆ?${COUNT}วัน(?!ที่)`), (n) => 365 / n],
  // "ทุก ๒ ปี"
  [new RegExp(`ทุกๆ?${COUNT}ปี(?!ละ)`), (n) => 1 / n],
  // "เดือนเว้นเดือน", "สัปดาห์เว้นสัปดาห์", "ปีเว้นปี": every other one (review 17 s16, S16-10)
  [new RegExp(`${MONTH_WORD}เว้น${MONTH_WORD}`), () => 6],
  [/(?:สัปดาห์|อาทิตย์)เว้น(?:สัปดาห์|อาทิตย์)/, () => 26],
  [/วันเว้นวัน/, () => 365 / 2],
  [/ปีเว้นปี/, () => 1 / 2],
];
/** Words of a frequency above monthly that need no count. */
const MORE_THAN_MONTHLY =
  /ทุกๆ?(?:สัปดาห์|อาทิตย์|ปักษ์|วัน(?!ที่))|ราย(?:สัปดาห์|ปักษ์|วัน)|(?:สัปดาห์|อาทิตย์)ละ(?:1|หนึ่ง)?ครั้ง|weekly|daily/;

/** Reports a year of the cadences a coordinator can choose (once and unspecified aside). */
const OFFERED: readonly [number, string][] = [
  [12, 'ทุกเดือน'],
  [4, 'ทุกไตรมาส'],
  [2, 'ทุก ๖ เดือน'],
  [1, 'ประจำปี'],
];

export interface UnofferedFrequency {
  /** monthly: the frequency is monthly or more often; unspecified: between the offered cadences */
  cadence: 'monthly' | 'unspecified';
  /** the words read (a match key: no spaces), Thai digits */
  read: string;
  th: string;
  en: string;
}

const thaiDigits = (text: string) => text.replace(/[0-9]/g, (d) => toThaiDigits(Number(d)));
const timesAYear = (n: number) =>
  Number.isInteger(n) ? toThaiDigits(n) : `ประมาณ ${toThaiDigits(Math.round(n * 10) / 10)}`;

/**
 * A frequency named by a count or a word that is none of the product's cadences (see the module
 * comment), or undefined when the text names none. `key` is a match key (thai-text.ts matchKey).
 */
export function unofferedFrequency(key: string): UnofferedFrequency | undefined {
  const lower = key.toLowerCase();
  for (const [pattern, perYear] of FREQUENCIES) {
    const m = pattern.exec(key);
    if (!m) continue;
    // a pattern without a count ("เดือนเว้นเดือน") names its frequency whole
    const count = m.slice(1).find((g) => g !== undefined);
    const n = count === undefined ? 1 : countOf(count);
    if (!(n > 0)) continue;
    const reports = perYear(n);
    const read = thaiDigits(m[0]);
    if (OFFERED.some(([r]) => Math.abs(r - reports) < 1e-9)) return undefined;
    if (reports >= 12) return atLeastMonthly(read);
    const more = OFFERED.filter(([r]) => r > reports).at(-1);
    const less = OFFERED.find(([r]) => r < reports);
    const near = [more && `"${more[1]}" (ถี่กว่า)`, less && `"${less[1]}" (ห่างกว่า)`].filter(Boolean).join(' หรือ ');
    return {
      cadence: 'unspecified',
      read,
      th: `มีคำว่า "${read}" คือรายงานปีละ ${timesAYear(reports)} ครั้ง ซึ่งไม่มีในรอบการรายงานของระบบ (ทุกเดือน ทุกไตรมาส ทุก ๖ เดือน เมษายนและกันยายน ประจำปี ครั้งเดียว) จึงยังไม่กำหนดรอบ กรุณาเลือกรอบการรายงาน${near ? ` เช่น ${near}` : ''} (ถ้าไม่เลือก จะถือเป็นรายงานประจำปี)`,
      en: `"${m[0]}" is ${Math.round(reports * 10) / 10} reports a year, which is none of the product's cadences: no cadence set, choose one (if none is chosen, it is treated as annual)`,
    };
  }
  const word = MORE_THAN_MONTHLY.exec(lower);
  return word ? atLeastMonthly(word[0]) : undefined;
}

function atLeastMonthly(read: string): UnofferedFrequency {
  return {
    cadence: 'monthly',
    read,
    th: `มีคำว่า "${read}" คือรายงานบ่อยกว่าหรือเท่ากับเดือนละครั้ง ซึ่งระบบไม่มีรอบที่ถี่กว่ารายเดือน (ทุกเดือนต้องมีรายงานอย่างน้อยหนึ่งครั้ง)`,
    en: `"${read}" is monthly or more often; there is no cadence more frequent than monthly (every month has a report)`,
  };
}
