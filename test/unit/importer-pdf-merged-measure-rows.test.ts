// Review 17 s17, S17-6: a PDF table whose measure cell is merged down over rows that each have
// their own ruled method, follow-up and unit cells (as Word saves a vertically merged cell) joined
// the rows' follow-ups into one, naming two cadences ('two-cadences'), and the methods the same way;
// the Word file gives one follow-up and one method a row. A ruled PDF row's cells are whole cells now.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { previewFile } from '../support/plan-pdf.js';

describe('a measure cell merged over ruled rows in a PDF (LibreOffice, corpus 48)', () => {
  it("gives each row's follow-up and method as items of the measure, with no warning", async () => {
    const bytes = readFileSync(new URL('../fixtures/plans/48-measure-merged-over-rows.pdf', import.meta.url));
    const r = await previewFile(new Uint8Array(bytes));
    expect(r.plan.measures.map((m) => m.followUps.map((f) => [f.cadence, f.text]))).toEqual([
      [
        ['monthly', 'รายงานผลต่อที่ประชุมทุกเดือน'],
        ['semiannual', 'สรุปผลรายงานนายกเทศมนตรีทุก ๖ เดือน'],
      ],
      [
        ['quarterly', 'รายงานผู้บริหารทุกไตรมาส'],
        ['annual', 'สรุปผลประจำปี'],
      ],
    ]);
    expect(r.plan.measures.map((m) => m.methods)).toEqual([
      ['จัดทำคู่มือการยืมคืนพัสดุ', 'ประชาสัมพันธ์ให้บุคลากรทราบ'],
      ['ปรับปรุงเว็บไซต์', 'สรุปผลการปรับปรุง'],
    ]);
    expect(r.warnings).toEqual([]);
  });
});
