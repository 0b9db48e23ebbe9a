// Session 27 (s27-d item 3): Thai "ก่อน" + a period means before the period begins, so "ก่อนไตรมาส 3"
// (before quarter 3) is due the day before quarter 3 begins, 31 March of FY 2567, and "ก่อนเดือนมีนาคม"
// by the end of February. Before, both were read as by the period's end (30 June, 31 March), and a
// timeframe "ก่อนสิ้นไตรมาส 3" even ran April-June. One rule for "ก่อน" + a month, a quarter or a half
// year, in a follow-up's words and in the timeframe: due the last day before it begins; "ก่อนสิ้น" +
// period by its end; "ก่อนวันที่ 31 มีนาคม" (a day) is that day, as before.
import { describe, expect, it } from 'vitest';
import { timeframeMonths } from '../../shared/import/timeframe-months.js';
import { HEADER, timeframeRow, TITLE } from '../support/base-plan-rows.js';
import { docx, followUpTimesOf, preview, tsv, wordParagraph, wordTable, xlsx } from '../support/plan-table-files.js';

const rows = (followUps: readonly string[]) => followUps.map((f, i) => timeframeRow(i + 1, 'ตลอดปีงบประมาณ', f));
const said = (r: Awaited<ReturnType<typeof preview>>) =>
  r.warnings.filter((w) => w.code === 'cadence-guessed').map((w) => w.message_th);

describe('"ก่อน" + a period in a follow-up: due the day before the period begins (FY 2567)', () => {
  it('"ก่อนไตรมาส 3" is due 31 March 2567, and "ก่อนเดือนมีนาคม" 29 February 2567, said so', async () => {
    const r = await preview(
      tsv([TITLE, HEADER, ...rows(['รายงานผลต่อนายก ก่อนไตรมาส 3', 'รายงานผลต่อนายก ก่อนเดือนมีนาคม'])]),
    );
    expect(followUpTimesOf(r)).toEqual([
      [{ cadence: 'once', dueDate: '2024-03-31' }],
      [{ cadence: 'once', dueDate: '2024-02-29' }],
    ]);
    expect(said(r)).toEqual([
      expect.stringMatching(/ก่อนไตรมาสที่ ๓.*๓๑ มีนาคม ๒๕๖๗/),
      expect.stringMatching(/ก่อนเดือนมีนาคม.*๒๙ กุมภาพันธ์ ๒๕๖๗/),
    ]);
  });

  it.each([
    // neighbours: other quarters and months, with a year, short months, halves
    ['รายงานผลต่อนายก ก่อนไตรมาสที่ ๒', '2023-12-31'],
    ['รายงานผลต่อนายก ก่อนไตรมาส 4', '2024-06-30'],
    ['รายงานผลต่อนายก ก่อนเดือนมกราคม 2567', '2023-12-31'],
    ['รายงานผลต่อนายก ก่อน ก.ค. 67', '2024-06-30'],
    ['รายงานผลต่อนายก ก่อนเดือนตุลาคม', '2024-09-30'],
    ['รายงานผลต่อนายก ก่อนครึ่งปีหลัง', '2024-03-31'],
    // "ก่อนสิ้น" + period: by its end; a day: that day (unchanged)
    ['รายงานผลต่อนายก ก่อนสิ้นไตรมาส 3', '2024-06-30'],
    ['รายงานผลต่อนายก ก่อนสิ้นเดือนมีนาคม', '2024-03-31'],
    ['รายงานผลต่อนายก ก่อนวันที่ 31 มีนาคม 2567', '2024-03-31'],
    ['รายงานผลต่อนายก ภายในไตรมาส 3', '2024-06-30'],
  ])('%s: once, due %s', async (followUp, dueDate) => {
    const r = await preview(tsv([TITLE, HEADER, ...rows([followUp])]));
    expect(followUpTimesOf(r)).toEqual([[{ cadence: 'once', dueDate }]]);
  });

  it('in a Word table and in a sheet: the same due dates', async () => {
    const cells = ['รายงานผลต่อนายก ก่อนไตรมาส 3', 'รายงานผลต่อนายก ก่อนเดือนมีนาคม'];
    const want = [[{ cadence: 'once', dueDate: '2024-03-31' }], [{ cadence: 'once', dueDate: '2024-02-29' }]];
    const word = await preview(docx(wordParagraph(TITLE.join(' ')) + wordTable([HEADER, ...rows(cells)])));
    expect(followUpTimesOf(word)).toEqual(want);
    const sheet = await preview(
      await xlsx([{ name: 'แผน', rows: [[TITLE[0]!], [TITLE[1]!], HEADER, ...rows(cells)] }]),
    );
    expect(followUpTimesOf(sheet)).toEqual(want);
  });
});

describe('"ก่อน" + a period in the timeframe: until the month before it (FY 2567)', () => {
  it.each([
    ['ก่อนไตรมาส 3', { lastMonth: '2024-03' }],
    ['ก่อนเดือนมีนาคม', { lastMonth: '2024-02' }],
    ['ก่อน มี.ค. 67', { lastMonth: '2024-02' }],
    ['ก่อนครึ่งปีหลัง', { lastMonth: '2024-03' }],
    ['ก่อนสิ้นไตรมาส 3', { lastMonth: '2024-06' }],
    ['ภายในสิ้นไตรมาส 2', { lastMonth: '2024-03' }],
    ['ภายในไตรมาส 3', { lastMonth: '2024-06' }],
    ['ภายในเดือนมีนาคม', { lastMonth: '2024-03' }],
    ['ก่อนวันที่ 15 มีนาคม 2567', { lastMonth: '2024-03' }],
    ['ภายในครึ่งปีแรก', { lastMonth: '2024-03' }],
    ['ตั้งแต่ครึ่งปีหลัง', { firstMonth: '2024-04' }],
  ])('%s: %j', (timeframe, months) => {
    expect(timeframeMonths(timeframe, 2567)).toEqual(months);
  });

  it('"ภายในครึ่งปีหลัง" and "ภายในสิ้นไตรมาส 4" (by the year\'s end): the whole year, nothing cut', () => {
    expect(timeframeMonths('ภายในครึ่งปีหลัง', 2567)).toBeUndefined();
    expect(timeframeMonths('ภายในสิ้นไตรมาส 4', 2567)).toBeUndefined();
  });

  it('a one-off under "ก่อนไตรมาส 3" or "ก่อนเดือนมีนาคม 2567" is due the day before it begins', async () => {
    const timeframes: [string, string][] = [
      ['ก่อนไตรมาส 3', 'รายงานผลต่อนายก (ครั้งเดียว)'],
      ['ก่อนเดือนมีนาคม 2567', 'รายงานผลต่อนายก (ครั้งเดียว)'],
      ['ก่อนไตรมาส 3', 'รายงานผลทุกเดือน'],
    ];
    const r = await preview(tsv([TITLE, HEADER, ...timeframes.map(([t, f], i) => timeframeRow(i + 1, t, f))]));
    expect(followUpTimesOf(r)).toEqual([
      [{ cadence: 'once', dueDate: '2024-03-31' }],
      [{ cadence: 'once', dueDate: '2024-02-29' }],
      [{ cadence: 'monthly', lastMonth: '2024-03' }],
    ]);
  });
});
