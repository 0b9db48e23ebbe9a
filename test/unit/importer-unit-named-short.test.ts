// Against an org's own units, a unit written by the leading words of its name ("กองการศึกษา" for
// "กองการศึกษา ศาสนาและวัฒนธรรม"), by its work's distinctive word ("กองเกษตร") or without its kind
// ("ตรวจสอบภายใน") was unknown: the measure could not be saved; "สำนักปลัด อบต." added an unknown
// "อบต" (review 17 s15, S15-11).
import { describe, expect, it } from 'vitest';
import { parseResponsibility } from '../../shared/import/responsibility.js';

const ABT = [
  { unitId: 'clerk', name: 'สำนักปลัด องค์การบริหารส่วนตำบล' },
  { unitId: 'finance', name: 'กองคลัง' },
  { unitId: 'works', name: 'กองช่าง' },
  { unitId: 'edu', name: 'กองการศึกษา ศาสนาและวัฒนธรรม' },
  { unitId: 'welfare', name: 'กองสวัสดิการสังคม' },
  { unitId: 'agri', name: 'กองส่งเสริมการเกษตร' },
  { unitId: 'audit', name: 'หน่วยตรวจสอบภายใน' },
].map((u) => ({ ...u, aliases: [] }));
const read = (cell: string, units = ABT) => parseResponsibility(cell, units);

describe("a unit written short is the org's one unit of that name", () => {
  const cases: [string, string][] = [
    ['กองการศึกษา', 'edu'],
    ['กองสวัสดิการ', 'welfare'],
    ['กองเกษตร', 'agri'],
    ['ตรวจสอบภายใน', 'audit'],
  ];
  for (const [cell, unit] of cases) {
    it(`"${cell}" is ${unit}, said with both names`, () => {
      const r = read(cell);
      expect(r.responsibility.unitIds).toEqual([unit]);
      expect(r.unknown).toBe('');
      expect(r.guessed).toEqual([expect.objectContaining({ read: cell, unitId: unit })]);
    });
  }

  it('"สำนักปลัด อบต." is สำนักปลัด, the org type no unknown word', () => {
    const r = read('สำนักปลัด อบต.');
    expect(r.responsibility.unitIds).toEqual(['clerk']);
    expect(r.unknown).toBe('');
  });

  it('"นักวิชาการเกษตร" is the agriculture division\'s position', () => {
    expect(read('นักวิชาการเกษตร').responsibility.unitIds).toEqual(['agri']);
  });
});

describe('a short name of two units, or of none, stays unknown', () => {
  const TWO = [
    { unitId: 'a', name: 'กองการศึกษา ศาสนาและวัฒนธรรม', aliases: [] },
    { unitId: 'b', name: 'กองการศึกษานอกระบบ', aliases: [] },
  ];
  it('"กองการศึกษา" with two units starting so', () => {
    expect(read('กองการศึกษา', TWO).responsibility.unitIds).toEqual([]);
  });
  it('"กองทุนหมู่บ้าน", "ภายใน" name no unit', () => {
    expect(read('กองทุนหมู่บ้าน').responsibility.unitIds).toEqual([]);
    expect(read('ภายใน').responsibility.unitIds).toEqual([]);
  });
});
