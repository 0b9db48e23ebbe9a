// Review 17 s12, S12-21: a section written after its own division ("กองช่าง (งานสุขาภิบาล)") added a
// second unit, the section's usual division from the fixed table (กองสาธารณสุขฯ), whose staff then
// got every obligation. Review 17 s11, S11-27: sections were matched by the fixed table only: with
// กองสวัสดิการสังคม in the org "งานพัฒนาชุมชน" still went to สำนักปลัด, and "งานสวัสดิการ" /
// "งานงบประมาณ" found no unit. Now a section right after a division is a part of it, and the org's
// own units that name the work come before the fixed table.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { parseResponsibility } from '../../shared/import/responsibility.js';
import { importRows } from '../support/import-rows.js';

const row = (units: string) => ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', '๑. จัดทำคู่มือ', 'ตลอดปี', '๑. รายงานผลทุกเดือน', units];
const ORG = [
  ...MUNICIPAL_UNITS,
  { unitId: 'welfare', name: 'กองสวัสดิการสังคม', aliases: [] },
  { unitId: 'strategy', name: 'กองยุทธศาสตร์และงบประมาณ', aliases: [] },
  { unitId: 'water', name: 'กองการประปา', aliases: [] },
];

describe('a section written after a division is a part of it (S12-21)', () => {
  const cases: [string, string[]][] = [
    ['กองช่าง (งานสุขาภิบาล)', ['engineering']],
    ['สำนักปลัด (งานการเงินและบัญชี)', ['clerk']],
    ['กองการศึกษา (งานพัสดุ)', ['education']],
    ['กองช่าง งานสุขาภิบาล', ['engineering']],
    ['กองช่าง/งานการเงิน กองคลัง', ['engineering', 'finance']],
    ['กองคลัง (งานพัสดุ)', ['finance']],
  ];
  for (const [cell, ids] of cases) {
    it(`reads "${cell}" as ${ids.join(', ')} only, without a section warning`, () => {
      const result = importRows(row(cell));
      expect(result.plan.measures[0]!.responsible.unitIds).toEqual(ids);
      expect(result.warnings.map((w) => w.code)).toEqual([]);
    });
  }

  it('still reads a section standing alone as its usual division, with a warning', () => {
    const result = importRows(row('งานสุขาภิบาล กองช่าง'));
    expect(result.plan.measures[0]!.responsible.unitIds).toEqual(['health', 'engineering']);
    expect(result.warnings.map((w) => w.code)).toEqual(['unit-guessed']);
  });

  it('keeps a section of another org unit after a division a part of the division ("กองคลัง (งานสวัสดิการ)")', () => {
    expect(parseResponsibility('กองคลัง (งานสวัสดิการ)', ORG).responsibility.unitIds).toEqual(['finance']);
  });
});

describe("sections go to the org's own unit for that work first (S11-27)", () => {
  const cases: [string, string][] = [
    ['งานพัฒนาชุมชน', 'welfare'],
    ['งานสวัสดิการ', 'welfare'],
    ['งานงบประมาณ', 'strategy'],
    ['ฝ่ายนโยบายและแผน', 'strategy'],
    ['งานประปา', 'water'],
  ];
  for (const [cell, unitId] of cases) {
    it(`reads "${cell}" as ${unitId}, saying it is taken for a section`, () => {
      const parsed = parseResponsibility(cell, ORG);
      expect(parsed.responsibility.unitIds).toEqual([unitId]);
      expect(parsed.guessed).toEqual([expect.objectContaining({ unitId, as: 'section' })]);
      expect(parsed.unknown).toBe('');
    });
  }

  it('keeps the fixed table where the org has no unit for the work (พัฒนาชุมชน: สำนักปลัด)', () => {
    expect(parseResponsibility('งานพัฒนาชุมชน', MUNICIPAL_UNITS).responsibility.unitIds).toEqual(['clerk']);
    expect(parseResponsibility('งานนโยบายและแผน', MUNICIPAL_UNITS).responsibility.unitIds).toEqual(['clerk']);
  });

  it('reads a work one unit name holds, and takes no unit for a work two hold ("งานเกษตร")', () => {
    const farm = { unitId: 'farm', name: 'กองส่งเสริมการเกษตร', aliases: [] };
    expect(parseResponsibility('งานเกษตร', [...ORG, farm]).responsibility.unitIds).toEqual(['farm']);
    const two = [...ORG, farm, { unitId: 'livestock', name: 'ฝ่ายเกษตรและปศุสัตว์', aliases: [] }];
    const parsed = parseResponsibility('งานเกษตร', two);
    expect(parsed.responsibility.unitIds).toEqual([]);
    expect(parsed.unknown).toBe('งานเกษตร');
  });
});
