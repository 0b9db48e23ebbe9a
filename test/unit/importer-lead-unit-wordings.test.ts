// Review 17 s23, S23-12: a units cell that says which unit leads in words other than "(หลัก)" or
// "หน่วยงานหลัก:" gave no lead, or the wrong one, and its words were unknown units: "หลัก กองคลัง /
// รอง กองช่าง", "ผู้รับผิดชอบหลัก: … ผู้รับผิดชอบรอง: …", "สำนักปลัด ประสานกองคลัง", "ดำเนินการโดยกองช่าง".
import { describe, expect, it } from 'vitest';
import { importRows } from '../support/import-rows.js';

const read = (units: string) => {
  const result = importRows(['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', '๑. จัดทำคู่มือ', 'ตลอดปี', '๑. รายงานผลทุกเดือน', units]);
  const r = result.plan.measures[0]!.responsible;
  return { units: r.unitIds, lead: r.leadUnitId, codes: result.warnings.map((w) => w.code) };
};

describe('a หลัก unit beside a รอง or สนับสนุน unit', () => {
  it.each([
    ['ผู้รับผิดชอบหลัก: กองคลัง ผู้รับผิดชอบรอง: กองช่าง', ['finance', 'engineering']],
    ['ผู้รับผิดชอบหลัก กองคลัง ผู้รับผิดชอบรอง กองช่าง', ['finance', 'engineering']],
    ['หลัก กองคลัง / รอง กองช่าง', ['finance', 'engineering']],
    ['หลัก: กองคลัง รอง: กองช่าง', ['finance', 'engineering']],
    ['หน่วยงานหลัก กองคลัง หน่วยงานสนับสนุน กองช่าง', ['finance', 'engineering']],
    ['หน่วยงานหลัก กองคลัง หน่วยงานสนับสนุน กองช่าง กองการศึกษา', ['finance', 'engineering', 'education']],
    // the order reversed
    ['รอง: กองช่าง หลัก: กองคลัง', ['engineering', 'finance']],
    ['รอง กองช่าง หลัก กองคลัง', ['engineering', 'finance']],
    ['ผู้รับผิดชอบรอง: กองช่าง ผู้รับผิดชอบหลัก: กองคลัง', ['engineering', 'finance']],
    ['หน่วยงานสนับสนุน กองช่าง หน่วยงานหลัก กองคลัง', ['engineering', 'finance']],
  ])('"%s": กองคลัง leads, every unit named is a unit, no unknown unit', (cell, units) => {
    expect(read(cell)).toEqual({ units, lead: 'finance', codes: [] });
  });
});

describe('a unit coordinating with another', () => {
  it.each(['สำนักปลัด ประสานกองคลัง', 'สำนักปลัด (ประสาน กองคลัง)', 'สำนักปลัด ประสานงานกับกองคลัง', 'สำนักปลัด โดยประสานกองคลัง'])(
    '"%s": สำนักปลัด leads, กองคลัง is a unit, no unknown unit',
    (cell) => {
      expect(read(cell)).toEqual({ units: ['clerk', 'finance'], lead: 'clerk', codes: [] });
    },
  );
});

describe('the unit after โดย', () => {
  it.each([
    ['โดย กองคลัง', ['finance'], 'finance'],
    ['ดำเนินการโดยกองช่าง', ['engineering'], 'engineering'],
    ['ดำเนินการโดย กองช่าง ร่วมกับ กองคลัง', ['engineering', 'finance'], 'engineering'],
  ])('"%s": the unit after โดย leads, no unknown unit', (cell, units, lead) => {
    expect(read(cell)).toEqual({ units, lead, codes: [] });
  });
});

describe('cells without those words read as before', () => {
  it.each([
    ['กองคลัง กองช่าง', ['finance', 'engineering'], undefined],
    ['กองคลัง', ['finance'], undefined],
    ['กองคลัง (หลัก) กองช่าง', ['finance', 'engineering'], 'finance'],
    ['กองช่าง กองคลัง (หลัก)', ['engineering', 'finance'], 'finance'],
    ['กองคลัง (หลัก) กองช่าง (สนับสนุน) กองการศึกษา', ['finance', 'engineering', 'education'], 'finance'],
    ['กองคลัง หลัก กองช่าง', ['finance', 'engineering'], 'finance'],
    ['หน่วยงานหลัก: กองช่าง', ['engineering'], 'engineering'],
    ['หน่วยงานหลัก: กองคลัง หน่วยงานสนับสนุน: กองช่าง', ['finance', 'engineering'], 'finance'],
    ['กองคลัง โดยมีกองช่าง', ['finance', 'engineering'], undefined],
  ])('"%s"', (cell, units, lead) => {
    expect(read(cell)).toEqual({ units, lead, codes: [] });
  });
});
