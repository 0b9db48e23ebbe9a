// A cell written as a tick list, a Word form's check boxes ("☑ กองคลัง ☐ กองช่าง", "รายเดือน ( )
// รายไตรมาส (✓)"): only the ticked items are meant (review 17 s12, S12-20: every listed unit was
// taken, ticked or not, and the most frequent listed cadence kept).

import { escapeMarkup } from './table-row-kinds.js';
import { collapseSpaces, listElements, MAX_ITEMS, startsListItem, stripTags } from './thai-text.js';

const TICK_INSIDE = '[xX/✓✔√]';
/** A box ticked or left empty, glyph or bracket ("[x]", "( )"); the ticked ones in group 1. */
const markPattern = (radio: boolean) =>
  new RegExp(
    `([☑☒✓✔√■⊠${radio ? '●' : ''}]|\\[\\s*${TICK_INSIDE}\\s*\\]|\\(\\s*${TICK_INSIDE}\\s*\\))|[☐□❑❏◻▢✗✘${radio ? '○' : ''}]|\\[\\s*\\]|\\(\\s*\\)`,
    'g',
  );
/** MARK with ● and ○ (radio buttons), and without (bullets). */
const MARK = { radio: markPattern(true), bullets: markPattern(false) };
/** A radio button chosen, and one left empty: marks only as a form's one choice ("○ รายเดือน ● รายไตรมาส"). */
const CHOSEN = 0x25cf;
const UNCHOSEN = 0x25cb;
/**
 * The boxes a tick list has at most: a form offers a few choices. A text of more is no tick list,
 * and its marks past this are not looked for (review 17 s18, S18-1: 1,000,000 "☐" in a Word cell
 * were a million matches, for each rule that asked).
 */
const MAX_BOXES = MAX_ITEMS;

/**
 * Whether a text's ● and ○ are radio buttons, one chosen among others ("○ รายเดือน ● รายไตรมาส ○ รอบ
 * ๖ เดือน"): exactly one ● and at least one ○. Otherwise they are bullets ("● a ● b", "○ a ○ b"), no
 * marks (review 17 s18, S18-4).
 */
function radioButtons(text: string): boolean {
  let chosen = 0;
  let unchosen = 0;
  for (let i = 0; i < text.length && chosen < 2; i++) {
    const c = text.charCodeAt(i);
    if (c === CHOSEN) chosen++;
    else if (c === UNCHOSEN) unchosen++;
  }
  return chosen === 1 && unchosen >= 1;
}

/**
 * A text's marks, at most MAX_BOXES + 1 of them (more: no tick list); ● and ○ among them only when
 * `radio` (radioButtons of the text they are read with).
 */
function marksOf(text: string, radio = radioButtons(text)): RegExpExecArray[] {
  const mark = radio ? MARK.radio : MARK.bullets;
  const marks: RegExpExecArray[] = [];
  mark.lastIndex = 0;
  for (let m = mark.exec(text); m; m = marks.length > MAX_BOXES ? null : mark.exec(text)) marks.push(m);
  return marks;
}

export interface TickList {
  /** the ticked items' text, joined by spaces ('' when none is ticked) */
  kept: string;
  /** how many boxes, ticked and empty */
  boxes: number;
  /** every item's text, ticked or not, in order */
  items: string[];
}

/**
 * The ticked items of a tick list, or undefined when `text` is none (fewer than two boxes, more
 * than MAX_BOXES, or no empty one: a row of bullets is no tick list). Boxes before their items ("☑ กองคลัง") unless the
 * text ends with a box ("กองคลัง (✓) กองช่าง ( )"): then each box follows its item. Text before
 * the first box of a list of the first kind ("รายงานผลต่อนายก ☐ รายเดือน ☑ …") is kept.
 */
export function tickList(text: string): TickList | undefined {
  const marks = marksOf(text);
  if (marks.length < 2 || marks.length > MAX_BOXES || marks.every((m) => m[1] !== undefined)) return undefined;
  const last = marks.at(-1)!;
  const boxesAfter = text.slice(last.index + last[0].length).trim() === '';
  const items = marks.map((m, i) => {
    const from = boxesAfter ? (i === 0 ? 0 : marks[i - 1]!.index + marks[i - 1]![0].length) : m.index + m[0].length;
    const to = boxesAfter ? m.index : (marks[i + 1]?.index ?? text.length);
    return text.slice(from, to).trim();
  });
  const kept = [
    boxesAfter ? '' : text.slice(0, marks[0]!.index).trim(),
    ...items.filter((_, i) => marks[i]![1] !== undefined),
  ];
  return { kept: kept.filter(Boolean).join(' '), boxes: marks.length, items };
}

