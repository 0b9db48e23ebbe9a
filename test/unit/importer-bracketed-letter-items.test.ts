// Review 17 s14, S14-16: items marked "(ก) … (ข) …" (the style of ระเบียบ and คำสั่ง) were one item,
// while "ก.", "ก)", "(๑)" split: follow-ups merged and, with April/September beside a year's report,
// the year-end duty vanished silently.
import { describe, expect, it } from 'vitest';
import { splitItems } from '../../shared/import/thai-text.js';
import { importRows } from '../support/import-rows.js';

describe('"(ก) … (ข) …" items', () => {
  it('split a cell like "ก. … ข. …" and "(๑) … (๒) …" do', () => {
    expect(splitItems('(ก) จัดทำคู่มือ (ข) ประชาสัมพันธ์ (ค) ติดตามผล')).toEqual(['จัดทำคู่มือ', 'ประชาสัมพันธ์', 'ติดตามผล']);
    expect(splitItems('(ข) ประกาศ (ค) รายงาน')).toEqual(['ประกาศ', 'รายงาน']);
    expect(splitItems('(ก)จัดทำคู่มือ<br>(ข)ประชาสัมพันธ์')).toEqual(['จัดทำคู่มือ', 'ประชาสัมพันธ์']);
  });

  it('follow the letters in order: a bracketed letter out of order or mid-text stays text', () => {
    expect(splitItems('(ก) จัดทำคู่มือตามข้อ (ค) ของระเบียบ')).toEqual(['จัดทำคู่มือตามข้อ (ค) ของระเบียบ']);
    expect(splitItems('ดำเนินการตาม (ก) และ (ข) ของคำสั่ง')).toEqual(['ดำเนินการตาม (ก) และ (ข) ของคำสั่ง']);
  });

  it('give a plan row its methods and follow-ups one by one, the year-end report its own', () => {
    const result = importRows([
      'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล',
      '(ก) จัดทำคู่มือ (ข) ประชาสัมพันธ์',
      'ตลอดปี',
      '(ก) เสนอผู้บริหารเดือนเมษายนและกันยายน (ข) สรุปผลประจำปี',
      'สำนักปลัด',
    ]);
    const m = result.plan.measures[0]!;
    expect(m.methods).toEqual(['จัดทำคู่มือ', 'ประชาสัมพันธ์']);
    expect(m.followUps.map((f) => [f.text, f.cadence])).toEqual([
      ['เสนอผู้บริหารเดือนเมษายนและกันยายน', 'april-september'],
      ['สรุปผลประจำปี', 'annual'],
    ]);
    expect(result.warnings.map((w) => w.code)).not.toContain('two-cadences');
  });
});
