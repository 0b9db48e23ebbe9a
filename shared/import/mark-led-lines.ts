// Text saved out of a PDF by poppler (pdftotext; Evince's and Okular's "save as text") breaks a line
// inside a Thai word where a mark stacked over a vowel is drawn apart, and writes that mark, with a
// space, at the next line's start: "ตัวชี้วัดที่ 1" comes out as "ตัวชีว" ⏎ "้ ัดที่ 1", "ทุกสิ้นเดือน" as
// "ทุกสิน" ⏎ "้ เดือน", "ขึ้นใหม่" as "ขน" ⏎ "ึ ้ ใหม่" (review 17 s21, S21-5: every measure lost its
// indicator). A Thai line cannot begin with a combining mark (a vowel above or below, a tone mark,
// thanthakhat…) nor with a vowel written after its consonant (ะ า ำ ๅ): such a line is the end of the
// line before, joined to it where the break stands. The marks pdftotext moved (each followed by a
// space) go back into the last syllable of the line before, before its last letter ("ตัวชี้ว" +
// "ัดที่ 1"); a word merely cut before its mark ("ผู้รับผ" ⏎ "ิดชอบ") is joined as it is. One pass over
// the text; the lines after a join keep their numbers (lineOf), and one notice quotes the first join.
import { toThaiDigits } from '../domain/thai-format.js';
import type { SourceDocument, SourceNotice } from './source-document.js';

/** Characters no Thai line begins with: U+0E31, U+0E34-U+0E3A, U+0E47-U+0E4E, and ะ า ำ ๅ. */
const MARK_LED_LINE = /\n(?=[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0e30\u0e32\u0e33\u0e45])/g;
const MARK_LED = /\n[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0e30\u0e32\u0e33\u0e45]/;
/** Marks pdftotext moved out of the line before: each a combining mark and a space, at the line's start. */
const MOVED_MARKS = /(?:[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e] )+/y;
/** The last letter of a syllable the moved marks go back into: a consonant or a vowel written before one. */
const LAST_LETTER = /[\u0e01-\u0e2e\u0e40-\u0e44]/;
/** Characters of each side of the first join the notice quotes. */
const QUOTED = 30;

export interface MarkLedLinesJoined {
  /** the text with each line opening with a mark joined to the line before */
  text: string;
  /** the line of the given text a line of the joined text starts on (1-based) */
  lineOf: (line: number) => number;
  /** how many lines were joined to the line before */
  joins: number;
  /** the first join: the line it ends (of the given text), as read ("…ตัวชีว ⏎ ้ ัดที่ 1…") and as joined */
  first: { line: number; read: string; joined: string };
}

/**
 * `text` (line breaks "\n") with every line that opens with a combining mark or a following vowel
 * joined to the line before; undefined when no line does.
 */
export function markLedLinesJoined(text: string): MarkLedLinesJoined | undefined {
  if (!MARK_LED.test(text)) return undefined;
  let out = '';
  /** for each join, the line of the joined text that took it in (ascending) */
  const joinedInto: number[] = [];
  let first: MarkLedLinesJoined['first'] | undefined;
  let line = 1;
  let from = 0;
  let searched = 0;
  MARK_LED_LINE.lastIndex = 0;
  for (let m = MARK_LED_LINE.exec(text); m; m = MARK_LED_LINE.exec(text)) {
    for (let at = text.indexOf('\n', searched); at >= 0 && at < m.index; at = text.indexOf('\n', at + 1)) line++;
    searched = m.index + 1;
    const before = text.slice(from, m.index);
    MOVED_MARKS.lastIndex = m.index + 1;
    const moved = MOVED_MARKS.exec(text)?.[0];
    const last = before[before.length - 1];
    let rest = m.index + 1;
    let joined: string;
    if (moved && last !== undefined && LAST_LETTER.test(last)) {
      joined = `${before.slice(0, -1)}${moved.replaceAll(' ', '')}${last}`;
      rest += moved.length;
    } else joined = before;
    out += joined;
    if (!first) {
      const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
      const lineEnd = text.indexOf('\n', m.index + 1);
      const next = text.slice(rest, lineEnd < 0 ? text.length : lineEnd);
      first = {
        line: joinedInto.length + line,
        read: `${text.slice(Math.max(lineStart, m.index - QUOTED), m.index)} ⏎ ${text.slice(m.index + 1, rest)}${next.slice(0, QUOTED)}`,
        joined: `${joined.slice(joined.lastIndexOf('\n') + 1).slice(-QUOTED)}${next.slice(0, QUOTED)}`,
      };
    }
    joinedInto.push(line);
    from = rest;
  }
  out += text.slice(from);
  return {
    text: out,
    lineOf: (joinedLine) => joinedLine + joinsBefore(joinedInto, joinedLine),
    joins: joinedInto.length,
    first: first!,
  };
}

/** How many joins were taken in by lines before `line` (`joinedInto` ascending). */
function joinsBefore(joinedInto: readonly number[], line: number): number {
  let lo = 0;
  let hi = joinedInto.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (joinedInto[mid]! < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `doc` (read from the joined text) with its blocks' and notices' lines those of the text before
 * the joins, and a notice at the first join saying how many lines were joined.
 */
export function withSourceLines(doc: SourceDocument, joined: MarkLedLinesJoined): SourceDocument {
  const placed = <T extends { where: { line?: number } }>(item: T): T =>
    item.where.line === undefined ? item : { ...item, where: { ...item.where, line: joined.lineOf(item.where.line) } };
  const blocks = doc.blocks.map(placed);
  const { line, read, joined: as } = joined.first;
  let block = 0;
  for (let i = 0; i < blocks.length; i++) if ((blocks[i]!.where.line ?? Infinity) <= line) block = i;
  const count = joined.joins;
  const notice: SourceNotice = {
    block,
    where: { line },
    code: 'lines-joined-in-word',
    message_th: `ข้อความนี้ขึ้นบรรทัดใหม่กลางคำภาษาไทย โดยบรรทัดถัดไปขึ้นต้นด้วยสระบน สระล่าง หรือวรรณยุกต์ (เช่นข้อความที่บันทึกจาก PDF ด้วย pdftotext) ${toThaiDigits(count)} แห่ง ระบบต่อกลับเป็นบรรทัดเดียวแล้ว เช่น "${read}" อ่านเป็น "${as}" ตรวจข้อความที่นำเข้า`,
    message_en: `${count} line${count === 1 ? '' : 's'} of this text began with a Thai vowel or tone mark, a break inside a word (as in text saved from a PDF by pdftotext): each was joined to the line before, e.g. "${read}" read as "${as}"; check the imported text`,
    source: read,
  };
  return { ...doc, blocks, notices: [...(doc.notices ?? []).map(placed), notice] };
}
