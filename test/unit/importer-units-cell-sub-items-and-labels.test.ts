// Review 17 s26, S26-4: a units cell's sub-item numbers ("๑.๑ กองคลัง"), the column's own label typed
// in it ("หน่วยงานรับผิดชอบ: กองคลัง") and "โดย ผอ.<unit>" name no unknown unit (before: each warned).
import { describe, expect, it } from 'vitest';
import { HEADER } from '../support/base-plan-rows.js';
import { preview, tsv } from '../support/plan-table-files.js';

const units = async (cell: string) => {
  const r = await preview(
    tsv([HEADER, ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', 'จัดทำคู่มือ', 'ตลอดปีงบประมาณ', 'รายงานผลทุกเดือน', cell]]),
  );
  return { unitIds: r.plan.measures[0]!.responsible.unitIds, codes: r.warnings.map((w) => w.code) };
};

describe('words of a units cell that name no unit and are no unknown one (S26-4)', () => {
  it.each([
    ['๑.๑ กองคลัง ๑.๒ กองช่าง', ['finance', 'engineering']],
    ['1.1 กองคลัง 1.2 กองช่าง 1.3 กองการศึกษา', ['finance', 'engineering', 'education']],
    ['หน่วยงานรับผิดชอบ: กองคลัง', ['finance']],
    ['ผู้รับผิดชอบ : กองคลัง, กองช่าง', ['finance', 'engineering']],
    ['หน่วยงานที่รับผิดชอบ กองช่าง', ['engineering']],
    ['กองคลัง โดย ผอ.กองคลัง', ['finance']],
    ['กองช่าง ดำเนินการโดยผู้อำนวยการกองช่าง', ['engineering']],
  ])('"%s" is %j, with no unknown unit', async (cell, expected) => {
    const read = await units(cell);
    expect(read.unitIds).toEqual(expected);
    expect(read.codes).not.toContain('unknown-unit');
  });

  it('a word that is no unit is still said', async () => {
    expect((await units('หน่วยงานรับผิดชอบ: กองคลัง กองพัสดุกลาง')).codes).toContain('unknown-unit');
  });
});
