// Buddhist-era years in a plan's text, found by what stands before them (พ.ศ., ปี, ปีงบประมาณ, a
// month, a date), so that copying a plan into another year moves its years and nothing else.
import { fromThaiDigits, toThaiDigits } from '../../shared/domain/thai-format.js';

const THAI_MONTHS = 'มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม';
const THAI_MONTHS_SHORT = ['ม.ค', 'ก.พ', 'มี.ค', 'เม.ย', 'พ.ค', 'มิ.ย', 'ก.ค', 'ส.ค', 'ก.ย', 'ต.ค', 'พ.ย', 'ธ.ค']
  .map((m) => `${m.replace('.', '\\.\\s?')}\\.?`)
  .join('|');
const ENGLISH_MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
/**
 * What makes the number after it a year: พ.ศ., ปี / ปีงบ / ปีงบประมาณ, FY / fiscal year, a month
 * (Thai, abbreviated or English), or the day and month of a date ("๑/๑๐/").
 */
const YEAR_CONTEXT = new RegExp(
  `(?:พ\\.?\\s?ศ\\.?|ปี(?:\\s?งบ(?:ประมาณ|ฯ)?\\.?)?|ไตรมาส(?:ที่)?\\s?[0-9๐-๙]\\s?/|\\bfy|\\bfiscal(?:\\syear)?|${THAI_MONTHS}|${THAI_MONTHS_SHORT}|\\b(?:${ENGLISH_MONTHS})\\.?|(?<![0-9๐-๙])[0-9๐-๙]{1,2}\\s?[/.-]\\s?[0-9๐-๙]{1,2}\\s?[/.-])\\s*$`,
  'i',
);
/**
 * A law's or a regulation's name, then พ.ศ.: its year is part of its name ("พ.ร.บ.ข้อมูลข่าวสารของ
 * ราชการ พ.ศ. ๒๕๔๐", "ระเบียบกระทรวงมหาดไทย … พ.ศ. ๒๕๖๐") and never moves.
 */
const LAW_NAME_BEFORE =
  /(?:พ\.\s?ร\.\s?บ\.|พ\.\s?ร\.\s?ก\.|พระราชบัญญัติ|พระราชกฤษฎีกา|พระราชกำหนด|ระเบียบ|กฎกระทรวง|รัฐธรรมนูญ|ข้อบัญญัติ|เทศบัญญัติ|ประมวลกฎหมาย)[^\n]{0,80}?พ\.?\s?ศ\.?\s*$/;
/** How far before a year a law's name is looked for. */
const LAW_WINDOW = 120;
/** A four-digit year this far before the plan's is a reference (an act, a past plan), not the plan's. */
const PAST_SPAN = 3;

/** Between two years of one range or list: "๒๕๖๖ - ๒๕๖๗", "2566 และ 2567", "66/67". */
const BETWEEN_YEARS = /^\s*(?:-|–|—|\/|,|ถึง|และ|หรือ|to|and)\s*$/i;
/** A number of two or four digits, not part of a longer number ("2,600", "12566", "2561234"). */
const CANDIDATE = /(?<![0-9๐-๙])(?<![0-9๐-๙][,.])(?:[0-9๐-๙]{4}|[0-9๐-๙]{2})(?![0-9๐-๙])(?![,.][0-9๐-๙])/g;
/** How far before a number its context is looked for (the longest context is shorter). */
const CONTEXT_WINDOW = 24;
/** A two-digit year is taken as one only this close to the plan's year (ปี 12 ครั้ง is no year). */
const TWO_DIGIT_SPAN = 10;

/** The BE year a number stands for, if it can be one: 2500-2799, or two digits near `aroundFy`. */
function beYearOf(digits: string, aroundFy: number | undefined): number | undefined {
  const value = Number(fromThaiDigits(digits));
  if (digits.length === 4) {
    if (value < 2500 || value > 2799) return undefined;
    return aroundFy !== undefined && value < aroundFy - PAST_SPAN ? undefined : value;
  }
  if (aroundFy === undefined) return 2500 + value;
  const century = aroundFy - (aroundFy % 100);
  const year = [century - 100, century, century + 100]
    .map((c) => c + value)
    .reduce((a, b) => (Math.abs(b - aroundFy) < Math.abs(a - aroundFy) ? b : a));
  return Math.abs(year - aroundFy) <= TWO_DIGIT_SPAN ? year : undefined;
}

/**
 * BE years moved by `years`, written as they were (Thai or Arabic digits, four or two digits): a
 * number is a year after พ.ศ., ปี, ปีงบประมาณ, FY, a month or a date's day and month, or after
 * another year it ranges or lists with ("ตุลาคม ๒๕๖๕ - กันยายน ๒๕๖๖", "ปี 66-67"). Two-digit
 * years count only in such a place and within TWO_DIGIT_SPAN of `aroundFy` (the plan's year);
 * amounts, phone and document numbers ("2,600 บาท", "2650 บาท") stay as they are, and so do a
 * law's year ("พ.ร.บ. … พ.ศ. ๒๕๔๐", "ระเบียบ … พ.ศ. ๒๕๖๐") and a year more than PAST_SPAN before
 * `aroundFy`. "ปีงบฯ ๖๗" and "ไตรมาส ๑/๒๕๖๗" are years.
 */
export function shiftBeYears(text: string, years: number, aroundFy?: number): string {
  let previousYearEnd = -1;
  return text.replace(CANDIDATE, (digits: string, at: number) => {
    const year = beYearOf(digits, aroundFy);
    const before = text.slice(Math.max(0, at - CONTEXT_WINDOW), at);
    const afterYear = previousYearEnd >= 0 && BETWEEN_YEARS.test(text.slice(previousYearEnd, at));
    if (year === undefined || !(afterYear || YEAR_CONTEXT.test(before))) return digits;
    if (LAW_NAME_BEFORE.test(text.slice(Math.max(0, at - LAW_WINDOW), at))) return digits;
    previousYearEnd = at + digits.length;
    const moved = digits.length === 4 ? String(year + years) : String((year + years) % 100).padStart(2, '0');
    return /[๐-๙]/.test(digits) ? toThaiDigits(moved) : moved;
  });
}
