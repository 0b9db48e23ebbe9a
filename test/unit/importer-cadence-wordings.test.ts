// Review 17 s9, entry 3: follow-ups worded "รอบ ๖ เดือน", "ทุกสิ้นเดือน", "ไตรมาสละครั้ง",
// "ประจำเดือน" or "ทุก ๑ เดือน" had no cadence (unspecified, reported once a year). A cadence is now
// read from its phrase or from a count (every N months, N times a year), in Thai or Arabic digits,
// with or without spaces.
import { describe, expect, it } from 'vitest';
import { detectCadence, detectCadences } from '../../shared/import/cadence-detection.js';
import { importRows } from '../support/import-rows.js';

describe('reporting cadences worded as Thai plans word them', () => {
  const cases: [string, string][] = [
    ['รายงานผลรอบ ๖ เดือน', 'semiannual'],
    ['รายงานผลทุกสิ้นเดือน', 'monthly'],
    ['สรุปผลไตรมาสละครั้ง', 'quarterly'],
    ['รายงานผลประจำเดือน', 'monthly'],
    ['รายงานผู้บริหารทุก ๑ เดือน', 'monthly'],
    ['รายงานทุก ๓ เดือน', 'quarterly'],
    ['รายงานปีละ ๒ ครั้ง', 'semiannual'],
    ['รายงานทุกไตรมาส', 'quarterly'],
    ['รายงานรายไตรมาส', 'quarterly'],
    ['รายงานทุก 6 เดือน', 'semiannual'],
    ['รายงานรอบ6เดือน', 'semiannual'],
    ['รายงานทุกๆ ๓ เดือน', 'quarterly'],
    ['รายงาน ๓ เดือนต่อครั้ง', 'quarterly'],
    ['รายงาน 3 เดือน/ครั้ง', 'quarterly'],
    ['รายงาน ๔ ครั้งต่อปี', 'quarterly'],
    ['รายงานปีละ 12 ครั้ง', 'monthly'],
    ['รายงานปีละสองครั้ง', 'semiannual'],
    ['รายงานทุก ๑๒ เดือน', 'annual'],
    ['รายงานทุกสิ้นไตรมาส', 'quarterly'],
    ['รายงานประจำไตรมาส', 'quarterly'],
    // the 6-month report (April) and the year's (September), review 17 s9 entry 37
    ['รายงานผลรอบ ๖ เดือน และ รอบ ๑๒ เดือน', 'april-september'],
    ['รายงานผลการดำเนินงานรอบ 6 เดือน และ 12 เดือน', 'april-september'],
    ['รายงานผล (รอบ ๖ เดือน, รอบ ๑๒ เดือน)', 'april-september'],
  ];
  for (const [text, cadence] of cases) {
    it(`reads "${text}" as ${cadence}`, () => {
      expect(detectCadences(text)).toEqual({ cadence, alsoNamed: [] });
    });
  }

  it('names no cadence for counts that are none of the product\'s ("ทุก ๒ เดือน", "ปีละ ๓ ครั้ง") nor for one month', () => {
    expect(detectCadence('รายงานทุก ๒ เดือน')).toBe('unspecified');
    expect(detectCadence('รายงานปีละ ๓ ครั้ง')).toBe('unspecified');
    expect(detectCadence('รายงานผลประจำเดือนเมษายน')).toBe('unspecified');
    expect(detectCadence('ภายใน ๖ เดือน ครั้งที่ ๑')).toBe('unspecified');
  });

  it('"ที่ประชุมประจำเดือน" names the monthly meeting: monthly alone, another cadence beside it wins without a two-cadences warning', () => {
    expect(detectCadences('รายงานต่อที่ประชุมประจำเดือน')).toEqual({ cadence: 'monthly', alsoNamed: [] });
    expect(detectCadences('รายงานผลให้ที่ประชุมประจำเดือนทราบ ทุก ๖ เดือน')).toEqual({
      cadence: 'semiannual',
      alsoNamed: [],
    });
    expect(detectCadences('เสนอที่ประชุมประจำเดือน รายไตรมาส')).toEqual({ cadence: 'quarterly', alsoNamed: [] });
  });

  it('an imported follow-up worded "รอบ ๖ เดือน" is semiannual, with no unspecified-cadence warning', () => {
    const result = importRows([
      'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของทางราชการ',
      'ประชุมชี้แจง',
      'ตลอดปี',
      '๑. รายงานผลรอบ ๖ เดือน ๒. รายงานทุกสิ้นเดือน ๓. สรุปผลไตรมาสละครั้ง',
      'กองคลัง',
    ]);
    expect(result.plan.measures[0]!.followUps.map((f) => f.cadence)).toEqual(['semiannual', 'monthly', 'quarterly']);
    expect(result.warnings.map((w) => w.code)).not.toContain('unspecified-cadence');
  });
});
