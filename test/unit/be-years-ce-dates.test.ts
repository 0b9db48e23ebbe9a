import { describe, expect, it } from 'vitest';
import { copyPlanToYear, newMeasure, shiftBeYears } from '../../web/src/plan-draft.js';

describe('copying a plan to the next year moves Christian-era years of dates too (review 17 s12, S12-8)', () => {
  it('a once follow-up due "31 มีนาคม 2024" says 2025 in the copy, as its due date, and the move is named', () => {
    const copy = copyPlanToYear(
      {
        fy: 2567,
        title: 'แผน',
        measures: [
          {
            ...newMeasure(),
            measureId: 'i4',
            indicator: 4,
            title: 'มาตรการ',
            followUps: [
              {
                followUpNo: 1,
                text: 'รายงานผลภายในวันที่ 31 มีนาคม 2024',
                cadence: 'once',
                audience: [],
                dueDate: '2024-03-31',
              },
            ],
          },
        ],
      },
      2568,
    );
    const followUp = copy.measures[0]!.followUps[0]!;
    expect([followUp.text, followUp.dueDate]).toEqual(['รายงานผลภายในวันที่ 31 มีนาคม 2025', '2025-03-31']);
    const moved = copy.warnings.find((w) => w.code === 'years-moved' && w.followUpNo === 1)!;
    expect(moved.message_th).toContain('ปีในข้อความนี้ถูกเลื่อนจาก ๒๐๒๔ เป็น ๒๐๒๕');
    expect(moved.message_en).toContain("this text's years were moved from 2024 to 2025");
  });

  it('a day/month/year date, ค.ศ., an English month and a range of months move; a CE year without a date does not', () => {
    expect(shiftBeYears('ภายใน 31/03/2024 และ ๓๐/๙/๒๐๒๔', 1, 2567)).toBe('ภายใน 31/03/2025 และ ๓๐/๙/๒๐๒๕');
    expect(shiftBeYears('ภายในวันที่ 31 มีนาคม ค.ศ. 2024', 1, 2567)).toBe('ภายในวันที่ 31 มีนาคม ค.ศ. 2025');
    expect(shiftBeYears('due 31 March 2024; ต.ค. 2023 - ก.ย. 2024', 1, 2567)).toBe(
      'due 31 March 2025; ต.ค. 2024 - ก.ย. 2025',
    );
    expect(shiftBeYears('ปี 2024 จำนวน 2024 บาท', 1, 2567)).toBe('ปี 2024 จำนวน 2024 บาท');
  });

  it("a cited letter's date, and a CE year long before the plan's, stay", () => {
    expect(shiftBeYears('ตามหนังสือลงวันที่ 15 มีนาคม 2024', 1, 2567)).toBe('ตามหนังสือลงวันที่ 15 มีนาคม 2024');
    expect(shiftBeYears('อนุสัญญาสหประชาชาติ ค.ศ. 2003 และ 1 มกราคม 2020', 1, 2567)).toBe(
      'อนุสัญญาสหประชาชาติ ค.ศ. 2003 และ 1 มกราคม 2020',
    );
  });
});
