// Session 27's break attempt, H-1: "ทุกเดือน" followed by a month's name ("รายงานผลทุกเดือนกันยายน":
// every September) was read as monthly, silently: twelve reports a year where the plan asks for one.
// "Every <month>" is that month once in the year; two months six apart twice a year; four months
// three apart quarterly; "every first/last month of the quarter" quarterly. "ทุกเดือน" before a
// range of months ("ทุกเดือน ต.ค. - มี.ค.") stays monthly.
import { describe, expect, it } from 'vitest';
import { readFollowUpAlone } from '../support/plan-table-files.js';

const read = readFollowUpAlone;

describe('"every <month>" is that month, not every month (FY 2567)', () => {
  it.each([
    ['รายงานทุกเดือนมกราคม', '2024-01-31'],
    ['รายงานผลทุกเดือนกันยายน', '2024-09-30'],
    ['รายงานทุกเดือนเมษายนของทุกปี', '2024-04-30'],
    ['รายงานทุกๆ เดือนมีนาคม', '2024-03-31'],
    ['สรุปผลเสนอนายกฯ ทุกเดือน ก.ย.', '2024-09-30'],
    ['รายงานทุกสิ้นเดือนกันยายน', '2024-09-30'],
    ['รายงานผลทุก ๆ เดือน พ.ย.', '2023-11-30'],
  ])('"%s": once a year, due %s, said so', async (text, dueDate) => {
    const r = await read(text);
    expect(r.times).toEqual([{ cadence: 'once', dueDate }]);
    expect(r.said).toEqual([expect.stringContaining('มีกำหนดส่ง')]);
  });

  it.each([
    ['รายงานทุกเดือนตุลาคมและเมษายน', 'semiannual'],
    ['รายงานผลทุกเดือนมีนาคม และเดือนกันยายน', 'semiannual'],
    ['รายงานทุกเดือนธันวาคม มีนาคม มิถุนายน และกันยายน', 'quarterly'],
    ['รายงานทุกเดือน ม.ค. เม.ย. ก.ค. และ ต.ค.', 'quarterly'],
    ['รายงานทุกเดือนเมษายน และกันยายน', 'april-september'],
    ['รายงานทุกเดือนแรกของไตรมาส', 'quarterly'],
    ['รายงานผลทุกเดือนสุดท้ายของแต่ละไตรมาส', 'quarterly'],
  ])('"%s": %s, not monthly', async (text, cadence) => {
    const r = await read(text);
    expect(r.times?.map((t) => t.cadence)).toEqual([cadence]);
  });

  it('"every month there is a council meeting" names no cadence the product has: asked, not monthly', async () => {
    const r = await read('รายงานทุกเดือนที่มีการประชุมสภา');
    expect(r.times?.map((t) => t.cadence)).toEqual(['unspecified']);
    expect(r.codes).toContain('unspecified-cadence');
  });

  it.each([
    'รายงานผลทุกเดือน ต.ค. - มี.ค.',
    'รายงานผลทุกเดือน (ต.ค. - มี.ค.)',
    'รายงานทุกเดือนมกราคม ถึง มิถุนายน',
    'รายงานผลทุกเดือน ที่ประชุมผู้บริหาร',
    'รายงานผลทุกเดือน เริ่มเดือนตุลาคม',
  ])('"%s" stays monthly', async (text) => {
    const r = await read(text);
    expect(r.times?.map((t) => t.cadence)).toEqual(['monthly']);
  });
});

