// Review 17 s9, entry 4: "กองการคลัง", "ส่วนการคลัง" (กองคลัง), "กองการช่าง", "ส่วนโยธา" (กองช่าง),
// "สำนักงานปลัด", "สำนักปลัดฯ" (สำนักปลัด) were unknown units. Units are now matched by the naming
// variants of Thai local government (unit prefix กอง/ส่วน/ฝ่าย/สำนัก/สำนักงาน, the "การ" infix,
// the org type, ช่าง/โยธา), made from each org's own names, not from a list of one-offs.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { parseResponsibility } from '../../shared/import/responsibility.js';
import { importRows } from '../support/import-rows.js';

const unitsOf = (cell: string, units = MUNICIPAL_UNITS) => {
  const parsed = parseResponsibility(cell, units);
  return { unitIds: parsed.responsibility.unitIds, unknown: parsed.unknown, guessed: parsed.guessed };
};

describe('units named the way other Thai municipalities and อบต. name them', () => {
  for (const [cell, unitId] of [
    ['กองการคลัง', 'finance'],
    ['ส่วนการคลัง', 'finance'],
    ['ฝ่ายการคลัง', 'finance'],
    ['กองการช่าง', 'engineering'],
    ['ส่วนโยธา', 'engineering'],
    ['ส่วนการช่าง', 'engineering'],
    ['สำนักงานปลัด', 'clerk'],
    ['สำนักปลัดฯ', 'clerk'],
    ['สป.', 'clerk'],
    ['สำนักงานปลัดเทศบาล', 'clerk'],
    ['ส่วนการศึกษา', 'education'],
    ['ส่วนสาธารณสุข', 'health'],
  ] as const) {
    it(`"${cell}" is ${unitId}, with nothing left unknown`, () => {
      expect(unitsOf(cell)).toEqual({ unitIds: [unitId], unknown: '', guessed: [] });
    });
  }

  it('reads a cell of several variants in order, and still says what it does not know', () => {
    expect(unitsOf('ส่วนโยธา / ส่วนการคลัง, งานอาสาพิเศษ')).toEqual({
      unitIds: ['engineering', 'finance'],
      unknown: 'งานอาสาพิเศษ',
      guessed: [],
    });
  });

  it("makes the variants from the org's own units: an อบต.'s ส่วนการคลัง is matched by กองคลัง", () => {
    const units = [
      { unitId: 'fin', name: 'ส่วนการคลัง', aliases: [] },
      { unitId: 'works', name: 'ส่วนโยธา', aliases: [] },
      { unitId: 'office', name: 'สำนักปลัดองค์การบริหารส่วนตำบล', aliases: [] },
    ];
    expect(unitsOf('กองคลัง กองช่าง สำนักปลัด', units).unitIds).toEqual(['fin', 'works', 'office']);
  });

  it("never takes a variant for a unit when it is another unit's name, or a variant of two units", () => {
    const units = [
      { unitId: 'works', name: 'กองช่าง', aliases: [] },
      { unitId: 'roads', name: 'กองโยธา', aliases: [] },
      { unitId: 'fin1', name: 'กองคลัง', aliases: [] },
      { unitId: 'fin2', name: 'ฝ่ายการคลัง', aliases: [] },
    ];
    expect(unitsOf('กองโยธา', units).unitIds).toEqual(['roads']);
    expect(unitsOf('ฝ่ายการคลัง', units).unitIds).toEqual(['fin2']);
    // "ส่วนการคลัง" could be either: not taken silently
    expect(unitsOf('ส่วนการคลัง', units).unitIds).not.toEqual(['fin1']);
  });

  it('an imported measure whose units are written "ส่วนการคลัง และกองการช่าง" has both, with no unknown-unit warning', () => {
    const result = importRows([
      'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของทางราชการ',
      'ประชุมชี้แจง',
      'ตลอดปี',
      'รายงานผลทุกเดือน',
      'ส่วนการคลัง และกองการช่าง',
    ]);
    expect(result.plan.measures[0]!.responsible.unitIds).toEqual(['finance', 'engineering']);
    expect(result.warnings.map((w) => w.code)).not.toContain('unknown-unit');
  });
});
