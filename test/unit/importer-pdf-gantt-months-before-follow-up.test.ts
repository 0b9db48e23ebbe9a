// Review 17 s21 (session 20's Gantt neighbour): an Excel plan whose month columns come BEFORE the
// follow-up column (ตัวชี้วัด | มาตรการ | ระยะเวลาดำเนินการ over ต.ค. … ก.ย. | การติดตามผล |
// ผู้รับผิดชอบ), printed without cell borders. The unruled reader took its columns from the header's
// first line alone: the months under "ระยะเวลาดำเนินการ" ran on under the next label's column, so a
// ✓ in the last months joined the follow-up (i2 an extra "✓" follow-up "treated as annual", i5's
// follow-up "✓ รายงานผลรอบ 6 เดือน"), or the units ("✓✓✓" an unknown unit). Now the months' line
// splits the column a month, as the ruled reader and the .xlsx read it: the marks give the
// measure's timeframe by month. Fixtures (LibreOffice 7 from .xlsx): the session's file and its
// workbook, months before the units, centred labels and marks, labels centred over marks at their
// cells' left edge (each mark goes to the month whose label's centre is nearest), months with their
// years ("ต.ค. ๖๖"), the same plan ruled, and a two-page plan whose header repeats on page 2.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { previewFile } from '../support/plan-pdf.js';

const read = (name: string) =>
  previewFile(new Uint8Array(readFileSync(new URL(`../fixtures/pdf-gantt/${name}`, import.meta.url))));

const measuresOf = (r: Awaited<ReturnType<typeof read>>) =>
  r.plan.measures.map((m) => ({
    indicator: m.indicator,
    title: m.title,
    units: m.responsible.unitIds,
    timeframe: m.timeframe,
    followUps: m.followUps.map((f) => [f.text, f.cadence]),
  }));

/** the four rows of the generated plans: the months each is marked in, as the .xlsx gives them */
const FOUR_ROWS = [
  {
    indicator: 2,
    title: 'เปิดเผยข้อมูลการจัดซื้อจัดจ้าง',
    units: ['finance'],
    timeframe: 'ธ.ค. ๒๕๖๖, มี.ค. ๒๕๖๗, มิ.ย. ๒๕๖๗, ก.ย. ๒๕๖๗',
    followUps: [['รายงานผลทุกไตรมาส', 'quarterly']],
  },
  {
    indicator: 5,
    title: 'จัดทำคู่มือการให้บริการ',
    units: ['clerk'],
    timeframe: 'มี.ค. ๒๕๖๗, ก.ย. ๒๕๖๗',
    followUps: [['รายงานผลรอบ 6 เดือน', 'semiannual']],
  },
  {
    indicator: 8,
    title: 'อบรมผลประโยชน์ทับซ้อน',
    units: ['education'],
    timeframe: 'ม.ค. ๒๕๖๗',
    followUps: [['รายงานผลปีละครั้ง', 'annual']],
  },
  {
    indicator: 9,
    title: 'สำรวจความพึงพอใจผู้รับบริการ',
    units: ['engineering'],
    timeframe: 'ต.ค. ๒๕๖๖ - ก.ย. ๒๕๖๗',
    followUps: [['รายงานผลทุกเดือน', 'monthly']],
  },
];

describe('a plan with month columns before its follow-up column, printed without borders', () => {
  it("reads as the workbook it was printed from: each mark in its month, the follow-ups the .xlsx's", async () => {
    const pdf = await read('months-before-follow-up-no-borders.pdf');
    const xlsx = await read('months-before-follow-up.xlsx');
    expect(measuresOf(pdf)).toEqual(measuresOf(xlsx));
    expect(measuresOf(pdf).map((m) => [m.timeframe, m.followUps])).toEqual([
      ['ธ.ค. ๒๕๖๖, มี.ค. ๒๕๖๗, มิ.ย. ๒๕๖๗, ก.ย. ๒๕๖๗', [['รายงานผลทุกไตรมาส', 'quarterly']]],
      ['มี.ค. ๒๕๖๗, ก.ย. ๒๕๖๗', [['รายงานผลรอบ 6 เดือน', 'semiannual']]],
      ['ม.ค. ๒๕๖๗', [['รายงานผลปีละครั้ง', 'annual']]],
    ]);
    expect(pdf.warnings).toEqual([]);
  });

  for (const [file, what] of <[string, string][]>[
    ['months-before-units-no-borders.pdf', 'the months before the units column (a ✓ in ก.ย. beside the unit)'],
    ['months-centred-no-borders.pdf', 'labels and marks centred in their cells'],
    [
      'months-marks-at-cell-edge-no-borders.pdf',
      "labels centred, marks at their wide cells' left edge (left of their label: the month nearest)",
    ],
    ['months-with-years-no-borders.pdf', 'months headed with their years ("ต.ค. ๖๖")'],
    ['months-before-follow-up-ruled.pdf', 'the same plan ruled (the ruled reader, as before)'],
  ])
    it(`${what}: each mark in its month, follow-ups and units as written`, async () => {
      const r = await read(file);
      expect(measuresOf(r)).toEqual(FOUR_ROWS);
      expect(r.warnings).toEqual([]);
    });

  it('a plan over two pages, its header repeated on page 2: the rows there keep their months too', async () => {
    const r = await read('months-header-repeated-two-pages.pdf');
    const measures = measuresOf(r);
    expect(measures).toHaveLength(90);
    const byFollowUp: Record<string, string> = {
      รายงานผลทุกไตรมาส: 'ธ.ค. ๒๕๖๖, มี.ค. ๒๕๖๗, มิ.ย. ๒๕๖๗, ก.ย. ๒๕๖๗',
      'รายงานผลรอบ 6 เดือน': 'มี.ค. ๒๕๖๗, ก.ย. ๒๕๖๗',
      รายงานผลปีละครั้ง: 'ก.ย. ๒๕๖๗',
      รายงานผลทุกเดือน: 'ต.ค. ๒๕๖๖ - ก.ย. ๒๕๖๗',
    };
    measures.forEach((m, i) => {
      expect(m.title).toBe(`มาตรการทดสอบลำดับที่ ${i + 1} เพื่อความโปร่งใส`);
      expect(m.followUps).toHaveLength(1);
      expect(m.timeframe).toBe(byFollowUp[m.followUps[0]![0]!]);
      expect(m.units).toEqual([['finance', 'clerk', 'education', 'engineering'][i % 4]]);
    });
    expect(r.warnings).toEqual([]);
  });
});
