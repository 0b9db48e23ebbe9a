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

/** Up to this many runs (a cell's) are sorted in place by insertion: no index arrays to allocate. */
const FEW_RUNS = 24;

/**
 * linesOf for a few runs: the same order (baseline top to bottom, then left to right, ties in the
 * order given; a line's runs left to right, ties in that order), by stable insertion sorts.
 */
function fewLinesOf(runs: readonly Run[]): Run[][] {
  const sorted = runs.slice();
  for (let i = 1; i < sorted.length; i++) {
    const r = sorted[i]!;
    let j = i - 1;
    while (j >= 0 && (sorted[j]!.y < r.y || (sorted[j]!.y === r.y && sorted[j]!.x > r.x))) {
      sorted[j + 1] = sorted[j]!;
      j--;
    }
    sorted[j + 1] = r;
  }
  const lines: Run[][] = [];
  let line: Run[] = [];
  /** the line's first run in that order: a run is on the line when it is on this one's */
  let first = sorted[0]!;
  for (const r of sorted) {
    if (line.length > 0 && sameLine(first, r)) {
      // left to right within the line, ties as sorted
      let j = line.length - 1;
      line.push(r);
      while (j >= 0 && line[j]!.x > r.x) {
        line[j + 1] = line[j]!;
        j--;
      }
      line[j + 1] = r;
    } else {
      if (line.length > 0) lines.push(line);
      line = [r];
      first = r;
    }
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/**
 * Runs in lines by their baselines, top to bottom, each line left to right (ties in the order
 * given). Sorted by index over copies of the runs' coordinates: a comparator reading the runs
 * themselves (two shapes, struck or not) cost twice as much on a page of 25,000 runs.
 */
export function linesOf(runs: readonly Run[]): Run[][] {
  const n = runs.length;
  if (n <= FEW_RUNS) return fewLinesOf(runs);
  const ys = new Float64Array(n);
  const xs = new Float64Array(n);
  const order: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    ys[i] = runs[i]!.y;
    xs[i] = runs[i]!.x;
    order[i] = i;
  }
  order.sort((a, b) => ys[b]! - ys[a]! || xs[a]! - xs[b]! || a - b);
  // a line's runs left to right, ties as they came in the sorted order
  const place = new Int32Array(n);
  order.forEach((i, k) => (place[i] = k));
  const byX = (a: number, b: number) => xs[a]! - xs[b]! || place[a]! - place[b]!;
  const lines: Run[][] = [];
  let line: number[] = [];
  const close = () => {
    if (line.length > 1) line.sort(byX);
    lines.push(line.map((i) => runs[i]!));
  };
  for (const i of order) {
    if (line.length > 0 && sameLine(runs[line[0]!]!, runs[i]!)) line.push(i);
    else {
      if (line.length > 0) close();
      line = [i];
    }
  }
  if (line.length > 0) close();
  return lines;
}

/**
 * Runs this far apart (points) have a space between them; in type under 7.5 pt (a sheet fitted to a
 * page's width), a fifth of the type's size: there a space is narrower ("- item" read "-item").
 */
const SPACE = 1.5;
const SPACE_SHARE = 0.2;

/** Runs of one line joined into pieces of text, split where the gap is wide; letter-spaced text joined. */
export function pieces(runs: readonly Run[], cellGap = CELL_GAP): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const last = out.at(-1);
    if (last && r.x - (last.x + last.width) < cellGap) {
      // a Thai mark above or below (a tone mark drawn on its own, shifted left) never starts a word
      const gap = r.x - (last.x + last.width) > Math.min(SPACE, SPACE_SHARE * r.size) && !THAI_MARK.test(r.text);
      last.text += gap ? ` ${r.text}` : r.text;
      last.width = Math.max(last.x + last.width, r.x + r.width) - last.x;
    } else out.push({ ...r });
  }
  const lineSpaced = isLetterSpaced(out.map((p) => p.text).join(' '));
  for (const piece of out) piece.text = withoutLetterSpacing(piece.text, lineSpaced);
  return out;
}

/** The text of runs read line by line, top to bottom, lines and pieces joined by a space (not normalised). */
export const runsText = (runs: readonly Run[]): string =>
  linesOf(runs)
    .map((line) =>
      pieces(line)
        .map((p) => p.text)
        .join(' '),
    )
    .join(' ');
