// Review 17 s12, S12-9: OCR text with a page break inside a row (the page's number, the running
// title, the repeated header between the row's two halves) dropped the second half without a word:
// the measure was left with no follow-up and no unit. The halves are now joined over the page's
// furniture, with a warning to check the join.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importSeedPlan, importSeedText, SEED_DOCUMENT, seedShapeOf } from '../support/seed-plan.js';

const seed = readFileSync(SEED_DOCUMENT, 'utf8');
const lines = seed.split('\n');
const expected = seedShapeOf(importSeedPlan().plan.measures);
const HEADER = lines.find((l) => l.startsWith('มาตรการ/แนวทาง\t'))!;
const TITLE = lines.find((l) => l.includes('มาตรการส่งเสริมคุณธรรม'))!.replace(/\*\*/g, '');

/** the seed with the row starting `start` cut in its cell `cell` (0-based) at its middle space, `between` the halves */
function broken(start: string, cell: number, between: string[]): { text: string; line: number } {
  const at = lines.findIndex((l) => l.startsWith(start));
  const cells = lines[at]!.split('\t');
  const text = cells[cell]!;
  const space = text.indexOf(' ', Math.floor(text.length / 2));
  const firstHalf = [...cells.slice(0, cell), text.slice(0, space)].join('\t');
  const secondHalf = [text.slice(space + 1), ...cells.slice(cell + 1)].join('\t');
  const out = [...lines.slice(0, at), firstHalf, ...between, secondHalf, ...lines.slice(at + 1)];
  return { text: out.join('\n'), line: at + 1 };
}

describe('a row of the seed broken by a page break reads as the unbroken seed (7 measures)', () => {
  const I5 = '<b>๒. ตัวชี้วัดที่ ๕';
  const I6 = '<b>๓. ตัวชี้วัดที่ ๖';
  const cases: [string, string, number, string[]][] = [
    ['the page number between blank lines (reviewer’s pb3)', I5, 1, ['', 'หน้า ๒ จาก ๕', '']],
    ['a form feed and the repeated header (pb2)', I5, 1, ['\f', HEADER]],
    ['the footer, the running title and the header (pb1)', I5, 1, ['', '- ๒ -', '\f', TITLE, '', HEADER]],
    ['the first cell cut, a form feed and the header (pb4)', I6, 0, ['\f', HEADER]],
    ['"Page 3 of 5" and the header, the follow-ups cut', I6, 3, ['Page 3 of 5', HEADER]],
  ];
  it.each(cases)('%s', (_, start, cell, between) => {
    const { text, line } = broken(start, cell, between);
    expect(text).not.toBe(seed);
    const result = importSeedText(text);
    expect(seedShapeOf(result.plan.measures)).toEqual(expected);
    const said = result.warnings.find((w) => w.code === 'continuation-guessed' && w.where.line === line);
    expect(said?.message_th).toContain('ขาดตอนที่ขึ้นหน้าใหม่');
    expect(said?.message_en).toContain(`the row on line ${line} breaks at a page break`);
  });
});

describe('text under a table is not joined with the next table over blank lines', () => {
  it('keeps a note line and the rows after it apart', () => {
    const text = [
      'มาตรการ/แนวทาง\tวิธีการดำเนินการ\tการติดตามผลการดำเนินการ\tผู้รับผิดชอบ',
      'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ\tจัดทำคู่มือ\t๑. รายงานผลทุกเดือน\tกองคลัง',
      '',
      'หมายเหตุ ปรับตามมติที่ประชุม',
      '',
      'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล\tปรับปรุงเว็บไซต์\t๑. รายงานทุกไตรมาส\tกองช่าง',
    ].join('\n');
    const { warnings } = importSeedText(text);
    expect(warnings.some((w) => w.code === 'continuation-guessed')).toBe(false);
  });
});
