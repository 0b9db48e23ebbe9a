// Review 17 s25, S25-1: a timeframe naming a half of the fiscal year ("ครึ่งปีแรก", "6 เดือนแรกของ
// ปีงบประมาณ", "ครึ่งปีหลัง") gave no months: a monthly follow-up of a measure worked October-March
// ran all year, silently. Now the first half is October-March, the second April-September, cut
// and said as a span of months is.
import { describe, expect, it } from 'vitest';
import { timeframeMonths } from '../../shared/import/timeframe-months.js';
import { HEADER, timeframeRow, TITLE } from '../support/base-plan-rows.js';
import { followUpTimesOf, preview, tsv } from '../support/plan-table-files.js';

describe('a timeframe of a half of the fiscal year is its months (FY 2567)', () => {
  it('a monthly follow-up of a measure worked in the first half runs October to March, said so', async () => {
    const timeframes = ['6 เดือนแรกของปีงบประมาณ', 'ครึ่งปีแรก', 'ครึ่งปีหลัง'];
    const r = await preview(
      tsv([TITLE, HEADER, ...timeframes.map((t, i) => timeframeRow(i + 1, t, 'รายงานผลต่อนายกเทศมนตรีทุกเดือน'))]),
    );
    expect(followUpTimesOf(r)).toEqual([
      [{ cadence: 'monthly', lastMonth: '2024-03' }],
      [{ cadence: 'monthly', lastMonth: '2024-03' }],
      [{ cadence: 'monthly', firstMonth: '2024-04' }],
    ]);
    expect(r.warnings.filter((w) => w.code === 'timeframe-months').map((w) => w.source)).toEqual(timeframes);
  });

  it.each([
    ['ครึ่งแรกของปีงบประมาณ', { lastMonth: '2024-03' }],
    ['๖ เดือนหลัง', { firstMonth: '2024-04' }],
    ['หกเดือนแรก', { lastMonth: '2024-03' }],
  ])('%s', (text, months) => {
    expect(timeframeMonths(text, 2567)).toEqual(months);
  });

  it('both halves, or a count of months that is no half, are the whole year', () => {
    for (const text of ['ครึ่งปีแรกและครึ่งปีหลัง', '6 เดือนแรก, 6 เดือนหลัง', '16 เดือนแรก', 'ทุก 6 เดือน']) {
      expect(timeframeMonths(text, 2567), text).toBeUndefined();
    }
  });
});
