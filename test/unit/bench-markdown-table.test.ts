// The bench's table as README shows it (test/bench/harness.ts): a figure quoting a "|" row must
// stay in its own cell, or GitHub splits the row and shifts every later cell.
import { describe, expect, it } from 'vitest';
import { markdownTable } from '../bench/harness.js';

/** The cells of a GFM table line: split on "|" not escaped by "\". */
const cellsOf = (line: string) =>
  line
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());

describe("the bench's Markdown table", () => {
  it.each([
    ['a "|" row', '1 MB of "|" rows ("| ตัวชี้วัดที่ 1 | กก | ข | ทุกเดือน | กองคลัง |")'],
    ['a Markdown table row', '1 MB of a Markdown table ("|---|" between)'],
    ['a lone pipe at the end', 'figure ending in |'],
  ])('keeps %s in one cell, five cells a line', (_, figure) => {
    const table = markdownTable([{ section: 'importer', figure, value: '1.84x', goal: '<= 3x', met: true }]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(cellsOf(line)).toHaveLength(5);
    expect(cellsOf(lines[2]!)).toEqual(['importer', figure.replaceAll('|', '\\|'), '1.84x', '<= 3x', 'yes']);
  });

  it('says "-" for a figure with no goal and NO for one not met', () => {
    const table = markdownTable([
      { section: 'cold start', figure: 'empty handler', value: '136 ms', goal: '-', met: null },
      { section: 'cold start', figure: 'api', value: '3.20x', goal: '<= 1.5x', met: false },
    ]);
    expect(
      table
        .split('\n')
        .slice(2)
        .map((l) => cellsOf(l)[4]),
    ).toEqual(['-', 'NO']);
  });
});
