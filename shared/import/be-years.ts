// Buddhist-era years in a plan's text, found by what stands before them (พ.ศ., ปี, ปีงบประมาณ, a
// month, a date), so that copying a plan into another year moves its years and nothing else.
import { fromThaiDigits, toThaiDigits } from '../domain/thai-format.js';

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
 * What makes a four-digit number after it a Christian-era year of a date: a month (Thai, abbreviated
 * or English), a date's day and month ("31/03/"), or ค.ศ. / AD; never พ.ศ., ปี or FY, which are
 * BE (review 17 s12, S12-8: "ภายในวันที่ 31 มีนาคม 2024" kept 2024 while its due date moved).
 */
const CE_YEAR_CONTEXT = new RegExp(
  `(?:ค\\.?\\s?ศ\\.?|\\ba\\.?d\\.?|${THAI_MONTHS}|${THAI_MONTHS_SHORT}|\\b(?:${ENGLISH_MONTHS})\\.?,?|(?<![0-9๐-๙])[0-9๐-๙]{1,2}\\s?[/.-]\\s?[0-9๐-๙]{1,2}\\s?[/.-])\\s*$`,
  'i',
);
/**
 * After a four-digit number, what makes it the year of a date written year first ("2024-01-31",
 * "2024/1/31", "2567/01/31"): a month and a day, their separators alike (review 17 s26, S26-5 and its
 * neighbour: the importer reads "2024/01/01 - 2024/06/30" as months; only the second year moved).
 */
const MONTH_DAY_AFTER =
  /^([-/])(?:[0๐]?[1-9๑-๙]|[1๑][0-2๐-๒])\1(?:[0๐]?[1-9๑-๙]|[12๑๒][0-9๐-๙]|[3๓][01๐๑])(?![0-9๐-๙])/;
/** The Christian-era years a date may name (1900-2199); their BE year is 543 more. */
const CE_YEARS = { from: 1900, to: 2199 };
const CE_TO_BE = 543;

/**
 * A law's, a regulation's or another named document's name, then พ.ศ.: its year is part of its name
 * ("พ.ร.บ.ข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐", "ระเบียบกระทรวงมหาดไทย … พ.ศ. ๒๕๖๐", "ประมวลจริยธรรม
 * ของพนักงานเทศบาล พ.ศ. ๒๕๖๕", "ประกาศคณะกรรมการ … พ.ศ. ๒๕๖๕": review 17 s11, S11-28) and never
 * moves; not when "ประจำปี" or "ปีงบประมาณ" stands between (a yearly one: "ประกาศเจตจำนง … ประจำปี
 * งบประมาณ พ.ศ. ๒๕๖๗" is this year's).
 */
const LAW_NAME_BEFORE =
  /(?:พ\.\s?ร\.\s?บ\.|พ\.\s?ร\.\s?ก\.|พระราชบัญญัติ|พระราชกฤษฎีกา|พระราชกำหนด|ระเบียบ|กฎกระทรวง|รัฐธรรมนูญ|ข้อบัญญัติ|เทศบัญญัติ|ประมวล|ประกาศ(?!\s?ณ)|มาตรฐาน|คำสั่ง|หนังสือ)(?:(?!ประจำปี|ปีงบ)[^\n]){0,80}?พ\.?\s?ศ\.?\s*$/;
/**
 * "ลงวันที่ ๑๕ มีนาคม ๒๕๖๗", "ลว. ๑ ต.ค. ๖๖": the date of a cited letter or order; "มติ ครม. ๒๕ ก.ย.
 * ๒๕๖๖", "มติที่ประชุมสภาเทศบาล สมัยที่ ๔ วันที่ ๑๕ ส.ค. พ.ศ. ๒๕๖๗", "เมื่อวันที่ ๓ พ.ย. ๒๕๖๖": a past
 * decision's or event's (review 17 s19, S19-9). These never move; a date the plan sets ("มติ ครม. ให้รายงานภายใน ๓๑ มี.ค.") does.
 */
const DATED_BEFORE = new RegExp(
  '(?:ลงวันที่|ลว\\.|เมื่อวันที่|มติ(?:(?!ภายใน|ให้|ก่อน|ตั้งแต่|ถึง|ทุก|ปีงบ|ประจำปี)[^\\n]){0,60}?วันที่|' +
    'มติ\\s*(?:ครม\\.?|(?:(?!ภายใน|ให้|ก่อน|ตั้งแต่|ถึง|ทุก|ปีงบ|ประจำปี)[^\\s0-9๐-๙]){1,30})?)' +
    '\\s*[0-9๐-๙]{1,2}\\s*[^\\s0-9๐-๙]{1,12}\\.?\\s*(?:พ\\.?\\s?ศ\\.?\\s*)?$',
);
/** A range of years this wide or wider is a multi-year plan's period ("พ.ศ. ๒๕๖๖ - ๒๕๗๐"): it stays. */
const MULTI_YEAR_SPAN = 2;
/** How far before a year a law's name is looked for. */
const LAW_WINDOW = 120;
/** A four-digit year this far before the plan's is a reference (an act, a past plan), not the plan's. */
const PAST_SPAN = 3;

/** Between two years of one range or list: "๒๕๖๖ - ๒๕๖๗", "2566 และ 2567", "66/67". */
const BETWEEN_YEARS = /^\s*(?:-|–|—|\/|,|ถึง|และ|หรือ|to|and)\s*$/i;
/** A number of two or four digits, not part of a longer number ("2,600", "12566", "2561234"). */
const CANDIDATE = /(?<![0-9๐-๙])(?<![0-9๐-๙][,.])(?:[0-9๐-๙]{4}|[0-9๐-๙]{2})(?![0-9๐-๙])(?![,.][0-9๐-๙])/g;
/**
 * A counting word after a two-digit number, or after a number listed after a year, makes it a count,
 * not a year ("ปี 2567, 68 ราย", "ปีงบ ๒๕๖๗ และ ๖๗ โครงการ": review 17 s18, S18-7): people, times,
 * projects, things, places, money, time spans, shares; not a longer word it begins (รายงาน, วันที่).
 */
