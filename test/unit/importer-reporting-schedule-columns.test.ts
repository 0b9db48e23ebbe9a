// Review 17 s13, S13-5: a reporting column named by its schedule ("ระยะเวลารายงานผล",
// "ห้วงเวลารายงาน", "กำหนดการรายงาน", "รอบการรายงาน") was no follow-up column: "ระยะเวลา…" was
// joined to the timeframe, the others kept as notes, and every measure lost its follow-ups (none
// could be saved). Alone, such a column is the follow-ups; beside a follow-up column, the cadence.
import { describe, expect, it } from 'vitest';
import { BASE_MEASURES, HEADER, M4, M5, M9, TITLE } from '../support/base-plan-rows.js';
import { measuresOf, preview, tsv, xlsx } from '../support/plan-table-files.js';

const withFollowUpsLabel = (label: string) => [
  ...TITLE.map((t) => [t]),
  HEADER.map((h) => (h === 'การติดตามผลการดำเนินการ' ? label : h)),
  M4,
  M5,
  M9,
];
const FOLLOW_UPS = [
  ['รายงานผลต่อที่ประชุมทุกเดือน', 'สรุปผลรายงานนายกเทศมนตรีทุก ๖ เดือน'],
  ['รายงานผู้บริหารทุกไตรมาส'],
  ['สรุปผลประจำปี'],
];

describe('a reporting column named by its schedule is the follow-up column of a table without one', () => {
  it.each(['ระยะเวลารายงานผล', 'ห้วงเวลารายงานผลการดำเนินงาน', 'กำหนดการรายงาน', 'กำหนดส่งรายงาน', 'รอบการรายงาน'])(
    '"%s"',
    async (label) => {
      const r = await preview(tsv(withFollowUpsLabel(label)));
      expect(measuresOf(r)).toEqual(BASE_MEASURES);
      expect(r.plan.measures.map((m) => m.followUps.map((f) => f.text))).toEqual(FOLLOW_UPS);
      expect(r.plan.measures.map((m) => m.timeframe)).toEqual([M4[2], M5[2], M9[2]]);
      expect(r.warnings.map((w) => w.code)).not.toContain('no-follow-up-column');
    },
  );
});

describe('beside a follow-up column it gives the follow-ups their cadence', () => {
  it.each(['ระยะเวลารายงานผล', 'ห้วงเวลารายงาน', 'กำหนดการรายงาน'])('"%s" (a workbook)', async (label) => {
    const row = (m: readonly string[], follow: string, when: string) => [m[0]!, m[1]!, m[2]!, follow, when, m[4]!];
    const rows = [
      ...TITLE.map((t) => [t]),
      [...HEADER.slice(0, 4), label, HEADER[4]!],
      row(M4, 'รายงานผลต่อที่ประชุม', 'ทุกเดือน'),
      row(M5, 'รายงานผู้บริหาร', 'ทุกไตรมาส'),
      row(M9, 'สรุปผลการดำเนินงาน', 'ทุก ๖ เดือน'),
    ];
    const r = await preview(await xlsx([{ name: 'แผน', rows }]));
    expect(r.plan.measures.map((m) => m.followUps.map((f) => [f.text, f.cadence]))).toEqual([
      [['รายงานผลต่อที่ประชุม', 'monthly']],
      [['รายงานผู้บริหาร', 'quarterly']],
      [['สรุปผลการดำเนินงาน', 'semiannual']],
    ]);
  });
});
