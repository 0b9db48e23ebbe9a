// Review 17 s25, S25-1: a timeframe of ISO dates ("2024-01-01 ถึง 2024-06-30") gave no months while
// the same span in d/m/y dates was cut and said: a monthly follow-up ran all year, silently. Now an
// ISO date is its month and year, as a d/m/y date is.
import { describe, expect, it } from 'vitest';
import { timeframeMonths } from '../../shared/import/timeframe-months.js';
import { HEADER, timeframeRow, TITLE } from '../support/base-plan-rows.js';
import { followUpTimesOf, preview, tsv } from '../support/plan-table-files.js';

describe('a timeframe of ISO dates is their months (FY 2567)', () => {
  it("the reviewer's row: 2024-01-01 ถึง 2024-06-30 runs January to June, said so", async () => {
    const r = await preview(tsv([TITLE, HEADER, timeframeRow(1, '2024-01-01 ถึง 2024-06-30')]));
    expect(followUpTimesOf(r)).toEqual([[{ cadence: 'monthly', firstMonth: '2024-01', lastMonth: '2024-06' }]]);
    expect(r.warnings.filter((w) => w.code === 'timeframe-months').map((w) => w.source)).toEqual([
      '2024-01-01 ถึง 2024-06-30',
    ]);
  });

  it.each([
    ['2023-10-01 - 2024-03-31', { lastMonth: '2024-03' }],
    ['ตั้งแต่ 2024-04-01', { firstMonth: '2024-04' }],
    ['2024-4-1 – 2024-9-30', { firstMonth: '2024-04' }],
  ])('%s', (text, months) => {
    expect(timeframeMonths(text, 2567)).toEqual(months);
  });
});
