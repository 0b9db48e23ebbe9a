// Review 17 s11, S11-4 (the shape left): follow-ups separated by "; " in one cell were one follow-up
// with a two-cadences warning, the second report's cadence lost. They are split where each part
// names its own cadence; a semicolon inside one follow-up's text keeps it whole.
import { describe, expect, it } from 'vitest';
import { importRows } from '../support/import-rows.js';

const row = (followUps: string) => ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', '๑. จัดทำคู่มือ', 'ตลอดปี', followUps, 'กองคลัง'];

describe('follow-ups separated by semicolons', () => {
  const cases: [string, string[]][] = [
    ['รายงานผลต่อที่ประชุมประจำเดือนทุกเดือน; สรุปผลรายงานนายกเทศมนตรีทุก ๖ เดือน', ['monthly', 'semiannual']],
    ['รายงานผู้บริหารทุกไตรมาส;สรุปผลประจำปี', ['quarterly', 'annual']],
    ['รายงานทุกเดือน; รายงานทุกไตรมาส; สรุปผลประจำปี', ['monthly', 'quarterly', 'annual']],
  ];
  for (const [cell, cadences] of cases) {
    it(`splits "${cell}" into ${cadences.length} follow-ups, no two-cadences warning`, () => {
      const result = importRows(row(cell));
      expect(result.plan.measures[0]!.followUps.map((f) => f.cadence)).toEqual(cadences);
      expect(result.warnings.map((w) => w.code)).not.toContain('two-cadences');
    });
  }

  it('keeps a follow-up whole when a part names no cadence ("รายงานผล; ทุกเดือน" is one)', () => {
    const result = importRows(row('รายงานผลต่อนายก; ผ่านปลัดทุกเดือน'));
    expect(result.plan.measures[0]!.followUps.map((f) => f.text)).toEqual(['รายงานผลต่อนายก; ผ่านปลัดทุกเดือน']);
  });
});
