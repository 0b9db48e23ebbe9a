// The PDF reader's work grows with the text items of a page as n log n, once (review 17 s17, S17-5's
// PDF addendum: a 1 MB PDF of 25,000 short items at random positions took 4.14x the 1 MB ordinary
// input; 59,000 items 8.4x). Each page's items were sorted into lines again by each of its readers
// (the garbled-letter count, the two-up gutter's two sweeps, the tab-stop reader) and the content
// stream tokenized for /ActualText even with no marked content in it. Counted here, not timed:
// the comparisons Array.prototype.sort makes, and the strings the content tokenizer builds.
import { afterEach, describe, expect, it } from 'vitest';
import { markedContentOfPages } from '../../shared/import/pdf-actual-text.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { type ItemPlacement, manyItemsPdf } from '../support/many-items-pdf.js';

const nativeSort = Array.prototype.sort;
const nativeFromCharCode = String.fromCharCode;
afterEach(() => {
  Array.prototype.sort = nativeSort;
  String.fromCharCode = nativeFromCharCode;
});

/** The comparisons all sorts make while `run` runs. */
async function comparisonsIn(run: () => Promise<unknown>): Promise<number> {
  let comparisons = 0;
  Array.prototype.sort = function <T>(this: T[], compare?: (a: T, b: T) => number) {
    return nativeSort.call(
      this,
      compare &&
        ((a: T, b: T) => {
          comparisons++;
          return compare(a, b);
        }),
    ) as T[];
  };
  try {
    await run();
  } finally {
    Array.prototype.sort = nativeSort;
  }
  return comparisons;
}

describe('reading a PDF page of many text items', () => {
  it.each<[string, number, ItemPlacement, boolean]>([
    ['16,000 items at random positions in a ruled grid', 16_000, 'random', true],
    ['16,000 items at random positions without rules', 16_000, 'random', false],
    ['4,000 items at random positions in a ruled grid', 4_000, 'random', true],
    ['16,000 items along a diagonal in a ruled grid', 16_000, 'diagonal', true],
    ['16,000 items on one line without rules', 16_000, 'line', false],
  ])('%s sorts them with at most 2 n log2 n comparisons in all', async (_name, count, placement, ruled) => {
    const bytes = manyItemsPdf(count, placement, ruled);
    const comparisons = await comparisonsIn(() => readPlanFile(bytes).catch(() => undefined));
    // one sort of the page into lines (n log2 n at most), and the cells' own small sorts
    expect(comparisons).toBeLessThanOrEqual(2 * count * Math.log2(count));
  });

  // a page of tables is read cell by cell: its runs in page lines were sorted for nothing but the
  // running heads of pages without tables (session 27, s27-a: ~15% of the reading of its pages)
  it.each<[string, number, ItemPlacement]>([
    ['16,000 items at random positions in a ruled grid', 16_000, 'random'],
    ['4,000 items at random positions in a ruled grid', 4_000, 'random'],
    ['8,000 items at random positions in a ruled grid', 8_000, 'random'],
  ])(
    'a page of %s is not sorted into lines as a whole: fewer comparisons than items',
    async (_name, count, placement) => {
      const bytes = manyItemsPdf(count, placement, true);
      const comparisons = await comparisonsIn(() => readPlanFile(bytes).catch(() => undefined));
      // the text outside the grid in lines, and the cells' own few runs
      expect(comparisons).toBeLessThan(count);
    },
  );
});

describe('reading /ActualText from a PDF content stream', () => {
  /** The strings built from bytes while reading the marked content of a page of `count` items. */
  async function stringsBuilt(count: number, placement: ItemPlacement, marked: boolean) {
    const bytes = manyItemsPdf(count, placement, true, marked);
    let built = 0;
    String.fromCharCode = (...codes: number[]) => {
      built++;
      return nativeFromCharCode(...codes);
    };
    try {
      const read = await markedContentOfPages(bytes, 1);
      return { built, sequences: read === undefined || read === 'encrypted' ? undefined : read[0]!.length };
    } finally {
      String.fromCharCode = nativeFromCharCode;
    }
  }

  it.each<[string, number, ItemPlacement]>([
    ['16,000 items at random positions', 16_000, 'random'],
    ['16,000 items along a diagonal', 16_000, 'diagonal'],
    ['4,000 items on one line', 4_000, 'line'],
  ])('a page of %s and no marked content is not tokenized', async (_name, count, placement) => {
    const { built, sequences } = await stringsBuilt(count, placement, false);
    expect(sequences).toBe(0);
    // the PDF's objects only (pdf-lib): none a text item
    expect(built).toBeLessThan(1_000);
  });

  it('a page of 16,000 items each in a marked-content sequence reads all 16,000, its numbers and strings unread', async () => {
    const { built, sequences } = await stringsBuilt(16_000, 'random', true);
    expect(sequences).toBe(16_000);
    // BMC, BT, Tf, Td, Tj, ET, EMC and the names /P, /F1: 9 an item; the 3 numbers and "(ab)" are skipped
    expect(built).toBeLessThanOrEqual(9.1 * 16_000);
  });
});