/** Does a text hold a ticked box? */
const ticks = (text: string) => marksOf(text).some((m) => m[1] !== undefined);
/** Are a text's marks all plain empty boxes ("☐", "( )", "[ ]"), none of them a bullet glyph ("□")? */
const onlyBoxes = (text: string) => marksOf(text).every((m) => /^(?:☐|\(\s*\)|\[\s*\])$/.test(m[0]));

/**
 * Is a text (one line, or a cell as one text) a tick list to read whole, not a list of bullets to
 * split: a tick list with a box ticked, or of plain empty boxes only, as joinTickListLines joins
 * ("■ รายเดือน □ รายไตรมาส", "○ รายเดือน ● รายไตรมาส": ■ □ ● ○ are bullets too; review 17 s18, S18-4).
 */
export const isTickListText = (text: string): boolean =>
  tickList(text) !== undefined && (ticks(text) || onlyBoxes(text));

/**
 * Lines that are tick lists of their own, not one list over several lines: two of them each with a
 * box ticked ("☐ รายเดือน ☑ รายไตรมาส" / "☐ ครึ่งปี ☑ รายปี"), or an item offered twice
 * ("☐ รายเดือน ☑ รายไตรมาส" / "☑ รายเดือน ☐ รายไตรมาส": one form per follow-up).
 */
function listsOfTheirOwn(lines: readonly string[], joined: TickList): boolean {
  const tickedLists = lines.filter((line) => ticks(line) && tickList(line)).length;
  const items = joined.items.map(collapseSpaces).filter(Boolean);
  return tickedLists >= 2 || new Set(items).size < items.length;
}

/** Past this length a line is no form's option ("รายไตรมาส ✓", "● กองคลัง"): never read as one. */
const MAX_OPTION = 200;
/** The empty box written beside an option left bare (chosenLines). */
const LEFT_EMPTY = '☐';

/**
 * A form's options one per line, marked only where chosen: a tick beside some lines ("รายเดือน" /
 * "รายไตรมาส ✓" / "รอบ ๖ เดือน", "✔ กองคลัง" / "กองช่าง"), or filled and empty radio buttons with
 * more than one filled ("● กองคลัง" / "○ กองช่าง" / "● สำนักปลัด"). Each line holds at most one
 * mark, all at the lines' starts or all at their ends, each line's text is an option (`headsList`
 * says no: it names a cadence, a unit) and at least one line is ticked and one bare (no box left empty
 * anywhere: then the boxes are the form's, tickList's rules), or radio buttons only. The
 * lines with an empty box written beside each bare one, on the ticks' side, and ● ○ written ☑ ☐
 * (as marks, not bullets): a tick list tickList reads. Undefined when the lines are no such form
 * (review 17 s18, S18-4: each line was read as a follow-up or unit of its own, ticked or not).
 */
export function chosenLines(lines: readonly string[], headsList: (line: string) => boolean): string[] | undefined {
  if (lines.length < 2 || lines.length > MAX_ITEMS || lines.some((l) => l.length > MAX_OPTION)) return undefined;
  const radio = /●/.test(lines.join('')) && /○/.test(lines.join(''));
  let side: 'before' | 'after' | undefined;
  let chosen = 0;
  let other = 0;
  const read: { text: string; mark?: string; ticked: boolean }[] = [];
  for (const line of lines) {
    const text = line.trim();
    const marks = marksOf(text, radio);
    if (marks.length > 1 || (marks.length === 0 && text.search(MARK.radio) >= 0)) return undefined;
    const mark = marks[0];
    let item = text;
    if (mark) {
      const at = mark.index === 0 ? 'before' : mark.index + mark[0].length === text.length ? 'after' : undefined;
      if (!at || (side && side !== at)) return undefined;
      side = at;
      item = (at === 'before' ? text.slice(mark[0].length) : text.slice(0, mark.index)).trim();
    }
    if (!item || headsList(item)) return undefined;
    const ticked = mark?.[1] !== undefined;
    // a box left empty ("☐", "( )"): boxes are drawn for every option, a bare line is none (tickList's rules)
    if ((mark && !ticked && mark[0] !== '○') || (radio && !mark)) return undefined;
    if (ticked) chosen++;
    else other++;
    read.push({ text: item, ...(mark ? { mark: mark[0] } : {}), ticked });
  }
  if (chosen === 0 || other === 0 || !side) return undefined;
  // every line marked: a tick list as it is, but for radio buttons with more than one filled
  if (read.every((r) => r.mark !== undefined) && !(radio && chosen >= 2)) return undefined;
  return read.map((r) => {
    const mark = r.mark === '●' ? '☑' : r.mark === '○' || r.mark === undefined ? LEFT_EMPTY : r.mark;
    return side === 'before' ? `${mark} ${r.text}` : `${r.text} ${mark}`;
  });
}

