// A PDF's readings of a text are made once per read (docs/performance.md, session 26): the .docx
// and text readers run within readingOnce, the PDF reader did not, so each row of a ruled table was
// read as a possible header cell by cell, every cell text again (the bench's 25,000-item grid: 3,481
// cells, ~15 ms of its ~300). Counted, not timed: the readings made within readingOnce (each text
// once, read-once.ts), which were none before.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countReadings } from '../../shared/import/read-once.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { manyItemsPdf } from '../support/many-items-pdf.js';

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
  ])('%s reads its texts as column names within one reading of the file', async (_name, input) => {
    const ran = new Map<string, number>();
    const stop = countReadings(ran);
    try {
      await readPlanFile(input()).catch(() => undefined);
    } finally {
      stop();
    }
    expect(ran.get('columnOf') ?? 0).toBeGreaterThan(0);
    expect(ran.get('headerCellRole') ?? 0).toBeGreaterThan(0);
  });
});
