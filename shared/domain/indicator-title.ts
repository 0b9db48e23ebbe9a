// What a measure title's leading "ตัวชี้วัดที่ N" means, for the page, the documents and the
// importer alike: it is the heading of the measure's indicator, not free text. A title whose heading
// names another indicator is written for the measure's own one ("ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของ
// ทางราชการ" of indicator 6 -> "ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน"), so a changed indicator is
// never published, shown or read back as the old one (review 17 s11, S11-40).
import { INDICATORS } from './ita-catalog.js';
import { toThaiDigits } from './thai-format.js';
import { readHeadingTail } from '../import/indicator-heading-tail.js';
import { editDistanceWithin, matchKey } from '../import/thai-text.js';

/** "ตัวชี้วัดที่ ๔" or "ตัวชี้วัดที่ 4" at a title's start. */
const LEADING_HEADING = /^\s*ตัวชี้วัดที่\s*([0-9๐-๙]{1,2})(?![0-9๐-๙])/;
const newName = (no: number) => INDICATORS.find((i) => i.no === no)?.nameTh ?? '';

const valueOf = (digits: string) =>
  Number([...digits].map((d) => (d >= '๐' && d <= '๙' ? String(d.charCodeAt(0) - 0x0e50) : d)).join(''));

/** The indicator number a title's leading heading names, if it starts with one. */
export function headingNumberOf(title: string): number | undefined {
  const m = LEADING_HEADING.exec(title);
  return m ? valueOf(m[1]!) : undefined;
}

/** The first few words of a text (marks such as ":" or "." aside), where they start and where each ends. */
function leadingWords(text: string): { words: string[]; start: number; ends: number[] } {
  const words: string[] = [];
  const ends: number[] = [];
  let start = 0;
  for (const m of text.matchAll(/[^\s:：.\-–]+/g)) {
    if (words.length === 0) start = m.index;
    words.push(m[0]);
    ends.push(m.index + m[0].length);
    if (words.length === 6) break;
  }
  return { words, start, ends };
}

/** How many of `words` spell indicator `no`'s catalog name (OCR and wording slips allowed), 0 if none. */
function catalogNameWords(words: readonly string[], no: number): number {
  const name = INDICATORS.find((i) => i.no === no)?.nameTh;
  if (!name) return 0;
  const target = matchKey(name);
  const limit = Math.max(3, Math.floor(target.length * 0.35));
  let best = { k: 0, distance: limit + 1 };
  for (let k = 1; k <= words.length; k++) {
    const distance = editDistanceWithin(matchKey(words.slice(0, k).join('')), target, limit);
    if (distance < best.distance) best = { k, distance };
  }
  return best.k;
}

/**
 * `title` written for `indicator`: a leading heading of another indicator gets this one's number,
 * and the catalog name of the indicator (or one of those) it named, after it, becomes this one's; a heading that named several
 * indicators ("ตัวชี้วัดที่ ๔-๖ …", a copy made for 5) names this one alone. A title without a
 * heading, or whose heading is already this indicator's, and a measure without an indicator (null),
 * keep the title as it is.
 */
export function titleForIndicator(title: string, indicator: number | null): string {
  const heading = LEADING_HEADING.exec(title);
  if (!heading || indicator === null) return title;
  const old = valueOf(heading[1]!);
  if (old === indicator) return title;
  const tail = readHeadingTail(title, heading[0].length, old);
  const several = tail.more.length > 0;
  const after = title.slice(tail.end);
  const { words, start, ends } = leadingWords(after);
  // the name after a heading of several indicators may be any one's ("ตัวชี้วัดที่ ๙-๑๐ การป้องกันการทุจริต")
  let k = 0;
  for (const no of [old, ...tail.more]) if ((k = catalogNameWords(words, no)) > 0) break;
  const rest = k > 0 ? `${after.slice(0, start)}${newName(indicator)}${after.slice(ends[k - 1])}` : after;
  return `ตัวชี้วัดที่ ${toThaiDigits(indicator)}${several ? '' : tail.between}${rest}`;
}
