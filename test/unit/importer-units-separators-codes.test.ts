// Review 17 s25, S25-10: a units cell read its units right but warned list codes, separators and
// labels as unknown units: "01 - สำนักปลัด" (a dropdown's code) "01", "กองคลัง;กองช่าง" ";",
// "กองคลัง + กองช่าง" "+", "(ผู้ประสานงาน: สำนักปลัด)" "ผู้ประสานงาน:" (and สำนักปลัด did not lead).
import { describe, expect, it } from 'vitest';
import { importRows } from '../support/import-rows.js';

const read = (units: string) => {
  const result = importRows(['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', '๑. จัดทำคู่มือ', 'ตลอดปี', '๑. รายงานผลทุกเดือน', units]);
  const r = result.plan.measures[0]!.responsible;
  return { units: r.unitIds, lead: r.leadUnitId, warnings: result.warnings.map((w) => w.message_en) };
};

describe('a units cell with item codes: the units, no unknown unit', () => {
  it.each([
    ['01 - สำนักปลัด', ['clerk']],
    ['01 สำนักปลัด', ['clerk']],
    ['03-กองคลัง', ['finance']],
    ['๐๒ - กองช่าง, ๐๓ - กองคลัง', ['engineering', 'finance']],
    ['[01] สำนักปลัด', ['clerk']],
  ])('"%s"', (cell, units) => {
    expect(read(cell)).toEqual({ units, lead: undefined, warnings: [] });
  });
});

describe('units joined by other separators: both units, no unknown unit', () => {
  it.each([
    'กองคลัง;กองช่าง',
    'กองคลัง ; กองช่าง',
    'กองคลัง + กองช่าง',
    'กองคลัง+กองช่าง',
    'กองคลัง、กองช่าง',
    'กองคลัง & กองช่าง',
    'กองคลัง | กองช่าง',
  ])('"%s"', (cell) => {
    expect(read(cell)).toEqual({ units: ['finance', 'engineering'], lead: undefined, warnings: [] });
  });
});

describe('a coordinator labelled ผู้ประสานงาน', () => {
  it.each([
    ['กองคลัง/กองช่าง (ผู้ประสานงาน: สำนักปลัด)', ['finance', 'engineering', 'clerk']],
    ['ผู้ประสานงาน: สำนักปลัด กองคลัง กองช่าง', ['clerk', 'finance', 'engineering']],
    ['กองคลัง กองช่าง หน่วยงานผู้ประสานงาน สำนักปลัด', ['finance', 'engineering', 'clerk']],
    ['สำนักปลัด (ผู้ประสานงาน) กองคลัง กองช่าง', ['clerk', 'finance', 'engineering']],
  ])('"%s": สำนักปลัด leads, no unknown unit', (cell, units) => {
    expect(read(cell)).toEqual({ units, lead: 'clerk', warnings: [] });
  });
});

describe('what is no code or separator is still said', () => {
  it('a number beside a unit that is no code, and an unknown name, are unknown', () => {
    expect(read('กองคลัง 25 คน').warnings.join()).toContain('unknown unit "25');
    expect(read('กองคลัง; กองแผนที่ภาษี').warnings.join()).toContain('unknown unit "กองแผนที่ภาษี"');
  });
});
