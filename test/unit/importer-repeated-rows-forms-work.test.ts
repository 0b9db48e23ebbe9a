// Session 36 (issue 15's bench rows): 1 MB of short rows ("ก" and four empty cells, 130,000 rows)
// after a plan read 3.27x the 1 MB ordinary input on the quiet bench. The form pass (form-tables.ts)
// read every row as a possible "label | value" field: its first cell stripped, its other cells
// looked at, for a row whose cells the text reader shares with the line before (readTextDocument
// splits a repeated line once). An unmerged row of the cells just found no field is now none at
// once. Counted here, not timed: the rows read as a field (FORM_ROWS_WORK, readingOnce's ran).
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { FORM_ROWS_WORK } from '../../shared/import/form-tables.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readingOnce } from '../../shared/import/read-once.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';

const HEADER = 'มาตรการ/แนวทาง\tวิธีการดำเนินการ\tระยะเวลาดำเนินการ\tการติดตามผลการดำเนินการ\tผู้รับผิดชอบ';
const M4 = 'ตัวชี้วัดที่ ๔ มาตรการป้องกันการใช้ทรัพย์สินของราชการ\tจัดทำคู่มือ\tตลอดปี\tรายงานผลทุกเดือน\tกองคลัง';
const FORM = [
  'มาตรการ/แนวทาง\tจัดทำคู่มือการใช้ทรัพย์สินของราชการ',
  'วิธีการดำเนินการ\tประชุมชี้แจงเจ้าหน้าที่',
  'ระยะเวลาดำเนินการ\tตลอดปี',
  'การติดตามผลการดำเนินการ\tรายงานผลทุกเดือน',
  'ผู้รับผิดชอบ\tกองคลัง',
];

/** The import of `lines` and the rows read as a form's field. */
async function imported(lines: readonly string[]) {
  const { document } = await readPlanFile(new TextEncoder().encode(lines.join('\n')));
  const ran = new Map<string, number>();
  const result = readingOnce(
    () => importSourceDocument(document, { orgId: 'o', fy: 2567, units: MUNICIPAL_UNITS }),
    ran,
  );
  return { ...result, formRows: ran.get(FORM_ROWS_WORK) ?? 0 };
}

const dropped = (r: Awaited<ReturnType<typeof imported>>) => r.warnings.find((w) => w.code === 'measures-dropped');

describe('a repeated short row is read as a form field once, however often it repeats', () => {
  it.each<[string, string]>([
    ['"ก" and four empty cells (the bench\'s rows)', 'ก\t\t\t\t'],
    ['"ก", an empty cell and text under the period ("ก | | ข | |")', 'ก\t\tข\t\t'],
  ])('1,000 and 3,000 rows of %s: the same rows read as a field, the same measures', async (_name, row) => {
    const small = await imported([HEADER, M4, ...Array<string>(1000).fill(row)]);
    const large = await imported([HEADER, M4, ...Array<string>(3000).fill(row)]);
    // the header, the measure and the first of the repeated rows (before: one more for each row)
    expect(small.formRows).toBeLessThanOrEqual(3);
    expect(large.formRows).toBe(small.formRows);
    expect(large.plan.measures).toHaveLength(500);
    expect(large.plan.measures[0]!.title).toContain('มาตรการป้องกันการใช้ทรัพย์สินของราชการ');
    expect(dropped(small)!.message_en).toContain('the document has 1001 measure rows');
    expect(dropped(large)!.message_en).toContain('the document has 3001 measure rows');
    expect(dropped(large)!.message_th).toContain('เอกสารมีมาตรการ ๓๐๐๑ แถว');
  });

  // a note's column name alone ("หมายเหตุ") under the plan is a notes block since tester s51: the
  // plan ends at the first (table-not-read), the others are read no more than the bench's rows
  it('1,000 and 3,000 rows of a note\'s column name and four empty cells ("หมายเหตุ"): the plan ends at the first, the same rows read as a field', async () => {
    const small = await imported([HEADER, M4, ...Array<string>(1000).fill('หมายเหตุ\t\t\t\t')]);
    const large = await imported([HEADER, M4, ...Array<string>(3000).fill('หมายเหตุ\t\t\t\t')]);
    expect(small.formRows).toBeLessThanOrEqual(3);
    expect(large.formRows).toBe(small.formRows);
    expect(large.plan.measures.map((m) => m.indicator)).toEqual([4]);
    expect(large.warnings.filter((w) => w.code === 'table-not-read')).toHaveLength(1);
  });

  it('a form after repeated rows is still read as a form: each of its labels read', async () => {
    const r = await imported([...Array<string>(50).fill('ก\t\t\t\t'), ...FORM]);
    // the repeated rows once, the form's five rows each (before: the 50 rows each)
    expect(r.formRows).toBe(1 + FORM.length);
    expect(r.plan.measures).toHaveLength(1);
    expect(r.plan.measures[0]!.title).toContain('จัดทำคู่มือการใช้ทรัพย์สินของราชการ');
    expect(r.plan.measures[0]!.methods).toContain('ประชุมชี้แจงเจ้าหน้าที่');
    expect(r.plan.measures[0]!.responsible.unitIds).toHaveLength(1);
  });
});
