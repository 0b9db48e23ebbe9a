// Review 17 s21, S21-2: an announcement of labelled paragraphs set in two page columns (Word's
// Layout > Columns) and saved as PDF by LibreOffice: the two columns' lines share baselines, and each
// line of the page was read as the left column's line and the right one's joined: 4 measures read as
// 2 (indicators 2 and 6 gone, the survivors given the other column's units and follow-ups), 10 as 0.
// A page without rules whose lines part at one gutter in the middle is now read down the left column,
// then down the right. Fixtures: the reviewer's TWO-col (a column break after indicator 2), TWO-col-flow
// (the text flowing into the right column) and TWO-col-10 (ten measures), each PDF beside its .docx.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codesOf, measuresOf, planPdf, previewFile } from '../support/plan-pdf.js';

const read = (name: string) =>
  previewFile(new Uint8Array(readFileSync(new URL(`../fixtures/pdf-page-columns/${name}`, import.meta.url))));
const FIELDS = ['indicator', 'units', 'cadences', 'methods'] as const;

describe('a labelled-paragraph plan in two page columns, as a PDF', () => {
  it.each([
    ['a column break after the second measure', 'column-break'],
    ['the text flowing into the right column', 'flowing'],
    ['ten measures flowing over both columns', 'ten-flowing'],
  ])('%s: the measures of the Word file, each with its own units and cadence', async (_, name) => {
    const [pdf, word] = [await read(`${name}.pdf`), await read(`${name}.docx`)];
    expect(measuresOf(pdf, FIELDS)).toEqual(measuresOf(word, FIELDS));
    expect(codesOf(pdf)).toEqual(codesOf(word));
  });

  it('the column-break file: i1 monthly clerk, i2 quarterly finance, i6 semiannual education, i9 annual engineering', async () => {
    expect(measuresOf(await read('column-break.pdf'), ['indicator', 'units', 'cadences'])).toEqual([
      { indicator: 1, units: ['clerk'], cadences: ['monthly'] },
      { indicator: 2, units: ['finance'], cadences: ['quarterly'] },
      { indicator: 6, units: ['education'], cadences: ['semiannual'] },
      { indicator: 9, units: ['engineering'], cadences: ['annual'] },
    ]);
  });
});

/** Lines 14 pt apart: [left column's text, right column's text] per line; a string runs across. */
const L = 40;
const R = 440;
function page(lines: (string | [string, string])[]) {
  const texts: { x: number; y: number; text: string }[] = [];
  lines.forEach((line, i) => {
    const y = 40 + 14 * i;
    if (typeof line === 'string') texts.push({ x: L, y, text: line });
    else line.forEach((text, c) => text && texts.push({ x: c === 0 ? L : R, y, text }));
  });
  return { texts };
}
const MEASURE = (n: number, unit: string, followUp: string) => [
  `ตัวชี้วัดที่ ${n}`,
  `มาตรการ: มาตรการที่ ${n} ส่งเสริมคุณธรรมและความโปร่งใสของหน่วยงานให้เป็นรูปธรรม`,
  `ผู้รับผิดชอบ: ${unit}`,
  `การติดตามผล: ${followUp}`,
];
const TITLE = 'แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2567 ของเทศบาลตำบลทดสอบ';
const pair = (left: string[], right: string[]): [string, string][] =>
  left.map((l, i) => [l, right[i] ?? ''] as [string, string]);

describe('which pages are read as two page columns', () => {
  it('a title across, two columns under it, a closing line across: the left column first', async () => {
    const left = [...MEASURE(1, 'สำนักปลัด', 'รายงานผลทุกเดือน'), ...MEASURE(2, 'กองคลัง', 'รายงานผลทุกไตรมาส')];
    const right = [...MEASURE(6, 'กองการศึกษา', 'รายงานผลรอบ 6 เดือน'), ...MEASURE(9, 'กองช่าง', 'รายงานผลปีละครั้ง')];
    const closing = 'ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป และให้ทุกส่วนราชการรายงานผลตามแผนนี้ต่อคณะทำงานทุกรอบ';
    const r = await previewFile(await planPdf([page([TITLE, ...pair(left, right), closing])]));
    expect(measuresOf(r, ['indicator', 'units', 'cadences'])).toEqual([
      { indicator: 1, units: ['clerk'], cadences: ['monthly'] },
      { indicator: 2, units: ['finance'], cadences: ['quarterly'] },
      { indicator: 6, units: ['education'], cadences: ['semiannual'] },
      { indicator: 9, units: ['engineering'], cadences: ['annual'] },
    ]);
  });

  it('a label and its text apart on each line (a tab stop, not columns of the page): read as before', async () => {
    const lines = MEASURE(1, 'สำนักปลัด', 'รายงานผลทุกเดือน').map((l) => l.split(': ') as [string, string]);
    const texts = [TITLE, ...lines].flatMap((l, i) =>
      typeof l === 'string'
        ? [{ x: L, y: 40 + 14 * i, text: l }]
        : [
            { x: L, y: 40 + 14 * i, text: l[0] },
            { x: 160, y: 40 + 14 * i, text: l[1] },
          ],
    );
    const r = await previewFile(await planPdf([{ texts }]));
    expect(measuresOf(r, ['indicator', 'units', 'cadences'])).toEqual([
      { indicator: 1, units: ['clerk'], cadences: ['monthly'] },
    ]);
  });
});
