// Review 17 s25, S25-1 and S25-8: a timeframe naming quarters of the fiscal year ("ไตรมาส 2-3",
// "ไตรมาสที่ ๒ และ ๓", and the ticks of a quarter Gantt read as "ไตรมาส 2, ไตรมาส 3") gave no months:
// a monthly follow-up of a measure worked January-June ran all year, silently. Now a quarter is its
// three months of the fiscal year (Q1 = ต.ค.-ธ.ค.), cut and said as a span of months is.
import { describe, expect, it } from 'vitest';
import { timeframeMonths } from '../../shared/import/timeframe-months.js';
import { HEADER, timeframeRow, TITLE } from '../support/base-plan-rows.js';
import { followUpTimesOf, preview, tsv } from '../support/plan-table-files.js';

const row = (i: number, timeframe: string) => timeframeRow(i, timeframe, 'รายงานผลต่อนายกเทศมนตรีทุกเดือน');

describe('a timeframe of fiscal quarters is their months (FY 2567)', () => {
  it('a monthly follow-up of a measure worked in quarters 2-3 runs January to June, said so', async () => {
    const timeframes = ['ไตรมาส 2-3', 'ไตรมาสที่ ๒ และ ๓', 'ไตรมาส 2, ไตรมาส 3', 'ไตรมาสที่ 2 - 3'];
    const r = await preview(tsv([TITLE, HEADER, ...timeframes.map((t, i) => row(i + 1, t))]));
    expect(followUpTimesOf(r)).toEqual(
      timeframes.map(() => [{ cadence: 'monthly', firstMonth: '2024-01', lastMonth: '2024-06' }]),
    );
    expect(r.warnings.filter((w) => w.code === 'timeframe-months').map((w) => w.source)).toEqual(timeframes);
  });

  it.each([
    ['ไตรมาส 1', { lastMonth: '2023-12' }],
    ['ไตรมาสที่ 4', { firstMonth: '2024-07' }],
    ['ไตรมาสที่ 1 ถึง ไตรมาสที่ 2', { lastMonth: '2024-03' }],
    ['ไตรมาส 2 (ม.ค.-มี.ค. 67)', { firstMonth: '2024-01', lastMonth: '2024-03' }],
    ['ไตรมาส 1, 2, 3', { lastMonth: '2024-06' }],
    ['ไตรมาสที่ 2, ไตรมาสที่ 4', { firstMonth: '2024-01' }],
    ['ภายในไตรมาสที่ 2', { lastMonth: '2024-03' }],
    ['ตั้งแต่ไตรมาส ๓', { firstMonth: '2024-04' }],
  ])('%s', (text, months) => {
    expect(timeframeMonths(text, 2567)).toEqual(months);
  });

  it('all four quarters, or quarters without a number, are the whole year', () => {
    for (const text of ['ไตรมาสที่ 1-4', 'ทุกไตรมาส', 'ไตรมาส 1 - ไตรมาส 4', 'ไตรมาส 1, 2, 3, 4', 'ไตรมาสละ 1 ครั้ง']) {
      expect(timeframeMonths(text, 2567), text).toBeUndefined();
    }
  });
});
