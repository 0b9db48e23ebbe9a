// Review 17 s25, task s25-f: the month pattern (thai-dates.ts MONTH) was rebuilt to fail fast where a
// cell holds no month (alternatives under their first letters, look-arounds after them) and is read
// with exec instead of matchAll (regex-matches.ts). It must give the same answers as the pattern as
// written before (copied below as session 25's items 2-3 left it): compared here over a few
// thousand random cells of month words, their pieces and neighbours, and over a real plan's cells.
// If the months read change on purpose, change both.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THAI_MONTHS } from '../../shared/domain/thai-format.js';
import { regexMatches } from '../../shared/import/regex-matches.js';
import { MONTH } from '../../shared/import/thai-dates.js';
import { matchKey } from '../../shared/import/thai-text.js';
import { seededRandom } from '../support/seeded-random.js';

/** The pattern as written before the rebuild (main 3739a29, shared/import/thai-dates.ts). */
function straightforwardMonth(): string {
  const SHORT = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
  const escape = (s: string) => s.replace(/\./g, '\\.');
  const THAI_LETTER = '[\\u0E01-\\u0E3A\\u0E40-\\u0E4E]';
  const withEndDot = `(?:${SHORT.map((s) => s.replace('.', '\\.?').replace(/\.$/, '\\.')).join('|')})`;
  const notAbbreviated = `(?<![ก-ฮ]\\.(?<!${withEndDot}))`;
  const dotted = (s: string) => `${notAbbreviated}${escape(s)}(?!(?![มกเพสตธ])[ก-ฮ](?:\\.|(?!${THAI_LETTER})))`;
  const loose = (s: string) => {
    const [a, b] = s.split('.');
    const end = `(?![.]|${THAI_LETTER})`;
    return `(?<=^|[^\\u0E01-\\u0E3A\\u0E40-\\u0E4E]|เดือน|ใน|ถึง|แต่|ก่อน|เริ่ม|สิ้น)${notAbbreviated}${a}(?:\\.${b}${end}|${b}(?:\\.(?!${THAI_LETTER})|${end}))`;
  };
  return `(${[...THAI_MONTHS, 'กุมภาพันธุ์', ...SHORT.map(dotted), ...SHORT.map(loose)].join('|')})`;
}

/** The ways the importer uses the pattern: alone, in a range, in a date, anchored, after a word. */
const uses = (m: string) => ({
  each: new RegExp(m.replace('(', '(?:'), 'g'),
  ranges: new RegExp(`${m}(?:[0-9]{2,4})?(?:-|ถึง)${m}`, 'g'),
  dates: new RegExp(`([0-9]{1,2})${m}((?:พ\\.ศ\\.)?[0-9]{2,4})?|(?:เดือน)?${m}([0-9]{4}|[0-9]{2})?`, 'g'),
  label: new RegExp(`^${m}(?:พ\\.ศ\\.)?(?:[0-9]{2}|[0-9]{4})?$`, 'g'),
  notBefore: new RegExp(`(?:เดือน|ไตรมาส)(?!${m})`, 'g'),
});

/** Each match's place and groups. */
const read = (text: string, re: RegExp) => regexMatches(text, re).map((m) => [m.index, ...m]);

const SHORT = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
/** Month words, their pieces and spellings, and the words and marks found around them. */
const PIECES = [
  ...THAI_MONTHS,
  'กุมภาพันธุ์',
  ...SHORT,
  ...SHORT.map((s) => s.replace(/\./g, '')),
  ...SHORT.map((s) => s.slice(0, -1)),
  ...SHORT.map((s) => s.replace('.', '')),
  ...THAI_MONTHS.map((s) => s.slice(0, 3)),
  ...['อ.', 'ก.', 'ร.', 'ศ.', 'ก.พ.ร.', 'ก.ค.ศ.', 'อ.ก.พ.', 'อ.ส.ค.', 'กยศ.', 'สคบ.', 'พยาบาล', 'มา', 'มีการ'],
  ...['เดือน', 'ภายใน', 'ใน', 'ถึง', 'ตั้งแต่', 'แต่', 'ก่อน', 'เริ่ม', 'สิ้น', 'ไตรมาส', 'จังหวัด', 'พ.ศ.'],
  ...['-', '–', '/', '.', ',', '(', ')', '1', '31', '67', '2567', '66', ' '],
  ...'กขคงมยรลวสหอพตธเแโใไะาิีึืุู่้็ั'.split(''),
];

function randomCells(count: number, seed: number): string[] {
  const next = seededRandom(seed);
  const cells: string[] = [];
  for (let i = 0; i < count; i++) {
    const pieces = 1 + Math.floor(next() * 10);
    let cell = '';
    for (let p = 0; p < pieces; p++) cell += PIECES[Math.floor(next() * PIECES.length)]!;
    cells.push(cell);
  }
  return cells;
}

describe('the month pattern gives the same answers as written before its rebuild', () => {
  const before = uses(straightforwardMonth());
  const now = uses(MONTH);

  it('over 5,000 random cells of month words, pieces and neighbours, in every use', () => {
    const cells = randomCells(5000, 25);
    let matched = 0;
    for (const cell of cells) {
      for (const use of Object.keys(before) as (keyof typeof before)[]) {
        const expected = read(cell, before[use]);
        expect(read(cell, now[use]), `${use}: ${cell}`).toEqual(expected);
        if (use === 'each') matched += expected.length;
      }
    }
    // the cells do hold months, and not only: the comparison reads both
    expect(matched).toBeGreaterThan(3000);
    expect(cells.filter((c) => read(c, before.each).length === 0).length).toBeGreaterThan(500);
  });

  it("over a real plan's cells", () => {
    const plan = readFileSync(new URL('../fixtures/measures-fy2566-don-arang.txt', import.meta.url), 'utf8');
    for (const cell of plan.split(/[\t\n]/).map(matchKey)) {
      for (const use of Object.keys(before) as (keyof typeof before)[]) {
        expect(read(cell, now[use]), `${use}: ${cell}`).toEqual(read(cell, before[use]));
      }
    }
  });
});

describe('regexMatches', () => {
  it('gives what matchAll gives, empty matches too, and refuses an expression without g', () => {
    for (const re of [/a|(?=b)/g, /[0-9]+/g, /(?:)/g]) {
      expect(regexMatches('xab12b', re).map((m) => [m.index, m[0]])).toEqual(
        [...'xab12b'.matchAll(re)].map((m) => [m.index, m[0]]),
      );
    }
    expect(() => regexMatches('a', /a/)).toThrow(TypeError);
  });
});
