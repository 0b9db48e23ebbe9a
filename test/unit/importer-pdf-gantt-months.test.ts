// Review 17 s20, S20-8: an Excel plan with month (Gantt) columns, "ระยะเวลาดำเนินการ" over ต.ค. … ก.ย.
// with a ✓ in each month worked, printed to PDF without cell borders (Excel's default print). Each
// row opens with "ตัวชี้วัดที่ N" in the indicator column, yet the rows ran on into one measure: 3
// measures became 1 (indicators 2 and 6 lost, their units given the first measure's duties), with
// no warning. Fixtures (LibreOffice 7 from .xlsx): the reviewer's XG-gantt-grid.pdf, and five
// measures with Thai digits in their headings.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measuresOf, previewFile } from '../support/plan-pdf.js';

const read = (name: string) =>
  previewFile(new Uint8Array(readFileSync(new URL(`../fixtures/pdf-gantt/${name}`, import.meta.url))));

describe('a plan with month columns printed without borders keeps one measure per row', () => {
  it("the reviewer's three rows: each its own indicator, unit and cadence", async () => {
    expect(measuresOf(await read('reviewer-gantt-no-borders.pdf'))).toEqual([
      { indicator: 1, title: 'จัดทำประกาศเจตจำนงสุจริต', units: ['clerk'], cadences: ['monthly'] },
      { indicator: 2, title: 'เปิดเผยข้อมูลการจัดซื้อจัดจ้าง', units: ['finance'], cadences: ['quarterly'] },
      { indicator: 6, title: 'ประชุมชี้แจงประมวลจริยธรรม', units: ['education'], cadences: ['annual'] },
    ]);
  });

  it('five rows headed in Thai digits, read without a warning', async () => {
    const r = await read('gantt-thai-digits-no-borders.pdf');
    expect(measuresOf(r)).toEqual([
      { indicator: 1, title: 'จัดทำประกาศเจตจำนงสุจริต', units: ['clerk'], cadences: ['monthly'] },
      { indicator: 3, title: 'ปรับปรุงช่องทางรับเรื่องร้องเรียน', units: ['engineering'], cadences: ['semiannual'] },
      { indicator: 4, title: 'เผยแพร่รายงานการใช้จ่ายงบประมาณ', units: ['finance'], cadences: ['quarterly'] },
      { indicator: 7, title: 'ส่งเสริมการมีส่วนร่วมของประชาชน', units: ['health'], cadences: ['annual'] },
      { indicator: 9, title: 'สำรวจความพึงพอใจผู้รับบริการ', units: ['education'], cadences: ['annual'] },
    ]);
    expect(r.warnings).toEqual([]);
  });
});
