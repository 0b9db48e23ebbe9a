// The follow-ups of a results report's follow-up cell read as one text (a PDF, a cell whose lines
// were joined): the product's annual report prints under each follow-up its period lines
// ("ไตรมาสที่ ๑ ปีงบประมาณ ๒๕๖๙: ส่งแล้ว ๑/๕ …") and the units' summaries ("- กองคลัง: ๑. … ๒. …"),
// whose own numbering is no follow-up (review 17 s11, S11-15). periodLines in
// shared/documents/annual-report-model.ts writes them; period-labels.ts names the periods.
import { fromThaiDigits, THAI_MONTHS } from '../domain/thai-format.js';

const MONTHS: readonly string[] = THAI_MONTHS;
const YEAR = '\\s?([๐-๙0-9]{4})';
/** NO_PERIODS_LINE (annual-report-model.ts) as a PDF's joined lines may space it. */
export const NO_PERIODS = 'ไม่มี\\s?รอบ\\s?ที่\\s?ต้อง\\s?รายงาน\\s?ใน\\s?ปี\\s?นี้';
/**
 * A period line's head, up to "ส่งแล้ว", or the line of a follow-up that owes none (bounded
 * repetition only: linear in the text).
 */
const HEAD = new RegExp(
  `(?:(?:(${MONTHS.join('|')})${YEAR}|ไตรมาสที่\\s?([๐-๙0-9])\\s?ปีงบประมาณ${YEAR}` +
    `|ครึ่งปี(แรก|หลัง)\\s?ปีงบประมาณ${YEAR}\\s?\\([^)]{0,20}\\)|(ประจำ|ครั้งเดียว\\s?)ปีงบประมาณ${YEAR})\\s?:\\s?ส่ง\\s?แล้ว` +
    `|(${NO_PERIODS}))`,
  'g',
);
/** The most period lines looked at in one cell (a plan has at most 100 follow-ups of 12 periods). */
const MAX_HEADS = 1200;

/** The kind of a period and its place in the year: a follow-up's periods come in rising order. */
function periodOf(m: RegExpExecArray): { kind: string; rank: number } {
  if (m[1] !== undefined) return { kind: 'month', rank: Number(fromThaiDigits(m[2]!)) * 12 + MONTHS.indexOf(m[1]) };
  if (m[3] !== undefined) return { kind: 'quarter', rank: Number(fromThaiDigits(m[3])) };
  if (m[5] !== undefined) return { kind: 'half', rank: m[5] === 'แรก' ? 1 : 2 };
  // a follow-up owing no period: one line, so the next head always starts another follow-up
  if (m[9] !== undefined) return { kind: 'none', rank: 0 };
  return { kind: m[7]!.startsWith('ประจำ') ? 'year' : 'once', rank: 1 };
}

const thaiNumber = (n: number) => String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
const LEADING_NUMBER = /^\s*[0-9๐-๙]{1,3}\s?[.)]\s*/;

/**
 * Where the "n. " item marker of `text` starts, if any: the last of the product's own form (Thai
 * digits and a dot, numberedItem), else the last of another ("2.", "๒)"), outside brackets either way;
 * a number in brackets ("(ฉบับที่ 2)", "(ข้อ ๔. วรรคสอง)") is the follow-up's own words (S25-12),
 * taken only when there is no other. Brackets are counted from the text's start (a summary the
 * report clipped, "…", closes them); one pass.
 */
function lastMarker(text: string, n: number): number | undefined {
  const marker = new RegExp(`(?:^|\\s)(?:${n}|${thaiNumber(n)})\\s?[.)]\\s`, 'g');
  const own = `${thaiNumber(n)}.`;
  const last: (number | undefined)[] = [undefined, undefined, undefined];
  let depth = 0;
  let counted = 0;
  for (const m of text.matchAll(marker)) {
    for (; counted < m.index; counted++) {
      const c = text[counted];
      if (c === '(') depth++;
      else if (c === ')') depth = Math.max(0, depth - 1);
      else if (c === '…') depth = 0;
    }
    const at = m.index + (m[0].length - m[0].trimStart().length);
    last[depth > 0 ? 2 : text.startsWith(own, at) ? 0 : 1] = at;
  }
  return last[0] ?? last[1] ?? last[2];
}

/**
 * The follow-up texts of a results report's cell read as one text, without what the report printed
 * under each; undefined when the text has no period line (then it is no report's cell). A new
 * follow-up starts where the periods start again (a period of another kind, or not after the one
 * before), its text from its number ("๒. …", the last such marker before its first period line).
 */
export function reportedFollowUpItems(text: string): string[] | undefined {
  const heads: RegExpExecArray[] = [];
  for (const m of text.matchAll(HEAD)) if (heads.push(m) >= MAX_HEADS) break;
  if (heads.length === 0 || heads[0]!.index === 0) return undefined;
  const items = [text.slice(0, heads[0]!.index)];
  let previous = periodOf(heads[0]!);
  for (let h = 1; h < heads.length; h++) {
    const current = periodOf(heads[h]!);
    const goesOn = current.kind === previous.kind && current.rank > previous.rank;
    previous = current;
    if (goesOn) continue;
    const from = heads[h - 1]!.index + heads[h - 1]![0].length;
    const between = text.slice(from, heads[h]!.index);
    const at = lastMarker(between, items.length + 1);
    items.push(at === undefined ? between : between.slice(at));
  }
  return items.map((item) => item.replace(LEADING_NUMBER, '').trim()).filter(Boolean);
}