const COUNT_WORD_AFTER =
  /^\s?(?:ราย(?!งาน|การ|ละเอียด|ชื่อ|ได้)|คน|ครั้ง|โครงการ|กิจกรรม|เรื่อง|แห่ง|หน่วยงาน|ฉบับ|ชิ้น|ตำแหน่ง|หมู่บ้าน|ชุมชน|บาท|วัน(?!ที่)|สัปดาห์|ชั่วโมง|นาที|คะแนน|เปอร์เซ็นต์|%|ท่าน|องค์กร|ช่องทาง)/;
/** How far after a number a counting word is looked for. */
const COUNT_WINDOW = 16;
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
 * The BE year of a four-digit Christian-era year in a date's place (`inDate`: after a month, a day and
 * month, ค.ศ.), unless it is more than PAST_SPAN before `aroundFy` (a reference).
 */
function ceYearOf(digits: string, aroundFy: number | undefined, inDate: boolean | undefined): number | undefined {
  if (!inDate || digits.length !== 4) return undefined;
  const value = Number(fromThaiDigits(digits));
  if (value < CE_YEARS.from || value > CE_YEARS.to) return undefined;
  const year = value + CE_TO_BE;
  return aroundFy !== undefined && year < aroundFy - PAST_SPAN ? undefined : year;
}

/**
 * BE years moved by `years`, written as they were (Thai or Arabic digits, four or two digits): a
 * number is a year after พ.ศ., ปี, ปีงบประมาณ, FY, a month or a date's day and month, or after
 * another year it ranges or lists with ("ตุลาคม ๒๕๖๕ - กันยายน ๒๕๖๖", "ปี 66-67"). Two-digit
 * years count only in such a place and within TWO_DIGIT_SPAN of `aroundFy` (the plan's year);
 * amounts, phone and document numbers ("2,600 บาท", "2650 บาท") stay as they are, and so do a
 * law's year ("พ.ร.บ. … พ.ศ. ๒๕๔๐", "ระเบียบ … พ.ศ. ๒๕๖๐") and a year more than PAST_SPAN before
 * `aroundFy`. "ปีงบฯ ๖๗" and "ไตรมาส ๑/๒๕๖๗" are years. A Christian-era year in a date ("31 มีนาคม
 * 2024", "31/03/2024", "2024-03-31", "ค.ศ. 2024") moves by as many years, as written.
 */
export function shiftBeYears(text: string, years: number, aroundFy?: number): string {
  return movedBeYears(text, years, aroundFy).text;
}

/** shiftBeYears, with the years moved (as written, before and after), in order. Linear in the text. */
export function movedBeYears(
  text: string,
  years: number,
  aroundFy?: number,
): { text: string; moves: { from: string; to: string }[] } {
  /** `year` is BE; `ce`: written as a Christian-era year (moved as written) */
  const found: { at: number; digits: string; year: number; stays: boolean; ce: boolean }[] = [];
  let previousYearEnd = -1;
  for (const m of text.matchAll(CANDIDATE)) {
    const digits = m[0];
    const at = m.index;
    const before = text.slice(Math.max(0, at - CONTEXT_WINDOW), at);
    const afterYear = previousYearEnd >= 0 && BETWEEN_YEARS.test(text.slice(previousYearEnd, at));
    const yearFirst = digits.length === 4 && MONTH_DAY_AFTER.test(text.slice(at + 4, at + 11));
    const ce = ceYearOf(digits, aroundFy, (afterYear && found.at(-1)?.ce) || yearFirst || CE_YEAR_CONTEXT.test(before));
    const year = ce ?? beYearOf(digits, aroundFy);
    if (year === undefined || !(afterYear || yearFirst || ce !== undefined || YEAR_CONTEXT.test(before))) continue;
    const countable = afterYear || digits.length === 2;
    if (countable && COUNT_WORD_AFTER.test(text.slice(at + digits.length, at + digits.length + COUNT_WINDOW))) continue;
    previousYearEnd = at + digits.length;
    const cited = text.slice(Math.max(0, at - LAW_WINDOW), at);
    const named = LAW_NAME_BEFORE.test(cited) || DATED_BEFORE.test(cited);
    const first = afterYear ? found.at(-1) : undefined;
    if (first && year - first.year >= MULTI_YEAR_SPAN) first.stays = true;
    // the second year of a range moves or stays with the first; a multi-year period stays whole
    const stays = first ? first.stays : named;
    found.push({ at, digits, year, stays, ce: ce !== undefined });
  }
  const moves: { from: string; to: string }[] = [];
  const parts: string[] = [];
  let end = 0;
  for (const f of found) {
    if (f.stays) continue;
    const shifted = f.ce
      ? String(f.year - CE_TO_BE + years)
      : f.digits.length === 4
        ? String(f.year + years)
        : String((f.year + years) % 100).padStart(2, '0');
    const written = /[๐-๙]/.test(f.digits) ? toThaiDigits(shifted) : shifted;
    parts.push(text.slice(end, f.at), written);
    end = f.at + f.digits.length;
    moves.push({ from: f.digits, to: written });
  }
  parts.push(text.slice(end));
  return { text: parts.join(''), moves };
}
