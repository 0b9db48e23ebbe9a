// Session 21's quiet bench (issue 17's linear-time goal): a PDF of 25,000 short items at random
// positions in a ruled grid took 6.25x the 1 MB ordinary input. Part of our share: every pair of a
// cell's lines cut the next line's text into words (Intl.Segmenter, ~17 µs a call) to measure its
// first word, even where the answer could not depend on it: a line leaving no room ends no
// paragraph, and a line leaving room for the whole next line ends one. Counted here, not timed: the
// segmenter's calls.
import { afterEach, describe, expect, it } from 'vitest';
import { type CellLine, cellParagraphs } from '../../shared/import/pdf-cell-paragraphs.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { manyItemsPdf } from '../support/many-items-pdf.js';

// eslint-disable-next-line @typescript-eslint/unbound-method -- put back as it was, called with its this
const nativeSegment = Intl.Segmenter.prototype.segment;
afterEach(() => {
  Intl.Segmenter.prototype.segment = nativeSegment;
});

/** The texts cut into words (Intl.Segmenter.prototype.segment calls) while `run` runs. */
async function segmentsIn(run: () => unknown): Promise<number> {
  let calls = 0;
  Intl.Segmenter.prototype.segment = function (this: Intl.Segmenter, input: string) {
    calls++;
    return nativeSegment.call(this, input);
  };
  try {
    await run();
  } finally {
    Intl.Segmenter.prototype.segment = nativeSegment;
  }
  return calls;
}

/** A 14 pt line of `letters` Thai letters from x = 10, 7 pt a letter. */
const line = (letters: number, top = 0): CellLine => ({
  text: 'ก'.repeat(letters),
  x: 10 + top,
  right: 10 + top + 7 * letters,
  size: 14,
});
const room = { left: 10, right: 220 };

describe("a cell's paragraphs measure the next line's first word only when it decides", () => {
  it.each<[string, CellLine[], number]>([
    // 30 letters fill the 210 pt cell: no room, every line wraps into the next (one paragraph)
    ['1,000 full lines (wrapped text): no word cut, one paragraph', Array.from({ length: 1000 }, () => line(30)), 1],
    // 5 letters (35 pt) leave 175 pt, room for a whole next line of 5: each line its own paragraph
    [
      '1,000 short lines (a list without markers): no word cut, a paragraph each',
      Array.from({ length: 1000 }, () => line(5)),
      1000,
    ],
    // centred short lines (a title block): room on both sides for a whole next line
    [
      '1,000 centred short lines: no word cut, a paragraph each',
      Array.from({ length: 1000 }, () => ({ ...line(5), x: 97.5, right: 132.5 })),
      1000,
    ],
  ])('%s', async (_name, lines, paragraphs) => {
    let read: string[] = [];
    const calls = await segmentsIn(() => (read = cellParagraphs(lines, room)));
    expect(calls).toBe(0);
    expect(read).toHaveLength(paragraphs);
  });

  it('a line whose room is between nothing and the next whole line still measures the first word', async () => {
    // 20 letters leave 70 pt (56 pt past the 14 pt tolerance); the next line is 150 pt wide:
    // its first word decides (one word of 20 letters here, 136 pt: no fit)
    const lines = [line(20), { ...line(0), text: `${'x'.repeat(20)} y`, right: 160 }];
    let read: string[] = [];
    const calls = await segmentsIn(() => (read = cellParagraphs(lines, room)));
    expect(calls).toBeGreaterThan(0);
    expect(read).toHaveLength(1);
  });
});

describe('a PDF of many short items at random positions in a ruled grid', () => {
  it.each([
    ['4,000 items', 4_000, 200],
    ['16,000 items', 16_000, 1000],
  ])('%s: at most a word cut for every sixteen items', async (_name, count, most) => {
    // before: 296 and 1,992 calls (a line pair of a cell each)
    const calls = await segmentsIn(() => readPlanFile(manyItemsPdf(count, 'random')).catch(() => undefined));
    expect(calls).toBeLessThanOrEqual(most);
  });
});
