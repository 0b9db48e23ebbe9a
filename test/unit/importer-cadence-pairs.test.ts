// Review 17 s14, S14-7 (cadence half): "เสนอผู้บริหารเดือนเมษายนและกันยายน สรุปผลประจำปี" (two items a
// PDF joined into one) was april-september with no warning: the year-end report vanished silently,
// while "ทุกไตรมาส สรุปผลประจำปี" was warned. A year's report named apart from April/September is
// another cadence; the April/September phrasings that name one cadence stay silent.
import { describe, expect, it } from 'vitest';
import { detectCadences } from '../../shared/import/cadence-detection.js';
import { importRows } from '../support/import-rows.js';

describe('April and September beside a year-end report named apart', () => {
  const cases = [
    'เสนอผู้บริหารเดือนเมษายนและกันยายน สรุปผลประจำปี',
    'รายงานผลเดือนเมษายน และกันยายน ปีละ ๑ ครั้งสรุปผลสิ้นปี',
    'รายงานต่อนายกฯ ในเดือนเมษายนและกันยายน จัดทำรายงานสิ้นปีงบประมาณ',
    'รายงานผลเดือนเมษายนและกันยายน รายงานสรุปผลสิ้นปี',
  ];
  for (const text of cases) {
    it(`keeps april-september for "${text}" and names annual beside it`, () => {
      expect(detectCadences(text)).toEqual({ cadence: 'april-september', alsoNamed: ['annual'] });
    });
  }
});

describe('April and September phrasings of one cadence', () => {
  const cases = [
    'รายงานผลรอบ ๖ เดือน และ รอบ ๑๒ เดือน',
    'รายงานทุก ๖ เดือน ในเดือนเมษายนและกันยายน',
    'รายงานผลต่อนายกฯ รอบ 6 เดือน (เมษายน) และรอบ 12 เดือน (กันยายน)',
    'รายงานผลการดำเนินงานรอบ 6 เดือน และ 12 เดือน',
  ];
  for (const text of cases) {
    it(`reads "${text}" as april-september alone`, () => {
      expect(detectCadences(text)).toEqual({ cadence: 'april-september', alsoNamed: [] });
    });
  }
});

describe('in an imported plan', () => {
  it('warns two-cadences at the cell, saying to add a follow-up when they are separate reports', () => {
    const result = importRows([
      'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล',
      'ปรับปรุงเว็บไซต์',
      'ตลอดปี',
      'เสนอผู้บริหารเดือนเมษายนและกันยายน สรุปผลประจำปี',
      'สำนักปลัด',
    ]);
    expect(result.plan.measures[0]!.followUps.map((f) => f.cadence)).toEqual(['april-september']);
    const w = result.warnings.find((x) => x.code === 'two-cadences')!;
    expect(w).toMatchObject({ where: { line: 2, column: 4 }, measureId: 'i9', followUpNo: 1 });
    expect(w.message_th).toContain('"เดือนเมษายน และ กันยายน" แทน "ประจำปี (สิ้นปีงบประมาณ)"');
    expect(w.message_th).toContain('หากเป็นการรายงานคนละครั้ง ให้เพิ่มการติดตามผลอีกข้อสำหรับ "ประจำปี (สิ้นปีงบประมาณ)"');
    expect(w.message_en).toContain('if they are separate reports, add a follow-up for annual');
  });
});
