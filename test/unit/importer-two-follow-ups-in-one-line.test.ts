// Review 17 s23, S23-8's rest: a follow-up text naming two follow-ups joined by "และ" or "/" on one
// line ("รายงานผลทุกไตรมาส และสรุปผลการดำเนินงานเมื่อสิ้นปีงบประมาณ") stayed one follow-up with a
// two-cadences warning, the second report's cadence lost. Each is a follow-up of its own, with its
// cadence, and the split is said so the coordinator can undo it; one cadence for two verbs, a
// deadline, a report's name and a slash in a date or between quarters keep a follow-up whole.
import { describe, expect, it } from 'vitest';
import { importRows } from '../support/import-rows.js';

const read = (followUps: string) => {
  const result = importRows(['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', '๑. จัดทำคู่มือ', 'ตลอดปี', followUps, 'กองคลัง']);
  const measure = result.plan.measures[0]!;
  return {
    followUps: measure.followUps.map((f) => [f.text, f.cadence]),
    warnings: result.warnings,
    codes: result.warnings.map((w) => w.code),
  };
};

describe('two follow-ups joined on one line', () => {
  it.each([
    [
      'รายงานผลทุกไตรมาส และสรุปผลการดำเนินงานเมื่อสิ้นปีงบประมาณ',
      [
        ['รายงานผลทุกไตรมาส', 'quarterly'],
        ['สรุปผลการดำเนินงานเมื่อสิ้นปีงบประมาณ', 'annual'],
      ],
    ],
    [
      'รายงานทุกเดือน / สรุปผลประจำปี',
      [
        ['รายงานทุกเดือน', 'monthly'],
        ['สรุปผลประจำปี', 'annual'],
      ],
    ],
    [
      'รายงานทุกเดือน/สรุปผลประจำปี',
      [
        ['รายงานทุกเดือน', 'monthly'],
        ['สรุปผลประจำปี', 'annual'],
      ],
    ],
    [
      'รายงานผู้บริหารทุกเดือนและสรุปผลทุก ๖ เดือน',
      [
        ['รายงานผู้บริหารทุกเดือน', 'monthly'],
        ['สรุปผลทุก ๖ เดือน', 'semiannual'],
      ],
    ],
    [
      'จัดทำรายงานและเสนอผู้บริหารทุกไตรมาส และสรุปผลและประเมินผลประจำปี',
      [
        ['จัดทำรายงานและเสนอผู้บริหารทุกไตรมาส', 'quarterly'],
        ['สรุปผลและประเมินผลประจำปี', 'annual'],
      ],
    ],
    [
      'รายงานผลทุกเดือน ภายในวันที่ ๑๐ ของเดือนถัดไป และสรุปผลประจำปี',
      [
        ['รายงานผลทุกเดือน ภายในวันที่ ๑๐ ของเดือนถัดไป', 'monthly'],
        ['สรุปผลประจำปี', 'annual'],
      ],
    ],
    [
      'รายงานทุกไตรมาส ครั้งที่ 1/2566 และสรุปผลประจำปี',
      [
        ['รายงานทุกไตรมาส ครั้งที่ 1/2566', 'quarterly'],
        ['สรุปผลประจำปี', 'annual'],
      ],
    ],
  ])('"%s" is two follow-ups, each with its cadence, the split said', (cell, followUps) => {
    const r = read(cell);
    expect(r.followUps).toEqual(followUps);
    expect(r.codes).toEqual(['follow-up-split']);
    const warning = r.warnings[0]!;
    expect(warning.message_th).toMatch(/^บรรทัด ๒ คอลัมน์ ๔: .*แยกเป็น ๒ ข้อ/);
    expect(warning.source).toBe(cell);
    expect(warning.followUpNo).toBe(1);
  });

  it('numbers the parts after the follow-ups before them', () => {
    const r = read('๑. รายงานผลต่อที่ประชุมทุกเดือน\n๒. รายงานทุกไตรมาส และสรุปผลประจำปี');
    expect(r.followUps.map((f) => f[1])).toEqual(['monthly', 'quarterly', 'annual']);
    expect(r.codes).toEqual(['follow-up-split']);
    expect(r.warnings[0]!.followUpNo).toBe(2);
    expect(r.warnings[0]!.message_en).toMatch(/follow-ups 2 and 3/);
  });
});

describe('one follow-up stays one', () => {
  it.each([
    // one cadence for both verbs
    ['รายงานผลและสรุปผลทุกไตรมาส', 'quarterly'],
    ['รายงานผล/สรุปผลทุกไตรมาส', 'quarterly'],
    // a deadline is no cadence (S23-8)
    ['รายงานผลทุกไตรมาส และส่งภายในวันที่ ๑๐ ของเดือนถัดไป', 'quarterly'],
    // "รายเดือน" naming a report is no cadence of a part's own
    ['รายงานสรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1) เสนอผู้บริหารทุกไตรมาส', 'quarterly'],
    ['รายงานสรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1) และเสนอผู้บริหารทุกไตรมาส', undefined],
    ['สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1) / เผยแพร่ทุกไตรมาส', undefined],
    // slashes in a date and between quarters
    ['รายงานทุกไตรมาส ครั้งที่ 1/2566', 'quarterly'],
    ['รายงานผลไตรมาส 1/2 และสรุปผลประจำปี', 'annual'],
    ['รายงาน 1 ครั้ง/ไตรมาส', 'quarterly'],
    // April and September are one cadence; the split would cut it
    ['รายงานผลทุก ๖ เดือน ในเดือนเมษายนและกันยายน', 'april-september'],
  ])('"%s" is one follow-up', (cell, cadence) => {
    const r = read(cell);
    expect(r.followUps.map((f) => f[0])).toEqual([cell]);
    // undefined: the cadence read as before this split (not what is tested here)
    if (cadence) expect(r.followUps[0]![1]).toBe(cadence);
    expect(r.codes).not.toContain('follow-up-split');
  });

  it.each([
    ['รายงานทุกเดือน/ทุกไตรมาส', 'monthly'],
    ['รายงานผลทุกเดือนหรือทุกไตรมาส', 'monthly'],
    ['รายงานผลทุก ๖ เดือน ในเดือนเมษายนและกันยายน สรุปผลประจำปี', 'april-september'],
  ])(
    '"%s" (one report, two cadences, or no clean cut) stays one follow-up with the two-cadences warning',
    (cell, cadence) => {
      const r = read(cell);
      expect(r.followUps).toEqual([[cell, cadence]]);
      expect(r.codes).toEqual(['two-cadences']);
    },
  );
});
