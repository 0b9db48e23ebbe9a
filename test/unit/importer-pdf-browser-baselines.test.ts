// Review 17 s19, S19-2 (the Chromium variant): a plan table printed from a browser, without borders.
// The browser sets a cell holding Latin digits alone ("1", "50,000") in a Latin font, 3 pt above
// the Thai cells' baseline at 12 pt. Lines were grouped by baselines 2.5 pt apart at most, so each
// number was a line of its own above its row: the "1" read into the header ("ตัวชี้วัด 1"), every
// other number onto the row above (มาตรการหนึ่ง as indicator 2, the last measure without one).
// Runs whose boxes mostly overlap are one line; two lines a type size apart stay two.
// Fixtures: Chromium's PDFs of the .html beside them (td vertical-align: top, padding
// 2px 8px, the system's Thai font), and a pdfkit table with its numbers raised 3 pt.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linesOf } from '../../shared/import/pdf-text-lines.js';
import type { PositionedText } from '../../shared/import/pdf-ruled-tables.js';
import { codesOf, measuresOf, planPdf, previewFile, tableTexts } from '../support/plan-pdf.js';

const read = (name: string) =>
  previewFile(new Uint8Array(readFileSync(new URL(`../fixtures/pdf-browser/${name}`, import.meta.url))));

const run = (x: number, y: number, text: string, size = 12): PositionedText => ({ x, y, width: 40, size, text });

describe('text runs grouped into lines', () => {
  it('a number set 3 pt above the Thai baseline of its row is on that row’s line', () => {
    const lines = linesOf([run(40, 693.75, '1'), run(89, 690.75, 'มาตรการหนึ่ง'), run(234, 690.75, 'กองคลัง')]);
    expect(lines.map((l) => l.map((r) => r.text))).toEqual([['1', 'มาตรการหนึ่ง', 'กองคลัง']]);
  });

  it('two lines of 12 pt type 12 pt apart, or a cell half a line off its neighbour, stay apart', () => {
    expect(linesOf([run(89, 700, 'บรรทัดหนึ่ง'), run(89, 688, 'บรรทัดสอง')])).toHaveLength(2);
    expect(linesOf([run(40, 700, 'ตัวชี้วัดที่ 1'), run(89, 706, 'มาตรการหนึ่ง')])).toHaveLength(2);
    expect(linesOf([run(89, 700, 'ข้อความ ๑๐ พอยต์', 10), run(89, 695.5, 'ข้อความ ๑๐ พอยต์', 10)])).toHaveLength(2);
  });
});

describe('a browser-printed table without borders, numbers in a Latin font', () => {
  it('numbers alone in the indicator column: each on its own row', async () => {
    const r = await read('numbered-rows-latin-digits.pdf');
    expect(measuresOf(r)).toEqual([
      { indicator: 1, title: 'มาตรการหนึ่ง', units: ['finance'], cadences: ['monthly'] },
      { indicator: 2, title: 'มาตรการสอง', units: ['engineering'], cadences: ['quarterly'] },
      { indicator: 3, title: 'มาตรการสาม', units: ['clerk'], cadences: ['annual'] },
      { indicator: 4, title: 'มาตรการสี่', units: ['education'], cadences: ['semiannual'] },
    ]);
    expect(codesOf(r)).toEqual([]);
  });

  it('a budget column of Latin numbers: each amount in its own measure’s notes', async () => {
    const r = await read('heading-rows-latin-budget.pdf');
    expect(measuresOf(r)).toEqual([
      { indicator: 1, title: 'จัดทำประกาศเจตจำนงสุจริต', units: ['finance'], cadences: ['monthly'] },
      { indicator: 2, title: 'เปิดเผยข้อมูลการจัดซื้อจัดจ้าง', units: ['engineering'], cadences: ['quarterly'] },
      { indicator: 3, title: 'ประชุมชี้แจงประมวลจริยธรรม', units: ['clerk'], cadences: ['annual'] },
    ]);
    expect(r.plan.measures.map((m) => JSON.stringify(m.notes))).toEqual([
      expect.stringContaining('50,000'),
      expect.stringContaining('12,500'),
      expect.stringContaining('8,000'),
    ]);
    expect(codesOf(r)).toEqual([]);
  });

  it('a pdfkit table whose numbers sit 3 pt above their rows (10 pt type)', async () => {
    const xs = [40, 100, 300, 450];
    const texts = tableTexts(xs, [
      [['ตัวชี้วัด'], ['มาตรการ'], ['การติดตามผล'], ['ผู้รับผิดชอบ']],
      [['1'], ['มาตรการหนึ่ง'], ['รายงานผลทุกเดือน'], ['กองคลัง']],
      [['2'], ['มาตรการสอง'], ['รายงานผลทุกไตรมาส'], ['กองช่าง']],
      [['3'], ['มาตรการสาม'], ['รายงานผลปีละครั้ง'], ['สำนักปลัด']],
    ]).map((t) => (/^\d+$/.test(t.text) ? { ...t, y: t.y - 3 } : t));
    const r = await previewFile(await planPdf([{ texts }]));
    expect(measuresOf(r)).toEqual([
      { indicator: 1, title: 'มาตรการหนึ่ง', units: ['finance'], cadences: ['monthly'] },
      { indicator: 2, title: 'มาตรการสอง', units: ['engineering'], cadences: ['quarterly'] },
      { indicator: 3, title: 'มาตรการสาม', units: ['clerk'], cadences: ['annual'] },
    ]);
    expect(codesOf(r)).toEqual([]);
  });
});
