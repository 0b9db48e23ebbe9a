// Session 36 (issue 15's bench rows): 1 MB of short rows each different ("ก0", "ก1", … and four empty
// cells) read 5.76x the 1 MB ordinary input on the quiet bench. Each row's lone cell is asked whether
// it is a unit row ("กองคลัง" over the measures under it); a text of too few letters can only hold
// one of the org's few-letter names ("กค.", "สป."), and those were looked for at every character
// whose first letter one of them shares: "ก12" was compared with the five names starting with "ก".
// They are now looked up by their first two characters: "ก1" starts none. Counted here, not timed:
// the names compared (UNIT_ROW_NAMES_WORK, readingOnce's ran).
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readingOnce } from '../../shared/import/read-once.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { UNIT_ROW_NAMES_WORK } from '../../shared/import/unit-group-rows.js';

const HEADER = 'มาตรการ/แนวทาง\tวิธีการดำเนินการ\tระยะเวลาดำเนินการ\tการติดตามผลการดำเนินการ\tผู้รับผิดชอบ';
const M4 = 'ตัวชี้วัดที่ ๔ มาตรการป้องกันการใช้ทรัพย์สินของราชการ\tจัดทำคู่มือ\tตลอดปี\tรายงานผลทุกเดือน\tกองคลัง';
const M5 = 'ตัวชี้วัดที่ ๕ มาตรการตรวจสอบการใช้ดุลพินิจ\tประชุมชี้แจง\tตลอดปี\tรายงานผลทุกไตรมาส\tสำนักปลัด';

/** The import of `lines` and the unit names its unit-row tests compared. */
async function imported(lines: readonly string[]) {
  const { document } = await readPlanFile(new TextEncoder().encode(lines.join('\n')));
  const ran = new Map<string, number>();
  const result = readingOnce(
    () => importSourceDocument(document, { orgId: 'o', fy: 2567, units: MUNICIPAL_UNITS }),
    ran,
  );
  return { ...result, compared: ran.get(UNIT_ROW_NAMES_WORK) ?? 0 };
}

describe("a short row's lone cell is compared with no few-letter unit name it cannot start", () => {
  it.each<[string, (i: number) => string]>([
    ['"ก" and a count, four empty cells (the bench\'s rows)', (i) => `ก${i}\t\t\t\t`],
    ['"ส" and a count ("สป." starts with "ส")', (i) => `ส${i}\t\t\t\t`],
    ['two letters and a count ("กข12")', (i) => `กข${i}\t\t\t\t`],
  ])('1,000 and 3,000 rows of %s: the same names compared, the same measures', async (_name, row) => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => row(i));
    const small = await imported([HEADER, M4, ...rows(1000)]);
    const large = await imported([HEADER, M4, ...rows(3000)]);
    // before: each row compared with the names starting with its first letter (5 for "ก", 1 for "ส")
    expect(large.compared).toBe(small.compared);
    expect(large.plan.measures).toHaveLength(500);
    expect(large.warnings.find((w) => w.code === 'measures-dropped')?.message_th).toContain('เอกสารมีมาตรการ ๓๐๐๑ แถว');
  });

  it('a unit row of a few-letter name is still read: the measures under it take its unit', async () => {
    // a table without a units column: "สป." alone in the measure column over the measures under it
    const four = (line: string) => line.split('\t').slice(0, 4).join('\t');
    const r = await imported([four(HEADER), four(M4), 'สป.\t\t\t', four(M5), four(M4)]);
    expect(r.plan.measures).toHaveLength(3);
    expect(r.plan.measures.map((m) => m.responsible.unitIds)).toEqual([[], ['clerk'], ['clerk']]);
    expect(r.plan.measures[1]!.title).toContain('มาตรการตรวจสอบการใช้ดุลพินิจ');
  });
});
