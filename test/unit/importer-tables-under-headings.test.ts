// Review 17 s14, S14-6: a Word plan written as one table per indicator under a heading paragraph,
// the header row typed over the first table only. The later tables were not read, with 0 warnings:
// indicator 9's measure, its follow-up and สำนักปลัด's duty vanished. A table of the plan's width
// under a heading now goes on with the plan's header (header-assumed says so).
import { describe, expect, it } from 'vitest';
import { HEADER, M4, M5, M9 } from '../support/base-plan-rows.js';
import { docx, measuresOf, preview, wordParagraph, wordTable } from '../support/plan-table-files.js';

const title = wordParagraph('มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗');
/** a measure row without its heading (the heading paragraph above the table names it) */
const body = (m: readonly string[]) => [m[0]!.split('\n')[1] ?? 'มาตรการเผยแพร่ข้อมูล', ...m.slice(1)];

describe('one Word table per indicator, the header over the first table only', () => {
  it('the second table, under "ตัวชี้วัดที่ ๙ …", is read with the first table’s header, and said', async () => {
    const r = await preview(
      docx(
        title +
          wordParagraph('ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ') +
          wordTable([HEADER, body(M4)]) +
          wordParagraph('ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล') +
          wordTable([body(M9)]),
      ),
    );
    expect(measuresOf(r)).toEqual([
      { indicator: 4, cadences: ['monthly', 'semiannual'], units: ['finance'] },
      { indicator: 9, cadences: ['annual'], units: ['engineering', 'education'] },
    ]);
    const said = r.warnings.filter((w) => w.code === 'header-assumed');
    expect(said.map((w) => w.where)).toEqual([{ table: 2, row: 1 }]);
    expect(said[0]!.message_th).toContain('ตาราง ๒ ใต้หัวข้อ "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล" ไม่มีหัวตาราง');
  });

  it('three indicators, three tables: every measure under its own heading', async () => {
    const r = await preview(
      docx(
        title +
          wordParagraph('ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ') +
          wordTable([HEADER, body(M4)]) +
          wordParagraph('ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต') +
          wordTable([body(M5)]) +
          wordParagraph('ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล') +
          wordTable([body(M9)]),
      ),
    );
    expect(r.plan.measures.map((m) => m.indicator)).toEqual([4, 5, 9]);
    expect(r.warnings.filter((w) => w.code === 'header-assumed')).toHaveLength(2);
  });

  it('a table of another width under a heading is not read as the plan’s', async () => {
    const r = await preview(
      docx(
        title +
          wordParagraph('ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ') +
          wordTable([HEADER, body(M4)]) +
          wordParagraph('ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล') +
          wordTable([['งบประมาณ', '๑๐,๐๐๐ บาท']], 2),
      ),
    );
    expect(r.plan.measures.map((m) => m.indicator)).toEqual([4]);
    expect(r.warnings.some((w) => w.code === 'header-assumed')).toBe(false);
  });
});
