// Review 17 s24, S24-7 and S24-8. Month abbreviations without their dots ("ต.ค 66", "มีค.67", "ตค")
// and the usual misspelling "กุมภาพันธุ์" were no month: a timeframe "ต.ค 66 - มี.ค 67" left a monthly
// follow-up all year, a one-off "ภายใน 31 มี.ค 67" was read as naming no cadence. And a short month
// inside an agency's abbreviation ("ก.พ.ร.", the OPDC; "ก.ค.ศ.", the teachers' commission) was read
// as February or July: "ก่อน ก.พ.ร. ประเมิน" stopped a monthly follow-up after February.
import { describe, expect, it } from 'vitest';
import { monthOfLabel } from '../../shared/import/period-columns.js';
import { timeframeMonths } from '../../shared/import/timeframe-months.js';
import { followUpTimesOf, preview, tsv } from '../support/plan-table-files.js';

const HEADER = ['มาตรการ/แนวทาง', 'วิธีดำเนินการ', 'ระยะเวลา', 'การติดตามผล', 'ผู้รับผิดชอบ'];
const TITLE_ROWS = [['มาตรการส่งเสริมคุณธรรมและความโปร่งใส ของเทศบาลตำบลทดสอบ'], ['ประจำปีงบประมาณ พ.ศ. 2567']];
const row = (i: number, timeframe: string, followUp: string) => [
  `ตัวชี้วัดที่ ${i} มาตรการทดสอบ ${i}`,
  'จัดทำประกาศ',
  timeframe,
  followUp,
  'กองคลัง',
];

describe("the reviewer's months without their dots, and agencies (FY 2567)", () => {
  it('timeframes cut to their months; a one-off due on such a date is once; ก.พ.ร. is no month', async () => {
    const cases: [string, string][] = [
      ['ต.ค 66 - มี.ค 67', 'รายงานผลทุกเดือน'],
      ['ตค.66 - มีค.67', 'รายงานผลทุกเดือน'],
      ['กุมภาพันธุ์ - มิถุนายน 2567', 'รายงานผลทุกเดือน'],
      ['ตลอดปีงบประมาณ', 'รายงานผลครั้งเดียว ภายใน 31 มี.ค 67'],
      ['ก่อน ก.พ.ร. ประเมิน', 'รายงานผลทุกเดือน'],
      ['ภายใน ก.ค.ศ. กำหนด', 'รายงานผลทุกเดือน'],
      ['ตั้งแต่ ก.ค.ศ. อนุมัติ', 'รายงานผลทุกเดือน'],
    ];
    const r = await preview(tsv([...TITLE_ROWS, HEADER, ...cases.map(([t, f], i) => row(i + 1, t, f))]));
    expect(followUpTimesOf(r)).toEqual([
      [{ cadence: 'monthly', lastMonth: '2024-03' }],
      [{ cadence: 'monthly', lastMonth: '2024-03' }],
      [{ cadence: 'monthly', firstMonth: '2024-02', lastMonth: '2024-06' }],
      [{ cadence: 'once', dueDate: '2024-03-31' }],
      [{ cadence: 'monthly' }],
      [{ cadence: 'monthly' }],
      [{ cadence: 'monthly' }],
    ]);
    expect(r.warnings.filter((w) => w.code === 'timeframe-months').map((w) => w.source)).toEqual(
      cases.slice(0, 3).map(([t]) => t),
    );
    expect(r.warnings.filter((w) => w.code === 'unspecified-cadence')).toEqual([]);
  });
});

describe('a short month with a dot or both left out is that month (FY 2567)', () => {
  it.each([
    ['ตค 66 - มีค 67', { lastMonth: '2024-03' }],
    ['เมย-กย 67', { firstMonth: '2024-04' }],
    ['ม.ค - มิ.ย 2567', { firstMonth: '2024-01', lastMonth: '2024-06' }],
    ['ตั้งแต่ พค. 67', { firstMonth: '2024-05' }],
    ['ภายในเดือน มีค 67', { lastMonth: '2024-03' }],
    ['กุมภาพันธุ์ 2567 ถึง กันยายน 2567', { firstMonth: '2024-02' }],
  ])('%s', (text, months) => {
    expect(timeframeMonths(text, 2567)).toEqual(months);
  });

  it('a month grid labelled without dots: its months', () => {
    expect(['ตค', 'พย.', 'ธ.ค', 'มค 67', 'กุมภาพันธุ์'].map(monthOfLabel)).toEqual([10, 11, 12, 1, 2]);
  });
});

describe('letters of a short month inside a word or an abbreviation are no month', () => {
  it.each([
    'ก่อน ก.พ.ร. ประเมิน',
    'ภายในกำหนดของ ก.พ.ร',
    'ภายใน ก.ค.ศ. กำหนด',
    'ตั้งแต่ ก.ค.ศ. อนุมัติ',
    'ตั้งแต่พยาบาลวิชาชีพเข้ารับตำแหน่ง',
    'ภายในกำหนดของ กยศ.',
    'ก่อน สคบ. ตรวจ',
  ])('%s', (text) => {
    expect(timeframeMonths(text, 2567)).toBeUndefined();
  });

  it('months listed with their dots, one after another, stay months', () => {
    expect(timeframeMonths('มิ.ย. ก.ย. - ธ.ค.', 2567)).toEqual({ firstMonth: '2024-06' });
  });
});
