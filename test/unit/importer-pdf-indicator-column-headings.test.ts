// An unruled PDF table of one-line rows whose indicator column holds the headings ("ตัวชี้วัดที่ 2 |
// เปิดเผยข้อมูล… | รายงานผลทุกไตรมาส | กองช่าง"): a heading started a row only in the measure column,
// and no column ended before the next row, so every row went on into the first: one measure with
// three units and three cadences (found with review 17 s19, S19-2's Chromium variant). A heading at
// the start of the indicator column, beside measure text, starts a row, as a number alone there does.
// Fixture: Chromium's PDF of heading-rows.html beside it (no borders); and two pdfkit tables.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codesOf, measuresOf, planPdf, previewFile, tableTexts } from '../support/plan-pdf.js';

const THREE = [
  { indicator: 1, title: 'จัดทำประกาศเจตจำนงสุจริต', units: ['finance'], cadences: ['monthly'] },
  { indicator: 2, title: 'เปิดเผยข้อมูลการจัดซื้อจัดจ้าง', units: ['engineering'], cadences: ['quarterly'] },
  { indicator: 3, title: 'ประชุมชี้แจงประมวลจริยธรรม', units: ['clerk'], cadences: ['annual'] },
];

describe('an unruled PDF table of one-line rows with headings in the indicator column', () => {
  it('printed from a browser: one measure a row', async () => {
    const bytes = readFileSync(new URL('../fixtures/pdf-browser/heading-rows.pdf', import.meta.url));
    const r = await previewFile(new Uint8Array(bytes));
    expect(measuresOf(r)).toEqual(THREE);
    expect(codesOf(r)).toEqual([]);
  });

  it('Thai digits, the indicator column after the measure column: one measure a row', async () => {
    const texts = tableTexts(
      [40, 220, 330, 470],
      [
        [['มาตรการ'], ['ตัวชี้วัด'], ['การติดตามผล'], ['ผู้รับผิดชอบ']],
        [['จัดทำประกาศเจตจำนงสุจริต'], ['ตัวชี้วัดที่ ๑'], ['รายงานผลทุกเดือน'], ['กองคลัง']],
        [['เปิดเผยข้อมูลการจัดซื้อจัดจ้าง'], ['ตัวชี้วัดที่ ๒'], ['รายงานผลทุกไตรมาส'], ['กองช่าง']],
        [['ประชุมชี้แจงประมวลจริยธรรม'], ['ตัวชี้วัดที่ ๓'], ['รายงานผลปีละครั้ง'], ['สำนักปลัด']],
      ],
    );
    const r = await previewFile(await planPdf([{ texts }]));
    expect(measuresOf(r)).toEqual(THREE);
    expect(codesOf(r)).toEqual([]);
  });

  it('a heading with the indicator’s name wrapped under it stays one row', async () => {
    const texts = tableTexts(
      [40, 160, 330, 470],
      [
        [['ตัวชี้วัด'], ['มาตรการ'], ['การติดตามผล'], ['ผู้รับผิดชอบ']],
        [['ตัวชี้วัดที่ 1', 'การปฏิบัติหน้าที่'], ['จัดทำประกาศเจตจำนงสุจริต'], ['รายงานผลทุกเดือน'], ['กองคลัง']],
        [['ตัวชี้วัดที่ 2', 'การใช้งบประมาณ'], ['เปิดเผยข้อมูลการจัดซื้อจัดจ้าง'], ['รายงานผลทุกไตรมาส'], ['กองช่าง']],
        [['ตัวชี้วัดที่ 3'], ['ประชุมชี้แจงประมวลจริยธรรม'], ['รายงานผลปีละครั้ง'], ['สำนักปลัด']],
      ],
    );
    const r = await previewFile(await planPdf([{ texts }]));
    expect(measuresOf(r)).toEqual(THREE);
  });
});
