// A Gantt-style timeframe (review 17 s9, entry 23): "ระยะเวลาดำเนินการ" over twelve month columns
// with a mark in the months of the work. The timeframe became the marks ("✓ ✓") and which months
// were marked was lost. Now a mark stands for its column's month (or quarter).
import { describe, expect, it } from 'vitest';
import { M4, M5, M9, TITLE } from '../support/base-plan-rows.js';
import { docx, preview, type Preview, tsv, wordParagraph, wordTable, xlsx } from '../support/plan-table-files.js';

const MONTHS = ['ต.ค.', 'พ.ย.', 'ธ.ค.', 'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.'];
/** a base row with its timeframe replaced by cells, one per month (or quarter) */
const ganttRow = (m: readonly string[], marks: readonly string[]) => [m[0]!, m[1]!, ...marks, m[3]!, m[4]!];
const every = (mark: string) => MONTHS.map(() => mark);
const only = (mark: string, ...months: number[]) => MONTHS.map((_, i) => (months.includes(i) ? mark : ''));

const timeframes = (r: Preview) => r.plan.measures.map((m) => m.timeframe);
const cadences = (r: Preview) => r.plan.measures.map((m) => m.followUps.map((f) => f.cadence));

describe('a mark in a month column of the timeframe stands for that month', () => {
  it("the reviewer's sheet: ระยะเวลาดำเนินการ merged over ต.ค. … ก.ย., ✓ in the months", async () => {
    const top = [
      'มาตรการ/แนวทาง',
      'วิธีการดำเนินการ',
      'ระยะเวลาดำเนินการ',
      ...Array(11).fill(null),
      'การติดตามผลการดำเนินการ',
      'ผู้รับผิดชอบ',
    ];
    const r = await preview(
      await xlsx([
        {
          name: 'Sheet',
          rows: [
            ...TITLE.map((t) => [t]),
            top,
            [null, null, ...MONTHS, null, null],
            ganttRow(M4, every('✓')),
            ganttRow(M5, only('✓', 0, 1, 2, 6, 7, 8)),
            ganttRow(M9, only('✓', 6, 11)),
          ],
          merges: ['C3:N3', 'A3:A4', 'B3:B4', 'O3:O4', 'P3:P4'],
        },
      ]),
    );
    expect(timeframes(r)).toEqual([
      'ต.ค. ๒๕๖๖ - ก.ย. ๒๕๖๗',
      'ต.ค. ๒๕๖๖ - ธ.ค. ๒๕๖๖, เม.ย. ๒๕๖๗ - มิ.ย. ๒๕๖๗',
      'เม.ย. ๒๕๖๗, ก.ย. ๒๕๖๗',
    ]);
    expect(cadences(r)).toEqual([['monthly', 'semiannual'], ['quarterly'], ['annual']]);
    // a timeframe shorter than the year gives its follow-ups its months, said (S23-7): nothing else
    expect(r.warnings.filter((w) => w.code !== 'timeframe-months')).toEqual([]);
  });

  it('a Word table: the group spans the months, "/" marks, a month with words keeps them', async () => {
    const header = ['มาตรการ/แนวทาง', 'วิธีการดำเนินการ', { text: 'ระยะเวลา', span: 12 }, 'การติดตามผล', 'ผู้รับผิดชอบ'];
    const sub = ['', '', ...['ตุลาคม', 'พฤศจิกายน', 'ธันวาคม', 'มกราคม', 'กุมภาพันธ์', 'มีนาคม'], ...MONTHS.slice(6), '', ''];
    const marks = only('/', 0, 1);
    marks[3] = 'จัดประชุมชี้แจง';
    const r = await preview(
      docx(TITLE.map(wordParagraph).join('') + wordTable([header, sub, ganttRow(M5, marks)], 16)),
    );
    expect(timeframes(r)).toEqual(['ต.ค. ๒๕๖๖ - พ.ย. ๒๕๖๖, ม.ค. ๒๕๖๗; ม.ค. ๒๕๖๗: จัดประชุมชี้แจง']);
    // a timeframe shorter than the year gives its follow-ups its months, said (S23-7): nothing else
    expect(r.warnings.filter((w) => w.code !== 'timeframe-months')).toEqual([]);
  });

  it('a one-row header of month columns (with years), "x" marks, in a text file', async () => {
    const header = [
      'มาตรการ',
      'วิธีการ',
      ...MONTHS.map((m, i) => `${m} ${i < 3 ? '๖๖' : '๖๗'}`),
      'การติดตามผล',
      'ผู้รับผิดชอบ',
    ];
    const r = await preview(tsv([header, ganttRow(M9, only('x', 11)), ganttRow(M4, only('x', 2, 3, 4))]));
    expect(timeframes(r)).toEqual(['ก.ย. ๒๕๖๗', 'ธ.ค. ๒๕๖๖ - ก.พ. ๒๕๖๗']);
    // a timeframe shorter than the year gives its follow-ups its months, said (S23-7): nothing else
    expect(r.warnings.filter((w) => w.code !== 'timeframe-months')).toEqual([]);
  });

  it('quarter columns under ระยะเวลา: the marked quarters', async () => {
    const r = await preview(
      await xlsx([
        {
          name: 'แผน',
          rows: [
            ['มาตรการ', 'วิธีการ', 'ระยะเวลา', null, null, null, 'การติดตามผล', 'ผู้รับผิดชอบ'],
            [null, null, 'ไตรมาส ๑', 'ไตรมาส ๒', 'ไตรมาส ๓', 'ไตรมาส ๔', null, null],
            [M5[0]!, M5[1]!, '●', '', '●', '', M5[3]!, M5[4]!],
          ],
          merges: ['C1:F1'],
        },
      ]),
    );
    expect(timeframes(r)).toEqual(['ไตรมาส ๑, ไตรมาส ๓']);
    // marked quarters are runs of months: first to last, said, as runs of marked months (S25-8;
    // it was no warning, the follow-ups running all year)
    expect(r.plan.measures[0]!.followUps.map((f) => [f.firstMonth, f.lastMonth])).toEqual([[undefined, '2024-06']]);
    expect(r.warnings.map((w) => [w.code, w.source])).toEqual([['timeframe-months', 'ไตรมาส ๑, ไตรมาส ๓']]);
  });
});
