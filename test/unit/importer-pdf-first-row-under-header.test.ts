// Review 17 s19, S19-4 (unruled part): a Word plan saved as PDF by LibreOffice, its table without
// rules or with rules under the rows only (columns ตัวชี้วัด | มาตรการ | วิธีดำเนินการ | การติดตามผล |
// ผู้รับผิดชอบ). The first row's heading "ตัวชี้วัดที่ 1" sits in the indicator column, not the measure
// column, so the reader took the row's lines for the header's labels wrapped: measure 1 was lost
// without a word, the header's cells took its text ("วิธีดำเนินการ 1. ขั้นตอน…") and named their
// columns no more, so every other measure lost its methods. A line holding a measure heading or a
// list item is a row's, never the header's (nor a header of its own: "ตัวชี้วัดที่ 2 | มาตรการที่ 2 … |
// รายงานผล | กองคลัง" names the plan's columns by their words).
// Fixtures: the reviewer's PB-h.pdf, PB-none.pdf, PBn-h.pdf (header not repeated), PB3-h.pdf (a
// short first row); and three of the same kind from Word tables (LibreOffice 7): the indicator column
// second with Thai digits, rows of two lines, and a header whose labels wrap over three lines.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codesOf, measuresOf, previewFile } from '../support/plan-pdf.js';

const read = (name: string) =>
  previewFile(new Uint8Array(readFileSync(new URL(`../fixtures/pdf-first-row/${name}`, import.meta.url))));

const UNITS = ['clerk', 'finance', 'engineering', 'education', 'health'];
const CADENCES = ['monthly', 'quarterly', 'semiannual', 'annual'];

/** Measure N of a table: indicator ((N - 1) mod 10) + 1, its title, unit, cadence and number of methods. */
const expected = (count: number, title: (n: number) => string, methods: (i: number) => number) =>
  Array.from({ length: count }, (_, i) => ({
    indicator: (i % 10) + 1,
    title: title(i + 1),
    units: [UNITS[i % 5]],
    cadences: [CADENCES[i % 4]],
    methods: methods(i),
  }));

const transparency = (n: number) => `มาตรการที่ ${n} ส่งเสริมความโปร่งใสด้านที่ ${n}`;

const cases: { file: string; what: string; plan: ReturnType<typeof expected>; codes?: string[] }[] = [
  {
    file: 'rows-ruled-12-measures-header-repeated.pdf',
    what: 'rules under the rows, 3 pages, the header repeated',
    plan: expected(12, transparency, (i) => (i % 3 === 0 ? 6 : 2)),
  },
  {
    file: 'borderless-12-measures-header-repeated.pdf',
    what: 'no borders, 3 pages, the header repeated',
    plan: expected(12, transparency, (i) => (i % 3 === 0 ? 6 : 2)),
  },
  {
    file: 'rows-ruled-12-measures-header-once.pdf',
    what: 'rules under the rows, 3 pages, the header on the first page only',
    plan: expected(12, transparency, (i) => (i % 3 === 0 ? 6 : 2)),
  },
  {
    file: 'rows-ruled-4-measures-first-short.pdf',
    what: 'rules under the rows, a first row of two methods',
    plan: expected(4, transparency, (i) => (i % 3 === 1 ? 6 : 2)),
  },
  {
    file: 'borderless-indicator-second-column.pdf',
    what: 'no borders, the indicator column second, its headings in Thai digits',
    plan: expected(
      4,
      (n) => `มาตรการที่ ${n} เผยแพร่ข้อมูลสาธารณะด้านที่ ${n}`,
      (i) => (i % 2 === 0 ? 3 : 1),
    ),
  },
  {
    file: 'rows-ruled-short-rows.pdf',
    what: 'rules under the rows, rows of two lines and no methods column',
    plan: expected(
      4,
      (n) => `มาตรการที่ ${n} จัดทำประกาศ`,
      () => 0,
    ),
    // its timeframes ("ต.ค. 2567 - ก.ย. 2568") are fiscal year 2568's under a title of 2567: said (s27-d)
    codes: Array<string>(4).fill('timeframe-other-year'),
  },
  {
    file: 'borderless-wrapped-header.pdf',
    what: 'no borders, header labels wrapped over three lines above the first row',
    plan: expected(4, transparency, () => 2),
  },
];

describe('an unruled PDF table whose first row starts with a heading outside the measure column', () => {
  for (const c of cases) {
    it(`${c.what}: the first row is a measure, and every column is named`, async () => {
      const r = await read(c.file);
      expect(measuresOf(r, ['indicator', 'title', 'units', 'cadences', 'methods'])).toEqual(c.plan);
      expect(codesOf(r)).toEqual(c.codes ?? []);
    });
  }
});
