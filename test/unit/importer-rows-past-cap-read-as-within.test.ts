// Rows past a table's 500 measures are not imported, but what the user sees of them is read as if
// they were (session 60, s60-B, on a cheaper pass for them: docs/performance.md): the measures-
// dropped warning counts the measures they would give (a row going on with the one above, a heading
// row, a unit row, a line of text or a later table's rows are none), and the warnings about reading
// a row (a heading row skipped, a cell count, a continuation guessed, another table's header) are
// said on them as within the cap. Each tail is read after 2 measures and after 500; the counts and
// those warnings must agree. A pass over rows past the cap that reads less must keep these equal.
import { describe, expect, it } from 'vitest';
import type { ImportWarning } from '../../shared/import/import-warning.js';
import { HEADER, M4, M5 } from '../support/base-plan-rows.js';
import { preview, tsv } from '../support/plan-table-files.js';

/** A complete measure row of its own indicator, title and unit (one measure, no warning of its own). */
const measure = (i: number) => [
  `ตัวชี้วัดที่ ${(i % 9) + 1} มาตรการที่ ${i} จัดอบรมเรื่องที่ ${i}`,
  'จัดอบรม',
  'ตลอดปีงบประมาณ',
  'รายงานผลทุกไตรมาส',
  'กองคลัง',
];

/** The warnings about reading a row (readRows'), not about a measure imported. */
const ROW_CODES: ReadonlySet<ImportWarning['code']> = new Set([
  'heading-row-skipped',
  'unexpected-cell-count',
  'continuation-guessed',
  'orphan-continuation',
  'table-not-read',
  'sign-off-left-out',
]);

/** Rows after the measures, and how many measures they give. */
const TAILS: [string, string[][], number][] = [
  [
    'a continuation, a total, a section heading, a row of two cells among measures',
    [
      measure(1000),
      ['', 'ขั้นตอนต่อ', '', '', ''],
      ['รวมทั้งสิ้น', '', '', '', '25,000'],
      ['ส่วนที่ ๒ มาตรการอื่น', '', '', '', ''],
      measure(1001),
      ['ก', 'ข'],
      measure(1002),
    ],
    5,
  ],
  [
    "another table's header and its rows after two measures",
    [
      measure(1000),
      measure(1001),
      ['ตัวชี้วัด', 'การติดตามผล', 'หน่วยงาน', 'จำนวนครั้ง'],
      ['4', '1', 'กองคลัง', '12'],
      ['5', '1', 'สำนักปลัด', '4'],
    ],
    2,
  ],
  ['a numbered line going on with the measure above', [measure(1000), ['๒. ข้อต่อไป', '', '', '', '']], 1],
  [
    'a unit row over a measure',
    [measure(1000), ['หน่วยงานผู้รับผิดชอบ: กองช่าง', '', '', '', ''], ['มาตรการย่อย', 'ทำ', 'ตลอดปี', 'รายงานทุกเดือน', '']],
    2,
  ],
  [
    'an indicator heading row over a measure of no indicator',
    [measure(1000), ['ตัวชี้วัดที่ ๓ การใช้อำนาจ', '', '', '', ''], ['มาตรการย่อย', 'ทำ', 'ตลอดปี', 'รายงานทุกเดือน', 'กองคลัง']],
    2,
  ],
  ['a line of text between two measures', [measure(1000), ['หมายเหตุ ข้อความ'], measure(1001)], 2],
];

/** The row warnings on the tail's lines: code, line within the tail, the text quoted. */
const rowWarnings = (warnings: readonly ImportWarning[], tailLine: number) =>
  warnings
    .filter((w) => ROW_CODES.has(w.code) && (w.where.line ?? 0) >= tailLine)
    .map((w) => ({ code: w.code, line: w.where.line! - tailLine, source: w.source }));

describe("rows past a table's 500 measures are counted and warned as within the cap", () => {
  it.each(TAILS)('%s', async (_name, tail, measures) => {
    // within the cap: header (line 1), M4, M5, the tail from line 4
    const within = await preview(tsv([HEADER, M4, M5, ...tail]));
    expect(within.plan.measures).toHaveLength(2 + measures);
    // past it: 498 measures more, the tail from line 502
    const more = Array.from({ length: 498 }, (_, i) => measure(i));
    const past = await preview(tsv([HEADER, M4, M5, ...more, ...tail]));
    expect(past.plan.measures).toHaveLength(500);
    const dropped = past.warnings.filter((w) => w.code === 'measures-dropped');
    expect(dropped).toHaveLength(1);
    expect(dropped[0]!.message_en).toContain(`the document has ${500 + measures} measure rows`);
    expect(dropped[0]!.message_th).toContain(`จึงไม่ได้นำเข้า`);
    expect(rowWarnings(past.warnings, 502)).toEqual(rowWarnings(within.warnings, 4));
  });

  it("the row warnings compared are there: a heading row skipped, a cell count, another table's header", async () => {
    const said = async ([, tail]: (typeof TAILS)[number]) =>
      rowWarnings((await preview(tsv([HEADER, M4, M5, ...tail]))).warnings, 4).map((w) => w.code);
    expect(await said(TAILS[0]!)).toEqual(['heading-row-skipped', 'unexpected-cell-count']);
    expect(await said(TAILS[1]!)).toEqual(['table-not-read']);
    expect(await said(TAILS[2]!)).toEqual(['continuation-guessed']);
  });
});
