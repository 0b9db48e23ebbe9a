// Where a Thai line may break: Intl.Segmenter's words with brackets, quotes and a few table words kept
// whole. One rule for writing our documents (shared/documents/thai-line-break.ts) and for reading
// wrapped lines back (shared/import/pdf-cell-paragraphs.ts).

import { THAI_MONTHS, THAI_SHORT_MONTHS } from './thai-format.js';

const words = new Intl.Segmenter('th', { granularity: 'word' });

/** Opening brackets and quotes ( [ { “ ‘ «: kept with the word after them, never left at a line's end. */
const OPENING = /^[\p{Ps}\p{Pi}]+$/u;
/** Closing brackets and quotes, and marks that never start a line (, . ; : ! ? ๆ ฯ … /): kept with the word before. */
const CLOSING = /^[\p{Pe}\p{Pf},.;:!?ๆฯ…/]+$/u;
/**
 * Words of the plan's and report's tables that the segmenter splits ("ดำเนิน|การ", "หน่วย|งาน") and a
 * typist never breaks: each is one unit (break 19 s28, F9: a header read "ระยะเวลาดำเนิน" / "การ").
 */
export const WHOLE_WORDS = [
  'ดำเนินการ',
  // tester s43 re-check: "มาตร" / "การเดิมๆ", "(ปิดการใช้" / "งานแล้ว)"
  'มาตรการ',
  'ปิดการใช้งานแล้ว',
  'หน่วยงาน',
  'ผู้รับผิดชอบ',
  'ปฏิบัติงาน',
  'ข้อเสนอแนะ',
  'ตัวชี้วัด',
  'งบประมาณ',
  'ผู้บังคับบัญชา',
  // months, full and abbreviated, and the eras: the segmenter cuts "ตุ|ลา|คมพ.ศ", "กัน|ยาย|นพ.ศ"
  // (tester s43 F3); "พ.ศ." is a unit of its own
  ...THAI_MONTHS,
  ...THAI_SHORT_MONTHS,
  'พ.ศ.',
  'ค.ศ.',
  // loanwords and words of municipal reports that the segmenter cuts mid-syllable ("เฟ|ซบุ๊ก", "ร้อย|ละ")
  'ร้อยละ',
  'เฟซบุ๊ก',
  'เฟสบุ๊ก',
  'เฟซบุ๊ค',
  'เฟสบุ๊ค',
  'ไลน์',
  'ออฟฟิเชียล',
  'ออฟฟิศเชียล',
  'เว็บไซต์',
  'เว็บไซด์',
  'ยูทูบ',
  'ยูทูป',
  'อีเมล',
  'อีเมล์',
  'ออนไลน์',
  'ออฟไลน์',
  'อินเทอร์เน็ต',
  'อินเตอร์เน็ต',
  'แอปพลิเคชัน',
  'แอพพลิเคชั่น',
  'แอปพลิเคชั่น',
  'ดิจิทัล',
  'ดิจิตอล',
  'คิวอาร์โค้ด',
  'แพลตฟอร์ม',
  'อิเล็กทรอนิกส์',
  'คอมพิวเตอร์',
  'ไตรมาส',
  'โซเชียลมีเดีย',
  'โซเชียล',
  'มีเดีย',
  'ทวิตเตอร์',
  'อินสตาแกรม',
  'ติ๊กต็อก',
  'กูเกิล',
  'สติกเกอร์',
  // the results report's own status phrases, one unit so no word of them is left alone on a line
  // (tester s43 F11: "ยังไม่มีหน่วยงาน" / "ส่ง")
  'ยังไม่มีหน่วยงานส่ง',
  'ไม่มีรอบที่ต้องรายงานในปีนี้',
  'ยังไม่ถึงกำหนด',
];

/** The WHOLE_WORDS by their first character, longest first. */
const WHOLE_BY_FIRST = new Map<string, string[]>();
for (const w of [...WHOLE_WORDS].sort((a, b) => b.length - a.length)) {
  const list = WHOLE_BY_FIRST.get(w[0]!) ?? [];
  list.push(w);
  WHOLE_BY_FIRST.set(w[0]!, list);
}
/** Thai vowels and marks that follow their consonant: a word never ends before one. */
// eslint-disable-next-line no-misleading-character-class -- code points, combining marks among them, each on its own
const FOLLOWING_MARK = /[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]/u;
/** Thai vowels written before their consonant: a word never starts after one. */
const LEADING_VOWEL = /[\u0e40-\u0e44]/u;
/**
 * A final consonant alone (with a tone, or silent letters under ์): no syllable of its own, as "ม" of
 * "สตรี|ม", "นต์" of "ปริ้|นต์", "สต์" of "แค|สต์".
 */
