// Review 17 s25 (task s25-f). "สิ้นมีค" / "สิ้นเดือนมีค" (the end of March, no dots, no space) named no
// month, and "ต.ค. 66 - สิ้นเดือนมีนาคม 67" no span: a monthly follow-up of a measure worked until
// March stayed all year. And "อ.ก.พ." (a committee), like "ก.พ.ร." since S24-8, is no February:
// "ต.ค. - ธ.ค. 66 เสนอ อ.ก.พ.จังหวัด" ran a monthly follow-up until February, "รายงานผลต่อ อ.ก.พ. ใน
// เดือน ส.ค." was read as twice a year. "ก.พ." alone stays February.
import { describe, expect, it } from 'vitest';
import { timeframeMonths } from '../../shared/import/timeframe-months.js';
import { HEADER, TITLE } from '../support/base-plan-rows.js';
import { followUpTimesOf, preview, tsv } from '../support/plan-table-files.js';

const row = (i: number, timeframe: string, followUp = 'รายงานผลทุกเดือน') => [
  `ตัวชี้วัดที่ ${i} มาตรการทดสอบ ${i}`,
  'จัดทำประกาศ',
  timeframe,
  followUp,
  'กองคลัง',
];

/** Each monthly measure's follow-up months, and the timeframes the preview speaks of. */
async function monthsOf(timeframes: string[]) {
  const r = await preview(tsv([TITLE, HEADER, ...timeframes.map((t, i) => row(i + 1, t))]));
  return {
    months: followUpTimesOf(r),
    said: r.warnings.filter((w) => w.code === 'timeframe-months').map((w) => w.source),
  };
}

describe('the end of a month written without dots or space is that month (FY 2567)', () => {
  it('a monthly follow-up of a measure worked until the end of March stops after March', async () => {
    const timeframes = [
      'ต.ค. 66 - สิ้นมีค 67',
      'ภายในสิ้นมีค 67',
      'ต.ค. 66 - สิ้นเดือนมีค 67',
      'ต.ค. 66 - สิ้นเดือนมีนาคม 67',
      'ตุลาคม 2566 ถึง สิ้น มี.ค. 2567',
    ];
    expect(await monthsOf(timeframes)).toEqual({
      months: timeframes.map(() => [{ cadence: 'monthly', lastMonth: '2024-03' }]),
      said: timeframes,
    });
  });

  it.each([
    ['ถึงสิ้นมีค', { lastMonth: '2024-03' }],
    ['ภายใน สิ้นธค 66', { lastMonth: '2023-12' }],
    ['เม.ย. - สิ้นก.ย. 67', { firstMonth: '2024-04' }],
    ['มค - สิ้นมิย 67', { firstMonth: '2024-01', lastMonth: '2024-06' }],
    ['ก่อนสิ้นเมย.67', { lastMonth: '2024-04' }],
  ])('%s', (text, months) => {
    expect(timeframeMonths(text, 2567)).toEqual(months);
  });
});

describe("a short month at the end of a committee's or agency's abbreviation is no month", () => {
  it('อ.ก.พ. and อ.ส.ค. neither end a timeframe nor make a cadence of the months named', async () => {
    const r = await preview(
      tsv([
        TITLE,
        HEADER,
        row(1, 'ต.ค. - ธ.ค. 66 เสนอ อ.ก.พ.จังหวัด'),
        row(2, 'ตลอดปีงบประมาณ', 'รายงานผลต่อ อ.ก.พ. ในเดือน ส.ค.'),
        row(3, 'ตลอดปีงบประมาณ', 'รายงานผลต่อ อ.ก.พ.กรม ในเดือนสิงหาคม'),
        row(4, 'ตลอดปีงบประมาณ', 'ส่งข้อมูลให้ อ.ส.ค. ภายในเดือนกุมภาพันธ์ 2567'),
      ]),
    );
    expect(followUpTimesOf(r)).toEqual([
      [{ cadence: 'monthly', lastMonth: '2023-12' }],
      // one month named after "ในเดือน": a one-off due then (review 17 s26; was unspecified), not two
      // months (February and August would be twice a year)
      [{ cadence: 'once', dueDate: '2024-08-31' }],
      [{ cadence: 'once', dueDate: '2024-08-31' }],
      [{ cadence: 'once', dueDate: '2024-02-29' }],
    ]);
    expect(r.warnings.filter((w) => w.code === 'timeframe-months').map((w) => w.source)).toEqual([
      'ต.ค. - ธ.ค. 66 เสนอ อ.ก.พ.จังหวัด',
    ]);
  });

  it('ก.พ. alone, and in a list of months, is still February', async () => {
    const r = await preview(
      tsv([
        TITLE,
        HEADER,
        row(1, 'ภายใน ก.พ. 67'),
        row(2, 'ม.ค. ก.พ. - มิ.ย. 67'),
        row(3, 'ธค. - ก.พ. 67'),
        row(4, 'ตลอดปีงบประมาณ', 'รายงานผลเดือน ก.พ. และ ส.ค.'),
      ]),
    );
    expect(followUpTimesOf(r)).toEqual([
      [{ cadence: 'monthly', lastMonth: '2024-02' }],
      [{ cadence: 'monthly', firstMonth: '2024-01', lastMonth: '2024-06' }],
      [{ cadence: 'monthly', firstMonth: '2023-12', lastMonth: '2024-02' }],
      [{ cadence: 'semiannual' }],
    ]);
  });
});