describe('a day of a named month, a deadline of the next year, two deadlines, a negated cadence (FY 2567)', () => {
  it.each([
    ['รายงานทุกวันที่ 1 ของเดือนเมษายน', '2024-04-01'],
    ['ไม่เกินวันที่ 30 ของเดือนตุลาคม', '2023-10-30'],
    ['ส่งภายในวันที่ 15 ของเดือนมกราคม 2567', '2024-01-15'],
  ])('"%s": once, due that day (%s), not monthly', async (text, dueDate) => {
    const r = await read(text);
    expect(r.times).toEqual([{ cadence: 'once', dueDate }]);
  });

  it('"ทุกวันที่ 5 ของเดือน" stays monthly', async () => {
    const r = await read('รายงานทุกวันที่ 5 ของเดือน');
    expect(r.times?.map((t) => t.cadence)).toEqual(['monthly']);
  });

  it.each(['รายงานภายในเดือนตุลาคมของปีถัดไป', 'สรุปผลภายใน 31 ต.ค. ของปีถัดไป', 'ส่งภายในเดือน พ.ย. ปีหน้า'])(
    '"%s" is after the year\'s end: the year-end report, no "year not written"',
    async (text) => {
      const r = await read(text);
      expect(r.times?.map((t) => t.cadence)).toEqual(['annual']);
      expect(r.said).toEqual([expect.stringContaining('หลังสิ้นปีงบประมาณ')]);
      expect(r.said[0]).not.toContain('ไม่ระบุปี');
    },
  );

  it('"ภายในเดือนมกราคมของปีหน้า" is long after the year: no cadence, asked', async () => {
    const r = await read('รายงานภายในเดือนมกราคมของปีหน้า');
    expect(r.times?.map((t) => t.cadence)).toEqual(['unspecified']);
    expect(r.codes).toContain('unspecified-cadence');
  });

  it('"ภายใน 30 เม.ย. และ 30 ก.ย." is the April and September reports', async () => {
    const r = await read('รายงานภายในวันที่ 30 เม.ย. และ 30 ก.ย.');
    expect(r.times?.map((t) => t.cadence)).toEqual(['april-september']);
  });

  it.each([
    ['รายงานภายในวันที่ 15 ธ.ค. และ 15 พ.ค.', '2023-12-15', '15พ.ค.'],
    ['ส่งภายใน 31 ม.ค. 2567 และ 31 ส.ค. 2567', '2024-01-31', '31ส.ค.2567'],
    ['ภายในวันที่ 10 พฤศจิกายน, 10 มีนาคม', '2023-11-10', '10มีนาคม'],
  ])('"%s": due the first date, the other named as not imported', async (text, dueDate, other) => {
    const r = await read(text);
    expect(r.times).toEqual([{ cadence: 'once', dueDate }]);
    expect(r.said).toEqual([expect.stringContaining(`ส่วนกำหนดส่งอื่นที่ระบุไว้ ("${other}") ไม่ได้นำเข้า`)]);
  });

  it.each([
    ['ไม่ต้องรายงานทุกเดือน ให้รายงานเมื่อสิ้นปี', 'annual'],
    ['ไม่ต้องส่งรายไตรมาส รายงานปีละครั้ง', 'annual'],
    ['ไม่ใช่รายเดือน แต่รายงานทุกไตรมาส', 'quarterly'],
  ])('"%s": the cadence said not to be is left out (%s)', async (text, cadence) => {
    const r = await read(text);
    expect(r.times?.map((t) => t.cadence)).toEqual([cadence]);
  });
});

describe('"every quarter N" is quarter N, not every quarter (FY 2567)', () => {
  it.each([
    ['รายงานทุกไตรมาสที่ 4', '2024-09-30'],
    ['รายงานผลทุกสิ้นไตรมาสที่ ๒', '2024-03-31'],
  ])('"%s": once, due at that quarter\'s end (%s), said so', async (text, dueDate) => {
    const r = await read(text);
    expect(r.times).toEqual([{ cadence: 'once', dueDate }]);
    expect(r.said).toEqual([expect.stringContaining('มีกำหนดส่งภายในไตรมาสที่')]);
  });

  it.each(['รายงานทุกสิ้นไตรมาสที่ 2 และ 4', 'รายงานทุกไตรมาสที่ ๑ และ ๓'])('"%s": twice a year', async (text) => {
    const r = await read(text);
    expect(r.times?.map((t) => t.cadence)).toEqual(['semiannual']);
  });

  it.each(['รายงานทุกไตรมาส 1 ครั้ง', 'รายงานผลทุกๆ ไตรมาส', 'รายงานทุกไตรมาส (ไตรมาสที่ 1-4)'])(
    '"%s" stays quarterly',
    async (text) => {
      const r = await read(text);
      expect(r.times?.map((t) => t.cadence)).toEqual(['quarterly']);
    },
  );
});
