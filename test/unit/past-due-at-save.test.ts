// Tester s48 (P2): an org adopting the system on 12 May 2570 saved the year's first plan and 125
// past reports fell due at once, the heads and the executives told within three weeks, with no word
// before or at the save. The plan screen tells it from pastDueAtSave (docs/web.md).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { markLateAdditions } from '../../shared/domain/mid-year-additions.js';
import { pastDueAddedOn, pastDueAtSave, pastDueTh } from '../../shared/domain/past-due-at-save.js';
import { expandPlan } from '../../shared/domain/obligations.js';
import { Plan } from '../../shared/domain/plan.js';
import { importMeasuresDocument } from '../../shared/import/measures-document.js';
import { FIVE_UNITS, SEED_DOCUMENT } from '../support/seed-plan.js';

const planOf = (fy: number): Plan =>
  Plan.parse(
    importMeasuresDocument(readFileSync(SEED_DOCUMENT, 'utf8'), { orgId: 'demo', fy, units: MUNICIPAL_UNITS }).plan,
  );

describe('what saving a plan makes due at once, told before the save', () => {
  it("the year's first plan saved on 12 May 2570: every past report, on time until 17 May, heads 24 May, executives 31 May", () => {
    const plan = planOf(2570);
    const past = expandPlan(plan, FIVE_UNITS).filter((o) => o.dueDate <= '2027-05-12');
    const p = pastDueAtSave(plan, undefined, '2027-05-12', { unitIds: FIVE_UNITS });
    expect(p).toEqual({
      count: past.length,
      units: 5,
      onTimeUntil: '2027-05-17',
      headsOn: '2027-05-24',
      executivesOn: '2027-05-31',
    });
    expect(pastDueTh(p!, false)).toBe(
      `การบันทึกแผนนี้จะทำให้รายงานของรอบที่ผ่านมาแล้ว ${past.length.toString().replace(/\d/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]!)} รายการ (๕ หน่วยงาน) ถึงกำหนดส่งทันที หน่วยงานส่งได้ตรงเวลาถึง ๑๗ พฤษภาคม ๒๕๗๐ หลังจากนั้นระบบแจ้งเตือนว่าเลยกำหนด แจ้งหัวหน้าหน่วยงานเมื่อค้างเกิน ๗ วัน (๒๔ พฤษภาคม ๒๕๗๐) และแจ้งผู้บริหารเมื่อค้างเกิน ๑๔ วัน (๓๑ พฤษภาคม ๒๕๗๐) หากไม่ต้องติดตามรอบที่ผ่านมา ให้เลือก "เริ่มตั้งแต่เดือน" ของการติดตามผลเป็นเดือนนี้ก่อนบันทึก`,
    );
    // nothing of the draft is changed
    expect(JSON.stringify(plan)).not.toContain('addedOn');
  });

  it('the saved plan, read again after the save, says the same', () => {
    const plan = planOf(2570);
    markLateAdditions(plan, undefined, new Date('2027-05-12T10:00:00+07:00'), FIVE_UNITS);
    expect(pastDueAddedOn(plan, '2027-05-12', FIVE_UNITS)).toEqual(
      pastDueAtSave(planOf(2570), undefined, '2027-05-12', { unitIds: FIVE_UNITS }),
    );
    expect(pastDueTh(pastDueAddedOn(plan, '2027-05-12', FIVE_UNITS)!, true)).toMatch(
      /^การบันทึกนี้ทำให้รายงานของรอบที่ผ่านมาแล้ว [๐-๙]+ รายการ \(๕ หน่วยงาน\) ถึงกำหนดส่งทันที หน่วยงานส่งได้ตรงเวลาถึง ๑๗ พฤษภาคม ๒๕๗๐ .*\(๓๑ พฤษภาคม ๒๕๗๐\)$/,
    );
  });

  it('a plan saved on 10 February 2570 (neighbour): its past months, on time until 15 February', () => {
    const p = pastDueAtSave(planOf(2570), undefined, '2027-02-10', { unitIds: FIVE_UNITS })!;
    expect(p.count).toBe(expandPlan(planOf(2570), FIVE_UNITS).filter((o) => o.dueDate <= '2027-02-10').length);
    expect(p.count).toBeGreaterThan(0);
    expect(p.onTimeUntil).toBe('2027-02-15');
    expect(p.headsOn > p.onTimeUntil && p.executivesOn > p.headsOn).toBe(true);
  });

  it('a measure added to a running plan in July (neighbour): nothing past by default; from October, its past months', () => {
    const stored = { ...planOf(2566), version: 1 } as unknown as Parameters<typeof pastDueAtSave>[1];
    const withNew = (firstMonth?: string) => {
      const draft = planOf(2566);
      const copy = structuredClone(draft.measures.find((m) => m.measureId === 'i4')!);
      draft.measures.push({
        ...copy,
        measureId: 'i4-new',
        order: draft.measures.length + 1,
        followUps: copy.followUps
          .filter((f) => f.cadence === 'monthly')
          .map((f) => ({ ...f, ...(firstMonth ? { firstMonth } : {}) })),
      });
      return pastDueAtSave(draft, stored, '2023-07-10', { unitIds: FIVE_UNITS });
    };
    expect(withNew()).toBeUndefined();
    const p = withNew('2022-10')!;
    // October to June, 9 months, each unit
    expect(p.count).toBe(9 * 5);
    expect(p.onTimeUntil).toBe('2023-07-13');
  });
});
