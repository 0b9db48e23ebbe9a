// Review 17 s24, S24-1: a timeframe written as a range of dates with their days, as Thai official
// documents write it ("1 ตุลาคม 2566 – 31 มีนาคม 2567", "1 เม.ย. 67 - 30 ก.ย. 67", "01/10/2566 -
// 31/03/2567", "ตั้งแต่ 1 เมษายน 2567 เป็นต้นไป"), gave its follow-ups no months and said nothing, while
// the same range without days was cut to its months (S23-7): a measure worked six months owed twelve
// monthly reports. The day before a month, and a date written in digits, now read as that month.
import { describe, expect, it } from 'vitest';
import { timeframeMonths } from '../../shared/import/timeframe-months.js';
import { preview, tsv } from '../support/plan-table-files.js';

const HEADER = ['มาตรการ/แนวทาง', 'วิธีดำเนินการ', 'ระยะเวลา', 'การติดตามผล', 'ผู้รับผิดชอบ'];
const TITLE_ROWS = [['มาตรการส่งเสริมคุณธรรมและความโปร่งใส ของเทศบาลตำบลทดสอบ'], ['ประจำปีงบประมาณ พ.ศ. 2567']];
const row = (i: number, timeframe: string) => [
  `ตัวชี้วัดที่ ${i} มาตรการทดสอบ ${i}`,
  'จัดทำประกาศ',
  timeframe,
  'รายงานผลทุกเดือน',
  'กองคลัง',
];

describe("the reviewer's timeframes written with their days (FY 2567)", () => {
  const timeframes: [string, { firstMonth?: string; lastMonth?: string }][] = [
    ['1 ตุลาคม 2566 – 31 มีนาคม 2567', { lastMonth: '2024-03' }],
    ['1 เม.ย. 67 - 30 ก.ย. 67', { firstMonth: '2024-04' }],
    ['01/10/2566 - 31/03/2567', { lastMonth: '2024-03' }],
    ['ระหว่างวันที่ 1 มกราคม ถึง 30 มิถุนายน 2567', { firstMonth: '2024-01', lastMonth: '2024-06' }],
    ['ตั้งแต่ 1 เมษายน 2567 เป็นต้นไป', { firstMonth: '2024-04' }],
  ];

  it('each cuts its monthly follow-up to its months, said quoting it, as the range without days does', async () => {
    const r = await preview(tsv([...TITLE_ROWS, HEADER, ...timeframes.map(([t], i) => row(i + 1, t))]));
    expect(
      r.plan.measures.map((m) => m.followUps.map((f) => ({ firstMonth: f.firstMonth, lastMonth: f.lastMonth }))),
    ).toEqual(timeframes.map(([, months]) => [{ firstMonth: undefined, lastMonth: undefined, ...months }]));
    const said = r.warnings.filter((w) => w.code === 'timeframe-months');
    expect(said.map((w) => w.source)).toEqual(timeframes.map(([t]) => t));
  });
});

describe('a date range with days names the months of its dates (FY 2567)', () => {
  it.each([
    ['1 ต.ค. 2566 - 31 มี.ค. 2567', { lastMonth: '2024-03' }],
    ['1 ต.ค. 66 ถึง 31 มี.ค. 67', { lastMonth: '2024-03' }],
    ['๑ มกราคม ๒๕๖๗ ถึงวันที่ ๓๐ มิถุนายน ๒๕๖๗', { firstMonth: '2024-01', lastMonth: '2024-06' }],
    ['1/4/2567 - 30/9/2567', { firstMonth: '2024-04' }],
    ['01.01.67 - 30.06.67', { firstMonth: '2024-01', lastMonth: '2024-06' }],
    ['ตั้งแต่วันที่ 1 เมษายน 2567', { firstMonth: '2024-04' }],
    ['ภายในวันที่ 31 มีนาคม 2567', { lastMonth: '2024-03' }],
    ['ภายใน 31 มี.ค. 67', { lastMonth: '2024-03' }],
  ])('%s', (text, months) => {
    expect(timeframeMonths(text, 2567)).toEqual(months);
  });

  it.each([
    // the whole year, with days
    '1 ตุลาคม 2566 - 30 กันยายน 2567',
    '01/10/2566 - 30/09/2567',
    // one date alone: a one-off day, no span
    '15 มกราคม 2567',
    '15/01/2567',
    // days of one month
    '1 - 31 มีนาคม 2567',
    // no date: a month number past 12
    '01/13/2566 - 31/14/2567',
  ])('%s: nothing', (text) => {
    expect(timeframeMonths(text, 2567)).toBeUndefined();
  });
});
