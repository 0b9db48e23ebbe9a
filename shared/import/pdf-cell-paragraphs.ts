// The paragraphs of a PDF cell from its wrapped lines (review 17 s14, S14-7). A PDF keeps no
// paragraphs: a Word cell's items on separate lines without numbers ("เสนอผู้บริหารเดือนเมษายนและ
// กันยายน" / "สรุปผลประจำปี") come out as lines like any wrapped text. Two signs part them again:
// - room: a line ends so far short of the cell's right edge that the next line's first word would
//   have fitted on it: the line did not wrap, its paragraph ended;
// - cadences: lines that read as one item naming two reporting cadences split at the line end
//   where each part names one of its own (a follow-up duty is never hidden in another's text).
// Lines a wrap made (the next word did not fit) stay one paragraph.
import { wholeWordAt } from '../domain/thai-break-units.js';
import { detectCadences } from './cadence-detection.js';
import { joinCellLines } from './pdf-text-lines.js';
import { paragraphsCell } from './source-document.js';
import { normaliseThai, startsListItem } from './thai-text.js';

/** One line of a cell: its text and where it starts and ends (points). */
export interface CellLine {
  text: string;
  x: number;
  right: number;
  /** type size, points */
  size: number;
}

/** Where a cell's text may run: from its left padding to its right one (points). */
export interface CellRoom {
  left: number;
  right: number;
}

/** A line ends a paragraph when its room left beats the next word's width by this many type sizes. */
const ROOM_TOLERANCE = 1;
/** A line this near (points) the cell's left and right padding alike is centred. */
const CENTRED = 2;
/** Past this many lines a paragraph is not searched for a cadence split (a cell has a few). */
const MAX_SPLIT_LINES = 40;

/**
 * A line ending with a tick ("รายไตรมาส ✓"): a form's chosen option, ticked after it, ends its
 * paragraph (the tick glyph is wide: the room rule may not see it; review 17 s18, S18-4).
 */
const TICKED_AFTER = /\S\s*[✓✔√]\s*$/;

/** A line with a tick glyph before or after its text ("✔ รายเดือน", "รายไตรมาส ✓"). */
const TICKED = /^\s*[✓✔√]\s*\S|\S\s*[✓✔√]\s*$/;

/**
 * A form's cadence options one per line, the chosen ticked before or after ("รายเดือน" / "รายไตรมาส ✓"
 * / "รอบ ๖ เดือน"): every line names one cadence, some ticked, some bare. Each line is a paragraph
 * (a bulleted list's lines would be joined; S18-4).
 */
function cadenceOptions(lines: readonly CellLine[]): boolean {
  if (lines.length < 2 || lines.length > MAX_SPLIT_LINES) return false;
  const ticked = lines.filter((l) => TICKED.test(l.text)).length;
  return ticked > 0 && ticked < lines.length && lines.every((l) => cadencesOf(l.text).length === 1);
}

/** Thai marks drawn above or below a letter: no width of their own. */
const MARK = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g;
const spacingLetters = (text: string) => [...text.replace(MARK, '')].length;

const WORDS = new Intl.Segmenter('th', { granularity: 'word' });

/** A text without its first word (the next word on). */
function withoutFirstWord(text: string): string {
  const trimmed = text.trimStart();
  for (const s of WORDS.segment(trimmed)) if (s.isWordLike) return trimmed.slice(s.index + s.segment.length);
  return '';
}

/** The width (points) of a line's first word, from the line's width shared among its letters. */
function firstWordWidth(line: CellLine): number {
  const head = line.text.trimStart().slice(0, 40);
  let word = '';
  for (const s of WORDS.segment(head)) {
    if (!s.segment.trim()) break;
    word += s.segment;
    // a word and the punctuation glued to it ("ปี)", "ข้อมูล,") wrap together
    if (s.isWordLike) {
      const rest = head.slice(word.length);
      const glued = /^[^\s\p{L}\p{N}\u0E00-\u0E7F]+/u.exec(rest)?.[0] ?? '';
      word += glued;
      break;
    }
  }
  // a word a typist (and our documents) never break, such as ตัวชี้วัด, wraps whole (break 19 s28, F9)
  const from = head.search(/[\p{L}\p{N}]/u);
  const whole = from < 0 ? undefined : wholeWordAt(head, from);
  if (whole && from + whole.length > word.length) word = head.slice(0, from + whole.length);
  const letters = spacingLetters(line.text.trim());
  return letters === 0 ? 0 : ((line.right - line.x) * spacingLetters(word)) / letters;
}

