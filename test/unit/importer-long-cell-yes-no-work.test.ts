// The bench's .docx of 1,000,000 "<a" in the measure cell read 7.55x the ordinary 1 MB plan (quiet
// bench, session 22): rules that only ask a yes/no question of a cell ("is it a label of at most 60
// characters?", "has it any text?", "is it a column number?", "does it start with ลงชื่อ?") stripped
// the whole cell, 5 M characters, to ask it. They now count the stripped text's letters, or strip
// its start, and stop where the answer is known; the answers are stripTags' own. Counted work (the
// long texts stripped, read-once.ts's count of strippedTags), no clock.
import { describe, expect, it } from 'vitest';
import { columnOf } from '../../shared/import/column-names.js';
import { withFormsTransposed } from '../../shared/import/form-tables.js';
import { parseIndicatorHeading } from '../../shared/import/indicator-heading.js';
import { readingOnce } from '../../shared/import/read-once.js';
import { withSideTablesCut } from '../../shared/import/side-tables.js';
import type { SourceBlock, SourceDocument } from '../../shared/import/source-document.js';
import {
  headingAcrossRow,
  headingInNumberCell,
  isColumnNumbersRow,
  isSignOffRow,
  loneCell,
  opensTotalRow,
} from '../../shared/import/table-row-kinds.js';
import {
  hasStrippedText,
  strippedLettersUpTo,
  strippedStart,
  strippedUpTo,
  stripTags,
} from '../../shared/import/thai-text.js';

/** What `run` gives, and how many long texts (1,024 characters and more) it stripped whole. */
function counted<T>(run: () => T): { value: T; stripped: number } {
  const ran = new Map<string, number>();
  const value = readingOnce(run, ran);
  return { value, stripped: ran.get('strippedTags') ?? 0 };
}

const N = 100_000;
/** Long cells of three kinds: the bench's escaped "<a", Thai words, and text between many tags. */
const LONG_CELLS: [string, string][] = [
  ['"<a" written as "&lt;a", 100,000 times', `<p>ตัวชี้วัดที่ ๔ ${'&lt;a'.repeat(N)}</p><p>มาตรการ</p>`],
  ['Thai words, 100,000 of them', `${'การเปิดเผยข้อมูล '.repeat(N)}`],
  ['a word between tags, 100,000 times', `${'<p><b>ข้อ</b></p>'.repeat(N)}`],
];
/** What the importer asks of a card's heading row (measures-document.ts). */
const opensWithHeading = (text: string) => parseIndicatorHeading(text) !== undefined;
const row = (cells: string[]): SourceBlock => ({ kind: 'row', where: { table: 1, row: 1 }, cells });
const doc = (blocks: SourceBlock[]): SourceDocument => ({ blocks });

