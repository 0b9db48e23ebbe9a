// Review 17 s21 (S19-7's neighbour): a .txt line of two measure rows whose OCR lost the tab BEFORE
// measure 7's unit ("รายงานผลทุกเดือน กองคลัง⇥ตัวชี้วัดที่ 8⇥…"): both measures were kept, but measure
// 7's unit stayed inside its follow-up text and it had no responsible unit. A text row short of its
// header's cells, the units column among those missing, now takes a known unit name at a cell's end
// (or a whole cell) as its unit, the other cells placed around it, with a warning quoting the row.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';

const OPTIONS = { orgId: 'demo', fy: 2568, units: MUNICIPAL_UNITS };
const HEADER = ['ตัวชี้วัด', 'มาตรการ', 'การติดตามผล', 'ผู้รับผิดชอบ'];
/** the header with the indicator column last */
const last = (r: readonly string[]) => [...r.slice(1), r[0]!];

async function imported(lines: string[][]) {
  const text = ['มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568', ...lines.map((l) => l.join('\t'))];
  const { document } = await readPlanFile(new TextEncoder().encode(text.join('\n')));
  return importSourceDocument(document, OPTIONS);
}

const summary = (plan: Awaited<ReturnType<typeof imported>>['plan']) =>
  plan.measures.map((m) => [m.indicator, m.title, m.followUps.map((f) => [f.text, f.cadence]), m.responsible.unitIds]);

const SEVEN_EIGHT = [
  [7, 'มาตรการเจ็ด', [['รายงานผลทุกเดือน', 'monthly']], ['finance']],
  [8, 'มาตรการแปด', [['รายงานผลปีละครั้ง', 'annual']], ['engineering']],
];

describe('a unit name at a cell’s end of a row short of its header’s cells is the row’s unit', () => {
  it("the review's line: the tab before measure 7's unit lost (indicator column first)", async () => {
    const line = ['ตัวชี้วัดที่ 7', 'มาตรการเจ็ด', 'รายงานผลทุกเดือน กองคลัง'];
    line.push('ตัวชี้วัดที่ 8', 'มาตรการแปด', 'รายงานผลปีละครั้ง', 'กองช่าง');
    const { plan, warnings } = await imported([HEADER, line]);
    expect(summary(plan)).toEqual(SEVEN_EIGHT);
    const said = warnings.find((w) => w.code === 'unit-from-cell-end')!;
    expect(said.where).toEqual({ line: 3, column: 4 });
    expect(said.message_th).toContain('ชื่อหน่วยงาน "กองคลัง" อยู่ท้ายช่องที่ ๓');
    expect(said.message_th).toContain('ตัวชี้วัดที่ 7 | มาตรการเจ็ด | รายงานผลทุกเดือน กองคลัง');
    expect(said.message_en).toContain('the unit name "กองคลัง" ends cell 3');
    expect(warnings.map((w) => w.code)).not.toContain('no-responsible-unit');
  });

  it("the tab before the line's last unit lost", async () => {
    const line = ['ตัวชี้วัดที่ 7', 'มาตรการเจ็ด', 'รายงานผลทุกเดือน', 'กองคลัง'];
    line.push('ตัวชี้วัดที่ 8', 'มาตรการแปด', 'รายงานผลปีละครั้ง กองช่าง');
    const { plan, warnings } = await imported([HEADER, line]);
    expect(summary(plan)).toEqual(SEVEN_EIGHT);
    expect(warnings.filter((w) => w.code === 'unit-from-cell-end')).toHaveLength(1);
  });

  it('the indicator column last: the unit placed before the heading', async () => {
    const line = ['มาตรการเจ็ด', 'รายงานผลทุกเดือน กองคลัง', 'ตัวชี้วัดที่ 7'];
    line.push('มาตรการแปด', 'รายงานผลปีละครั้ง', 'กองช่าง', 'ตัวชี้วัดที่ 8');
    const { plan, warnings } = await imported([last(HEADER), line]);
    expect(summary(plan)).toEqual(SEVEN_EIGHT);
    expect(warnings.find((w) => w.code === 'unit-from-cell-end')?.where).toEqual({ line: 3, column: 3 });
  });

  it('a short line alone (no row joined to it): two units at the follow-up’s end', async () => {
    const { plan, warnings } = await imported([HEADER, ['ตัวชี้วัดที่ 7', 'มาตรการเจ็ด', 'รายงานผลทุกเดือน กองคลัง และ กองช่าง']]);
    expect(summary(plan)).toEqual([[7, 'มาตรการเจ็ด', [['รายงานผลทุกเดือน', 'monthly']], ['finance', 'engineering']]]);
    expect(warnings.map((w) => w.code)).toContain('unit-from-cell-end');
    expect(warnings.map((w) => w.code)).not.toContain('unexpected-cell-count');
  });

  it('the tab between measure and follow-up lost: the unit cell a column early is the unit', async () => {
    const line = ['ตัวชี้วัดที่ 7', 'มาตรการเจ็ด รายงานผลทุกเดือน', 'กองคลัง'];
    line.push('ตัวชี้วัดที่ 8', 'มาตรการแปด', 'รายงานผลปีละครั้ง', 'กองช่าง');
    const { plan, warnings } = await imported([HEADER, line]);
    expect(plan.measures.map((m) => [m.indicator, m.responsible.unitIds])).toEqual([
      [7, ['finance']],
      [8, ['engineering']],
    ]);
    // its follow-up is in its title cell: the row is said, and the measure cannot be saved as it is
    expect(warnings.find((w) => w.code === 'unit-from-cell-end')?.message_en).toContain('ends cell 3');
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'cannot-save', measureId: 'i7' }));
  });

  it('no known unit at a cell’s end ("แจ้งทุกหน่วยงาน", an unknown word): the row as before', async () => {
    const { plan, warnings } = await imported([
      HEADER,
      ['ตัวชี้วัดที่ 7', 'มาตรการเจ็ด', 'รายงานผลทุกเดือน แจ้งทุกหน่วยงาน'],
      ['ตัวชี้วัดที่ 8', 'มาตรการแปด', 'รายงานผลปีละครั้ง กองช่างโยธาธิการ'],
    ]);
    expect(plan.measures.map((m) => m.responsible)).toEqual([
      expect.objectContaining({ unitIds: [] }),
      expect.objectContaining({ unitIds: [] }),
    ]);
    expect(warnings.map((w) => w.code)).not.toContain('unit-from-cell-end');
    expect(warnings.filter((w) => w.code === 'unexpected-cell-count')).toHaveLength(2);
  });
});
