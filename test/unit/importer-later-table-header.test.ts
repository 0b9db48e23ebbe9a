// Review 17 s11, S11-29: the product's results CSV writes its per-period section ("ตัวชี้วัด |
// การติดตามผลข้อ | รอบ | กำหนดส่ง | หน่วยงาน | สถานะ | …") under the measures; its header and its
// 86 rows were read as measures. The header of another table, narrower than the plan's, under the
// plan's rows ends the plan table, with one warning quoting it. (The CSV's round trip itself is in
// annual-report-round-trip.test.ts.)
import { describe, expect, it } from 'vitest';
import { BASE_MEASURES, HEADER, M4, M5, M9, TITLE } from '../support/base-plan-rows.js';
import { measuresOf, preview, tsv, xlsx } from '../support/plan-table-files.js';

const csvCell = (c: string) => `"${c.replace(/"/g, '""')}"`;
const csv = (rows: readonly (readonly string[])[]) =>
  new TextEncoder().encode(rows.map((r) => r.map(csvCell).join(',')).join('\r\n'));

/** the summary under the plan: one row per unit and indicator, as a municipality adds it */
const SUMMARY = [
  ['ตัวชี้วัด', 'การติดตามผล', 'หน่วยงาน', 'จำนวนครั้ง'],
  ['4', '1', 'กองคลัง', '12'],
  ['5', '1', 'สำนักปลัด', '4'],
  ['9', '1', 'กองช่าง', '1'],
];

describe('the header of another table under the plan ends the plan table', () => {
  it("the product's CSV shape: a per-period section after a blank line gives no measures", async () => {
    const rows = [
      ['ตัวชี้วัด', ...HEADER, 'ครบกำหนด', 'ส่งตรงเวลา', 'ส่งล่าช้า', 'ไม่ได้ส่ง'],
      ['4', ...M4, '12', '6', '0', '6'],
      ['5', ...M5, '4', '2', '0', '2'],
      ['9', ...M9, '1', '0', '0', '1'],
      [],
      ['ตัวชี้วัด', 'การติดตามผลข้อ', 'รอบ', 'กำหนดส่ง', 'หน่วยงาน', 'สถานะ', 'วันที่ส่ง', 'สรุปผลการดำเนินงาน'],
      ['4', '1', 'ตุลาคม ๒๕๖๖', '2023-10-31', 'กองคลัง', 'ส่งตรงเวลา', '2023-10-30 10:00:00+07:00', 'ดำเนินการแล้ว'],
      ['4', '2', 'ครึ่งปีแรก', '2024-03-31', 'กองคลัง', 'ไม่ได้ส่ง', '', ''],
      ['5', '1', 'ไตรมาสที่ ๑', '2023-12-31', 'สำนักปลัดเทศบาล', 'ส่งล่าช้า', '2024-01-05 09:00:00+07:00', 'ประชุมแล้ว'],
    ];
    const bytes = csv(rows);
    const text = new TextDecoder().decode(bytes);
    const headerLine = text.slice(0, text.indexOf('"ตัวชี้วัด","การติดตามผลข้อ"')).split('\n').length;
    const r = await preview(bytes);
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    // the report's counts are no notes of the plan
    expect(r.plan.measures.map((m) => m.notes)).toEqual([[], [], []]);
    const notRead = r.warnings.filter((w) => w.code === 'table-not-read');
    expect(notRead.map((w) => w.where)).toEqual([{ line: headerLine }]);
    expect(notRead[0]!.message_th).toContain('แถวนี้เป็นหัวตารางอื่น');
    expect(notRead[0]!.source).toContain('การติดตามผลข้อ | รอบ | กำหนดส่ง');
  });

  it('tab-separated text: a summary table under the plan gives no measures', async () => {
    const r = await preview(tsv([TITLE.slice(0, 1), HEADER, M4, M5, M9, SUMMARY[0]!, ...SUMMARY.slice(1)]));
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(r.warnings.filter((w) => w.code === 'table-not-read').map((w) => w.where)).toEqual([{ line: 6 }]);
    expect(r.warnings.map((w) => w.code)).not.toContain('no-indicator');
  });

  it('a sheet: a summary table below the plan, on the same sheet, gives no measures', async () => {
    const r = await preview(await xlsx([{ name: 'แผน', rows: [[TITLE[0]!], HEADER, M4, M5, M9, [], ...SUMMARY] }]));
    expect(measuresOf(r)).toEqual(BASE_MEASURES);
    expect(r.warnings.filter((w) => w.code === 'table-not-read')).toHaveLength(1);
    expect(r.warnings.map((w) => w.code)).not.toContain('no-indicator');
  });

  it('a measure row with short cells of the header’s width stays a measure', async () => {
    const short = ['ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน', 'ประชุม', 'ตลอดปี', 'การรายงานผลทุกเดือน', 'กองช่าง'];
    const r = await preview(tsv([HEADER, M4, short]));
    expect(r.plan.measures.map((m) => m.indicator)).toEqual([4, 6]);
    expect(r.warnings.map((w) => w.code)).not.toContain('table-not-read');
  });
});
