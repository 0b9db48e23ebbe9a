// Review 17 s11, S11-4: items numbered "(๑) (๒)", "ก. ข.", "ก) ข)", "๔.๑ ๔.๒", "ข้อ ๑ ข้อ ๒" or
// marked "–", "—", "*", "=>" were one item when a cell's lines are joined (text files, every PDF):
// two follow-ups became one and the second's cadence was lost.
import { describe, expect, it } from 'vitest';
import { joinCellLines } from '../../shared/import/pdf-text-lines.js';
import { splitItems } from '../../shared/import/thai-text.js';
import { importRows } from '../support/import-rows.js';

const first = 'รายงานผลต่อที่ประชุมประจำเดือนทุกเดือน';
const second = 'สรุปผลรายงานนายกเทศมนตรีทุก ๖ เดือน';

describe('a follow-up cell listed with the markers Thai documents use gives each item its follow-up', () => {
  for (const [one, two] of [
    ['(๑)', '(๒)'],
    ['(1)', '(2)'],
    ['ก.', 'ข.'],
    ['ก)', 'ข)'],
    ['๔.๑', '๔.๒'],
    ['1.1', '1.2'],
    ['ข้อ ๑', 'ข้อ ๒'],
    ['ข้อ 1.', 'ข้อ 2.'],
    ['–', '–'],
    ['—', '—'],
    ['*', '*'],
    ['=>', '=>'],
  ]) {
    it(`"${one} … ${two} …": two follow-ups, monthly and semiannual`, () => {
      const { plan, warnings } = importRows([
        'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ',
        'จัดทำคู่มือ',
        'ตลอดปี',
        `${one} ${first} ${two} ${second}`,
        'กองคลัง',
      ]);
      expect(plan.measures[0]!.followUps.map((f) => [f.text, f.cadence])).toEqual([
        [first, 'monthly'],
        [second, 'semiannual'],
      ]);
      expect(warnings.filter((w) => w.code === 'two-cadences')).toEqual([]);
    });
  }

  it('follows the order: a letter or number out of order stays in the item ("ก. … ค. …", "ข้อ ๑ … ตามข้อ ๓")', () => {
    expect(splitItems('ก. ประชุม ค. รายงาน ข. สรุป')).toEqual(['ประชุม ค. รายงาน', 'สรุป']);
    expect(splitItems('ข้อ ๑ ประชุมตามข้อ ๒ ของระเบียบ ข้อ ๒ รายงาน')).toEqual(['ประชุมตามข้อ ๒ ของระเบียบ', 'รายงาน']);
    expect(splitItems('๔.๑ ประชุม ๕.๒ รายงาน')).toEqual(['ประชุม ๕.๒ รายงาน']);
  });

  it('takes no abbreviation for a letter item ("ก.พ.", "ต.ค.")', () => {
    expect(splitItems('รายงานภายใน ก.พ. และ ต.ค. ของทุกปี')).toEqual(['รายงานภายใน ก.พ. และ ต.ค. ของทุกปี']);
  });

  it('<p> items lose the same markers', () => {
    expect(splitItems('<p>(๑) ประชุม</p><p>ข. รายงาน</p><p>๔.๒ สรุป</p><p>ข้อ ๒ ส่ง</p><p>– แจ้ง</p>')).toEqual([
      'ประชุม',
      'รายงาน',
      'สรุป',
      'ส่ง',
      'แจ้ง',
    ]);
  });
});

describe('PDF lines of a cell: a line starting with a Thai list marker is not glued to the line above', () => {
  it('keeps a space before "ข. ", "ข) " and "ข้อ ๒", and glues a wrapped Thai word as before', () => {
    expect(joinCellLines(['ก. รายงานทุกเดือน', 'ข. สรุปผล'])).toBe('ก. รายงานทุกเดือน ข. สรุปผล');
    expect(joinCellLines(['ก) รายงานทุกเดือน', 'ข) สรุปผล'])).toBe('ก) รายงานทุกเดือน ข) สรุปผล');
    expect(joinCellLines(['ข้อ ๑ รายงานทุกเดือน', 'ข้อ ๒ สรุปผล'])).toBe('ข้อ ๑ รายงานทุกเดือน ข้อ ๒ สรุปผล');
    expect(joinCellLines(['รายงานผลต่อที่ประชุม', 'ประจำเดือน'])).toBe('รายงานผลต่อที่ประชุมประจำเดือน');
  });
});
