// Session 27's break attempt, M-4: a cadence's qualifier was dropped, silently. "รายงานปีละครั้ง
// ภายใน 31 มี.ค." was due at the year's end (30 September), "ทุกเดือนในไตรมาสที่ 1" ran all year,
// "ทุกไตรมาส เริ่มไตรมาสที่ 2" started in October. A yearly report with a deadline inside the year is
// a one-off due then (one just after the year's end stays the yearly report, one outside the year is
// asked, as a deadline alone is); one quarter qualified
// by "ใน", "เริ่ม", "ตั้งแต่", "ถึง"… gives a recurring follow-up its months.
import { describe, expect, it } from 'vitest';
import { HEADER, timeframeRow, TITLE } from '../support/base-plan-rows.js';
import { docx, followUpTimesOf, preview, tsv, wordTable, xlsx } from '../support/plan-table-files.js';

const row = (followUp: string) => timeframeRow(4, 'ตลอดปีงบประมาณ', followUp);
const seen = (r: Awaited<ReturnType<typeof preview>>) => ({
  times: followUpTimesOf(r)[0],
  said: r.warnings.filter((w) => w.code === 'cadence-guessed').map((w) => w.message_th),
  months: r.warnings.filter((w) => w.code === 'timeframe-months').map((w) => w.message_th),
});
const formats = {
  txt: async (followUp: string) => preview(tsv([TITLE, HEADER, row(followUp)])),
  docx: async (followUp: string) => preview(docx(wordTable([HEADER, row(followUp)]))),
  xlsx: async (followUp: string) =>
    preview(await xlsx([{ name: 'แผน', rows: [TITLE.slice(0, 1), HEADER, row(followUp)] }])),
};
type Format = keyof typeof formats;

describe('a yearly report with a deadline inside the year is due then (FY 2567)', () => {
  it.each<[Format, string, string]>([
    ['txt', 'รายงานปีละครั้ง ภายในเดือนมีนาคม', '2024-03-31'],
    ['txt', 'รายงานปีละครั้ง ภายใน 31 มี.ค. 2567', '2024-03-31'],
    ['docx', 'สรุปผลประจำปี ส่งภายในวันที่ 15 สิงหาคม 2567', '2024-08-15'],
    ['xlsx', 'รายงานผลประจำปี ภายในไตรมาสที่ 3', '2024-06-30'],
    ['txt', 'รายงานผลประจำปี ภายในครึ่งปีแรก', '2024-03-31'],
    ['docx', 'รายงานปีละครั้ง ในเดือนมิถุนายน', '2024-06-30'],
  ])('%s "%s": once, due %s, said so', async (format, text, dueDate) => {
    const r = seen(await formats[format](text));
    expect(r.times).toEqual([{ cadence: 'once', dueDate }]);
    expect(r.said).toEqual([expect.stringContaining(text)]);
  });

  it.each<[Format, string]>([
    ['txt', 'สรุปผลประจำปี ส่งภายในเดือนธันวาคม'],
    ['xlsx', 'รายงานปีละครั้ง ภายใน 31 ต.ค. 2567'],
    ['docx', 'รายงานผลปีละครั้ง ภายในเดือนพฤศจิกายน'],
    ['txt', 'รายงานผลประจำปี ภายในวันที่ 30 กันยายน 2567'],
    ['docx', 'สรุปผลปีละครั้ง ภายในเดือนกันยายน'],
  ])('%s "%s": at or just after the year\'s end, the yearly report as stated', async (format, text) => {
    const r = seen(await formats[format](text));
    expect(r.times).toEqual([{ cadence: 'annual' }]);
    expect(r.said).toEqual([]);
  });

  it.each<[Format, string]>([
    ['txt', 'รายงานปีละครั้ง ภายใน 31 มี.ค. 2560'],
    ['xlsx', 'สรุปผลประจำปี ภายในวันที่ 30 กุมภาพันธ์ 2567'],
  ])('%s "%s": a deadline outside the year or no real day: no cadence, asked', async (format, text) => {
    const r = await formats[format](text);
    expect(followUpTimesOf(r)[0]).toEqual([{ cadence: 'unspecified' }]);
    expect(r.warnings.filter((w) => w.code === 'unspecified-cadence').map((w) => w.message_th)).toEqual([
      expect.stringContaining(text),
    ]);
  });

  it('"รายงานปีละครั้ง" alone stays annual, nothing said', async () => {
    const r = seen(await formats.txt('รายงานปีละครั้ง'));
    expect(r.times).toEqual([{ cadence: 'annual' }]);
    expect(r.said).toEqual([]);
  });
});

describe('one quarter qualified gives a recurring follow-up its months (FY 2567)', () => {
  it.each<[Format, string, { cadence: string; firstMonth?: string; lastMonth?: string }]>([
    ['txt', 'รายงานทุกเดือนในไตรมาสที่ 1', { cadence: 'monthly', lastMonth: '2023-12' }],
    ['docx', 'รายงานผลทุกเดือน ในช่วงไตรมาส 3', { cadence: 'monthly', firstMonth: '2024-04', lastMonth: '2024-06' }],
    ['xlsx', 'รายงานทุกเดือน เฉพาะไตรมาสที่ ๒', { cadence: 'monthly', firstMonth: '2024-01', lastMonth: '2024-03' }],
    ['txt', 'รายงานทุกไตรมาส เริ่มไตรมาสที่ 2', { cadence: 'quarterly', firstMonth: '2024-01' }],
    ['txt', 'รายงานทุกไตรมาส ตั้งแต่ไตรมาสที่ 2', { cadence: 'quarterly', firstMonth: '2024-01' }],
    ['docx', 'รายงานผลทุกเดือน ตั้งแต่ไตรมาส 3 เป็นต้นไป', { cadence: 'monthly', firstMonth: '2024-04' }],
    ['xlsx', 'รายงานทุกเดือน ถึงไตรมาสที่ 2', { cadence: 'monthly', lastMonth: '2024-03' }],
    // quarters in a row under a monthly report are its months (verify 17 s27: all year before)
    ['txt', 'รายงานทุกเดือน ในไตรมาสที่ 2 และ 3', { cadence: 'monthly', firstMonth: '2024-01', lastMonth: '2024-06' }],
    ['docx', 'รายงานผลทุกเดือน ในไตรมาส ๑, ๒ และ ๓', { cadence: 'monthly', lastMonth: '2024-06' }],
    ['xlsx', 'รายงานทุกเดือน ช่วงไตรมาสที่ 3 และไตรมาสที่ 4', { cadence: 'monthly', firstMonth: '2024-04' }],
  ])('%s "%s": %j, said quoting the words', async (format, text, times) => {
    const r = seen(await formats[format](text));
    expect(r.times).toEqual([times]);
    expect(r.months).toEqual([expect.stringContaining(`ระบุช่วงเดือนไว้ในข้อความ "${text}"`)]);
  });

  it.each([
    ['รายงานในไตรมาสที่ 2 และ 4', 'semiannual'],
    ['รายงานผลทุกไตรมาส (ไตรมาส ๒ และ ไตรมาส ๔)', 'quarterly'],
    ['รายงานทุกไตรมาส ในไตรมาสที่ 1, 2, 3 และ 4', 'quarterly'],
  ])('"%s": quarters named one by one are rounds, no months', async (text, cadence) => {
    const r = seen(await formats.txt(text));
    expect(r.times).toEqual([{ cadence }]);
    expect(r.months).toEqual([]);
  });
});
