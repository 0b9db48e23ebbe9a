// Review 17 s18, S18-3: "กองชา่ง" (a tone mark typed after sara aa) was an unknown unit, and an OCR
// speck "์" after "กองสาธารณสุข" was reported as the unknown unit "์".
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { parseResponsibility } from '../../shared/import/responsibility.js';
import { normaliseThai } from '../../shared/import/thai-text.js';

const unitsOf = (cell: string) => {
  const parsed = parseResponsibility(normaliseThai(cell), MUNICIPAL_UNITS);
  return { unitIds: parsed.responsibility.unitIds, unknown: parsed.unknown };
};

describe('a tone mark typed after sara aa, and a lone mark after a unit name', () => {
  it('"กองชา่ง" is กองช่าง, with nothing unknown', () => {
    expect(normaliseThai('กองชา่ง')).toBe('กองช่าง');
    expect(unitsOf('กองชา่ง')).toEqual({ unitIds: ['engineering'], unknown: '' });
  });

  it('other words with a tone mark after sara aa are put right, and words spelt right stay', () => {
    expect(normaliseThai('ดำเนินการตรวจสอบขอ้มูลขา่วสาร')).toBe('ดำเนินการตรวจสอบขอ้มูลข่าวสาร');
    expect(normaliseThai('ประกาศรายชื่อผู้ชนะการเสนอรา๊คา')).toBe('ประกาศรายชื่อผู้ชนะการเสนอร๊าคา');
    expect(normaliseThai('ข่าว น้ำ ก้าว')).toBe('ข่าว น้ำ ก้าว');
  });

  it('"กองสาธารณสุข์" is health, and the lone "์" is no unknown unit', () => {
    expect(unitsOf('กองสาธารณสุข์')).toEqual({ unitIds: ['health'], unknown: '' });
    expect(unitsOf('กองคลัง ่ กองช่าง')).toEqual({ unitIds: ['finance', 'engineering'], unknown: '' });
    expect(unitsOf('กองคลัง งานอาสาพิเศษ์')).toMatchObject({ unknown: 'งานอาสาพิเศษ์' });
  });
});
