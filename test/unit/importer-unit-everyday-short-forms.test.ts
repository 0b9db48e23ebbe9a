// Review 17 s12, S12-24: everyday short forms of units were unknown (no unit, cannot-save): "สป" (no
// dot), "สน.ปลัด", "สนง.ปลัด", "กองสาธาฯ"; and "กองสาธารณสุขฯ และสิ่งแวดล้อม" gave an unknown unit
// "และสิ่งแวดล้อม". Now an abbreviation or alias without its dot, สน./สนง. for สำนัก/สำนักงาน, and a
// name cut with ฯ that one unit's name starts with are read (unit-guessed); the words after ฯ that
// finish the same unit's name are no unit.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { parseResponsibility } from '../../shared/import/responsibility.js';
import { importRows } from '../support/import-rows.js';

const row = (units: string) => ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', '๑. จัดทำคู่มือ', 'ตลอดปี', '๑. รายงานผลทุกเดือน', units];
const ORG = [
  ...MUNICIPAL_UNITS,
  { unitId: 'welfare', name: 'กองสวัสดิการสังคม', aliases: [] },
  { unitId: 'water', name: 'กองการประปา', aliases: ['ก.ประปา'] },
];

describe('everyday short forms are read with a unit-guessed warning', () => {
  const cases: [string, string[]][] = [
    ['สป', ['clerk']],
    ['สน.ปลัด', ['clerk']],
    ['สนง.ปลัด', ['clerk']],
    ['กองสาธาฯ', ['health']],
    ['สป กองคลัง', ['clerk', 'finance']],
    ['กองการศึกฯ / กช', ['education', 'engineering']],
  ];
  for (const [cell, ids] of cases) {
    it(`reads "${cell}" as ${ids.join(', ')}`, () => {
      const result = importRows(row(cell));
      expect(result.plan.measures[0]!.responsible.unitIds).toEqual(ids);
      const codes = result.warnings.map((w) => w.code);
      expect(codes).not.toContain('unknown-unit');
      expect(codes).not.toContain('cannot-save');
      expect(codes).toContain('unit-guessed');
    });
  }

  it('quotes the cut name with its ฯ', () => {
    const warning = importRows(row('กองสาธาฯ')).warnings.find((w) => w.code === 'unit-guessed')!;
    expect(warning.message_th).toContain('"กองสาธาฯ"');
    expect(warning.message_th).toContain('กองสาธารณสุขและสิ่งแวดล้อม');
  });

  it("reads another org's abbreviation without its dot (กป for กองการประปา)", () => {
    expect(parseResponsibility('กป', ORG).responsibility.unitIds).toEqual(['water']);
  });

  it('takes no unit for a cut two units start with ("กองส" of กองสาธารณสุข and กองสวัสดิการสังคม)', () => {
    const parsed = parseResponsibility('กองสฯ', ORG);
    expect(parsed.responsibility.unitIds).toEqual([]);
    expect(parseResponsibility('กองสวัสฯ', ORG).responsibility.unitIds).toEqual(['welfare']);
  });
});

describe('the words after ฯ that finish the unit name are no unit', () => {
  for (const cell of ['กองสาธารณสุขฯ และสิ่งแวดล้อม', 'กองสาธาฯ และสิ่งแวดล้อม', 'กองสาธารณสุขฯและสิ่งแวดล้อม กองคลัง']) {
    it(`reads "${cell}" without an unknown unit`, () => {
      const result = importRows(row(cell));
      expect(result.plan.measures[0]!.responsible.unitIds[0]).toBe('health');
      expect(result.warnings.map((w) => w.code)).not.toContain('unknown-unit');
    });
  }

  it('keeps words that finish no name of the unit unknown ("กองการศึกษาฯ และวัฒนธรรม")', () => {
    const parsed = parseResponsibility('กองการศึกษาฯ และวัฒนธรรม', MUNICIPAL_UNITS);
    expect(parsed.responsibility.unitIds).toEqual(['education']);
    expect(parsed.unknown).toBe('และวัฒนธรรม');
  });
});
