// Session 22's PDF bench row (issue 17's linear-time goal: a PDF of 25,000 short items at random
// positions in a ruled grid, ~4-5x the 1 MB ordinary input, about half of it pdf.js's own work).
// Two of our shares, counted here, not timed:
// - linesOf sorted a page's runs with a comparator reading the runs themselves, two coordinates a
//   comparison (n log n reads: ~39 a run for 25,000), then sorted each line again the same way;
//   now each run's coordinates are read once and the sorts compare copies of them;
// - every cell's lines were asked whether they name a cadence, and each such question ran all of
//   the cadence patterns (~15 regular-expression searches) even on text naming no period at all.
import { describe, expect, it } from 'vitest';
import { detectCadences } from '../../shared/import/cadence-detection.js';
import type { PositionedText } from '../../shared/import/pdf-ruled-tables.js';
import { linesOf } from '../../shared/import/pdf-text-lines.js';
import { seededRandom } from '../support/seeded-random.js';

/** `count` runs at random places on a 800 x 590 page, each counting the reads of its x and y. */
function countedRuns(count: number): { runs: PositionedText[]; reads: () => number } {
  const random = seededRandom(1);
  let reads = 0;
  const runs = Array.from({ length: count }, (_, i) => {
    const [x, y] = [random() * 800, random() * 590];
    return {
      get x() {
        reads++;
        return x;
      },
      get y() {
        reads++;
        return y;
      },
      width: 4,
      size: 4,
      text: `r${i}`,
    };
  });
  return { runs, reads: () => reads };
}

describe("a page's runs put in lines read each run's place a few times, not once per comparison", () => {
  it.each([
    ['1,000 runs', 1_000],
    ['25,000 runs (the bench row)', 25_000],
  ])('%s: at most 4 reads of x or y a run', (_name, count) => {
    const { runs, reads } = countedRuns(count);
    const lines = linesOf(runs);
    // before: ~23 reads a run at 1,000, ~39 at 25,000 (growing with log n)
    expect(reads()).toBeLessThanOrEqual(4 * count);
    expect(lines.flat()).toHaveLength(count);
  });

  it('gives the same lines as sorting the runs themselves: top to bottom, left to right, ties as given', () => {
    const runs: PositionedText[] = [
      { x: 50, y: 100, width: 4, size: 12, text: 'b' },
      { x: 10, y: 100.5, width: 4, size: 12, text: 'a' },
      { x: 50, y: 100, width: 4, size: 12, text: 'b2' },
      { x: 10, y: 80, width: 4, size: 12, text: 'c' },
      { x: 5, y: 81, width: 4, size: 12, text: 'c0' },
    ];
    expect(linesOf(runs).map((l) => l.map((r) => r.text))).toEqual([
      ['a', 'b', 'b2'],
      ['c0', 'c'],
    ]);
  });
});

describe("a cell's few runs are put in lines as a page's many are (session 24: sorted in place, no index arrays)", () => {
  /** `count` runs on a few baselines and columns, so that baselines, places and whole runs tie. */
  function tiedRuns(count: number, seed: number): PositionedText[] {
    const random = seededRandom(seed);
    const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;
    return Array.from({ length: count }, (_, i) => ({
      x: pick([10, 10.5, 14, 30, 30]),
      y: pick([100, 100, 101, 102.4, 103, 90, 89.9]),
      width: 4,
      size: pick([4, 12]),
      text: `r${i}`,
    }));
  }
  /** The same runs' lines read among 40 more runs far below (past the few-runs path), those left out. */
  const asAmongMany = (runs: PositionedText[]) => {
    const filler = Array.from({ length: 40 }, (_, i) => ({ x: i, y: -1000 - 20 * i, width: 4, size: 4, text: 'f' }));
    return linesOf([...runs, ...filler]).filter((l) => l[0]!.text !== 'f');
  };
  const texts = (lines: PositionedText[][]) => lines.map((l) => l.map((r) => r.text));

  it.each([1, 2, 5, 8, 13, 24])('%s runs: the same lines, in the same order, ties as given', (count) => {
    for (let seed = 1; seed <= 30; seed++) {
      const runs = tiedRuns(count, seed);
      expect(texts(linesOf(runs))).toEqual(texts(asAmongMany(runs)));
    }
  });
});

/** The regular-expression searches (RegExp.prototype.exec, which test, replace and matchAll call) `run` makes. */
function searchesIn(run: () => unknown): number {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- put back as it was, called with its this
  const exec = RegExp.prototype.exec;
  let calls = 0;
  RegExp.prototype.exec = function (this: RegExp, text: string) {
    calls++;
    return exec.call(this, text);
  };
  try {
    run();
  } finally {
    RegExp.prototype.exec = exec;
  }
  return calls;
}

describe('a text naming no period is not searched for every cadence pattern', () => {
  it.each([
    // before: 15, 16 and 15 searches
    ['"ab ab ab" (the bench row\'s cells)', 'ab ab ab'],
    ['"ผู้บริหาร"', 'ผู้บริหาร'],
    ['"ส่งรายงานให้ผู้อำนวยการกอง"', 'ส่งรายงานให้ผู้อำนวยการกอง'],
  ])('%s: unspecified, at most 8 searches', (_name, text) => {
    let found: ReturnType<typeof detectCadences> | undefined;
    expect(searchesIn(() => (found = detectCadences(text)))).toBeLessThanOrEqual(8);
    expect(found).toEqual({ cadence: 'unspecified', alsoNamed: [] });
  });

  it.each([
    ['รายงานผลทุกเดือน', 'monthly'],
    ['ทุก ๓ ด.', 'quarterly'],
    ['ภายในวันที่ 5 ของเดือน', 'monthly'],
    ['ทุกวันที่ ๑๐', 'monthly'],
    ['เมษายน และ กันยายน', 'april-september'],
    ['Quarterly report', 'quarterly'],
    ['twice a year', 'semiannual'],
    ['Every 6 months', 'semiannual'],
    ['สรุปผลประจำปี', 'annual'],
  ])('a text naming a period is still read: "%s" is %s', (text, cadence) => {
    expect(detectCadences(text).cadence).toBe(cadence);
  });
});
