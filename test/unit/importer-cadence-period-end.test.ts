// Review 17 s15, S15-5: the usual government wordings of a reporting deadline, counted from the end
// of each period ("ภายใน ๑๕ วันหลังสิ้นไตรมาส", "เมื่อสิ้นไตรมาส", "ภายใน ๑๕ วันนับแต่สิ้นเดือน"), and
// "ครั้ง" read by OCR without its tone mark ("ปีละ ๒ ครัง") named no cadence: a quarterly or monthly
// duty became one report a year. The period's cadence is read now; a slip of ครั้ง is read with a
// warning quoting it; one period named by its number or month stays a single period.
import { describe, expect, it } from 'vitest';
import { detectCadences } from '../../shared/import/cadence-detection.js';
import { readFollowUpCadence } from '../../shared/import/follow-up-cadence.js';
import { importRows } from '../support/import-rows.js';

describe('a deadline counted from the end of each period names that period as the cadence', () => {
  const cases: [string, string][] = [
    ['รายงานผลภายใน ๑๕ วันหลังสิ้นไตรมาส', 'quarterly'],
    ['รายงานผลเมื่อสิ้นไตรมาส', 'quarterly'],
    ['รายงานผลภายใน ๓๐ วันนับจากวันสิ้นสุดไตรมาส', 'quarterly'],
    ['ส่งรายงานภายในวันที่ ๑๕ ของเดือนถัดจากสิ้นไตรมาส', 'quarterly'],
    ['รายงานผลภายใน ๑๕ วันนับแต่สิ้นเดือน', 'monthly'],
    ['รายงานผู้บริหารภายใน 7 วันหลังสิ้นเดือน', 'monthly'],
    ['รายงาน ณ สิ้นเดือน', 'monthly'],
    ['สรุปผลภายใน ๑๕ วันหลังสิ้นครึ่งปี', 'semiannual'],
  ];
  for (const [text, cadence] of cases) {
    it(`reads "${text}" as ${cadence}`, () => {
      expect(detectCadences(text)).toEqual({ cadence, alsoNamed: [] });
    });
  }

  it('one period named by its number, its month, or first/last, is not each period', () => {
    for (const text of [
      'รายงานเมื่อสิ้นไตรมาสที่ ๒',
      'รายงานหลังสิ้นไตรมาส 4',
      'รายงานเมื่อสิ้นเดือนมีนาคม',
      'รายงานหลังสิ้นเดือน มี.ค.',
      'สรุปผลเมื่อสิ้นไตรมาสสุดท้าย',
      'สรุปผลหลังสิ้นครึ่งปีแรก',
    ]) {
      expect(detectCadences(text).cadence, text).not.toMatch(/quarterly|monthly|semiannual/);
    }
  });

  it('an imported follow-up worded so has its cadence and no unspecified-cadence warning', () => {
    const result = importRows([
      'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของทางราชการ',
      'ประชุมชี้แจง',
      'ตลอดปี',
      '๑. รายงานผลภายใน ๑๕ วันหลังสิ้นไตรมาส ๒. รายงานผลภายใน ๑๕ วันนับแต่สิ้นเดือน',
      'กองคลัง',
    ]);
    expect(result.plan.measures[0]!.followUps.map((f) => f.cadence)).toEqual(['quarterly', 'monthly']);
    expect(result.warnings.map((w) => w.code)).not.toContain('unspecified-cadence');
  });
});

describe('"ครั้ง" read without its tone mark, or with another', () => {
  const cases: [string, string, string][] = [
    ['รายงานผลปีละ ๒ ครัง', 'semiannual', 'ครัง'],
    ['รายงาน ๓ เดือน/ครั่ง', 'quarterly', 'ครั่ง'],
    ['รายงานผลเดือนละ ๑ คร้ง', 'monthly', 'คร้ง'],
    ['สรุปผล ๔ ครังต่อปี', 'quarterly', 'ครัง'],
  ];
  for (const [text, cadence, read] of cases) {
    it(`reads "${text}" as ${cadence}, quoting "${read}"`, () => {
      const got = readFollowUpCadence(text, 2567);
      expect(got.cadence).toBe(cadence);
      expect(got.guessed?.th).toContain(`"${read}" ซึ่งใกล้เคียง "ครั้ง"`);
      expect(got.guessed?.th).toContain(text);
      expect(got.guessed?.en).toContain(text);
    });
  }

  it('a slip that mends to no cadence is still no cadence', () => {
    expect(readFollowUpCadence('ประชุมครังที่ ๑', 2567).cadence).toBe('unspecified');
    expect(readFollowUpCadence('ปีละ ๓ ครัง', 2567).cadence).toBe('unspecified');
  });
});
