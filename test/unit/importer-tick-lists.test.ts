// Review 17 s12, S12-20: a units cell written as a tick list ("☑ กองคลัง ☐ กองช่าง ☐ กองการศึกษา", a
// Word form's check boxes) gave every listed unit, ticked or not, with an unknown unit "☑ ☐"; a
// follow-up "☐ รายเดือน ☑ รายไตรมาส ☐ รายปี" was monthly. Now only the ticked items are read, with
// a warning quoting them; with no box ticked, no unit (no cadence) and a warning asking to choose.
import { describe, expect, it } from 'vitest';
import { readFollowUpCadence } from '../../shared/import/follow-up-cadence.js';
import { importRows } from '../support/import-rows.js';

const row = (units: string, followUp = '๑. รายงานผลทุกเดือน') => [
  'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ',
  '๑. จัดทำคู่มือ',
  'ตลอดปี',
  followUp,
  units,
];

describe('a units cell of check boxes gives the ticked units only', () => {
  const cases: [string, string[]][] = [
    ['☑ กองคลัง ☐ กองช่าง ☐ กองการศึกษา ☐ สำนักปลัด', ['finance']],
    ['☐ กองคลัง ☑ กองช่าง ☐ กองการศึกษา ☑ สำนักปลัด', ['engineering', 'clerk']],
    ['☒ กองคลัง ☐ กองช่าง', ['finance']],
    ['[/] กองคลัง [ ] กองช่าง', ['finance']],
    ['[x] กองคลัง [ ] กองช่าง', ['finance']],
    ['✓ กองคลัง ✗ กองช่าง', ['finance']],
    ['กองคลัง (✓) กองช่าง ( )', ['finance']],
    ['■ กองคลัง □ กองช่าง', ['finance']],
  ];
  for (const [cell, ids] of cases) {
    it(`reads "${cell}" as ${ids.join(', ')}, quoting what was kept`, () => {
      const result = importRows(row(cell));
      expect(result.plan.measures[0]!.responsible.unitIds).toEqual(ids);
      expect(result.plan.measures[0]!.responsible.text).toBe(cell);
      expect(result.warnings.map((w) => w.code)).toEqual(['unit-guessed']);
      expect(result.warnings[0]!.message_th).toContain('อ่านเฉพาะหน่วยงานที่ทำเครื่องหมาย');
    });
  }

  it('takes no unit when no box is ticked, and says to choose', () => {
    const result = importRows(row('☐ กองคลัง ☐ กองช่าง ☐ สำนักปลัด'));
    expect(result.plan.measures[0]!.responsible.unitIds).toEqual([]);
    const codes = result.warnings.map((w) => w.code);
    expect(codes).toContain('unit-guessed');
    expect(codes).toContain('no-responsible-unit');
    expect(result.warnings.find((w) => w.code === 'unit-guessed')!.message_th).toContain('ไม่มีช่องที่ทำเครื่องหมาย');
  });

  it('reads bullets of one kind ("■ กองคลัง ■ กองช่าง") as a list, not as ticks', () => {
    const result = importRows(row('■ กองคลัง ■ กองช่าง'));
    expect(result.plan.measures[0]!.responsible.unitIds).toEqual(['finance', 'engineering']);
  });
});

describe('a follow-up of cadence check boxes gives the ticked cadence', () => {
  const cases: [string, string][] = [
    ['๑. รายงานผลต่อนายก ☐ รายเดือน ☑ รายไตรมาส ☐ รายปี', 'quarterly'],
    ['รายงานผลต่อนายก ☐ ทุกเดือน ☐ ทุกไตรมาส ☑ ทุก ๖ เดือน ☐ ปีละครั้ง', 'semiannual'],
    ['รายงานผล: รายเดือน ( ) รายไตรมาส ( ) ประจำปี (✓)', 'annual'],
  ];
  for (const [text, cadence] of cases) {
    it(`reads "${text}" as ${cadence}, with a warning`, () => {
      const read = readFollowUpCadence(text, 2567);
      expect(read.cadence).toBe(cadence);
      expect(read.alsoNamed).toEqual([]);
      expect(read.guessed?.th).toContain('รายการช่องทำเครื่องหมาย');
    });
  }

  it('leaves the cadence to choose when no box is ticked', () => {
    const result = importRows(row('กองคลัง', 'รายงานผล ☐ รายเดือน ☐ รายไตรมาส'));
    expect(result.plan.measures[0]!.followUps[0]!.cadence).toBe('unspecified');
    const warning = result.warnings.find((w) => w.code === 'unspecified-cadence')!;
    expect(warning.message_th).toContain('ไม่มีรอบการรายงานที่ทำเครื่องหมาย');
  });
});
