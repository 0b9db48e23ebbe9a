// Review 17 s20, S20-5: a Word table numbered in a "ที่" column, a row with no number, no indicator
// and no follow-up ("(ต่อ) ตามแบบ สขร.1 และเผยแพร่ทางเว็บไซต์"), its timeframe and units cells merged
// with the row above: it became a measure of its own without an indicator (cannot-save), and the
// measure above lost that half of its text. Such a row now goes on with the measure above.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importMeasuresDocument, importSourceDocument } from '../../shared/import/measures-document.js';
import type { CellMerge, SourceBlock } from '../../shared/import/source-document.js';

const options = { orgId: 'demo', fy: 2571, units: MUNICIPAL_UNITS };
const HEADER = ['ที่', 'มาตรการ/แนวทาง', 'ตัวชี้วัด', 'ระยะเวลา', 'การติดตามผล', 'ผู้รับผิดชอบ', 'งบประมาณ'];
const ROW_1 = [
  '1',
  'จัดทำประกาศเจตจำนงสุจริตของผู้บริหาร',
  'ตัวชี้วัดที่ 1',
  'ต.ค. 2570 - ก.ย. 2571',
  'รายงานผลทุกไตรมาส',
  'สำนักปลัด',
  '-',
];
const ROW_3 = ['3', 'เปิดเผยข้อมูลการจัดซื้อจัดจ้าง', 'ตัวชี้วัดที่ 2', 'ตลอดปี', 'รายงานผลทุกเดือน', 'กองคลัง', '-'];
const ROW_4 = ['4', 'ปรับปรุงช่องทางรับเรื่องร้องเรียน', 'ตัวชี้วัดที่ 6', 'ตลอดปี', 'รายงานผลรอบ 6 เดือน', 'กองช่าง', '-'];
const GOES_ON = '(ต่อ) ตามแบบ สขร.1 และเผยแพร่ทางเว็บไซต์';

let n = 0;
const row = (cells: string[], merged?: CellMerge[]): SourceBlock => ({
  kind: 'row',
  where: { table: 1, row: ++n },
  cells,
  ...(merged ? { merged } : {}),
});
const importRows = (...rows: SourceBlock[]) => {
  n = 0;
  return importSourceDocument({ blocks: [row(HEADER), ...rows] }, options);
};
type Result = ReturnType<typeof importSourceDocument>;
const summary = (r: Result) =>
  r.plan.measures.map((m) => [m.measureId, m.followUps.map((f) => f.cadence), m.responsible.unitIds]);
/** the measure's whole text: title and sub-measures */
const textOf = (r: Result, id: string) => {
  const m = r.plan.measures.find((x) => x.measureId === id)!;
  return [m.title, ...(m.subMeasures ?? [])].join(' ');
};

/** the reviewer's row under row 3: timeframe and units merged with row 3's, the rest empty */
const mergedRow = (measure: string) =>
  row(['', measure, '', 'ตลอดปี', '', 'กองคลัง', ''], [null, null, null, 'above', null, 'above', null]);

describe('a row of a numbered table with no number, indicator nor follow-up goes on with the measure above', () => {
  it("the reviewer's Word table (VM2-merged.docx): 3 measures, i2's text goes on, said once", () => {
    const r = importRows(row(ROW_1), row(ROW_3), mergedRow(GOES_ON), row(ROW_4));
    expect(summary(r)).toEqual([
      ['i1', ['quarterly'], ['clerk']],
      ['i2', ['monthly'], ['finance']],
      ['i6', ['semiannual'], ['engineering']],
    ]);
    expect(textOf(r, 'i2')).toContain('ตามแบบ สขร.1 และเผยแพร่ทางเว็บไซต์');
    expect(r.warnings.map((w) => w.code)).toEqual(['continuation-guessed']);
    expect(r.warnings[0]!.where).toEqual({ table: 1, row: 3, column: 2 });
    expect(r.warnings[0]!.message_th).toContain('แถวนี้ไม่มีเลขที่');
    expect(r.warnings[0]!.message_en).toContain('"เปิดเผยข้อมูลการจัดซื้อจัดจ้าง"');
  });

  it('without "(ต่อ)" (VM3-cont-plain.docx): the same', () => {
    const r = importRows(row(ROW_1), row(ROW_3), mergedRow('ตามแบบ สขร.1 และเผยแพร่ทางเว็บไซต์'), row(ROW_4));
    expect(summary(r).map(([id]) => id)).toEqual(['i1', 'i2', 'i6']);
    expect(textOf(r, 'i2')).toContain('ตามแบบ สขร.1');
  });

  it('with no merged cells (a text file): the row of the measure cell only goes on too', () => {
    const r = importMeasuresDocument(
      [HEADER, ROW_1, ROW_3, ['', 'ตามแบบ สขร.1 และเผยแพร่ทางเว็บไซต์', '', '', '', '', ''], ROW_4]
        .map((c) => c.join('\t'))
        .join('\n'),
      options,
    );
    expect(summary(r).map(([id]) => id)).toEqual(['i1', 'i2', 'i6']);
    expect(r.warnings.map((w) => w.code)).toContain('continuation-guessed');
  });
});

describe('rows without a number that stay measures of their own', () => {
  it('a row with its own follow-up and units is a measure (no indicator: said)', () => {
    const r = importRows(
      row(ROW_3),
      row(['', 'ประชุมชี้แจงประมวลจริยธรรมแก่พนักงาน', '', 'มี.ค. 2571', 'รายงานผลปีละครั้ง', 'สำนักปลัด', '-']),
    );
    expect(summary(r)).toEqual([
      ['i2', ['monthly'], ['finance']],
      ['m2', ['annual'], ['clerk']],
    ]);
    expect(r.warnings.map((w) => w.code)).toEqual(['no-indicator']);
  });

  it('a row under a follow-up cell merged down over it (one follow-up for two measures) is a measure', () => {
    const r = importRows(
      row(ROW_3),
      row(
        ['', 'เผยแพร่แผนการใช้จ่ายงบประมาณ', '', 'ตลอดปี', 'รายงานผลทุกเดือน', 'กองคลัง', '-'],
        [null, null, null, 'above', 'above', 'above', null],
      ),
    );
    expect(summary(r)).toEqual([
      ['i2', ['monthly'], ['finance']],
      ['m2', ['monthly'], ['finance']],
    ]);
  });

  it('a row with an indicator of its own in the measure cell is a measure', () => {
    const r = importRows(row(ROW_3), mergedRow('ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล'));
    expect(r.plan.measures.map((m) => m.indicator)).toEqual([2, 9]);
  });
});
