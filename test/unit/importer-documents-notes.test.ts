// Review 17 s9, entry 24: what the product's own documents add to a measure is read back. A one-off
// follow-up is written "… (ครั้งเดียว ภายในวันที่ ๓๑ มีนาคม ๒๕๖๖)": it came back unspecified, the note
// kept in its text. The lead of a list of units is written "กองช่าง (หลัก)": it came back without a
// lead (and "(หลัก)" an unknown unit).
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { followUpWithCadence, numberedItems, responsibleNames } from '../../shared/documents/document-model-fields.js';
import { parseResponsibility } from '../../shared/import/responsibility.js';
import { importRows } from '../support/import-rows.js';

const row = (followUp: string, units = 'กองคลัง') => [
  'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ',
  '๑. จัดทำคู่มือ',
  'ตลอดปี',
  followUp,
  units,
];

describe("the one-off note of the product's documents", () => {
  const cases: [string, string, string | undefined][] = [
    ['๑. ส่งสรุปผล (ครั้งเดียว ภายในวันที่ ๓๑ มีนาคม ๒๕๖๖)', 'ส่งสรุปผล', '2023-03-31'],
    // a PDF line break loses the space; the date in Arabic digits
    ['๑. รายงานผลการอบรม (ครั้งเดียวภายในวันที่ 15 ธันวาคม 2565)', 'รายงานผลการอบรม', '2022-12-15'],
    // a one-off without a date
    ['๑. รายงานผลการสำรวจ (ครั้งเดียว)', 'รายงานผลการสำรวจ', undefined],
  ];
  for (const [cell, text, dueDate] of cases) {
    it(`reads "${cell}" as once${dueDate ? ` due ${dueDate}` : ''}, the note taken off, no warning`, () => {
      const result = importRows(row(cell));
      const f = result.plan.measures[0]!.followUps[0]!;
      expect(f).toEqual({ followUpNo: 1, text, cadence: 'once', audience: [], ...(dueDate ? { dueDate } : {}) });
      expect(result.warnings.filter((w) => w.followUpNo === 1)).toEqual([]);
    });
  }
});

describe("the cadence note of the product's documents decides over cadence words in the text (review 17 s10, S10-4)", () => {
  const cases: [string, string][] = [
    ['รายงานผลทุกเดือน ต่อที่ประชุม', 'quarterly'],
    ['สรุปผลประจำปีเสนอนายกเทศมนตรี', 'semiannual'],
    ['รายงานผลทุกไตรมาสต่อคณะทำงาน', 'monthly'],
    ['รายงานผลทุก ๖ เดือน', 'april-september'],
  ];
  for (const [text, cadence] of cases) {
    it(`"${text}" written as ${cadence} reads back as ${cadence}, its text as it was, no two-cadences warning`, () => {
      const written = followUpWithCadence({ text, cadence });
      expect(written).not.toBe(text); // the text names another cadence, so the note is written
      const result = importRows(row(`๑. ${written}`));
      const f = result.plan.measures[0]!.followUps[0]!;
      expect([f.text, f.cadence]).toEqual([text, cadence]);
      expect(result.warnings.map((w) => w.code)).not.toContain('two-cadences');
    });
  }
});

describe('the lead unit marked in the responsible cell', () => {
  const cases: [string, string[], string][] = [
    ['กองคลัง กองช่าง (หลัก)', ['finance', 'engineering'], 'engineering'],
    ['หน่วยงานหลัก: กองช่าง หน่วยงานสนับสนุน: กองคลัง', ['engineering', 'finance'], 'engineering'],
    ['ทุกกองงาน โดยมีกองคลังเป็นเจ้าภาพหลัก', ['finance'], 'finance'],
    ['กองคลัง (หลัก) กองช่าง (สนับสนุน)', ['finance', 'engineering'], 'finance'],
  ];
  for (const [cell, unitIds, lead] of cases) {
    it(`reads "${cell}": lead ${lead}, no unknown word`, () => {
      const parsed = parseResponsibility(cell, MUNICIPAL_UNITS);
      expect(parsed.responsibility.unitIds).toEqual(unitIds);
      expect(parsed.responsibility.leadUnitId).toBe(lead);
      expect(parsed.unknown).toBe('');
    });
  }

  it('writes the lead as the importer reads it, with all units and without', () => {
    const name = (id: string) => MUNICIPAL_UNITS.find((u) => u.unitId === id)!.name;
    for (const r of [
      { allUnits: false, unitIds: ['finance', 'engineering'], leadUnitId: 'engineering' },
      { allUnits: true, unitIds: ['clerk'], leadUnitId: 'clerk' },
    ]) {
      const cell = responsibleNames(r, name).join(' ');
      const read = parseResponsibility(cell, MUNICIPAL_UNITS).responsibility;
      expect({ allUnits: read.allUnits, lead: read.leadUnitId }).toEqual({ allUnits: r.allUnits, lead: r.leadUnitId });
    }
  });
});

describe('items the documents number', () => {
  it('are numbered by place, without the number an item already carries', () => {
    expect(numberedItems(['1. บันทึกการใช้รถ', '๒) รายงานผู้บริหาร', '3.5 ล้านบาท', 'ตรวจสอบ'])).toEqual([
      '๑. บันทึกการใช้รถ',
      '๒. รายงานผู้บริหาร',
      '๓. 3.5 ล้านบาท',
      '๔. ตรวจสอบ',
    ]);
  });
});
