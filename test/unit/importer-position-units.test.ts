// Position titles in the units cell were read inconsistently (review 17 s13, S13-7): "ปลัดเทศบาล"
// was an unknown unit (the measure unsavable) while "รองปลัดเทศบาล" was สำนักปลัด by similarity;
// "นิติกร", "นักวิเคราะห์นโยบายและแผน", "นักวิชาการเงินและบัญชี", "นายช่างโยธา", "งานธุรการ" … were
// unknown. Now the usual positions are their usual unit (unit-guessed naming the position), other
// titles are said to be positions, and a unit the org lacks is said so.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { parseResponsibility } from '../../shared/import/responsibility.js';
import { importRows } from '../support/import-rows.js';

const row = (units: string) => ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', '๑. จัดทำคู่มือ', 'ตลอดปี', '๑. รายงานผลทุกเดือน', units];
const ORG = [
  ...MUNICIPAL_UNITS,
  { unitId: 'welfare', name: 'กองสวัสดิการสังคม', aliases: [] },
  { unitId: 'strategy', name: 'กองยุทธศาสตร์และงบประมาณ', aliases: [] },
];

describe('a usual position title is read as its usual unit, with a warning naming the position', () => {
  const cases: [string, string][] = [
    ['ปลัดเทศบาล', 'clerk'],
    ['รองปลัดเทศบาล', 'clerk'],
    ['ปลัด อบต.', 'clerk'],
    ['นิติกร', 'clerk'],
    ['นักวิเคราะห์นโยบายและแผน', 'clerk'],
    ['งานธุรการ', 'clerk'],
    ['นักวิชาการเงินและบัญชี', 'finance'],
    ['นายช่างโยธา', 'engineering'],
    ['นักวิชาการศึกษา', 'education'],
    ['นักวิชาการสาธารณสุข', 'health'],
  ];
  for (const [cell, unit] of cases) {
    it(`"${cell}" is ${unit}`, () => {
      const r = importRows(row(cell));
      expect(r.plan.measures[0]!.responsible.unitIds).toEqual([unit]);
      expect(r.warnings.map((w) => w.code)).toEqual(['unit-guessed']);
    });
  }

  it('says the word is a position and which unit it was taken for, Thai first', () => {
    const [w] = importRows(row('ปลัดเทศบาล')).warnings;
    expect(w!.message_th).toContain('"ปลัดเทศบาล" เป็นชื่อตำแหน่ง ซึ่งปกติอยู่ใน "สำนักปลัดเทศบาล"');
    expect(w!.message_en).toContain('"ปลัดเทศบาล" is a position title, usually in unit "สำนักปลัดเทศบาล" (clerk)');
  });

  it('gives one answer for the head and the deputy, wherever the title stands in the cell', () => {
    const ids = (cell: string) => parseResponsibility(cell, MUNICIPAL_UNITS).responsibility.unitIds;
    expect(ids('ปลัดเทศบาล')).toEqual(ids('รองปลัดเทศบาล'));
    expect(ids('กองคลัง ปลัดเทศบาล')).toEqual(['finance', 'clerk']);
    expect(ids('ปลัดเทศบาล กองคลัง')).toEqual(['clerk', 'finance']);
  });
});

describe("positions go to the org's own unit for that work, or stay with their division", () => {
  it('"นักพัฒนาชุมชน" and "นักวิเคราะห์นโยบายและแผน" are the welfare and strategy divisions where the org has them', () => {
    const ids = (cell: string, units = ORG) => parseResponsibility(cell, units).responsibility.unitIds;
    expect(ids('นักพัฒนาชุมชน')).toEqual(['welfare']);
    expect(ids('นักวิเคราะห์นโยบายและแผน')).toEqual(['strategy']);
    expect(ids('นักพัฒนาชุมชน', [...MUNICIPAL_UNITS])).toEqual(['clerk']);
  });

  it('a position written after a division is a part of it: no second unit, no warning', () => {
    for (const cell of ['กองการศึกษา (นักวิชาการเงินและบัญชี)', 'กองช่าง (นายช่างโยธา)', 'ผู้อำนวยการกองคลัง นักวิชาการพัสดุ']) {
      const r = importRows(row(cell));
      expect(r.plan.measures[0]!.responsible.unitIds).toHaveLength(1);
      expect(r.warnings).toEqual([]);
    }
  });
});

describe('a title or unit the org has no unit for is said to be one', () => {
  it('a position of no known unit: unknown-unit saying it is a position', () => {
    const r = importRows(row('นักวิชาการตรวจสอบภายใน'));
    const unknown = r.warnings.find((w) => w.code === 'unknown-unit')!;
    expect(unknown.message_th).toContain('"นักวิชาการตรวจสอบภายใน" เป็นชื่อตำแหน่ง ไม่ใช่ชื่อหน่วยงาน');
    expect(unknown.message_en).toContain('is a position title, not a unit');
  });

  it('a unit the org lacks: unknown-unit saying the org has no such unit', () => {
    const r = importRows(row('หน่วยตรวจสอบภายใน'));
    const unknown = r.warnings.find((w) => w.code === 'unknown-unit')!;
    expect(unknown.message_th).toContain('องค์กรไม่มีหน่วยงาน "หน่วยตรวจสอบภายใน" ในระบบ: เพิ่มหน่วยงานนี้');
    expect(unknown.message_en).toContain('the org has no unit "หน่วยตรวจสอบภายใน"');
  });

  it('another unknown word is said as before', () => {
    const unknown = importRows(row('กองคลัง คณะทำงานพิเศษ')).warnings.find((w) => w.code === 'unknown-unit')!;
    expect(unknown.message_th).toBe('บรรทัด ๒ คอลัมน์ ๕: ไม่รู้จักหน่วยงาน "คณะทำงานพิเศษ" ในช่องผู้รับผิดชอบ');
  });
});
