// Review 17 s25, S25-8: a quarter Gantt ("ระยะเวลาดำเนินการ" over ไตรมาส 1 … 4, ✓ in the quarters
// worked) gave no months unless each quarter's label named its months: i1's unit owed 6 and i3's 9
// monthly reports the plan does not plan, silently. Now the ticked quarters are their months.
import { describe, expect, it } from 'vitest';
import { followUpTimesOf, preview, xlsx } from '../support/plan-table-files.js';

describe('a quarter Gantt of plain "ไตรมาส N" labels (FY 2567)', () => {
  it("the reviewer's sheet: ticks in quarters 2-3 are January-June, in quarter 1 until December, in all four the year", async () => {
    const r = await preview(
      await xlsx([
        {
          name: 'แผน',
          rows: [
            ['มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567'],
            ['มาตรการ', 'วิธีดำเนินการ', 'ระยะเวลาดำเนินการ', '', '', '', 'การติดตามผล', 'ผู้รับผิดชอบ'],
            ['', '', 'ไตรมาส 1', 'ไตรมาส 2', 'ไตรมาส 3', 'ไตรมาส 4', '', ''],
            ['ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่', 'จัดทำคู่มือ', '', '✓', '✓', '', 'รายงานผลต่อนายกเทศมนตรีทุกเดือน', 'กองคลัง'],
            ['ตัวชี้วัดที่ 2 การใช้งบประมาณ', 'เผยแพร่แผน', '✓', '✓', '✓', '✓', 'รายงานผลทุกเดือน', 'กองช่าง'],
            ['ตัวชี้วัดที่ 3 การใช้อำนาจ', 'ประกาศหลักเกณฑ์', '✓', '', '', '', 'รายงานผลทุกเดือน', 'กองการศึกษา'],
          ],
          merges: ['C2:F2', 'A2:A3', 'B2:B3', 'G2:G3', 'H2:H3'],
        },
      ]),
    );
    expect(followUpTimesOf(r)).toEqual([
      [{ cadence: 'monthly', firstMonth: '2024-01', lastMonth: '2024-06' }],
      [{ cadence: 'monthly' }],
      [{ cadence: 'monthly', lastMonth: '2023-12' }],
    ]);
    expect(r.warnings.filter((w) => w.code === 'timeframe-months').map((w) => w.where.row)).toEqual([4, 6]);
  });
});
