// Review 17 s18, S18-8: a .txt whose OCR lost a line break between two measure rows: the line held
// 8 cells under a header of 4, and the second measure was dropped with only "8 cells, but the
// header has 4". Whole rows of the header's width joined on a line are now read as those rows.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importPlanDraft } from '../../shared/import/import-plan-draft.js';
import { importSourceDocument } from '../../shared/import/measures-document.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';

const HEADER = ['ตัวชี้วัด', 'มาตรการ', 'การติดตามผล', 'ผู้รับผิดชอบ'];
const ROW = {
  one: ['ตัวชี้วัดที่ 1', 'มาตรการหนึ่ง', 'รายงานผลทุกเดือน', 'กองคลัง'],
  two: ['ตัวชี้วัดที่ 2', 'มาตรการสอง', 'รายงานผลทุกไตรมาส', 'กองช่าง'],
  three: ['ตัวชี้วัดที่ 3', 'มาตรการสาม', 'รายงานผลปีละครั้ง', 'สำนักปลัด'],
  twoNoIndicator: ['', 'มาตรการสอง', 'รายงานผลทุกไตรมาส', 'กองช่าง'],
};

const OPTIONS = { orgId: 'demo', fy: 2568, units: MUNICIPAL_UNITS };

async function read(lines: string[][]) {
  const text = ['มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568', ...lines.map((l) => l.join('\t'))];
  return (await readPlanFile(new TextEncoder().encode(text.join('\n')))).document;
}

const imported = async (lines: string[][]) => importSourceDocument(await read(lines), OPTIONS);

const titles = (plan: { measures: { title: string }[] }) => plan.measures.map((m) => m.title);

describe('measure rows joined on one text line are read as those rows, with a warning', () => {
  it('two rows on a line (the review file J-joined-rows.txt)', async () => {
    const { plan, warnings } = await imported([HEADER, ROW.one.concat(ROW.two), ROW.three]);
    expect(titles(plan)).toEqual(['มาตรการหนึ่ง', 'มาตรการสอง', 'มาตรการสาม']);
    expect(plan.measures.map((m) => m.indicator)).toEqual([1, 2, 3]);
    expect(warnings.map((w) => w.code)).toContain('rows-joined-on-line');
    expect(warnings.map((w) => w.code)).not.toContain('unexpected-cell-count');
  });

  it('three rows on a line', async () => {
    const { plan, warnings } = await imported([HEADER, [...ROW.one, ...ROW.two, ...ROW.three]]);
    expect(titles(plan)).toEqual(['มาตรการหนึ่ง', 'มาตรการสอง', 'มาตรการสาม']);
    expect(warnings.filter((w) => w.code === 'rows-joined-on-line')).toHaveLength(1);
  });

  it('a joined row whose second part has no indicator is a measure of its own', async () => {
    const { plan, warnings } = await imported([HEADER, ROW.one.concat(ROW.twoNoIndicator), ROW.three]);
    expect(titles(plan)).toEqual(['มาตรการหนึ่ง', 'มาตรการสอง', 'มาตรการสาม']);
    expect(warnings.map((w) => w.code)).toContain('rows-joined-on-line');
  });

  it('a line with a few cells past the header (not a whole row) is not split', async () => {
    const { plan, warnings } = await imported([HEADER, [...ROW.one, '', '', '', 'หมายเหตุ'], ROW.three]);
    expect(titles(plan)).toEqual(['มาตรการหนึ่ง', 'มาตรการสาม']);
    expect(warnings.map((w) => w.code)).not.toContain('rows-joined-on-line');
  });
});

