// A page set in two columns (Word's Layout > Columns, a newsletter-style announcement of labelled
// paragraphs), exported to PDF: the two columns' lines share baselines, so each line of the page
// held the left column's line and the right column's joined (review 17 s21, S21-2: 4 measures read
// as 2, the survivors given the other column's units and follow-ups). Such a page's lines are split
// at the gutter and read down the left column, then down the right one. Only on a page without
// rules, and never where a line is a table header or has more than one piece on a side (a table's
// rows): a table without rules keeps its lines.
import type { PositionedText } from './pdf-ruled-tables.js';
import { pieces } from './pdf-text-lines.js';

type Line = { runs: PositionedText[]; no: number };

/** The gutter is looked for in the middle of the text's width: this share of it from either side. */
const GUTTER_FROM_SIDE = 0.3;
/** A gutter at least this wide (points): Word's default spacing between columns is 36 pt. */
const MIN_GUTTER = 12;
/** Lines with text on both sides of the gutter, at least (a page of a few lines is no layout). */
const MIN_BOTH_SIDES = 3;
/** The two columns' widths within this ratio of each other (Word sets equal columns by default): a label's text at a tab stop is no column. */
const MAX_WIDTH_RATIO = 1.6;

/**
 * `lines` (top to bottom) reordered as two page columns are read: the lines above the columns, the
 * left column's halves, the right column's halves, the lines below; undefined when the page is not
 * so set. `isHeader`: a table header's cells.
 */
export function pageColumnLines(lines: readonly Line[], isHeader: (cells: string[]) => boolean): Line[] | undefined {
  // one pass, stopped at a line of more than two pieces (a table's row) or a header; loops, not
  // Math.min(...): a page may hold very many pieces
  const pieced: PositionedText[][] = [];
  let [left, right] = [Infinity, -Infinity];
  let [from, to] = [-Infinity, Infinity];
  let gaps = 0;
  for (const l of lines) {
    const ps = pieces(l.runs);
    if (ps.length > 2 || (ps.length === 2 && isHeader(ps.map((p) => p.text)))) return undefined;
    pieced.push(ps);
    for (const p of ps) {
      left = Math.min(left, p.x);
      right = Math.max(right, p.x + p.width);
    }
    // the gutter: what every line of two pieces leaves free between them
    if (ps.length === 2) {
      gaps++;
      from = Math.max(from, ps[0]!.x + ps[0]!.width);
      to = Math.min(to, ps[1]!.x);
    }
  }
  const width = right - left;
  if (gaps < MIN_BOTH_SIDES || to - from < MIN_GUTTER) return undefined;
  if (from < left + GUTTER_FROM_SIDE * width || to > right - GUTTER_FROM_SIDE * width) return undefined;
  // the left column from its start to the right one's, the right one from its start to the text's end
  const ratio = (to - left) / (right - to);
  if (ratio > MAX_WIDTH_RATIO || ratio < 1 / MAX_WIDTH_RATIO) return undefined;
  // each line: on the left, on the right, on both, or across the gutter
  const side = pieced.map((ps) => {
    if (ps.some((p) => p.x < to && p.x + p.width > from)) return 'across';
    if (ps.length === 2) return 'both';
    return ps[0] && ps[0].x >= to ? 'right' : 'left';
  });
  const firstBoth = side.indexOf('both');
  const lastBoth = side.lastIndexOf('both');
  if (side.slice(firstBoth, lastBoth + 1).includes('across')) return undefined;
  let start = firstBoth;
  while (start > 0 && side[start - 1] !== 'across') start--;
  let end = lastBoth;
  while (end + 1 < side.length && side[end + 1] !== 'across') end++;
  const halves = (onLeft: boolean): Line[] =>
    lines.slice(start, end + 1).flatMap((l) => {
      const runs = l.runs.filter((r) => r.x < to === onLeft);
      return runs.length > 0 ? [{ runs, no: l.no }] : [];
    });
  return [...lines.slice(0, start), ...halves(true), ...halves(false), ...lines.slice(end + 1)];
}
