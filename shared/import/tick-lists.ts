// A cell written as a tick list, a Word form's check boxes ("☑ กองคลัง ☐ กองช่าง", "รายเดือน ( )
// รายไตรมาส (✓)"): only the ticked items are meant (review 17 s12, S12-20: every listed unit was
// taken, ticked or not, and the most frequent listed cadence kept).

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
