// Review 17 s26, S26-1: "ไตรมาส 2 – 3" with an en dash (Word's AutoFormat of " - ") was quarter 2
// alone: the follow-ups stopped after March, warned with the wrong months. A dash between quarter
// numbers is a range whatever dash it is, in a timeframe and in a follow-up's quarters.
import { describe, expect, it } from 'vitest';
import { readFollowUpCadence } from '../../shared/import/follow-up-cadence.js';
import { timeframeMonths } from '../../shared/import/timeframe-months.js';
import { HEADER, timeframeRow, TITLE } from '../support/base-plan-rows.js';
import { followUpTimesOf, preview, tsv } from '../support/plan-table-files.js';

describe('a dash of any kind between quarters is their range (FY 2567)', () => {
  it("the reviewer's rows: quarters 2 to 3 run January to June whatever the dash", async () => {
    const timeframes = ['ไตรมาส 2 – 3', 'ไตรมาสที่ ๒ – ๓', 'ไตรมาส 2-3'];
    const r = await preview(tsv([TITLE, HEADER, ...timeframes.map((t, i) => timeframeRow(i + 1, t))]));
    const months = { cadence: 'monthly', firstMonth: '2024-01', lastMonth: '2024-06' };
    expect(followUpTimesOf(r)).toEqual([[months], [months], [months]]);
    expect(r.warnings.filter((w) => w.code === 'timeframe-months').map((w) => w.source)).toEqual(timeframes);
  });

  it.each([
    // neighbours: an em dash, a tilde, quarters 1 to 2 with an en dash, Thai digits
    ['ไตรมาส 2 — 3', { firstMonth: '2024-01', lastMonth: '2024-06' }],
    ['ไตรมาส 2~3', { firstMonth: '2024-01', lastMonth: '2024-06' }],
    ['ไตรมาสที่ ๑ – ๒', { lastMonth: '2024-03' }],
  ])('%s', (text, months) => {
    expect(timeframeMonths(text, 2567)).toEqual(months);
  });

  it('a follow-up in quarters "๑ – ๔" (en dash) is quarterly, as "๑-๔" is', () => {
    expect(readFollowUpCadence('รายงานผลไตรมาสที่ ๑ – ๔', 2567).cadence).toBe('quarterly');
    expect(readFollowUpCadence('รายงานผลไตรมาสที่ 1—4', 2567).cadence).toBe('quarterly');
  });
});
