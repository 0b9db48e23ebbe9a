// Review 17 s19, S19-9: copying a plan to the next year moved the date of a cited cabinet
// resolution ("มติ ครม. 25 ก.ย. 2566" -> 2567); a past decision's date never moves.
import { describe, expect, it } from 'vitest';
import { shiftBeYears } from '../../web/src/plan-draft.js';

describe("copying a plan to the next year leaves a cited decision's date as it is", () => {
  it.each([
    'ตามมติ ครม. 25 ก.ย. 2566',
    'มติคณะรัฐมนตรีเมื่อวันที่ 25 กันยายน 2566',
    'มติที่ประชุมคณะผู้บริหาร ๑๕ ต.ค. ๒๕๖๖',
    'ที่ประชุมมีมติเมื่อวันที่ 3 พฤศจิกายน 2566',
    'ตามมติคณะรัฐมนตรีเมื่อวันที่ ๒๕ กันยายน ๒๕๖๖',
    'มติที่ประชุมสภาเทศบาล สมัยสามัญ สมัยที่ ๔ วันที่ ๑๕ ส.ค. พ.ศ. ๒๕๖๖',
    'ตามหนังสือลงวันที่ 1 ตุลาคม พ.ศ. 2566',
  ])('"%s" stays', (text) => {
    expect(shiftBeYears(text, 1, 2567)).toBe(text);
  });

  it('a date the plan sets still moves, beside a decision that stays', () => {
    expect(shiftBeYears('ตามมติ ครม. 25 ก.ย. 2566 รายงานภายใน 31 มี.ค. 2567', 1, 2567)).toBe(
      'ตามมติ ครม. 25 ก.ย. 2566 รายงานภายใน 31 มี.ค. 2568',
    );
    expect(shiftBeYears('ประชุมภายในวันที่ 30 ก.ย. 2567', 1, 2567)).toBe('ประชุมภายในวันที่ 30 ก.ย. 2568');
    expect(shiftBeYears('ปีงบประมาณ 2567 ตามมติ ครม. 25 ก.ย. 2566', 1, 2567)).toBe(
      'ปีงบประมาณ 2568 ตามมติ ครม. 25 ก.ย. 2566',
    );
    expect(shiftBeYears('ดำเนินการตามมติที่ประชุม รายงานผลภายใน 31 มี.ค. 2567', 1, 2567)).toBe(
      'ดำเนินการตามมติที่ประชุม รายงานผลภายใน 31 มี.ค. 2568',
    );
    expect(shiftBeYears('มติ ครม. ปีงบประมาณ ๒๕๖๗', 1, 2567)).toBe('มติ ครม. ปีงบประมาณ ๒๕๖๘');
    expect(shiftBeYears('ตามมติ ครม. ให้รายงานภายใน 31 มี.ค. 2567', 1, 2567)).toBe(
      'ตามมติ ครม. ให้รายงานภายใน 31 มี.ค. 2568',
    );
  });
});