const LONE_CONSONANT = /^[\u0e01-\u0e2e][\u0e48-\u0e4b]?(?:[\u0e01-\u0e2e]{0,2}\u0e4c)?$/u;
/** Thai letters (not digits, not ฯ ๆ): the end of a Thai word. */
const THAI_LETTER_END = /[\u0e01-\u0e2e\u0e30-\u0e4e]$/u;
/** A number followed by Thai letters in one segment ("๒๕๖๕ถึง"): a break may fall between them. */
const NUMBER_THEN_THAI = /^([\p{Nd}]+)([\u0e01-\u0e2e\u0e40-\u0e44].*)$/u;

/**
 * The paragraph cut at Intl.Segmenter's word boundaries, then: each WHOLE_WORDS word found in the
 * text (the longest at each place, whatever the segmenter made of it: "ตุ|ลา|คมพ.ศ" holds ตุลาคม and
 * พ.ศ.) one piece, its edges boundaries; a lone final consonant joined to the piece before it
 * ("ทวิ|ต|เตอร์"), a piece ending in ็ to the one after it ("ต็|อก"); a number and the Thai word glued after it two pieces ("๒๕๖๕|ถึง").
 */
function pieces(paragraph: string): string[] {
  const cuts = new Set<number>();
  let offset = 0;
  for (const { segment } of words.segment(paragraph)) {
    const split = NUMBER_THEN_THAI.exec(segment);
    if (split) cuts.add(offset + split[1]!.length);
    cuts.add((offset += segment.length));
  }
  for (let at = 0; at < paragraph.length;) {
    const whole = wholeWordAt(paragraph, at);
    const end = at + (whole?.length ?? 0);
    if (!whole || LEADING_VOWEL.test(paragraph[at - 1] ?? '') || FOLLOWING_MARK.test(paragraph[end] ?? '')) {
      at++;
      continue;
    }
    for (let i = at + 1; i < end; i++) cuts.delete(i);
    cuts.add(at).add(end);
    at = end;
  }
  const ends = [...cuts].filter((c) => c > 0).sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  let joinNext = false;
  for (const end of ends) {
    const piece = paragraph.slice(from, end);
    from = end;
    const last = out.length - 1;
    if (last >= 0 && (joinNext || (LONE_CONSONANT.test(piece) && piece !== 'ณ' && THAI_LETTER_END.test(out[last]!))))
      out[last] += piece;
    else out.push(piece);
    // a syllable cut after its mai taikhu ("ต็|อก") goes on in the next piece
    joinNext = piece.endsWith('\u0e47');
  }
  return out;
}

/**
 * The units a line may break between: Intl.Segmenter's Thai words, with the WHOLE_WORDS kept whole
 * and no lone final consonant (pieces, above), an opening bracket or quote joined to the word after
 * it and a closing one (or , . ; : ! ? ๆ ฯ … /) to the word before it (break 19 s28, F9: "สำนักปลัด
 * เทศบาล (" / "หลัก)"), so a link breaks only after a "/" ("https://" one unit; tester s43 F4), and a
 * date or fraction of digits and "/" one unit. Joined, they are the paragraph.
 */
export function breakUnits(paragraph: string): string[] {
  const segments = pieces(paragraph);
  const units: string[] = [];
  let opening = '';
  for (let at = 0; at < segments.length;) {
    const unit = segments[at++]!;
    const previous = units.length - 1;
    if (OPENING.test(unit) && at < segments.length && !/^\s/.test(segments[at]!)) opening += unit;
    else if (CLOSING.test(unit) && !opening && previous >= 0 && !/\s$/.test(units[previous]!)) units[previous] += unit;
    // a date or a fraction ("31/12/2565", "1/๒๕๖๖") is never broken: a number after "digit/" joins it
    else if (!opening && previous >= 0 && /\p{Nd}\/$/u.test(units[previous]!) && /^\p{Nd}/u.test(unit))
      units[previous] += unit;
    // "วัน ๆ": the repeat mark goes with its word, the space between them too
    else if (/^[ๆฯ]/.test(unit) && !opening && previous >= 1 && /^[ \t]+$/.test(units[previous]!))
      units[previous - 1] += units.pop()! + unit;
    else {
      units.push(opening + unit);
      opening = '';
    }
  }
  if (opening) units.push(opening);
  return units;
}

/** The WHOLE_WORDS word `text` has at `at` (the longest), or undefined: no segmenter call. */
export function wholeWordAt(text: string, at = 0): string | undefined {
  return WHOLE_BY_FIRST.get(text[at] ?? '')?.find((w) => text.startsWith(w, at));
}
