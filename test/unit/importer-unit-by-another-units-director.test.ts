// Session 26's verifier (S26-4 note): "กองคลัง โดย ผอ.กองช่าง" was said to give กองคลัง alone, the named
// director's unit dropped without a word. The rule, as "โดย ผอ.<unit>" alone and "ดำเนินการโดย<unit>"
// are read: every unit the cell names is responsible, and the unit after "โดย" (its director's) leads.
import { describe, expect, it } from 'vitest';
import { HEADER } from '../support/base-plan-rows.js';
import { docx, preview, tsv, wordTable } from '../support/plan-table-files.js';

const row = (units: string) => ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', 'จัดทำคู่มือ', 'ตลอดปีงบประมาณ', 'รายงานผลทุกเดือน', units];
/** The measure's units, lead and the warnings' codes, as the preview shows them. */
const read = (r: Awaited<ReturnType<typeof preview>>) => {
  const responsible = r.plan.measures[0]!.responsible;
  return { units: responsible.unitIds, lead: responsible.leadUnitId, codes: r.warnings.map((w) => w.code) };
};

describe('"<unit> by the director of <another unit>": both are responsible, the director\'s unit leads', () => {
  it.each([
    ['กองคลัง โดย ผอ.กองช่าง', ['finance', 'engineering'], 'engineering'],
    ['กองช่าง โดยผู้อำนวยการกองคลัง', ['engineering', 'finance'], 'finance'],
    ['สำนักปลัด โดย ผอ.กองคลัง', ['clerk', 'finance'], 'finance'],
    // the same unit twice is that unit, leading
    ['กองคลัง โดย ผอ.กองคลัง', ['finance'], 'finance'],
    ['โดย ผอ.กองช่าง', ['engineering'], 'engineering'],
  ])('"%s": %j, %s leads, no warning', async (cell, units, lead) => {
    expect(read(await preview(tsv([HEADER, row(cell)])))).toEqual({ units, lead, codes: [] });
  });

  it('a Word cell of two lines, "กองคลัง" then "โดย ผอ.กองช่าง", reads the same', async () => {
    const r = await preview(docx(wordTable([HEADER, row('กองคลัง\nโดย ผอ.กองช่าง')])));
    expect(read(r)).toEqual({ units: ['finance', 'engineering'], lead: 'engineering', codes: [] });
  });
});
