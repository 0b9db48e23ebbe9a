// A PDF's readings of a text are made once per read (docs/performance.md, session 26): the .docx
// and text readers run within readingOnce, the PDF reader did not, so each row of a ruled table was
// read as a possible header cell by cell, every cell text again (the bench's 25,000-item grid: 3,481
// cells, ~15 ms of its ~300). Counted, not timed: how often columnOf reads each text.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { manyItemsPdf } from '../support/many-items-pdf.js';

const reads = vi.hoisted(() => new Map<string, number>());
vi.mock('../../shared/import/column-names.js', async (original) => {
  const module = await original<typeof import('../../shared/import/column-names.js')>();
  return {
    ...module,
    columnOf: (header: string) => {
      reads.set(header, (reads.get(header) ?? 0) + 1);
      return module.columnOf(header);
    },
  };
});
beforeEach(() => reads.clear());

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/plans/${name}`, import.meta.url)));

describe('reading a PDF', () => {
  it.each<[string, () => Uint8Array]>([
    ['4,000 items at random in a ruled grid (cell texts repeat)', () => manyItemsPdf(4_000, 'random', true)],
    ['4,000 items at random without rules (lines repeat)', () => manyItemsPdf(4_000, 'random', false)],
    ['a plan whose header repeats on every page', () => fixture('23-long-repeated-header.pdf')],
    [
      'three heading tables without borders, the header once',
      () => fixture('71-three-heading-tables-header-once-borderless.pdf'),
    ],
  ])('%s reads each text as a column name once', async (_name, input) => {
    await readPlanFile(input()).catch(() => undefined);
    expect(reads.size).toBeGreaterThan(0);
    const again = [...reads].filter(([, n]) => n > 1);
    expect(again).toEqual([]);
  });
});
