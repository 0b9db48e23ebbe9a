// Review 17 s26, S26-2 (high): a one-off "(ครั้งเดียว)" whose date stands in the timeframe column
// ("1 กุมภาพันธ์ 2567", "ภายใน 31 มีนาคม 2567") had no due date: its obligation fell on 31 December
// 2566, silently. Now the one-off is due on the timeframe's date, said to check as a deadline in the
// follow-up's own text is.
import { describe, expect, it } from 'vitest';
import { HEADER, timeframeRow, TITLE } from '../support/base-plan-rows.js';
import { followUpTimesOf, preview, tsv } from '../support/plan-table-files.js';

const read = async (timeframe: string, followUp: string) => {
  const r = await preview(tsv([TITLE, HEADER, timeframeRow(1, timeframe, followUp)]));
  return {
    times: followUpTimesOf(r)[0],
    said: r.warnings.filter((w) => w.code === 'cadence-guessed').map((w) => w.message_th),
    codes: r.warnings.map((w) => w.code),
  };
};

describe("a one-off's date in the timeframe column is its due date (FY 2567)", () => {
  it.each([
    ['1 กุมภาพันธ์ 2567', 'รายงานผลต่อนายก (ครั้งเดียว)', '2024-02-01', '๑ กุมภาพันธ์ ๒๕๖๗'],
    ['ภายใน 31 มีนาคม 2567', 'รายงานผลต่อนายก (ครั้งเดียว)', '2024-03-31', '๓๑ มีนาคม ๒๕๖๗'],
    ['ภายในวันที่ 31 มีนาคม 2567', 'รายงานผลต่อนายก (ครั้งเดียว)', '2024-03-31', '๓๑ มีนาคม ๒๕๖๗'],
    // neighbours: a date in digits, a month alone (its last day), a short month without a year
    ['15/03/2567', 'รายงานผลต่อนายก (ครั้งเดียว)', '2024-03-15', '๑๕ มีนาคม ๒๕๖๗'],
    ['มิถุนายน 2567', 'รายงานผลครั้งเดียว (ครั้งเดียว)', '2024-06-30', '๓๐ มิถุนายน ๒๕๖๗'],
    ['ภายใน 30 ก.ย.', 'สรุปผลต่อนายก (ครั้งเดียว)', '2024-09-30', '๓๐ กันยายน ๒๕๖๗'],
    // a span shorter than the year: due at its end (verified in session 26; before, 31 December, silently)
    ['ม.ค. - มี.ค. 2567', 'รายงานผลต่อนายก (ครั้งเดียว)', '2024-03-31', '๓๑ มีนาคม ๒๕๖๗'],
    ['เม.ย. - มิ.ย. 67', 'รายงานผลต่อนายก (ครั้งเดียว)', '2024-06-30', '๓๐ มิถุนายน ๒๕๖๗'],
    ['ไตรมาส 3', 'รายงานผลต่อนายกเมื่อแล้วเสร็จ (ครั้งเดียว)', '2024-06-30', '๓๐ มิถุนายน ๒๕๖๗'],
    ['ตั้งแต่ ม.ค. 67', 'รายงานผลต่อนายก (ครั้งเดียว)', '2024-09-30', '๓๐ กันยายน ๒๕๖๗'],
  ])('%s | %s: once, due %s, said with the date', async (timeframe, followUp, dueDate, thai) => {
    const r = await read(timeframe, followUp);
    expect(r.times).toEqual([{ cadence: 'once', dueDate }]);
    expect(r.said).toEqual([expect.stringContaining(thai)]);
    expect(r.said[0]).toContain(timeframe);
  });

  it("the follow-up's own date wins over the timeframe's, said as before", async () => {
    const r = await read('1 กุมภาพันธ์ 2567', 'รายงานผลต่อนายก ภายใน 31 มีนาคม 2567 (ครั้งเดียว)');
    expect(r.times).toEqual([{ cadence: 'once', dueDate: '2024-03-31' }]);
    expect(r.said).toEqual([expect.stringContaining('๓๑ มีนาคม ๒๕๖๗')]);
  });

  it.each([
    // no one date and no span shorter than the year: the whole year, a date outside the year
    ['ตลอดปีงบประมาณ'],
    ['ต.ค. 66 - ก.ย. 67'],
    ['1 กุมภาพันธ์ 2569'],
  ])('%s: no due date taken from it', async (timeframe) => {
    const r = await read(timeframe, 'รายงานผลต่อนายก (ครั้งเดียว)');
    expect(r.times).toEqual([{ cadence: 'once' }]);
    expect(r.said).toEqual([]);
  });
});
