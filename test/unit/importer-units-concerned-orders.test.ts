// Review 17 s11, S11-34: "the units concerned" in other word orders ("หน่วยงานที่เกี่ยวข้องทุกหน่วย",
// "ทุกกองงาน (ที่เกี่ยวข้อง)") was every unit with no warning; the connecting words of a lead phrase
// ("(หลัก) และ", "เป็นหน่วยงานหลัก") were an unknown unit.
import { describe, expect, it } from 'vitest';
import { importRows } from '../support/import-rows.js';

const withUnits = (cell: string) => {
  const { plan, warnings } = importRows(['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', 'คู่มือ', 'ตลอดปี', 'รายงานผลทุกเดือน', cell]);
  return { responsible: plan.measures[0]!.responsible, codes: warnings.map((w) => w.code), warnings };
};

describe('"the units concerned" in any word order is not every unit', () => {
  it.each(['หน่วยงานที่เกี่ยวข้องทุกหน่วย', 'ทุกกองงาน (ที่เกี่ยวข้อง)', 'ทุกส่วนราชการ (เฉพาะที่เกี่ยวข้อง)', 'ฝ่ายที่เกี่ยวข้องทุกฝ่าย'])(
    '"%s": no unit, a units-concerned warning quoting the phrase',
    (cell) => {
      const { responsible, codes, warnings } = withUnits(cell);
      expect(responsible).toMatchObject({ allUnits: false, unitIds: [] });
      expect(codes).toContain('units-concerned');
      expect(codes).not.toContain('unknown-unit');
      expect(warnings.find((w) => w.code === 'units-concerned')!.source).toBe(cell);
    },
  );

  it('a unit named beside them is kept: "กองคลัง และหน่วยงานที่เกี่ยวข้องทุกหน่วย"', () => {
    const { responsible, codes } = withUnits('กองคลัง และหน่วยงานที่เกี่ยวข้องทุกหน่วย');
    expect(responsible).toMatchObject({ allUnits: false, unitIds: ['finance'] });
    expect(codes).toContain('units-concerned');
  });
});

describe('the connecting words of a lead phrase are no unknown unit', () => {
  it.each([
    ['สำนักปลัด (หลัก) และทุกกองงาน', { allUnits: true, leadUnitId: 'clerk' }],
    ['ทุกกอง โดยมีสำนักปลัดเป็นหน่วยงานหลัก', { allUnits: true, leadUnitId: 'clerk' }],
    ['กองคลัง (หลัก)และกองช่าง', { allUnits: false, unitIds: ['finance', 'engineering'], leadUnitId: 'finance' }],
    ['ทุกกองงาน โดยมีกองคลังเป็นผู้รับผิดชอบหลัก', { allUnits: true, leadUnitId: 'finance' }],
  ])('"%s"', (cell, expected) => {
    const { responsible, codes } = withUnits(cell);
    expect(responsible).toMatchObject(expected);
    expect(codes).toEqual([]);
  });
});
