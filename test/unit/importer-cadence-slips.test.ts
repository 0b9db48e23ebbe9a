// Review 17 s9, entry 42: cadence phrases with one OCR slip ("ทุกเคือน", "รายไดรมาส", "ประจำบี")
// were no cadence (treated as annual) with only the generic warning. Now read as the phrase they
// are one slip from, with a warning quoting what was read and what it was taken for.
import { describe, expect, it } from 'vitest';
import { readFollowUpCadence } from '../../shared/import/follow-up-cadence.js';

describe('cadence phrases one OCR slip away', () => {
  const cases: [string, string, string][] = [
    ['รายงานผลทูกเดือน', 'monthly', 'ทุกเดือน'],
    ['รายงานผลทุกเคือน', 'monthly', 'ทุกเดือน'],
    ['รายงานผลรายเดอืน', 'monthly', 'รายเดือน'],
    ['รายงานผลประจําเคือน', 'monthly', 'ประจำเดือน'],
    ['รายงานผลรายไดรมาส', 'quarterly', 'รายไตรมาส'],
    ['รายงานผลทุกไตรมาศ', 'quarterly', 'ทุกไตรมาส'],
    ['รายงานผลทุก ๖ เดีอน', 'semiannual', 'ทุก6เดือน'],
    ['สรุปผลประจำบี', 'annual', 'ประจำปี'],
  ];
  for (const [text, cadence, phrase] of cases) {
    it(`reads "${text}" as ${cadence}, saying it was taken for "${phrase}"`, () => {
      const read = readFollowUpCadence(text, 2567);
      expect(read.cadence).toBe(cadence);
      expect(read.guessed?.th).toContain(`"${phrase}"`);
      expect(read.guessed?.en).toContain(text);
    });
  }

  it('takes no real word for a slip, nor text far from any phrase', () => {
    for (const text of ['ประชาสัมพันธ์ทุกเรือน', 'รายงานผลประจำปีงบประมาณ', 'จัดทำคู่มือการยืมคืนพัสดุ', 'ไม่ต้องรายงาน']) {
      expect(readFollowUpCadence(text, 2567).cadence).toBe('unspecified');
    }
  });
});
