// Break 17 s27, L-2: "กองคลัง ยกเว้นงานพัสดุ" (a unit except one of its sections) gave no unit at all, and
// its warning said every other unit was chosen. A section or position excepted is part of its unit:
// the unit stays, said; "ทุกกอง ยกเว้นกองช่าง" is still every other unit, and a unit named with
// another excepted is said as the named one alone.
import { describe, expect, it } from 'vitest';
import { indicator } from '../../shared/domain/ita-catalog.js';
import { HEADER } from '../support/base-plan-rows.js';
import { docx, preview, wordTable, xlsx } from '../support/plan-table-files.js';
import { importRows } from '../support/import-rows.js';

const row = (no: number, units: string) => [
  `ตัวชี้วัดที่ ${no} ${indicator(no).nameTh}`,
  'จัดทำคู่มือ',
  'ตลอดปี',
  'รายงานผลทุกเดือน',
  units,
];
const codesOf = (r: { warnings: readonly { code: string; measureId?: string }[] }, measureId: string) =>
  r.warnings.filter((w) => w.measureId === measureId).map((w) => w.code);

describe('a unit except one of its sections', () => {
  it('is that unit, with a warning naming the section excepted (text file)', () => {
    const result = importRows(
      row(5, 'กองคลัง ยกเว้นงานพัสดุ'),
      row(4, 'กองช่าง กองคลัง (ยกเว้นงานจัดเก็บรายได้)'),
      row(3, 'กองช่าง ยกเว้นนายช่างไฟฟ้า'),
    );
    expect(result.plan.measures.map((m) => [m.responsible.allUnits, m.responsible.unitIds])).toEqual([
      [false, ['finance']],
      [false, ['engineering', 'finance']],
      [false, ['engineering']],
    ]);
    for (const id of ['i5', 'i4', 'i3']) expect(codesOf(result, id)).toEqual(['unit-section-excepted']);
    const said = result.warnings.find((w) => w.measureId === 'i5')!;
    expect(said.message_th).toContain('ยกเว้น "งานพัสดุ" ซึ่งเป็นส่วนหนึ่งของ "กองคลัง" จึงยังให้ "กองคลัง" รับผิดชอบ');
    expect(said.source).toBe('กองคลัง ยกเว้นงานพัสดุ');
  });

  it('"ทุกกอง ยกเว้นกองช่าง" is still every other unit; a named unit with another excepted is said as that unit alone', () => {
    const result = importRows(row(5, 'ทุกกอง ยกเว้นกองช่าง'), row(4, 'กองช่าง ยกเว้นกองคลัง'));
    expect(result.plan.measures.map((m) => [m.responsible.allUnits, m.responsible.unitIds])).toEqual([
      [false, ['clerk', 'finance', 'education', 'health']],
      [false, ['engineering']],
    ]);
    const [allBut, named] = ['i5', 'i4'].map((id) => result.warnings.find((w) => w.measureId === id)!);
    expect(allBut!.code).toBe('units-excluded');
    expect(allBut!.message_th).toContain('เลือกหน่วยงานอื่นทุกหน่วยงานทีละหน่วยงาน');
    expect(named!.code).toBe('units-excluded');
    expect(named!.message_th).not.toContain('หน่วยงานอื่นทุกหน่วยงาน');
    expect(named!.message_th).toContain('จึงไม่เลือก "กองคลัง" เลือกเฉพาะหน่วยงานที่ระบุชื่อไว้');
  });

  it('in a Word table and a workbook, a section excepted leaves its unit in', async () => {
    const rows = [HEADER, row(5, 'กองคลัง ยกเว้นงานพัสดุ'), row(1, 'สำนักปลัด\n(ยกเว้นงานธุรการ)')];
    for (const bytes of [docx(wordTable(rows)), await xlsx([{ name: 'แผน', rows }])]) {
      const r = await preview(bytes);
      expect(r.plan.measures.map((m) => m.responsible.unitIds)).toEqual([['finance'], ['clerk']]);
      expect(r.warnings.map((w) => w.code)).not.toContain('no-responsible-unit');
      expect(r.warnings.filter((w) => w.code === 'unit-section-excepted')).toHaveLength(2);
    }
  });
});
