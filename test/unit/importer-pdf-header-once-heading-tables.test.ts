// One table per indicator under a heading paragraph, the header typed over the first table only:
// Word and a ruled PDF read each later table with the header above and say so (header-assumed), but
// an unruled PDF (no borders, or a rule under each row only) read the short headings as group rows
// and said nothing (corpus 71; review 17 s20 closing note). A heading alone at the page's margin,
// left of the table's first column by a cell's padding, after the table's rows, is now said too.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planPdf, previewFile } from '../support/plan-pdf.js';

const corpus = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/plans/${name}`, import.meta.url)));

const H9 = 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล';
const H10 = 'ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต';
const assumed = (r: Awaited<ReturnType<typeof previewFile>>) =>
  r.warnings.filter((w) => w.code === 'header-assumed').map((w) => w.source);

describe('the header typed over the first of several heading tables: each later table is said', () => {
  it.each([
    ['Word', '88-three-heading-tables-header-once.docx'],
    ['a ruled PDF (LibreOffice)', '89-three-heading-tables-header-once-libreoffice.pdf'],
    ['a PDF without borders', '71-three-heading-tables-header-once-borderless.pdf'],
    ['a PDF with a rule under each row only', '90-three-heading-tables-header-once-row-rules.pdf'],
  ])('%s: six measures under their headings, one header-assumed per later heading', async (_, name) => {
    const r = await previewFile(corpus(name));
    expect(r.plan.measures.map((m) => [m.measureId, m.indicator])).toEqual([
      ['i1', 1],
      ['i1-2', 1],
      ['i9', 9],
      ['i9-2', 9],
      ['i10', 10],
      ['i10-2', 10],
    ]);
    expect(assumed(r)).toEqual([H9, H10]);
  });
});

/** Lines 14 pt apart: a string at `margin` (a paragraph), an array of cells at the column starts. */
const XS = [60, 330, 480];
function page(parts: (string | [string, number] | string[])[]) {
  const texts: { x: number; y: number; text: string }[] = [];
  parts.forEach((part, i) => {
    const y = 40 + 14 * i;
    if (typeof part === 'string') texts.push({ x: XS[0]! - 5, y, text: part });
    else if (typeof part[1] === 'number') texts.push({ x: part[1], y, text: part[0] });
    else (part as string[]).forEach((text, c) => text && texts.push({ x: XS[c]!, y, text }));
  });
  return { texts };
}
const HEADER = ['มาตรการ', 'การติดตามผล', 'ผู้รับผิดชอบ'];
const H1 = 'ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่';
const R1 = ['ประชุมชี้แจงประมวลจริยธรรมแก่พนักงาน', 'รายงานผลปีละครั้ง', 'กองคลัง'];
const R9 = ['เผยแพร่ข้อมูลข่าวสารทางเว็บไซต์', 'รายงานผลทุกเดือน', 'สำนักปลัด'];
const R10 = ['ประกาศเจตจำนงสุจริต', 'รายงานผลรอบ ๖ เดือน', 'กองช่าง'];
const read = async (parts: Parameters<typeof page>[0]) => {
  const r = await previewFile(await planPdf([page(parts)]));
  return {
    measures: r.plan.measures.map((m) => [m.indicator, m.followUps.map((f) => f.cadence)]),
    assumed: assumed(r),
  };
};
const MEASURES = [
  [1, ['annual']],
  [9, ['monthly']],
  [10, ['semiannual']],
];

describe('an unruled PDF: which headings are paragraphs between tables', () => {
  it('headings at the margin under the rows: each said', async () => {
    expect(await read([H1, HEADER, R1, H9, R9, H10, R10])).toEqual({ measures: MEASURES, assumed: [H9, H10] });
  });

  it('a heading at the margin over its own header again: nothing to say', async () => {
    expect(await read([H1, HEADER, R1, H9, HEADER, R9, H10, HEADER, R10])).toEqual({ measures: MEASURES, assumed: [] });
  });

  it("headings at the cells' start (group rows inside one table): read as before, nothing said", async () => {
    expect(await read([HEADER, [H1, XS[0]!], R1, [H9, XS[0]!], R9, [H10, XS[0]!], R10])).toEqual({
      measures: MEASURES,
      assumed: [],
    });
  });

  it('a heading at the margin right under the header (no rows yet): nothing said', async () => {
    expect(await read([HEADER, H1, R1])).toEqual({ measures: [[1, ['annual']]], assumed: [] });
  });
});
