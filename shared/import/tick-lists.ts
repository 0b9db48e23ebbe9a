// A cell written as a tick list, a Word form's check boxes ("☑ กองคลัง ☐ กองช่าง", "รายเดือน ( )
// รายไตรมาส (✓)"): only the ticked items are meant (review 17 s12, S12-20: every listed unit was
// taken, ticked or not, and the most frequent listed cadence kept).

import { escapeMarkup } from './table-row-kinds.js';
import { collapseSpaces, listElements, MAX_ITEMS, stripTags } from './thai-text.js';

const TICK_INSIDE = '[xX/✓✔]';
/** A box ticked or left empty, glyph or bracket ("[x]", "( )"); the ticked ones in group 1. */
const MARK = new RegExp(
  `([☑☒✓✔■⊠]|\\[\\s*${TICK_INSIDE}\\s*\\]|\\(\\s*${TICK_INSIDE}\\s*\\))|[☐□❑❏◻▢✗✘]|\\[\\s*\\]|\\(\\s*\\)`,
  'g',
);

export interface TickList {
  /** the ticked items' text, joined by spaces ('' when none is ticked) */
  kept: string;
  /** how many boxes, ticked and empty */
  boxes: number;
}

/**
 * The ticked items of a tick list, or undefined when `text` is none (fewer than two boxes, or no
 * empty one: a row of bullets is no tick list). Boxes before their items ("☑ กองคลัง") unless the
 * text ends with a box ("กองคลัง (✓) กองช่าง ( )"): then each box follows its item. Text before
 * the first box of a list of the first kind ("รายงานผลต่อนายก ☐ รายเดือน ☑ …") is kept.
 */
export function tickList(text: string): TickList | undefined {
  const marks = [...text.matchAll(MARK)];
  if (marks.length < 2 || marks.every((m) => m[1] !== undefined)) return undefined;
  const last = marks.at(-1)!;
  const boxesAfter = text.slice(last.index + last[0].length).trim() === '';
  const kept: string[] = [];
  if (!boxesAfter) kept.push(text.slice(0, marks[0]!.index).trim());
  marks.forEach((m, i) => {
    if (m[1] === undefined) return;
    const from = boxesAfter ? (i === 0 ? 0 : marks[i - 1]!.index + marks[i - 1]![0].length) : m.index + m[0].length;
    const to = boxesAfter ? m.index : (marks[i + 1]?.index ?? text.length);
    kept.push(text.slice(from, to).trim());
  });
  return { kept: kept.filter(Boolean).join(' '), boxes: marks.length };
}

/** The one box of a line of a tick list, before its item ("☐ รายไตรมาส") or after it ("รายไตรมาส ( )"). */
function lineBox(line: string): 'before' | 'after' | undefined {
  const marks = [...line.matchAll(MARK)];
  if (marks.length !== 1) return undefined;
  const mark = marks[0]!;
  if (line.slice(0, mark.index).trim() === '') return 'before';
  return line.slice(mark.index + mark[0].length).trim() === '' ? 'after' : undefined;
}

/** Does a text hold a ticked box? */
const ticks = (text: string) => [...text.matchAll(MARK)].some((m) => m[1] !== undefined);
/** Are a text's marks all plain empty boxes ("☐", "( )", "[ ]"), none of them a bullet glyph ("□")? */
const onlyBoxes = (text: string) => [...text.matchAll(MARK)].every((m) => /^(?:☐|\(\s*\)|\[\s*\])$/.test(m[0]));

/**
 * A cell's lines with each tick list laid out one box per line ("☑ รายเดือน" / "☐ รายไตรมาส" /
 * "☐ รอบ ๖ เดือน", the ordinary Word form) joined into one line, as it reads on one line; a line
 * without a box just above such a list, when `headsList` says so ("รายงานผลต่อนายกเทศมนตรี"), is
 * joined too, as the text before the boxes. Two or more lines of one box each, all on the same side,
 * at least one empty (tickList's rule: a list of bullets is no tick list), and, when none is ticked,
 * all plain boxes ("□ รายงานผลทุกเดือน" / "□ สรุปผลประจำปี" is a bulleted list of two follow-ups).
 * Undefined when the cell holds no such list (review 17 s17, S17-1: each box was a follow-up of its
 * own, ticked or not). Linear in the lines.
 */
export function joinTickListLines(
  lines: readonly string[],
  headsList: (line: string) => boolean,
): string[] | undefined {
  const out: string[] = [];
  let joined = false;
  for (let i = 0; i < lines.length;) {
    const side = lineBox(lines[i]!);
    let end = i + 1;
    while (side && end < lines.length && lineBox(lines[end]!) === side) end++;
    const run = lines.slice(i, end).join(' ');
    if (end - i < 2 || !tickList(run) || !(ticks(run) || onlyBoxes(run))) {
      // a run that is no tick list: its lines stay items of their own
      out.push(...lines.slice(i, end));
      i = end;
      continue;
    }
    const above = out.at(-1);
    const headed = above !== undefined && [...above.matchAll(MARK)].length === 0 && headsList(above);
    if (headed) out.pop();
    out.push(headed ? `${above} ${run}` : run);
    joined = true;
    i = end;
  }
  return joined ? out : undefined;
}

/**
 * A cell (marked up, one <p> per line) with its tick lists one box per line joined as
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
