// Text runs of a PDF page as lines and pieces: what both PDF table readers build cells from.
import { isLetterSpaced, withoutLetterSpacing } from './pdf-letter-spacing.js';
import type { PositionedText } from './pdf-ruled-tables.js';

type Run = PositionedText;

/**
 * Lines of one cell as one text. A line wrapped inside a Thai phrase has no space to give back (Thai
 * writes no spaces between words): Thai next to Thai is joined without one; anything else with one.
 */
export function joinCellLines(lines: readonly string[]): string {
  let out = '';
  for (const l of lines) {
    if (!out) out = l;
    else out += /[\u0e01-\u0e4e]$/.test(out) && /^[\u0e01-\u0e4e]/.test(l) && !LIST_MARKER.test(l) ? l : ` ${l}`;
  }
  return out;
}

/** A line that starts a list item in Thai ("ก. ", "ข) ", "ข้อ ๒ "): a space before it, never glued. */
const LIST_MARKER = /^(?:[ก-ฮ][.)]\s|ข้อ\s?[๐-๙0-9])/;

/** Thai vowels and tone marks drawn above or below their consonant. */
const THAI_MARK = /^[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/;

/** Runs closer than this (points) are one piece of text; farther apart, separate cells. */
export const CELL_GAP = 6;
const SAME_BASELINE = 2.5;
/**
 * Runs whose glyph boxes (a font size high) overlap by at least this share of the smaller one's
 * height are one line: a browser sets a cell of Latin digits alone ("1", "50,000") in a Latin font 3
 * pt above the Thai cells' baseline (12 pt type), in the same row (review 17 s19, S19-2). Two lines
 * of text overlap far less (a line is at least its type's size below the one above), and so does a
 * cell centred half a line off its neighbour.
 */
const SAME_LINE_OVERLAP = 0.65;

/** Are two runs one line's? Their baselines within SAME_BASELINE, or their boxes overlapping mostly. */
function sameLine(a: Run, b: Run): boolean {
  const dy = Math.abs(a.y - b.y);
  return dy <= SAME_BASELINE || dy <= (1 - SAME_LINE_OVERLAP) * Math.min(a.size, b.size);
}

/** Runs in lines by their baselines, top to bottom, each line left to right. */
export function linesOf(runs: readonly Run[]): Run[][] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Run[][] = [];
  for (const run of sorted) {
    const last = lines.at(-1);
    if (last && sameLine(last[0]!, run)) last.push(run);
    else lines.push([run]);
  }
  return lines.map((l) => l.sort((a, b) => a.x - b.x));
}

/** Runs of one line joined into pieces of text, split where the gap is wide; letter-spaced text joined. */
export function pieces(runs: readonly Run[], cellGap = CELL_GAP): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const last = out.at(-1);
    if (last && r.x - (last.x + last.width) < cellGap) {
      // a Thai mark above or below (a tone mark drawn on its own, shifted left) never starts a word
      const gap = r.x - (last.x + last.width) > 1.5 && !THAI_MARK.test(r.text);
      last.text += gap ? ` ${r.text}` : r.text;
      last.width = Math.max(last.x + last.width, r.x + r.width) - last.x;
    } else out.push({ ...r });
  }
  const lineSpaced = isLetterSpaced(out.map((p) => p.text).join(' '));
  for (const piece of out) piece.text = withoutLetterSpacing(piece.text, lineSpaced);
  return out;
}
