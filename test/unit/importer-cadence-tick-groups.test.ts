// Review 17 s19, S19-5: a plan asking "รอบการรายงานผล" as one tick column per cadence under a
// grouped label (รายเดือน | รายไตรมาส | รอบ ๖ เดือน | รายปี), each row ticked ✓, "/" or "X": the
// group's role (a frequency label: the follow-ups) went to its first sub-column, whose tick is no
// follow-up, and the others were notes. Every measure had 0 follow-ups (cannot-save) and the
// รายเดือน column was in no note. Now the ticked column is the row's cadence, in a grouped header
// (merged, or the group's label once over empty cells) and on a header of one row alike.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importMeasuresDocument, importSourceDocument } from '../../shared/import/measures-document.js';
import type { CellMerge, SourceBlock } from '../../shared/import/source-document.js';

const options = { orgId: 'demo', fy: 2568, units: MUNICIPAL_UNITS };
const CADENCES = ['รายเดือน', 'รายไตรมาส', 'รอบ 6 เดือน', 'รายปี'];
/** the reviewer's rows (CC-cadence-cols.xlsx): indicator, measure, unit, four tick cells, budget */
const ROWS = [
  ['ตัวชี้วัดที่ 1', 'มาตรการหนึ่ง', 'กองคลัง', '✓', '', '', '', '-'],
  ['ตัวชี้วัดที่ 2', 'มาตรการสอง', 'กองช่าง', '', '✓', '', '', '10000'],
  ['ตัวชี้วัดที่ 3', 'มาตรการสาม', 'สำนักปลัด', '', '', '/', '', '-'],
  ['ตัวชี้วัดที่ 4', 'มาตรการสี่', 'กองการศึกษา', '', '', '', 'X', '-'],
  ['ตัวชี้วัดที่ 5', 'มาตรการห้า', 'กองคลัง', '✓', '', '✓', '', '-'],
];
const EXPECTED = [['monthly'], ['quarterly'], ['semiannual'], ['annual'], ['monthly']];

type Result = ReturnType<typeof importSourceDocument>;
const cadencesOf = (r: Result) => r.plan.measures.map((m) => m.followUps.map((f) => f.cadence));
const codes = (r: Result) => r.warnings.map((w) => w.code);

function expectTicksRead(r: Result) {
  expect(cadencesOf(r)).toEqual(EXPECTED);
  expect(r.plan.measures.map((m) => m.responsible.unitIds)).toEqual([
    ['finance'],
    ['engineering'],
    ['clerk'],
    ['education'],
    ['finance'],
  ]);
  expect(codes(r)).not.toContain('cannot-save');
  // what was ticked is kept for the coordinator, รายเดือน too
  expect(r.plan.measures[0]!.notes).toContainEqual(expect.objectContaining({ text: 'รายเดือน' }));
  expect(r.plan.measures[4]!.notes).toContainEqual(expect.objectContaining({ text: 'รายเดือน, รอบ 6 เดือน' }));
  // two ticked for one follow-up: the more frequent, said with both
  const two = r.warnings.filter((w) => w.code === 'two-cadences');
  expect(two).toHaveLength(1);
  expect(two[0]!.message_th).toContain('รายเดือน, รอบ 6 เดือน');
  expect(r.warnings.find((w) => w.code === 'read-from-ticked-columns')?.source).toBe(CADENCES.join(' | '));
}

const row = (n: number, cells: string[], merged?: CellMerge[]): SourceBlock => ({
  kind: 'row',
  where: { sheet: 'แผน', row: n },
  cells,
  ...(merged ? { merged } : {}),
});

describe('cadence as tick columns under a grouped label: one follow-up of the ticked cadence', () => {
  it("the reviewer's sheet: รอบการรายงานผล merged over the four cadences (as .xlsx, .docx and a ruled PDF read it)", () => {
    const group = 'รอบการรายงานผล';
    const r = importSourceDocument(
      {
        blocks: [
          row(
            1,
            ['ตัวชี้วัด', 'มาตรการ', 'ผู้รับผิดชอบ', group, group, group, group, 'งบประมาณ'],
            [null, null, null, null, 'left', 'left', 'left', null],
          ),
          row(
            2,
            ['ตัวชี้วัด', 'มาตรการ', 'ผู้รับผิดชอบ', ...CADENCES, 'งบประมาณ'],
            ['above', 'above', 'above', null, null, null, null, 'above'],
          ),
          ...ROWS.map((cells, i) => row(i + 3, cells)),
        ],
      },
      options,
    );
    expectTicksRead(r);
    expect(r.plan.measures.every((m) => m.followUps[0]!.text === 'รายงานผลการดำเนินการ')).toBe(true);
  });

  it('the group label once over empty cells (a text file): the same', () => {
    const r = importMeasuresDocument(
      [
        'ตัวชี้วัด\tมาตรการ\tผู้รับผิดชอบ\tรอบการรายงานผล\t\t\t\tงบประมาณ',
        `\t\t\t${CADENCES.join('\t')}\t`,
        ...ROWS.map((cells) => cells.join('\t')),
      ].join('\n'),
      options,
    );
    expectTicksRead(r);
  });

  it('the cadences on the header’s one row, without a group (and no follow-up column): the header is read', () => {
    const r = importMeasuresDocument(
      [`ตัวชี้วัด\tมาตรการ\tผู้รับผิดชอบ\t${CADENCES.join('\t')}\tงบประมาณ`, ...ROWS.map((c) => c.join('\t'))].join('\n'),
      options,
    );
    expectTicksRead(r);
  });

  it('"ทุก…" cadences under a frequency group beside a follow-up column: the follow-up takes the ticked cadence', () => {
    const r = importMeasuresDocument(
      [
        'ตัวชี้วัด\tมาตรการ\tการติดตามผล\tผู้รับผิดชอบ\tความถี่ในการรายงาน\t\t',
        '\t\t\t\tทุกเดือน\tทุกไตรมาส\tทุก ๖ เดือน',
        'ตัวชี้วัดที่ 1\tมาตรการหนึ่ง\tรายงานต่อผู้บริหาร\tกองคลัง\t\t\t/',
        'ตัวชี้วัดที่ 2\tมาตรการสอง\tสรุปผลการดำเนินงาน\tกองช่าง\t/\t\t',
      ].join('\n'),
      options,
    );
    expect(r.plan.measures.map((m) => m.followUps.map((f) => [f.text, f.cadence]))).toEqual([
      [['รายงานต่อผู้บริหาร', 'semiannual']],
      [['สรุปผลการดำเนินงาน', 'monthly']],
    ]);
    expect(codes(r)).toEqual(['read-from-ticked-columns']);
  });

  it('reporting rounds under a follow-up group stay rounds (รอบ ๖ เดือน | รอบ ๑๒ เดือน, no "ราย…" beside them)', () => {
    const r = importMeasuresDocument(
      ['มาตรการ\tผู้รับผิดชอบ\tการติดตามผล\t', '\t\tรอบ ๖ เดือน\tรอบ ๑๒ เดือน', 'ตัวชี้วัดที่ 1 มาตรการหนึ่ง\tกองคลัง\t✓\t✓'].join(
        '\n',
      ),
      options,
    );
    expect(cadencesOf(r)).toEqual([['april-september']]);
    expect(codes(r)).not.toContain('read-from-ticked-columns');
  });
});
