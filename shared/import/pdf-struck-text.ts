// Struck-through text in a PDF (review 17 s17, S17-3): a revised plan (แผนฉบับปรับปรุง) published
// as PDF keeps its strike-outs (a dropped unit, follow-up or whole measure, or Word's tracked
// deletions printed), drawn as a thin line through the glyphs, a little above the baseline (an
// underline, as tracked insertions print, runs under it). Read as live text, they gave units and
// follow-ups the plan had dropped, silently. Runs crossed so are marked struck; a PDF cell is then
// read as a Word or Excel cell is (struck-text.ts, struck-rows.ts): struck text beside live text
// left out and said, a cell struck through as a whole kept and marked.
import type { PositionedText, Rule } from './pdf-ruled-tables.js';
import { joinCellLines, linesOf, pieces } from './pdf-text-lines.js';

/**
 * The band a strike-through line crosses its text in, as shares of the type size above the
 * baseline: LibreOffice draws it at about 0.27, Word about 0.3, pdfkit about 0.4 (Thai letters are
 * about half the size tall); an underline is at or under the baseline.
 */
const STRIKE_LOW = 0.1;
const STRIKE_HIGH = 0.6;
/** A run is struck through when such lines cover this share of its width. */
const COVERED = 0.7;
/** A type size past this (points) is taken as this: the band searched stays a few points high. */
const LARGEST_SIZE = 72;
/** Lines nearer than this (points) end to end are one line through the text. */
const JOIN = 0.5;

/** The horizontal lines at one height (1 point high), merged where they meet, left to right. */
interface Band {
  starts: number[];
  ends: number[];
}

function bandsOf(rules: readonly Rule[]): Map<number, Band> {
  const byHeight = new Map<number, [number, number][]>();
  for (const r of rules) {
    if (r.y2 - r.y1 > JOIN || r.x2 - r.x1 <= JOIN) continue;
    const key = Math.floor(r.y1);
    const list = byHeight.get(key);
    if (list) list.push([r.x1, r.x2]);
    else byHeight.set(key, [[r.x1, r.x2]]);
  }
  const bands = new Map<number, Band>();
  for (const [key, spans] of byHeight) {
    spans.sort((a, b) => a[0] - b[0]);
    const band: Band = { starts: [], ends: [] };
    for (const [x1, x2] of spans) {
      const last = band.ends.length - 1;
      if (last >= 0 && x1 <= band.ends[last]! + JOIN) band.ends[last] = Math.max(band.ends[last]!, x2);
      else {
        band.starts.push(x1);
        band.ends.push(x2);
      }
    }
    bands.set(key, band);
  }
  return bands;
}

/** How much of [x1, x2] a band's lines cover (its lines are apart and in order: binary search). */
function covered(band: Band, x1: number, x2: number): number {
  let lo = 0;
  let hi = band.ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (band.ends[mid]! < x1) lo = mid + 1;
    else hi = mid;
  }
  let sum = 0;
  for (let i = lo; i < band.starts.length && band.starts[i]! <= x2; i++) {
    sum += Math.max(0, Math.min(x2, band.ends[i]!) - Math.max(x1, band.starts[i]!));
  }
  return sum;
}

const HAS_TEXT = /\S/;

/**
 * A run marked struck, its fields written out: a spread ({ ...run, struck: true }) gave each struck
 * run a hidden class of its own in V8 (7,475 on the bench page), and every reader of the runs after
 * (lines, cells, pieces) read their places as slowly as from a dictionary.
 */
const struckCopy = (run: PositionedText): PositionedText => ({
  x: run.x,
  y: run.y,
  width: run.width,
  size: run.size,
  text: run.text,
  struck: true,
});

/**
 * The page's runs with those a strike-through line crosses marked `struck` (a mark of no width,
 * a Thai vowel or tone mark, when a line passes where it sits). Linear in the runs and lines, but
 * for a binary search each.
 */
export function withStruckRuns(runs: readonly PositionedText[], rules: readonly Rule[]): PositionedText[] {
  const bands = bandsOf(rules);
  if (bands.size === 0) return [...runs];
  return runs.map((run) => {
    if (!HAS_TEXT.test(run.text)) return run;
    const size = Math.min(run.size, LARGEST_SIZE);
    const [x1, x2] = run.width > JOIN ? [run.x, run.x + run.width] : [run.x - JOIN, run.x + JOIN];
    for (let y = Math.floor(run.y + STRIKE_LOW * size); y <= Math.floor(run.y + STRIKE_HIGH * size); y++) {
      const band = bands.get(y);
      if (band && covered(band, x1, x2) >= COVERED * (x2 - x1)) return struckCopy(run);
    }
    return run;
  });
}

/** A PDF cell whose text is struck through, in part or as a whole. */
export interface StruckCell {
  /** the runs to read the cell from: the live ones, or all when the whole cell is struck */
  runs: PositionedText[];
  /** struck through as a whole: kept, and marked (SourceBlock.struck) */
  whole: boolean;
  /** the struck text left out, one quote for each stretch of it (reading order, not parted by live text) */
  leftOut: string[];
}

/** Text of its own: more than spaces and Thai marks (a tone mark drawn as a run of its own goes with its letter). */
const OWN_TEXT = /[^\s\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/;

/** A line's struck runs as text, as its pieces read. */
const groupText = (group: readonly PositionedText[]) =>
  pieces(group)
    .map((p) => p.text)
    .join(' ');

/**
 * A cell's runs read for strike-through; undefined when none of its text is struck. `lines`: the
 * runs' lines (linesOf), when the caller has them.
 */
export function struckCell(
  runs: readonly PositionedText[],
  linesGiven?: readonly (readonly PositionedText[])[],
): StruckCell | undefined {
  if (!runs.some((r) => r.struck && OWN_TEXT.test(r.text))) return undefined;
  const lines = linesGiven ?? linesOf(runs);
  // a mark of no text of its own is struck as the run before it on its line is
  const struckRuns = new Set<PositionedText>();
  for (const line of lines) {
    let before = false;
    for (const run of line) {
      before = OWN_TEXT.test(run.text) ? run.struck === true : before;
      if (before) struckRuns.add(run);
    }
  }
  const live = runs.filter((r) => !struckRuns.has(r));
  if (!live.some((r) => OWN_TEXT.test(r.text))) return { runs: [...runs], whole: true, leftOut: [] };
  const leftOut: string[] = [];
  /** the lines of the stretch of struck text read so far */
  let stretch: string[] = [];
  for (const line of lines) {
    let group: PositionedText[] = [];
    for (const run of line) {
      if (struckRuns.has(run)) group.push(run);
      else if (OWN_TEXT.test(run.text)) {
        // live text ends the stretch (and the group of struck runs on this line)
        if (group.length > 0) stretch.push(groupText(group));
        group = [];
        if (stretch.length > 0) leftOut.push(joinCellLines(stretch));
        stretch = [];
      }
    }
    if (group.length > 0) stretch.push(groupText(group));
  }
  if (stretch.length > 0) leftOut.push(joinCellLines(stretch));
  return { runs: live, whole: false, leftOut };
}
