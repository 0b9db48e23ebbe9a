// Review 17 s15, S15-14: bracketed markers typed with no space before them ("(ก)จัดทำคู่มือ(ข)
// ประชาสัมพันธ์", "(๑)…(๒)…") were not split: the second marker stayed inside the first item, and two
// follow-ups became one with a two-cadences warning. A marker right after the text is an item
// boundary now, in order as before; after a digit ("ข้อ ๕(ข)") it stays text.
import { describe, expect, it } from 'vitest';
import { splitItems } from '../../shared/import/thai-text.js';
import { importRows } from '../support/import-rows.js';

describe('bracketed item markers typed without a space', () => {
  it('split Thai letters and digits in brackets as the spaced form does', () => {
    expect(splitItems('(ก)จัดทำคู่มือ(ข)ประชาสัมพันธ์')).toEqual(['จัดทำคู่มือ', 'ประชาสัมพันธ์']);
    expect(splitItems('(ก)จัดทำคู่มือ (ข)ประชาสัมพันธ์(ค)ติดตามผล')).toEqual(['จัดทำคู่มือ', 'ประชาสัมพันธ์', 'ติดตามผล']);
    expect(splitItems('(๑)จัดทำคู่มือ(๒)ประชาสัมพันธ์')).toEqual(['จัดทำคู่มือ', 'ประชาสัมพันธ์']);
    expect(splitItems('(1)ประชุมชี้แจง(2)ออกคำสั่ง')).toEqual(['ประชุมชี้แจง', 'ออกคำสั่ง']);
  });

  it('keep a marker after a digit, or out of order, as text', () => {
    expect(splitItems('(ก)จัดทำคู่มือตามข้อ ๕(ข) ของระเบียบ')).toEqual(['จัดทำคู่มือตามข้อ ๕(ข) ของระเบียบ']);
    expect(splitItems('(ก)จัดทำคู่มือ(ค)ประชาสัมพันธ์')).toEqual(['จัดทำคู่มือ(ค)ประชาสัมพันธ์']);
  });

  it('give an imported row one follow-up per item, each with its own cadence', () => {
    const result = importRows([
      'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ',
      '(ก)จัดทำคู่มือ(ข)ประชาสัมพันธ์',
      'ตลอดปี',
      '(ก)รายงานผลทุกเดือน(ข)สรุปผลทุก ๖ เดือน',
      'กองคลัง',
    ]);
    const m = result.plan.measures[0]!;
    expect(m.methods).toEqual(['จัดทำคู่มือ', 'ประชาสัมพันธ์']);
    expect(m.followUps.map((f) => [f.text, f.cadence])).toEqual([
      ['รายงานผลทุกเดือน', 'monthly'],
      ['สรุปผลทุก ๖ เดือน', 'semiannual'],
    ]);
    expect(result.warnings.map((w) => w.code)).not.toContain('two-cadences');
  });
});

// Review 17 s16, S16-3: the same without brackets: "ก.จัดทำ… ข.…", "1)…2)…", "๑.…๒.…" typed with
// no space after (or before) the marker stayed one item.
describe('letter and number markers typed without a space', () => {
  it('split "ก.…ข.…", "ก)…ข)…", "1)…2)…" and "๑.…๒.…" as the spaced forms', () => {
    expect(splitItems('ก.จัดทำคู่มือ ข.ประชาสัมพันธ์')).toEqual(['จัดทำคู่มือ', 'ประชาสัมพันธ์']);
    expect(splitItems('ก)จัดทำคู่มือ ข)ประชาสัมพันธ์ ค)ติดตามผล')).toEqual(['จัดทำคู่มือ', 'ประชาสัมพันธ์', 'ติดตามผล']);
    expect(splitItems('1)จัดทำคู่มือ2)ประชาสัมพันธ์')).toEqual(['จัดทำคู่มือ', 'ประชาสัมพันธ์']);
    expect(splitItems('๑.จัดทำคู่มือ๒.ประชาสัมพันธ์')).toEqual(['จัดทำคู่มือ', 'ประชาสัมพันธ์']);
  });

  it('keep abbreviations, a lone marker, and numbers after ข้อ or มาตรา as text', () => {
    for (const text of [
      'ก.ย. ๒๕๖๗ ถึง ส.ค. ๒๕๖๘',
      'ก.พ.ร. กำหนด',
      'ก.จัดทำคู่มือ',
      'จ.นครปฐม',
      '๑.จัดทำตามระเบียบ ข้อ๒.ประชาสัมพันธ์',
      '๑.ดำเนินการตามมาตรา๒.ของระเบียบ',
    ])
      expect(splitItems(text).join('|'), text).toBe(text.replace(/^๑\./, ''));
  });

  it('give an imported row one follow-up per item, each with its own cadence', () => {
    const result = importRows([
      'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ',
      'ก.จัดทำคู่มือ ข.ประชาสัมพันธ์',
      'ตลอดปี',
      '๑.รายงานผลทุกเดือน๒.สรุปผลทุก ๖ เดือน',
      'กองคลัง',
    ]);
    const m = result.plan.measures[0]!;
    expect(m.methods).toEqual(['จัดทำคู่มือ', 'ประชาสัมพันธ์']);
    expect(m.followUps.map((f) => [f.text, f.cadence])).toEqual([
      ['รายงานผลทุกเดือน', 'monthly'],
      ['สรุปผลทุก ๖ เดือน', 'semiannual'],
    ]);
    expect(result.warnings.map((w) => w.code)).not.toContain('two-cadences');
  });
});
