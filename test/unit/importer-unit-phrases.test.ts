// Review 17 s9, entry 43: "ทุกหน่วยงานที่เกี่ยวข้อง" (the units concerned) was read as every unit;
// "ทุกกอง/ฝ่าย", "ทุกหน่วยงานในสังกัด" as every unit plus an unknown unit "ฝ่าย"/"ในสังกัด"; and
// "ทุกส่วน", "หัวหน้าส่วนราชการทุกส่วน", "บุคลากรทุกคน", "พนักงานเทศบาลทุกคน" as no unit (cannot-save).
import { describe, expect, it } from 'vitest';
import { importRows } from '../support/import-rows.js';

const row = (units: string) => ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', '๑. จัดทำคู่มือ', 'ตลอดปี', '๑. รายงานผลทุกเดือน', units];
const codesOf = (result: ReturnType<typeof importRows>) => result.warnings.map((w) => w.code);

describe('"the units concerned" in a units cell', () => {
  const cases: [string, string[]][] = [
    ['ทุกหน่วยงานที่เกี่ยวข้อง', []],
    ['ทุกกองที่เกี่ยวข้อง', []],
    ['ส่วนราชการ ที่เกี่ยวข้อง', []],
    ['กองคลัง และหน่วยงานที่เกี่ยวข้อง', ['finance']],
  ];
  for (const [cell, ids] of cases) {
    it(`reads "${cell}" as the units it names, not all units, with a units-concerned warning`, () => {
      const result = importRows(row(cell));
      const r = result.plan.measures[0]!.responsible;
      expect(r.allUnits).toBe(false);
      expect(r.unitIds).toEqual(ids);
      expect(codesOf(result)).not.toContain('unknown-unit');
      const warning = result.warnings.find((w) => w.code === 'units-concerned')!;
      expect(warning.message_th).toMatch(/^บรรทัด ๒ คอลัมน์ ๕: ช่องผู้รับผิดชอบเขียนว่า ".*เกี่ยวข้อง" โดยไม่ระบุชื่อหน่วยงาน/);
      expect(warning.message_en).toMatch(/units concerned/);
      expect(warning.source).toBe(cell);
    });
  }
});

describe('every unit written with a qualifier', () => {
  for (const cell of [
    'ทุกหน่วยงานในสังกัด',
    'ทุกกอง/ฝ่าย',
    'ทุกสำนัก/กอง/หน่วย',
    'ทุกส่วน',
    'หัวหน้าส่วนราชการทุกส่วน',
    'ทุกกองงาน/ฝ่าย',
  ]) {
    it(`reads "${cell}" as all units, with no unknown unit`, () => {
      const result = importRows(row(cell));
      expect(result.plan.measures[0]!.responsible.allUnits).toBe(true);
      expect(result.warnings).toEqual([]);
    });
  }
});

describe('every staff member in a units cell', () => {
  for (const cell of ['บุคลากรทุกคน', 'พนักงานเทศบาลทุกคน', 'ข้าราชการและพนักงานจ้าง ทุกคน']) {
    it(`reads "${cell}" as all units, with a warning quoting it`, () => {
      const result = importRows(row(cell));
      expect(result.plan.measures[0]!.responsible.allUnits).toBe(true);
      expect(codesOf(result)).toEqual(['all-units-from-staff']);
      const warning = result.warnings[0]!;
      expect(warning.message_th).toMatch(/^บรรทัด ๒ คอลัมน์ ๕: ช่องผู้รับผิดชอบเขียนว่า ".*ทุกคน" จึงถือเป็น "ทุกกองงาน"/);
      expect(warning.source).toBe(cell);
    });
  }

  it('gives no staff warning when the cell also says every unit', () => {
    const result = importRows(row('ทุกกองงาน (บุคลากรทุกคน)'));
    expect(result.plan.measures[0]!.responsible.allUnits).toBe(true);
    expect(result.warnings).toEqual([]);
  });
});