/**
 * A cell's lines with each tick list laid over several lines joined into one line, as it reads on
 * one line: Word's ordinary form, one box per line ("☑ รายเดือน" / "☐ รายไตรมาส" / "☐ รอบ ๖ เดือน"),
 * and the lines a PDF gives of it (some joined, "☐ รายไตรมาส ☐ รอบ ๖ เดือน", or wrapped inside an
 * item, "☐ รายเดือน ☑" / "รายไตรมาส ☐ รอบ ๖ เดือน"). A list's lines: lines with boxes, the lines
 * between them that start no item of their own, and the line after a box ending a line when the
 * boxes come before their items. A line without a box just above a list, when `headsList` says so
 * ("รายงานผลต่อนายกเทศมนตรี"), is joined too, as the text before the boxes. A list is at least one
 * box empty (tickList's rule: a list of bullets is no tick list) and, when none is ticked, all plain
 * boxes ("□ รายงานผลทุกเดือน" / "□ สรุปผลประจำปี" is a bulleted list of two follow-ups); lines that
 * are lists of their own stay apart. Undefined when the cell holds no such list (review 17 s17,
 * S17-1: each box was a follow-up of its own, ticked or not). Linear in the lines.
 */
export function joinTickListLines(
  given: readonly string[],
  headsList: (line: string) => boolean,
): string[] | undefined {
  // options marked only where chosen: read as the tick list they are
  const lines = chosenLines(given, headsList) ?? given;
  const radio = radioButtons(lines.join(' '));
  const marks = lines.map((line) => marksOf(line, radio));
  const out: string[] = [];
  let joined = false;
  for (let i = 0; i < lines.length;) {
    if (marks[i]!.length === 0) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    let last = i;
    let end = i + 1;
    for (; end < lines.length; end++) {
      if (marks[end]!.length > 0) last = end;
      else if (startsListItem(lines[end]!)) break;
    }
    const first = marks[i]![0]!;
    const before = lines[i]!.slice(0, first.index).trim() === '';
    const lastMark = marks[last]!.at(-1)!;
    const dangling = lines[last]!.slice(lastMark.index + lastMark[0].length).trim() === '';
    const to = before && dangling && last + 1 < end ? last + 2 : last + 1;
    const run = lines.slice(i, to);
    const text = run.join(' ');
    const list = run.length >= 2 ? tickList(text) : undefined;
    if (!list || !(ticks(text) || onlyBoxes(text)) || listsOfTheirOwn(run, list)) {
      out.push(...run);
      i = to;
      continue;
    }
    const above = out.at(-1);
    const headed = above !== undefined && marksOf(above, radio).length === 0 && headsList(above);
    if (headed) out.pop();
    out.push(headed ? `${above} ${text}` : text);
    joined = true;
    i = to;
  }
  return joined ? out : undefined;
}

/**
 * A cell (marked up, one <p> per line) with its tick lists over several lines joined as
 * joinTickListLines does: each reads as one item. The cell as it is when it holds none, or text
 * outside its lines.
 */
export function joinTickListCell(cellHtml: string, headsList: (line: string) => boolean): string {
  const lines = listElements(cellHtml, MAX_ITEMS + 1);
  if (lines.length < 2 || lines.length > MAX_ITEMS || collapseSpaces(lines.join(' ')) !== stripTags(cellHtml)) {
    return cellHtml;
  }
  const joined = joinTickListLines(lines, headsList);
  return joined ? joined.map((line) => `<p>${escapeMarkup(line)}</p>`).join('') : cellHtml;
}
