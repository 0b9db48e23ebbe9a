// Review 17 s24, S24-11: a sheet of several tables, one per part of the assessment, each under its
// part's heading line and its own header. A heading line alone in a column that is the units (or
// follow-up) column of the table above was read as that table's last measure going on: its units
// cell took the heading ("กองการศึกษา ส่วนที่ 3 การเปิดเผยข้อมูล (OIT)") with an unknown-unit warning
// inviting the coordinator to make a unit of it. A section heading, or a lone line right above
// another table's own header, heads what follows and is never a continuation.
import { describe, expect, it } from 'vitest';
import { preview, xlsx } from '../support/plan-table-files.js';

const TABLE_1 = [
  ['มาตรการ/แนวทาง', 'การติดตามผล', 'ผู้รับผิดชอบ'],
  ['ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ จัดทำประกาศ', 'รายงานผลทุกเดือน', 'กองคลัง'],
];
/** the units first: the heading line under it stands in its units column */
const TABLE_2 = [
  ['ผู้รับผิดชอบ', 'มาตรการ', 'การรายงานผล'],
  ['สำนักปลัด', 'ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน สำรวจความพึงพอใจ', 'รายงานผลทุก 6 เดือน'],
  ['กองการศึกษา', 'ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร ปรับปรุงเว็บไซต์', 'รายงานผลประจำปี'],
];
const TABLE_3 = [
  ['ตัวชี้วัด', 'มาตรการ', 'การติดตามผล', 'หน่วยงานที่รับผิดชอบ'],
  ['9', 'เผยแพร่ข้อมูลบนเว็บไซต์', 'รายงานผลทุกเดือน', 'สำนักปลัด'],
];

const sheet = async (heading: readonly (string | null)[]) =>
  preview(
    await xlsx([
      {
        name: 'Sheet1',
        rows: [
          ['มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567'],
          [],
          ['ส่วนที่ 1 การประเมินการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)'],
          ...TABLE_1,
          [],
          ['ส่วนที่ 2 การประเมินการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)'],
          ...TABLE_2,
          [],
          heading,
          ...TABLE_3,
        ],
      },
    ]),
  );

describe("a part's heading line between two tables of one sheet", () => {
  for (const heading of [
    ['ส่วนที่ 3 การเปิดเผยข้อมูล (OIT)'],
    ['มิติที่ ๓ การเปิดเผยข้อมูล'],
    // no section wording, but right above the next table's own header
    ['การเปิดเผยข้อมูลสาธารณะ (OIT)'],
    // in the table above's follow-up column
    [null, null, 'ส่วนที่ 3 การเปิดเผยข้อมูล (OIT)'],
  ]) {
    it(`"${heading.join(' | ')}" is no part of the measure above: its units stay กองการศึกษา, no unknown unit`, async () => {
      const r = await sheet(heading);
      expect(r.plan.measures.map((m) => [m.indicator, m.responsible.unitIds])).toEqual([
        [1, ['finance']],
        [6, ['clerk']],
        [7, ['education']],
        [9, ['clerk']],
      ]);
      const i7 = r.plan.measures[2]!;
      expect(i7.responsible.text).toBe('กองการศึกษา');
      expect(i7.followUps.map((f) => f.text)).toEqual(['รายงานผลประจำปี']);
      expect(r.warnings.map((w) => w.code)).not.toContain('unknown-unit');
    });
  }

  it("a unit's name alone under the last row, above the same header repeated, still goes on with that row's units", async () => {
    const r = await preview(
      await xlsx([{ name: 'Sheet1', rows: [...TABLE_2, ['กองช่าง', null, null], TABLE_2[0]!, TABLE_2[1]!] }]),
    );
    expect(r.plan.measures[1]!.responsible.unitIds).toEqual(['education', 'engineering']);
  });
});