// Review 17 s19, S19-7: OCR put a space, not a tab, between two rows joined on a line ("กองคลัง
// ตัวชี้วัดที่ 8⇥…"): 7 cells under a header of 4; measure 8 was dropped and "ตัวชี้วัดที่8" called
// an unknown unit. The cell at a row's end holding the next row's heading is split there.
describe('rows joined on a line by a space where the tab was', () => {
  const seven = ['ตัวชี้วัดที่ 7', 'มาตรการเจ็ด', 'รายงานผลทุกเดือน', 'กองคลัง'];
  const eight = ['ตัวชี้วัดที่ 8', 'มาตรการแปด', 'รายงานผลปีละครั้ง', 'กองช่าง'];
  const joinedBySpace = (a: string[], b: string[], at: number) => [
    ...a.slice(0, at),
    `${a[at]!} ${b[0]!}`,
    ...a.slice(at + 1),
    ...b.slice(1),
  ];
  const summary = (plan: Awaited<ReturnType<typeof imported>>['plan']) =>
    plan.measures.map((m) => [m.indicator, m.title, m.followUps.map((f) => f.cadence), m.responsible.unitIds]);

  it("the reviewer's line (J3): the unit cell ends with the next row's heading: two measures", async () => {
    const { plan, warnings } = await imported([HEADER, joinedBySpace(seven, eight, 3)]);
    expect(summary(plan)).toEqual([
      [7, 'มาตรการเจ็ด', ['monthly'], ['finance']],
      [8, 'มาตรการแปด', ['annual'], ['engineering']],
    ]);
    expect(warnings.map((w) => w.code)).toEqual(['rows-joined-on-line']);
    expect(warnings[0]!.message_en).toContain('a space where the cell break before the next row');
    expect(warnings[0]!.message_th).toContain('เว้นวรรคแทนการขึ้นช่องใหม่');
  });

  it('the indicator column last: the heading cell goes on with the next row’s measure', async () => {
    const last = (r: string[]) => [...r.slice(1), r[0]!];
    const header = last(HEADER);
    const line = [...last(seven).slice(0, 3), `${seven[0]!} ${eight[1]!}`, ...last(eight).slice(1)];
    const { plan, warnings } = await imported([header, line]);
    expect(summary(plan)).toEqual([
      [7, 'มาตรการเจ็ด', ['monthly'], ['finance']],
      [8, 'มาตรการแปด', ['annual'], ['engineering']],
    ]);
    expect(warnings.map((w) => w.code)).toEqual(['rows-joined-on-line']);
  });

  it('the heading opening the measure cell, with its list number (the seed’s layout, no indicator column)', async () => {
    const header = ['มาตรการ/แนวทาง', 'วิธีการดำเนินการ', 'การติดตามผล', 'ผู้รับผิดชอบ'];
    const four = ['๑. ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', 'จัดทำคู่มือ', 'รายงานผลทุกเดือน', 'กองคลัง'];
    const five = ['๒. ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต', 'เผยแพร่ข้อมูล', 'รายงานผลทุกไตรมาส', 'สำนักปลัด'];
    const { plan } = await imported([header, joinedBySpace(four, five, 3)]);
    expect(plan.measures.map((m) => [m.indicator, m.responsible.unitIds])).toEqual([
      [4, ['finance']],
      [5, ['clerk']],
    ]);
  });

  it('the space before the unit (a tab lost inside a row): both measures kept, the short row said', async () => {
    const line = [...seven.slice(0, 2), `${seven[2]!} ${seven[3]!}`, ...eight];
    const { plan, warnings } = await imported([HEADER, line]);
    // measure 7's unit, at its follow-up cell's end, is its unit (short-row-units.ts: review 17 s21)
    expect(summary(plan)).toEqual([
      [7, 'มาตรการเจ็ด', ['monthly'], ['finance']],
      [8, 'มาตรการแปด', ['annual'], ['engineering']],
    ]);
    expect(plan.measures[0]!.followUps[0]!.text).toBe('รายงานผลทุกเดือน');
    const said = warnings.find((w) => w.code === 'rows-joined-on-line');
    expect(said?.message_en).toContain('split at each indicator heading');
    expect(warnings.map((w) => w.code)).toContain('unit-from-cell-end');
    expect(warnings.map((w) => w.code)).not.toContain('no-responsible-unit');
  });

  it('a line that cannot be split (the indicator column in the middle): the measure past the header is named', async () => {
    const middle = (r: string[]) => [r[1]!, r[0]!, r[2]!, r[3]!];
    const line = [...middle(seven).slice(0, 3), `${seven[3]!} ${eight[1]!}`, eight[0]!, eight[2]!, eight[3]!];
    const { plan, warnings } = await imported([middle(HEADER), line]);
    expect(titles(plan)).toEqual(['มาตรการเจ็ด']);
    const lost = warnings.find((w) => w.code === 'rows-joined-on-line');
    expect(lost?.message_en).toContain('hold indicator 8');
    expect(lost?.message_en).toContain('that measure was not imported');
    expect(lost?.message_th).toContain('ตัวชี้วัดที่ ๘');
  });

  it("the indicator-last file (J2) over a saved plan: the joined line's second measure numbers its follow-up 1", async () => {
    const last = (r: string[]) => [...r.slice(1), r[0]!];
    const document = await read([last(HEADER), [...last(ROW.one), ...last(ROW.two)], last(ROW.three)]);
    const savedI2 = {
      measureId: 'i2',
      indicator: 2,
      title: 'เปิดเผยข้อมูลการจัดซื้อจัดจ้างรายเดือน',
      followUps: [
        { followUpNo: 1, text: 'รายงานผลทุกเดือน', cadence: 'monthly' as const },
        { followUpNo: 2, text: 'รายงานผลรอบ 6 เดือน', cadence: 'semiannual' as const },
      ],
    };
    const { plan } = importPlanDraft(document, OPTIONS, { measures: [savedI2] });
    const two = plan.measures.find((m) => m.title === 'มาตรการสอง')!;
    expect(two.measureId).not.toBe('i2');
    expect(two.followUps.map((f) => f.followUpNo)).toEqual([1]);
  });
});
