// Review 17 s21, low note: a units cell written "สำนัก/กอง ทุกแห่ง" (every division and office) gave
// the unknown unit "กองทุกแห่ง" and a measure that could not be saved; "ทุกกอง/สำนัก" and "ทุกหน่วยงาน"
// were all units. The unit words before "ทุกแห่ง" (or "ทุกกอง") are all units too. And a run of
// "กอง/" read at each of its places was quadratic (320,000 characters: 58 s): bounded now.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { parseResponsibility } from '../../shared/import/responsibility.js';
import { importRows } from '../support/import-rows.js';

const withUnits = (units: string) =>
  importRows(['ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', 'เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง', 'ตลอดปีงบประมาณ', 'รายงานผลทุกเดือน', units]);

describe('units written as every office and division are all units', () => {
  it('"สำนัก/กอง ทุกแห่ง" is all units, with no unknown unit and nothing blocking the save', () => {
    const result = withUnits('สำนัก/กอง ทุกแห่ง');
    expect(result.plan.measures[0]!.responsible).toMatchObject({ allUnits: true, unitIds: [] });
    expect(result.warnings.map((w) => w.code)).toEqual([]);
  });

  it.each(['สำนัก กอง ทุกแห่ง', 'หน่วยงานทุกแห่ง', 'ส่วนราชการทุกแห่ง', 'กองทุกกอง', 'ทุกสำนัก/กอง', 'ทุกส่วนราชการ'])(
    '"%s" is all units, said nothing of',
    (units) => {
      const result = withUnits(units);
      expect(result.plan.measures[0]!.responsible).toMatchObject({ allUnits: true, unitIds: [] });
      expect(result.warnings.map((w) => w.code)).toEqual([]);
    },
  );

  it('named units before "ทุกแห่ง" stay those units, and "ทุกแห่ง" alone is not all units', () => {
    const named = withUnits('สำนักปลัด กองคลัง ทุกแห่ง');
    expect(named.plan.measures[0]!.responsible).toMatchObject({ allUnits: false, unitIds: ['clerk', 'finance'] });
    const alone = withUnits('ทุกแห่ง');
    expect(alone.plan.measures[0]!.responsible.allUnits).toBe(false);
    expect(alone.warnings.map((w) => w.code)).toContain('unknown-unit');
  });

  it('a units cell of 640,000 characters of "กอง/" is read (was quadratic: minutes)', () => {
    const read = parseResponsibility('กอง/'.repeat(160_000), MUNICIPAL_UNITS);
    expect(read.responsibility).toMatchObject({ allUnits: false, unitIds: [] });
  });
});
