// Review 17 s26, S26-11: months written in a follow-up's own words, in any wording a timeframe may
// use, are the follow-up's months, said with a timeframe-months warning quoting the words (before:
// ignored silently, so "รายงานผลทุกเดือน (ต.ค. - มี.ค.)" owed 12 monthly reports, not 6).
import { describe, expect, it } from 'vitest';
import { HEADER } from '../support/base-plan-rows.js';
import { preview, tsv } from '../support/plan-table-files.js';

const plan = (followUps: string, timeframe = 'ตลอดปีงบประมาณ') =>
  preview(tsv([HEADER, ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', 'จัดทำคู่มือ', timeframe, followUps, 'กองคลัง']]));

describe("a follow-up's months in its own words (S26-11)", () => {
  it.each([
    ['รายงานผลทุกเดือน (ต.ค. - มี.ค.)', 'monthly', undefined, '2024-03'],
    ['รายงานผลทุกไตรมาส (เม.ย. - ก.ย.)', 'quarterly', '2024-04', undefined],
    ['รายงานผลทุกเดือน (ม.ค. - มิ.ย. 67)', 'monthly', '2024-01', '2024-06'],
    ['รายงานผลทุกเดือน ถึงเดือนมีนาคม 2567', 'monthly', undefined, '2024-03'],
    ['รายงานผลทุกเดือน ตั้งแต่ ม.ค. 67 เป็นต้นไป', 'monthly', '2024-01', undefined],
    ['รายงานผลทุกไตรมาส ในไตรมาส 2-3', 'quarterly', '2024-01', '2024-06'],
    ['รายงานผลทุกเดือน ในช่วงครึ่งปีแรก', 'monthly', undefined, '2024-03'],
  ])('"%s" is %s from %s until %s, said quoting the words', async (text, cadence, firstMonth, lastMonth) => {
    const read = await plan(`๑. ${text}`);
    const f = read.plan.measures[0]!.followUps[0]!;
    expect([f.cadence, f.firstMonth, f.lastMonth]).toEqual([cadence, firstMonth, lastMonth]);
    const said = read.warnings.filter((w) => w.code === 'timeframe-months');
    expect(said).toHaveLength(1);
    expect(said[0]!.message_th).toContain(`การติดตามผลข้อ ๑ ระบุช่วงเดือนไว้ในข้อความ "${text}" จึงให้ติดตาม`);
    expect(said[0]!.followUpNo).toBe(1);
  });

  it('two follow-ups each with their half of the year: 6 monthly and 2 quarterly reports, not 12 and 4', async () => {
    const read = await plan('๑. รายงานผลทุกเดือน (ต.ค. - มี.ค.)\n๒. รายงานผลทุกไตรมาส (เม.ย. - ก.ย.)');
    expect(read.plan.measures[0]!.followUps.map((f) => [f.cadence, f.firstMonth, f.lastMonth])).toEqual([
      ['monthly', undefined, '2024-03'],
      ['quarterly', '2024-04', undefined],
    ]);
  });

  it("a follow-up's own months win over the measure's timeframe; the others take the timeframe's", async () => {
    const read = await plan('๑. รายงานผลทุกเดือน (ม.ค. - มี.ค. 67)\n๒. รายงานผลทุกไตรมาส', 'ต.ค. 66 - มิ.ย. 67');
    expect(read.plan.measures[0]!.followUps.map((f) => [f.firstMonth, f.lastMonth])).toEqual([
      ['2024-01', '2024-03'],
      [undefined, '2024-06'],
    ]);
  });

  it.each([
    'รายงานผลทุกเดือน ภายในวันที่ ๕ ของเดือนถัดไป',
    'สรุปผลรายงานนายกเทศมนตรีทุก ๖ เดือน',
    'รายงานผลทุกเดือน (ต.ค. ๖๖ - ก.ย. ๖๗)',
    // a yearly report's or a one-off's month is its deadline, not a span it runs over
    'สรุปผลประจำปี ตั้งแต่เดือนมกราคม ๒๕๖๗',
    'สรุปผลภายใน 31 ตุลาคม 2567 (ครั้งเดียว)',
    // quarters named one by one are reporting rounds (quarter-rounds), not months
    'รายงานผลทุกไตรมาส (ไตรมาส ๒ และ ไตรมาส ๔)',
  ])('"%s" names no span shorter than the year: all year, nothing said', async (text) => {
    const read = await plan(`๑. ${text}`);
    const f = read.plan.measures[0]!.followUps[0]!;
    expect([f.firstMonth, f.lastMonth]).toEqual([undefined, undefined]);
    expect(read.warnings.map((w) => w.code)).not.toContain('timeframe-months');
  });
});

// Tester s44: a quarterly follow-up whose first month is March owes the whole January-March quarter
// (periodsWithinMonths keeps a period one of whose months is covered), and nothing said so. The
// import's warning that gives the months says it, built from the cadence's periods (periodSpans).
describe('a quarterly or half-yearly follow-up starting inside its period says its first round covers the whole period', () => {
  it.each([
    [
      "the measure's timeframe from March, quarterly",
      'รายงานผลทุกไตรมาส',
      'มี.ค. - ก.ย. 67',
      'เริ่มเดือนมีนาคม: รายงานรอบไตรมาส ม.ค.–มี.ค. ครอบคลุมทั้งไตรมาส',
    ],
    [
      'its own words from February, quarterly',
      'รายงานผลทุกไตรมาส ตั้งแต่ ก.พ. 67 เป็นต้นไป',
      'ตลอดปีงบประมาณ',
      'เริ่มเดือนกุมภาพันธ์: รายงานรอบไตรมาส ม.ค.–มี.ค. ครอบคลุมทั้งไตรมาส',
    ],
    [
      'its own words from January, every six months',
      'รายงานผลทุก ๖ เดือน ตั้งแต่ ม.ค. 67 เป็นต้นไป',
      'ตลอดปีงบประมาณ',
      'เริ่มเดือนมกราคม: รายงานรอบครึ่งปี ต.ค.–มี.ค. ครอบคลุมทั้งครึ่งปี',
    ],
    // s45: an annual one's one round is the fiscal year's, whatever month it begins
    [
      "the measure's timeframe from March, yearly",
      'สรุปผลการดำเนินงานประจำปี',
      'มี.ค. - ก.ย. 67',
      'เริ่มเดือนมีนาคม: รายงานรอบปีงบประมาณ ต.ค.–ก.ย. ครอบคลุมทั้งปีงบประมาณ',
    ],
    [
      "the measure's timeframe from December, at the fiscal year's end",
      'รายงานผลทุกสิ้นปีงบประมาณ',
      'ธ.ค. 66 - ก.ย. 67',
      'เริ่มเดือนธันวาคม: รายงานรอบปีงบประมาณ ต.ค.–ก.ย. ครอบคลุมทั้งปีงบประมาณ',
    ],
  ])('%s', async (_, followUp, timeframe, said) => {
    const read = await plan(`๑. ${followUp}`, timeframe);
    const months = read.warnings.filter((w) => w.code === 'timeframe-months');
    expect(months).toHaveLength(1);
    expect(months[0]!.message_th).toContain(said);
  });

  it.each([
    ['quarterly from April, a quarter’s first month', 'รายงานผลทุกไตรมาส', 'เม.ย. - ก.ย. 67'],
    ['monthly from March', 'รายงานผลทุกเดือน', 'มี.ค. - ก.ย. 67'],
  ])('%s: the months said, nothing of a whole period', async (_, followUp, timeframe) => {
    const read = await plan(`๑. ${followUp}`, timeframe);
    const months = read.warnings.filter((w) => w.code === 'timeframe-months');
    expect(months).toHaveLength(1);
    expect(months[0]!.message_th).not.toContain('ครอบคลุมทั้ง');
  });
});
