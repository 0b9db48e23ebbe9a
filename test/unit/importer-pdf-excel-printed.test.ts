// Review 17 s20, S20-3: a plan sheet printed from Excel (LibreOffice, no cell borders: Excel's
// default print), ตัวชี้วัด | มาตรการ | วิธีดำเนินการ | การติดตามผล | ผู้รับผิดชอบ, one line a row, the
// methods column empty but in the first row. Each row ("ตัวชี้วัดที่ 2 | เปิดเผยข้อมูล… | รายงานผลทุกไตรมาส |
// กองคลัง") was read as a header of its own, four cells under five: the units read as the follow-up,
// no unit, "treated as annual". Split one sheet per indicator group, each page's sheet title went
// into the last row of the page before, and the measures of pages 2-3 were titled by their
// follow-ups. Fixtures: the reviewer's XS2-sumfirst-grid.pdf and XS2-split-grid.pdf, and two of the
// same kind (the indicator column second, Thai digits, a timeframe only in the last row; a budget
// column only in the first row).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codesOf, measuresOf, previewFile } from '../support/plan-pdf.js';

const read = (name: string) =>
  previewFile(new Uint8Array(readFileSync(new URL(`../fixtures/pdf-excel/${name}`, import.meta.url))));

const PLAN = [
  { indicator: 1, title: 'จัดทำประกาศเจตจำนงสุจริต', units: ['clerk'], cadences: ['monthly'] },
  { indicator: 2, title: 'เปิดเผยข้อมูลการจัดซื้อจัดจ้าง', units: ['finance'], cadences: ['quarterly'] },
  { indicator: 6, title: 'ปรับปรุงช่องทางร้องเรียน', units: ['engineering'], cadences: ['semiannual'] },
  { indicator: 7, title: 'ประชุมชี้แจงประมวลจริยธรรม', units: ['education'], cadences: ['annual'] },
  { indicator: 9, title: 'เผยแพร่ข้อมูลบนเว็บไซต์', units: ['health'], cadences: ['monthly'] },
];

describe('a plan sheet printed from Excel without borders, one column mostly empty', () => {
  for (const [file, what] of [
    ['score-sheet-then-plan.pdf', 'a score sheet, then the plan'],
    ['plan-one-sheet-per-group.pdf', 'one sheet (and page) per indicator group, each titled'],
    ['indicator-column-second-timeframe-last-row.pdf', 'the indicator column second, a timeframe in the last row only'],
    ['budget-first-row-only.pdf', 'a budget in the first row only'],
  ] as const) {
    it(`${what}: every measure with its own units and cadence`, async () => {
      const r = await read(file);
      expect(measuresOf(r)).toEqual(PLAN);
      expect(codesOf(r)).toEqual([]);
    });
  }
});
