// A line's pieces in an unruled table, split where cells abut (tester s54 T3). A sheet's wrapped
// cell filled to its edge ends 2-4 pt before the next cell's text, nearer than CELL_GAP, so pieces()
// made one piece across columns, read as a paragraph that ended the table (Don Arang's sheet printed
// by LibreOffice Calc: two measures lost). A row's cells start where their columns do, to the point
// (a sheet's or a Word table's left-aligned cells); a paragraph's words wrapped at the margin, a word
// space apart, meet a column's start only by chance. So a piece is split only when every column
// start it runs across has a run starting there after a gap; otherwise it is left whole, for the
// reader to place or to end the table as before. A label wider than its column and not wrapped is
// clipped at the column's edge, the next label drawn from its own start over it: split there too.
import { pieces } from './pdf-text-lines.js';
import type { PositionedText } from './pdf-ruled-tables.js';

/** A run this close (points) to a column's start starts there. */
const ALIGNED = 1;
/** Runs this far apart (points) or more are not one word's letters (those sit 0.5 pt apart at most). */
const SPACED = 1;
/** A piece ending no further than this (points) past a column's start does not run across it. */
const OVERRUN = 3;
/** A run starting this far (points) left of the end of the run before it is drawn over it. */
const OVER = 1;
/** Thai vowels and marks drawn over the letter before (a font may set them left): never a cell's start. */
const OVERHANG = /^[\u0e31\u0e33-\u0e3a\u0e47-\u0e4e]/;

/** One piece's runs split where they start at every column start the piece runs across (see above). */
function atStarts(
  p: PositionedText,
  own: readonly PositionedText[],
  starts: readonly number[],
  glued: boolean,
): PositionedText[] {
  const end = p.x + p.width;
  const inside = starts.filter((s) => s > p.x + ALIGNED && s < end);
  const cuts = inside.map((s) =>
    own.findIndex((r, j) => {
      if (j === 0 || Math.abs(r.x - s) > ALIGNED) return false;
      return glued ? !OVERHANG.test(r.text) : r.x - (own[j - 1]!.x + own[j - 1]!.width) >= SPACED;
    }),
  );
  if (!cuts.some((j) => j > 0) || cuts.some((j, n) => j <= 0 && inside[n]! < end - OVERRUN)) return [p];
  const from = [0, ...cuts.filter((j) => j > 0)];
  return from.flatMap((j, n) => pieces(own.slice(j, from[n + 1])));
}

/**
 * `pieces(runs)` of one line (its runs left to right), split at the column `starts` their runs
 * start at. With `overlaps` (a header's labels), also where a run is drawn over the end of the run
 * before it (not a Thai mark set left, nor the same text drawn again: a bold faked by drawing
 * twice), and at a start whatever the gap before it (a clipped label ends right at the next one).
 */
export function cellPieces(runs: readonly PositionedText[], starts: readonly number[], overlaps = false) {
  const from = [0];
  if (overlaps)
    runs.forEach((r, j) => {
      const before = runs[j - 1];
      if (before && r.x < before.x + before.width - OVER && !OVERHANG.test(r.text) && r.text !== before.text)
        from.push(j);
    });
  return from.flatMap((f, n) => {
    const group = runs.slice(f, from[n + 1]);
    const ps = pieces(group);
    let k = 0;
    return ps.flatMap((p, i) => {
      const next = ps[i + 1]?.x ?? Infinity;
      const own: PositionedText[] = [];
      while (k < group.length && group[k]!.x < next) own.push(group[k++]!);
      return own.length > 1 ? atStarts(p, own, starts, overlaps) : [p];
    });
  });
}

/**
 * Where pieces start on two lines of a page or more, to the point (left-aligned columns), left to
 * right: the columns a header line's labels are split at when they abut.
 */
export function sharedStarts(lines: readonly (readonly PositionedText[])[]): number[] {
  const xs = lines.flatMap((runs, line) => pieces(runs).map((p) => ({ x: p.x, line })));
  xs.sort((a, b) => a.x - b.x);
  const out: number[] = [];
  for (let i = 0; i < xs.length;) {
    let j = i + 1;
    while (j < xs.length && xs[j]!.x - xs[i]!.x <= ALIGNED) j++;
    if (new Set(xs.slice(i, j).map((s) => s.line)).size >= 2) out.push(xs[i]!.x);
    i = j;
  }
  return out;
}