/** The room (points) a line leaves on its right (left-aligned), or on both sides (centred). */
function roomLeft(line: CellLine, room: CellRoom): number {
  const centre = (room.left + room.right) / 2;
  const centred =
    line.x > room.left + CENTRED && Math.abs((line.x + line.right) / 2 - centre) <= CENTRED && line.right < room.right;
  return centred ? room.right - room.left - (line.right - line.x) : room.right - line.right;
}

/** How much more room a line leaves than the next line's first word needs (points; > 0: it would have fitted). */
const spareAfter = (line: CellLine, next: CellLine, room: CellRoom) =>
  roomLeft(line, room) - firstWordWidth(next) - ROOM_TOLERANCE * Math.max(line.size, next.size);

/**
 * spareAfter > 0, the next line's first word measured only when it decides: it is no wider than its
 * whole line and no narrower than nothing, so a line leaving no room, or room for the whole next
 * line, is answered without cutting words (a word segmenter's call a line pair was most of the
 * paragraphs' cost on a PDF of 25,000 short items).
 */
function wouldHaveFitted(line: CellLine, next: CellLine, room: CellRoom): boolean {
  const spare = roomLeft(line, room) - ROOM_TOLERANCE * Math.max(line.size, next.size);
  const width = next.right - next.x;
  if (width >= 0 && spare <= 0) return false;
  if (width >= 0 && spare > width) return true;
  return spare - firstWordWidth(next) > 0;
}

/** Two or more cadences named by a text, or one (or none) as []. */
function cadencesOf(text: string): string[] {
  const found = detectCadences(normaliseThai(text));
  return found.cadence === 'unspecified' ? [] : [found.cadence, ...found.alsoNamed];
}

/**
 * A paragraph's lines split where one cadence's text ends and another's begins: each part names
 * one cadence (the first) or at least one (the rest, split again), the two parts differ, and the
 * second does not start with its cadence's words (a wrap inside "…สรุปผล" / "ประจำปี"). Where
 * several line ends part them so, the one leaving the most room is taken (the shortest line is
 * where a paragraph most likely ended).
 */
function splitByCadence(lines: CellLine[], room: CellRoom): CellLine[][] {
  if (lines.length < 2 || lines.length > MAX_SPLIT_LINES) return [lines];
  const texts = lines.map((l) => l.text);
  if (cadencesOf(joinCellLines(texts)).length < 2) return [lines];
  let best: { at: number; spare: number } | undefined;
  for (let at = 1; at < lines.length; at++) {
    const before = cadencesOf(joinCellLines(texts.slice(0, at)));
    if (before.length !== 1) continue;
    const rest = joinCellLines(texts.slice(at));
    const after = cadencesOf(rest);
    if (after.length === 0 || (after.length === 1 && after[0] === before[0])) continue;
    // a line that starts with the cadence's own words ("ประจำปี", "ทุก ๖ เดือน") goes on with the text above
    if (cadencesOf(withoutFirstWord(rest)).length === 0) continue;
    const spare = spareAfter(lines[at - 1]!, lines[at]!, room);
    if (!best || spare > best.spare) best = { at, spare };
  }
  if (!best) return [lines];
  return [lines.slice(0, best.at), ...splitByCadence(lines.slice(best.at), room)];
}

/**
 * The paragraphs of a cell's lines (top to bottom), each its lines' texts joined as one text:
 * a line that would have had room for the next line's first word ends its paragraph; a paragraph
 * naming two cadences is split between them.
 */
export function cellParagraphs(lines: readonly CellLine[], room: CellRoom): string[] {
  if (lines.length === 0) return [];
  if (cadenceOptions(lines)) return lines.map((l) => l.text);
  const byRoom: CellLine[][] = [[lines[0]!]];
  for (let i = 1; i < lines.length; i++) {
    const [above, line] = [lines[i - 1]!, lines[i]!];
    const ends = TICKED_AFTER.test(above.text);
    if (ends || wouldHaveFitted(above, line, room)) byRoom.push([line]);
    else byRoom.at(-1)!.push(line);
  }
  return byRoom.flatMap((p) => splitByCadence(p, room)).map((p) => joinCellLines(p.map((l) => l.text)));
}

/**
 * A cell's text from its lines in paragraphs (those a wider line gap parts): a list ("๑. …",
 * bullets: a line starting with a marker) as its lines join, split by its markers later; other
 * lines in paragraphs by cellParagraphs. One paragraph: its text; more: <p> markup.
 */
export function cellTextOf(paragraphs: readonly (readonly CellLine[])[], room: CellRoom): string {
  const lines = paragraphs.flat();
  const parts =
    lines.some((l) => startsListItem(l.text)) && !cadenceOptions(lines)
      ? paragraphs.map((p) => joinCellLines(p.map((l) => l.text)))
      : paragraphs.flatMap((p) => cellParagraphs(p, room));
  return paragraphsCell(parts);
}
