// Review 17 s19, S19-2 (the Chromium variant, nb2-chromium.pdf) and its neighbours (review 17 s21):
// a plan table printed from a browser without borders, one line a row, the indicator cell of a row
// left blank. That row was folded into the measure above it, silently: its title in the measure's
// title or sub-measures, its unit and follow-up given to that measure. The Word file of the same
// table keeps it as a measure of its own, without an indicator (`no-indicator`); so does the PDF now.
// The reviewer's file reads right since 78a1317 (3f7d75c's lines by overlapping boxes with
// 42e2c42's rows parting where every column starts a paragraph; before it: 3 measures, or the
// indicators one row off). Its neighbours did not: a blank-indicator row under a title that fills
// its column (no room left to see the paragraph end) went on with it. A line under a one-line row
// now starts the next row when the table's rows were one line each, it fills the same columns but
// the indicator, a row's step below, and one column certainly starts a paragraph (room for its
// first word, or another cadence). Fixtures: Chromium's PDFs of the .html beside them, and
// LibreOffice's .docx of the same .html.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codesOf, measuresOf, previewFile } from '../support/plan-pdf.js';

const read = (name: string) =>
  previewFile(new Uint8Array(readFileSync(new URL(`../fixtures/pdf-browser/${name}`, import.meta.url))));

describe('a browser-printed table of one-line rows, a row with its indicator blank', () => {
  it("the reviewer's nb2-chromium: the blank row is a measure of its own without an indicator", async () => {
    const r = await read('blank-indicator-row.pdf');
    expect(measuresOf(r)).toEqual([
      { indicator: 1, title: 'มาตรการหนึ่ง', units: ['finance'], cadences: ['monthly'] },
      { indicator: 2, title: 'มาตรการสอง', units: ['engineering'], cadences: ['quarterly'] },
      { indicator: null, title: 'มาตรการสาม ไม่มีตัวชี้วัด', units: ['clerk'], cadences: ['annual'] },
      { indicator: 4, title: 'มาตรการสี่', units: ['education'], cadences: ['semiannual'] },
    ]);
    expect(codesOf(r)).toEqual(['no-indicator']);
  });

  for (const [name, what] of <[string, string][]>[
    ['blank-indicator-row', 'the reviewer’s table'],
    ['blank-indicators-first-middle-last', 'blank indicators first, two together under a full-width title, and last'],
    ['blank-indicator-headings-second-column', 'headings "ตัวชี้วัดที่ ๒" in a second indicator column'],
  ])
    it(`${what}: the PDF reads as the Word file of the same table`, async () => {
      const [pdf, docx] = [await read(`${name}.pdf`), await read(`${name}.docx`)];
      const fields = ['indicator', 'title', 'units', 'cadences', 'methods'] as const;
      expect(measuresOf(pdf, fields)).toEqual(measuresOf(docx, fields));
      expect(codesOf(pdf)).toEqual(codesOf(docx));
      expect(codesOf(pdf).length).toBeGreaterThan(0);
    });

  it('blank indicators first, in the middle and last: six measures, four of them without an indicator', async () => {
    const r = await read('blank-indicators-first-middle-last.pdf');
    expect(measuresOf(r)).toEqual([
      { indicator: null, title: 'ประชุมชี้แจงแนวทางการประเมิน', units: ['clerk'], cadences: ['annual'] },
      { indicator: 2, title: 'เปิดเผยข้อมูลการจัดซื้อจัดจ้าง', units: ['finance'], cadences: ['quarterly'] },
      { indicator: null, title: 'จัดทำคู่มือการให้บริการ', units: ['engineering'], cadences: ['semiannual'] },
      { indicator: null, title: 'อบรมผลประโยชน์ทับซ้อน', units: ['education'], cadences: ['annual'] },
      { indicator: 9, title: 'สำรวจความพึงพอใจผู้รับบริการ', units: ['health'], cadences: ['monthly'] },
      { indicator: null, title: 'ทบทวนแผนปฏิบัติการ', units: ['clerk'], cadences: ['annual'] },
    ]);
    expect(codesOf(r)).toEqual(['no-indicator', 'no-indicator', 'no-indicator', 'no-indicator']);
  });
});
