// pdf.js runs its worker in this thread; its own port structuredCloned every message (the text
// content and the operator list, glyphs included: ~10% of the bench's 25,000-item page, s25-d).
// The reader's port passes them uncloned, copying only the chunks the worker reuses after sending.
// Counted here, not timed: the clones made, and that every item and rule still arrives.
import { afterEach, describe, expect, it } from 'vitest';
import { pdfPages } from '../../shared/import/pdf-page-content.js';
import { type ItemPlacement, manyItemsPdf } from '../support/many-items-pdf.js';

const nativeClone = globalThis.structuredClone;
afterEach(() => {
  globalThis.structuredClone = nativeClone;
});

/** The pages of `bytes` and the structuredClone calls made while reading them. */
async function readCountingClones(bytes: Uint8Array) {
  let clones = 0;
  globalThis.structuredClone = (value: unknown, options?: StructuredSerializeOptions) => {
    clones++;
    return nativeClone(value, options);
  };
  try {
    return { pages: await pdfPages(bytes), clones };
  } finally {
    globalThis.structuredClone = nativeClone;
  }
}

describe("reading a PDF page through pdf.js's in-thread worker", () => {
  it.each<[string, ItemPlacement, boolean]>([
    ['3,000 items at random positions', 'random', false],
    ['3,000 items on one line', 'line', false],
    ['3,000 items each in a marked-content sequence', 'random', true],
  ])(
    '%s in a ruled grid arrive whole (every item and rule), none of its messages cloned',
    async (_, placement, marked) => {
      // pdf.js sends such a page in many chunks of text content and of operators
      const { pages, clones } = await readCountingClones(manyItemsPdf(3_000, placement, true, marked));
      expect(clones).toBe(0);
      expect(pages).toHaveLength(1);
      expect(pages[0]!.runs).toHaveLength(3_000);
      expect(pages[0]!.runs.every((run) => run.text === 'ab')).toBe(true);
      expect(pages[0]!.rules).toHaveLength(120);
    },
  );

  it('two PDFs read at once each give their own pages, as read alone', async () => {
    const one = manyItemsPdf(1_500, 'random', true);
    const other = manyItemsPdf(2_500, 'diagonal', false);
    const [a, b] = await Promise.all([pdfPages(one), pdfPages(other)]);
    expect(a).toEqual(await pdfPages(one));
    expect(b).toEqual(await pdfPages(other));
    expect([a[0]!.runs.length, b[0]!.runs.length]).toEqual([1_500, 2_500]);
    expect([a[0]!.rules.length, b[0]!.rules.length]).toEqual([120, 0]);
  });
});
