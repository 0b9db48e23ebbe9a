// Session 28 (s28-c item 3): quarters listed one by one were read by two patterns, timeframe-months.ts
// QUARTER_LIST (a monthly report's months: "ทุกเดือน ในไตรมาส 2 และ 3") and follow-up-cadence.ts
// QUARTERS (the cadence's rounds: "ในไตรมาสที่ 2 และ 4" twice a year). Both now call one list reader,
// year-part-names.ts quarterListPattern/quartersOfList, each with its own spellings as before: the
// months read "ไตรมาส" with or without "ที่"; the rounds only with it ("ไตรมาส 2 และ 4" names none).
import { describe, expect, it } from 'vitest';
import { readFollowUpAlone } from '../support/plan-table-files.js';

describe("a monthly report's quarters in a row are its months, with or without ที่ (FY 2567)", () => {
  it.each([
    ['รายงานทุกเดือน ในไตรมาส 2 และ 3', { firstMonth: '2024-01', lastMonth: '2024-06' }],
    ['รายงานทุกเดือน ในไตรมาสที่ 2 และ 3', { firstMonth: '2024-01', lastMonth: '2024-06' }],
    ['รายงานทุกเดือน ในไตรมาส ๒ และไตรมาส ๓', { firstMonth: '2024-01', lastMonth: '2024-06' }],
    ['รายงานทุกเดือน ในไตรมาสที่ 2, 3 และ 4', { firstMonth: '2024-01' }],
  ])('"%s": monthly, %j', async (text, months) => {
    const r = await readFollowUpAlone(text);
    expect(r.times).toEqual([{ cadence: 'monthly', ...months }]);
    expect(r.codes).toContain('timeframe-months');
  });
});

describe('quarters named as rounds make the cadence only with ที่ (FY 2567)', () => {
  const rounds = {
    semiannual: ['รายงานในไตรมาสที่ 2 และ 4', 'รายงานผลไตรมาสที่ ๒ และไตรมาสที่ ๔', 'รายงานผลไตรมาสที่ 1/3'],
    quarterly: ['รายงานผลไตรมาสที่ ๑-๔'],
  };
  for (const [cadence, texts] of Object.entries(rounds))
    it.each(texts)(
      `"%s": ${cadence}, said as guessed; without ที่ none is read, the coordinator is asked`,
      async (text) => {
        const named = await readFollowUpAlone(text);
        expect(named.times).toEqual([{ cadence }]);
        expect(named.said).toEqual([expect.stringContaining('ระบุเดือนหรือไตรมาสที่ต้องรายงาน')]);
        const bare = await readFollowUpAlone(text.replaceAll('ไตรมาสที่', 'ไตรมาส'));
        expect(bare.times).toEqual([{ cadence: 'unspecified' }]);
        expect(bare.codes).toContain('unspecified-cadence');
      },
    );
});
