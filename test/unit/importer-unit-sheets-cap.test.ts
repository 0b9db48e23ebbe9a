// Session 24's leftover of S23-4/S23-5: the plan's 500-measure cap counted the rows of unit sheets
// before the same measure on several sheets was joined, so a workbook of 5 unit sheets of the same
// 120 measures (600 rows, 120 measures) lost the fifth sheet's last 100 rows: those measures were
// not its unit's, and "measures-dropped" said 100 rows were not imported. The cap counts measures
// after the join.
import { describe, expect, it } from 'vitest';
import { preview, type Preview, xlsx } from '../support/plan-table-files.js';

const UNIT_HEADER = ['ตัวชี้วัด', 'มาตรการ', 'วิธีดำเนินการ', 'ระยะเวลา', 'การติดตามผล'];
const SHEETS = ['สำนักปลัด', 'กองคลัง', 'กองช่าง', 'กองการศึกษา', 'กองสาธารณสุขฯ'];
const ALL = ['clerk', 'finance', 'engineering', 'education', 'health'];
/** `n` measures of indicator 5, numbered from `from` */
const measures = (n: number, from = 1) =>
  Array.from({ length: n }, (_, i) => [
    'ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต',
    `มาตรการที่ ${from + i} เผยแพร่ข้อมูลเรื่องที่ ${from + i}`,
    'เผยแพร่บนเว็บไซต์',
    'ตลอดปี',
    'รายงานทุกไตรมาส',
  ]);
const workbook = (...sheets: (readonly string[][])[]) =>
  xlsx(sheets.map((rows, i) => ({ name: SHEETS[i]!, rows: [UNIT_HEADER, ...rows] })));
const dropped = (r: Preview) => r.warnings.filter((w) => w.code === 'measures-dropped');

describe('the 500-measure cap counts unit sheets’ measures after the join', () => {
  it('5 unit sheets of the same 120 measures: 120 measures, each of the 5 units, none dropped', async () => {
    const r = await preview(await workbook(...SHEETS.map(() => measures(120))));
    expect(r.plan.measures).toHaveLength(120);
    expect(r.plan.measures.every((m) => m.responsible.unitIds.join() === ALL.join())).toBe(true);
    expect(dropped(r)).toEqual([]);
  });

  it('4 sheets of the same 120 and a fifth of 120 others: 240 measures, the fifth sheet’s its own', async () => {
    const r = await preview(await workbook(...SHEETS.slice(0, 4).map(() => measures(120)), measures(120, 121)));
    expect(r.plan.measures).toHaveLength(240);
    expect(r.plan.measures.slice(120).every((m) => m.responsible.unitIds.join() === 'health')).toBe(true);
    expect(dropped(r)).toEqual([]);
  });

  it('past 500 measures after the join the cap still applies, the rows joined not counted', async () => {
    // 200 shared by every sheet (1,000 rows, 200 measures), then 310 of the last sheet's own: 510
    const r = await preview(
      await workbook(...SHEETS.slice(0, 4).map(() => measures(200)), [...measures(200), ...measures(310, 201)]),
    );
    expect(r.plan.measures).toHaveLength(500);
    expect(r.plan.measures[0]!.responsible.unitIds).toEqual(ALL);
    expect(dropped(r).map((w) => w.message_en)).toEqual([
      expect.stringContaining('the document has 510 measure rows') as string,
    ]);
    expect(dropped(r)[0]!.message_en).toContain('the last 10 rows');
  });
});
