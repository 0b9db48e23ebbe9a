// Review 17 s26, task s26-e item 1: a timeframe of English month names ("January - June 2024",
// "Jan-Jun 2567", "Oct 2023 – Mar 2024") gave no months while the same span in Thai was cut and said:
// a monthly follow-up ran all year, silently. Now an English month is its Thai month.
import { describe, expect, it } from 'vitest';
import { timeframeMonths } from '../../shared/import/timeframe-months.js';
import { HEADER, timeframeRow, TITLE } from '../support/base-plan-rows.js';
import { followUpTimesOf, preview, tsv } from '../support/plan-table-files.js';

describe('a timeframe of English month names is their months (FY 2567)', () => {
  it("the issue's three timeframes cut a monthly follow-up to their months, each said", async () => {
    const timeframes = ['January - June 2024', 'Jan-Jun 2567', 'Oct 2023 – Mar 2024'];
    const r = await preview(tsv([TITLE, HEADER, ...timeframes.map((t, i) => timeframeRow(i + 1, t))]));
    expect(followUpTimesOf(r)).toEqual([
      [{ cadence: 'monthly', firstMonth: '2024-01', lastMonth: '2024-06' }],
      [{ cadence: 'monthly', firstMonth: '2024-01', lastMonth: '2024-06' }],
      [{ cadence: 'monthly', lastMonth: '2024-03' }],
    ]);
    expect(r.warnings.filter((w) => w.code === 'timeframe-months').map((w) => w.source)).toEqual(timeframes);
  });

  it.each([
    // neighbours: dots, "Sept", capitals, days, words between the months, Thai words around them
    ['Apr. - Sept. 2024', { firstMonth: '2024-04' }],
    ['APRIL–SEPTEMBER 2024', { firstMonth: '2024-04' }],
    ['1 January 2024 to 30 June 2024', { firstMonth: '2024-01', lastMonth: '2024-06' }],
    ['from April 2024', { firstMonth: '2024-04' }],
    ['by March 2024', { lastMonth: '2024-03' }],
    ['ระหว่าง Nov 2023 ถึง Feb 2024', { firstMonth: '2023-11', lastMonth: '2024-02' }],
  ])('%s', (text, months) => {
    expect(timeframeMonths(text, 2567)).toEqual(months);
  });

  it.each([
    // no span: the whole year, one month alone, English words that only hold a month's letters
    'October 2023 - September 2024',
    'March 2024',
    'Summary in Marketing, Decimal',
    'may be changed',
  ])('%s: nothing', (text) => {
    expect(timeframeMonths(text, 2567)).toBeUndefined();
  });
});
