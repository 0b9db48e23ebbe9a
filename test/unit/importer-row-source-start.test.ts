// A warning quotes its row (ImportWarning.source, at most 500 characters), and the row's quoted
// text was made by stripping every cell whole: a Word cell of 1,000,000 "<a" (5 M characters as
// "&lt;a") was stripped whole for a quote of 500 (session 24's notes: ~40 ms of the bench row's
// import). Now each cell's start is stripped; the quote is the same. Counted work (the long texts
// stripped, read-once.ts's count of strippedTags), no clock.
import { describe, expect, it } from 'vitest';
import { clipText } from '../../shared/domain/clip-text.js';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readingOnce } from '../../shared/import/read-once.js';
import type { SourceDocument } from '../../shared/import/source-document.js';
import { stripTags } from '../../shared/import/thai-text.js';
import { HEADER, M4, M9 } from '../support/base-plan-rows.js';

const N = 100_000;
/** Long cells of three kinds: the bench's escaped "<a", Thai words, and text between many tags. */
const LONG_CELLS: [string, string][] = [
  ['"<a" written as "&lt;a", 100,000 times', `<p>หมายเหตุ ${'&lt;a'.repeat(N)}</p>`],
  ['Thai words, 100,000 of them', 'การเปิดเผยข้อมูล '.repeat(N)],
  ['a word between tags, 100,000 times', '<p><b>ข้อ</b></p>'.repeat(N)],
];

describe('a warning quoting a row with a long cell', () => {
  it.each(LONG_CELLS)(
    'a line of text with a cell more than the header, holding %s: quoted, not stripped whole',
    (_name, long) => {
      const cells = [...M4.map((c) => c.replaceAll('\n', '<br>')), long];
      const document: SourceDocument = {
        blocks: [
          { kind: 'row', where: { line: 1 }, cells: HEADER },
          { kind: 'row', where: { line: 2 }, cells: M9 },
          { kind: 'row', where: { line: 3 }, cells },
        ],
      };
      const ran = new Map<string, number>();
      const { warnings, plan } = readingOnce(
        () => importSourceDocument(document, { orgId: 'demo', fy: 2567, units: MUNICIPAL_UNITS }),
        ran,
      );
      const quoted = warnings.find((w) => w.code === 'unexpected-cell-count' && w.where.line === 3);
      expect(quoted?.source).toBe(clipText(cells.map(stripTags).join(' | '), 500));
      expect(plan.measures.map((m) => m.indicator)).toEqual([9, 4]);
      expect(ran.get('strippedTags') ?? 0).toBe(0);
    },
  );
});
