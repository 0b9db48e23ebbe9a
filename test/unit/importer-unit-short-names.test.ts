// Review 17 s9, entry 45: unit abbreviations plans use ("กค.", "กช.", "กศ.") and sections ("งานการเงิน",
// a section of กองคลัง) were unknown units: no unit, cannot-save; "สป. กค." lost กองคลัง. They are now
// made from each org's own unit names (the prefix's letter and the work's first consonant; the
// usual sections of the work) and read with a unit-guessed warning saying how.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { abbreviationsOf } from '../../shared/import/unit-short-names.js';
import { parseResponsibility } from '../../shared/import/responsibility.js';
import { importRows } from '../support/import-rows.js';

const row = (units: string) => ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', '๑. จัดทำคู่มือ', 'ตลอดปี', '๑. รายงานผลทุกเดือน', units];

describe('unit abbreviations', () => {
  const cases: [string, string[]][] = [
    ['กค.', ['finance']],
    ['กช.', ['engineering']],
    ['กศ.', ['education']],
    ['กสธ.', ['health']],
    ['สป. กค.', ['clerk', 'finance']],
    ['กค./กช.', ['finance', 'engineering']],
    ['กค', ['finance']],
  ];
  for (const [cell, ids] of cases) {
    it(`reads "${cell}" as ${ids.join(', ')}, with a warning naming the abbreviation`, () => {
      const result = importRows(row(cell));
      expect(result.plan.measures[0]!.responsible.unitIds).toEqual(ids);
      const codes = result.warnings.map((w) => w.code);
      expect(codes).not.toContain('unknown-unit');
      expect(codes).not.toContain('cannot-save');
      const warning = result.warnings.find((w) => w.code === 'unit-guessed')!;
      expect(warning.message_th).toMatch(/^บรรทัด ๒ คอลัมน์ ๕: อ่าน "ก.+" เป็นอักษรย่อของ "กอง/);
      expect(warning.source).toBe(cell);
    });
  }

  it('derives them from the unit name, skipping the การ infix and the org type', () => {
    expect(abbreviationsOf('กองคลัง')).toEqual(['กค.']);
    expect(abbreviationsOf('กองการศึกษา')).toEqual(['กศ.']);
    expect(abbreviationsOf('ส่วนโยธา')).toEqual(['สย.', 'สช.']);
    expect(abbreviationsOf('กองสาธารณสุขและสิ่งแวดล้อม')).toContain('กสธ.');
  });

  it('leaves out an abbreviation two of the org units share', () => {
    const units = [
      { unitId: 'health', name: 'กองสาธารณสุข', aliases: [] },
      { unitId: 'welfare', name: 'กองสวัสดิการสังคม', aliases: [] },
    ];
    const parsed = parseResponsibility('กส.', units);
    expect(parsed.responsibility.unitIds).toEqual([]);
    expect(parsed.unknown).toBe('กส.');
  });

  it('does not read letters inside a word as an abbreviation', () => {
    const parsed = parseResponsibility('ฝ่ายปกครอง', MUNICIPAL_UNITS);
    expect(parsed.responsibility.unitIds).toEqual([]);
  });
});

describe('sections of a unit', () => {
  const cases: [string, string][] = [
    ['งานการเงิน', 'finance'],
    ['งานพัสดุและทรัพย์สิน', 'finance'],
    ['งานป้องกันและบรรเทาสาธารณภัย', 'clerk'],
    ['ฝ่ายก่อสร้าง', 'engineering'],
    ['งานรักษาความสะอาด', 'health'],
  ];
  for (const [cell, id] of cases) {
    it(`reads "${cell}" as its unit ${id}, with a warning naming the section`, () => {
      const result = importRows(row(cell));
      expect(result.plan.measures[0]!.responsible.unitIds).toEqual([id]);
      const warning = result.warnings.find((w) => w.code === 'unit-guessed')!;
      expect(warning.message_th).toMatch(new RegExp(`^บรรทัด ๒ คอลัมน์ ๕: "${cell}" เป็นงานในสังกัด "`));
      expect(result.warnings.map((w) => w.code)).toEqual(['unit-guessed']);
    });
  }

  it('gives no warning for a section written beside its unit', () => {
    expect(importRows(row('กองคลัง (งานพัสดุ)')).warnings).toEqual([]);
  });

  // a clerk's office named with its org's full kind (สำนักปลัดเทศบาลเมือง) had no sections and no
  // สน.ปลัด: only "เทศบาล", อบต. and อบจ. were taken off its name (shared/domain/local-government-kinds.ts)
  it.each(['สำนักปลัดเทศบาลเมือง', 'สำนักปลัดเทศบาลนคร', 'สำนักปลัด ทต.'])(
    'reads the clerk\'s sections and สน.ปลัด as the org\'s "%s"',
    (name) => {
      const units = [
        { unitId: 'clerk', name, aliases: [] },
        { unitId: 'finance', name: 'กองคลัง', aliases: [] },
      ];
      expect(parseResponsibility('งานธุรการ', units).responsibility.unitIds).toEqual(['clerk']);
      expect(parseResponsibility('สน.ปลัด', units).responsibility.unitIds).toEqual(['clerk']);
    },
  );

  it("gives a section to the org's own unit of that work", () => {
    const units = [...MUNICIPAL_UNITS, { unitId: 'welfare', name: 'กองสวัสดิการสังคม', aliases: [] }];
    expect(parseResponsibility('งานสวัสดิการสังคม', units).responsibility.unitIds).toEqual(['welfare']);
    expect(parseResponsibility('งานสวัสดิการสังคม', MUNICIPAL_UNITS).responsibility.unitIds).toEqual(['clerk']);
  });
});
