// Review 17 s9, entry 34: "ทุกหน่วยงาน ยกเว้นกองช่าง" made กองช่าง, the one unit the document
// excludes, the lead of all units (and "ยกเว้น" an unknown unit); a lead column beside a support
// column ("หน่วยงานที่รับผิดชอบหลัก" | "…ร่วม") gave no lead.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importMeasuresDocument } from '../../shared/import/measures-document.js';
import { parseResponsibility } from '../../shared/import/responsibility.js';
import { importRows } from '../support/import-rows.js';

const row = (units: string) => ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', '๑. จัดทำคู่มือ', 'ตลอดปี', '๑. รายงานผลทุกเดือน', units];
const ids = MUNICIPAL_UNITS.map((u) => u.unitId);

describe('units a cell excludes', () => {
  const cases: [string, string[]][] = [
    ['ทุกหน่วยงาน ยกเว้นกองช่าง', ['engineering']],
    ['ทุกกอง (ยกเว้นกองการศึกษา)', ['education']],
    ['ทุกส่วนราชการ เว้นแต่กองคลังและกองช่าง', ['finance', 'engineering']],
    // review 17 s23, S23-11: the exception glued to "ทุกกองและสำนัก", or written "เว้น", was lost and
    // the excluded unit made the lead of all units
    ['ทุกกองและสำนัก ยกเว้นกองช่าง', ['engineering']],
    ['ทุกหน่วยงาน (เว้นกองช่าง)', ['engineering']],
    ['ทุกสำนักและกอง เว้นแต่กองคลัง', ['finance']],
    ['ทุกกอง,สำนัก ไม่รวมกองสาธารณสุขและสิ่งแวดล้อม', ['health']],
  ];
  for (const [cell, out] of cases) {
    it(`reads "${cell}" as every other unit, none the lead, with a units-excluded warning`, () => {
      const result = importRows(row(cell));
      const r = result.plan.measures[0]!.responsible;
      expect(r.allUnits).toBe(false);
      expect([...r.unitIds].sort()).toEqual(ids.filter((id) => !out.includes(id)).sort());
      expect(r.leadUnitId).toBeUndefined();
      const codes = result.warnings.map((w) => w.code);
      expect(codes).toContain('units-excluded');
      expect(codes).not.toContain('unknown-unit');
      const warning = result.warnings.find((w) => w.code === 'units-excluded')!;
      expect(warning.message_th).toMatch(/^บรรทัด ๒ คอลัมน์ ๕: .*ยกเว้น/);
      expect(warning.source).toBe(cell);
    });
  }

  it('leaves a deactivated unit out of "every other unit"', () => {
    const units = MUNICIPAL_UNITS.map((u) => (u.unitId === 'health' ? { ...u, active: false } : u));
    const r = parseResponsibility('ทุกหน่วยงาน ยกเว้นกองช่าง', units).responsibility;
    expect(r.unitIds).not.toContain('health');
    expect(r.unitIds).not.toContain('engineering');
  });
});

describe('a lead units column beside another units column', () => {
  const cases: [string, string][] = [
    ['หน่วยงานที่รับผิดชอบหลัก\tหน่วยงานที่รับผิดชอบร่วม', 'กองคลัง\tกองช่าง'],
    ['ผู้รับผิดชอบหลัก\tผู้รับผิดชอบร่วม', 'กองคลัง\tกองช่าง กองการศึกษา'],
    ['หน่วยงานที่รับผิดชอบ (สนับสนุน)\tหน่วยงานที่รับผิดชอบ (หลัก)', 'กองช่าง\tกองคลัง'],
  ];
  for (const [header, cells] of cases) {
    it(`takes the lead from "${header.split('\t')[0]}"`, () => {
      const text =
        `มาตรการ/แนวทาง\tวิธีการดำเนินการ\tระยะเวลาดำเนินการ\tการติดตามผลการดำเนินการ\t${header}\n` +
        `ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ\t๑. จัดทำคู่มือ\tตลอดปี\t๑. รายงานผลทุกเดือน\t${cells}\n`;
      const result = importMeasuresDocument(text, { orgId: 'demo', fy: 2566, units: MUNICIPAL_UNITS });
      const r = result.plan.measures[0]!.responsible;
      expect(r.leadUnitId).toBe('finance');
      expect(r.unitIds).toContain('engineering');
    });
  }
});
