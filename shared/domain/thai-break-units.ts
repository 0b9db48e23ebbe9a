// Where a Thai line may break: Intl.Segmenter's words with brackets, quotes and a few table words kept
// whole. One rule for writing our documents (shared/documents/thai-line-break.ts) and for reading
// wrapped lines back (shared/import/pdf-cell-paragraphs.ts).

const words = new Intl.Segmenter('th', { granularity: 'word' });

/** Opening brackets and quotes ( [ { “ ‘ «: kept with the word after them, never left at a line's end. */
const OPENING = /^[\p{Ps}\p{Pi}]+$/u;
/** Closing brackets and quotes, and marks that never start a line (, . ; : ! ? ๆ ฯ): kept with the word before. */
const CLOSING = /^[\p{Pe}\p{Pf},.;:!?ๆฯ]+$/u;
/**
 * Words of the plan's and report's tables that the segmenter splits ("ดำเนิน|การ", "หน่วย|งาน") and a
 * typist never breaks: each is one unit (break 19 s28, F9: a header read "ระยะเวลาดำเนิน" / "การ").
 */
export const WHOLE_WORDS = [
  'ดำเนินการ',
  'หน่วยงาน',
  'ผู้รับผิดชอบ',
  'ปฏิบัติงาน',
  'ข้อเสนอแนะ',
  'ตัวชี้วัด',
  'งบประมาณ',
  'ผู้บังคับบัญชา',
];
const LONGEST_WHOLE_WORD_PARTS = 4;

/**
 * The units a line may break between: Intl.Segmenter's Thai words, with the WHOLE_WORDS joined, an
 * opening bracket or quote joined to the word after it and a closing one (or , . ; : ! ? ๆ ฯ) to the
 * word before it (break 19 s28, F9: "สำนักปลัดเทศบาล (" / "หลัก)"). Joined, they are the paragraph.
 */
export function breakUnits(paragraph: string): string[] {
  const segments = Array.from(words.segment(paragraph), (s) => s.segment);
  const units: string[] = [];
  let opening = '';
  for (let at = 0; at < segments.length;) {
    let unit = segments[at]!;
    let taken = 1;
    for (let n = 2; n <= LONGEST_WHOLE_WORD_PARTS && at + n <= segments.length; n++) {
      const joined = segments.slice(at, at + n).join('');
      if (WHOLE_WORDS.includes(joined)) [unit, taken] = [joined, n];
    }
    at += taken;
    const previous = units.length - 1;
    if (OPENING.test(unit) && at < segments.length && !/^\s/.test(segments[at]!)) opening += unit;
    else if (CLOSING.test(unit) && !opening && previous >= 0 && !/\s$/.test(units[previous]!)) units[previous] += unit;
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
  let found: string | undefined;
  for (const w of WHOLE_WORDS) if (text.startsWith(w, at) && (!found || w.length > found.length)) found = w;
  return found;
}