describe('a long cell is not stripped whole to ask a yes/no question of it', () => {
  it.each(LONG_CELLS)('a label/value row whose label cell is %s: no form, the cell not stripped', (_name, cell) => {
    const document = doc([row([cell, 'ผู้รับผิดชอบ']), row(['มาตรการ', 'จัดทำคู่มือ'])]);
    const { value, stripped } = counted(() => withFormsTransposed(document, columnOf, opensWithHeading));
    expect(value).toBe(document);
    expect(stripped).toBe(0);
  });

  it.each(LONG_CELLS)('a row of %s alone (a card’s heading row?): no heading field, not stripped', (_name, cell) => {
    const document = doc([row([cell, '']), row(['มาตรการ', 'จัดทำคู่มือ'])]);
    const { value, stripped } = counted(() => withFormsTransposed(document, columnOf, opensWithHeading));
    expect(value).toBe(document);
    expect(stripped).toBe(0);
  });

  it.each(LONG_CELLS)(
    'a header-like row with a cell of %s past the empty column: no side table, not stripped',
    (_name, cell) => {
      const header = row(['มาตรการ', 'การติดตามผล', 'ผู้รับผิดชอบ', '', cell, 'จำนวน']);
      const { value, stripped } = counted(() => withSideTablesCut(doc([header]), columnOf));
      expect(value.sideTables).toEqual([]);
      expect(stripped).toBe(0);
    },
  );

  it.each(LONG_CELLS)('a row of column numbers and %s: no column numbers row, not stripped', (_name, cell) => {
    const { value, stripped } = counted(() => isColumnNumbersRow(['(๑)', '(๒)', cell], [null, null, null]));
    expect(value).toBe(false);
    expect(stripped).toBe(0);
  });

  it.each(LONG_CELLS)(
    'a row opening with %s: no sign-off row, not stripped; "ลงชื่อ" before it is one',
    (_name, cell) => {
      const { value, stripped } = counted(() => isSignOffRow([cell, 'x'], [null, null]));
      expect(value).toBe(false);
      const signed = counted(() => isSignOffRow([`ลงชื่อ ${cell}`], [null]));
      expect(signed.value).toBe(true);
      expect(stripped + signed.stripped).toBe(0);
    },
  );

  it.each(LONG_CELLS)('a row of %s and another cell with text: no lone cell, not stripped', (_name, cell) => {
    const { value, stripped } = counted(() => loneCell([cell, 'กองคลัง'], [null, null]));
    expect(value).toBeUndefined();
    expect(stripped).toBe(0);
    // alone in its row it is the lone cell, its text stripped once
    const lone = counted(() => loneCell([cell, ''], [null, null]));
    expect(lone.value?.text).toBe(stripTags(cell));
    expect(lone.stripped).toBe(1);
  });

  it.each(LONG_CELLS)('a row of %s: no heading across the row nor in a number cell, not stripped', (_name, cell) => {
    const across = counted(() => headingAcrossRow([cell, ''], [null, null]));
    const inNumber = counted(() => headingInNumberCell(cell));
    expect(across.value).toBeUndefined();
    expect(inNumber.value).toBe(false);
    expect(across.stripped + inNumber.stripped).toBe(0);
  });

  it.each(LONG_CELLS)('a measure cell of %s is no total row, not stripped; "รวมทั้งสิ้น" is one', (_name, cell) => {
    const { value, stripped } = counted(() => opensTotalRow(cell));
    expect(value).toBe(false);
    expect(stripped).toBe(0);
    expect(opensTotalRow(`<p> รวมทั้งสิ้น ${cell}</p>`)).toBe(true);
  });
});

/** A deterministic generator (mulberry32), so a failing case can be found again. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const PIECES = [
  '<',
  '>',
  '<p>',
  '</p>',
  '<b x="1">',
  '&lt;',
  '&amp;',
  '&amp;lt;',
  '&nbsp;',
  '&NBSP;',
  '&gt',
  '&',
  ';',
  ' ',
  '  ',
  '\u00a0',
  '\u200b',
  '\t',
  '\n',
  '\u3000',
  '\ufeff',
  '\u0085',
  'a',
  'ก',
  'ตัวชี้วัด',
  '\u0001',
  '\ud800',
  '(',
  'ลงชื่อ',
];

describe('the counts and starts are stripTags’ own', () => {
  const next = random(17);
  const cases = Array.from({ length: 3000 }, () =>
    Array.from({ length: Math.floor(next() * 14) }, () => PIECES[Math.floor(next() * PIECES.length)]).join(''),
  );

  it('letters counted up to a bound: the stripped text’s characters other than spaces, at most the bound', () => {
    for (const html of cases) {
      const letters = stripTags(html).replaceAll(' ', '').length;
      for (const upTo of [0, 1, 2, 5, 1000])
        expect(strippedLettersUpTo(html, upTo), html).toBe(Math.min(letters, upTo));
      expect(hasStrippedText(html), html).toBe(stripTags(html) !== '');
    }
  });

  it('a start has at least that many letters (or is all of it) and begins the stripped text', () => {
    for (const html of cases) {
      const whole = stripTags(html);
      for (const letters of [1, 3, 6]) {
        const start = strippedStart(html, letters);
        expect(whole.startsWith(start), html).toBe(true);
        expect(start.replaceAll(' ', '').length, html).toBeGreaterThanOrEqual(
          Math.min(letters, whole.replaceAll(' ', '').length),
        );
      }
    }
  });

  it('a text up to a length: the stripped text when it is that short, else nothing', () => {
    for (const html of cases) {
      const whole = stripTags(html);
      for (const max of [0, 2, 4, 10])
        expect(strippedUpTo(html, max), html).toBe(whole.length <= max ? whole : undefined);
    }
  });
});
