import { describe, expect, it } from 'vitest';
import { shiftBeYears } from '../../web/src/plan-draft.js';

describe('copying a plan to the next year leaves counts beside a year as they are (review 17 s18, S18-7)', () => {
  it('"ปี 2567, 68 ราย" becomes "ปี 2568, 68 ราย": 68 people, not a second year', () => {
    expect(shiftBeYears('ปี 2567, 68 ราย', 1, 2567)).toBe('ปี 2568, 68 ราย');
  });

  it('a count after "และ" or "-" and in Thai digits stays too', () => {
    expect(shiftBeYears('ปีงบประมาณ ๒๕๖๗ และ ๖๗ โครงการ', 1, 2567)).toBe('ปีงบประมาณ ๒๕๖๘ และ ๖๗ โครงการ');
    expect(shiftBeYears('ปี 67 - 66 คน', 1, 2567)).toBe('ปี 68 - 66 คน');
    expect(shiftBeYears('พ.ศ. 2567, 70%', 1, 2567)).toBe('พ.ศ. 2568, 70%');
  });

  it('a list or range of years is still moved whole', () => {
    expect(shiftBeYears('ปี 2566, 2567 และ 68', 1, 2567)).toBe('ปี 2567, 2568 และ 69');
    expect(shiftBeYears('ปี 66-67 รวม 12 ครั้ง', 1, 2567)).toBe('ปี 67-68 รวม 12 ครั้ง');
    expect(shiftBeYears('ปี 2566, 2567 รายงานผลภายใน ต.ค. 67 วันที่ 5', 1, 2567)).toBe(
      'ปี 2567, 2568 รายงานผลภายใน ต.ค. 68 วันที่ 5',
    );
  });
});
