// Review 17 s9, entries 1 and 2. A header row written with list numbering ("๑. มาตรการ/แนวทาง",
// "3) ระยะเวลา", "(๔) ผู้รับผิดชอบ") was no header: the plan table was skipped and a results table
// further down was read as the plan, silently. One OCR slip in a column name ("การติคตามผล") left
// the column unrecognised and every follow-up was dropped. Header cells are now read after their
// numbering and, for slips, by similarity (with a warning quoting what was read); a table the
// importer cannot read is said, never passed over silently.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { columnOf } from '../../shared/import/column-names.js';
import { importMeasuresDocument } from '../../shared/import/measures-document.js';

const importText = (lines: string[]) =>
  importMeasuresDocument(lines.join('\n') + '\n', { orgId: 'demo', fy: 2566, units: MUNICIPAL_UNITS });

const PLAN_ROWS = [
  'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของทางราชการ\tประชุมชี้แจง\tตลอดปี\t๑. รายงานผลทุกเดือน ๒. สรุปผลทุก ๖ เดือน\tกองคลัง',
  'ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต\tเผยแพร่ข้อมูล\tตลอดปี\tรายงานทุกไตรมาส\tสำนักปลัด',
];
/** A results report under the plan (as the seed document has): its own indicator, 9, to tell them apart. */
const RESULTS_TABLE = [
  'รายงานผลการดำเนินการตามมาตรการ',
  'มาตรการ/แนวทาง\tวิธีดำเนินการ\tระยะเวลาดำเนินการ\tการติดตามผลการดำเนินการ\tผลการดำเนินการ\tข้อเสนอแนะ\tผู้รับผิดชอบ',
  'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล\tเผยแพร่\tตลอดปี\tรายงานทุกเดือน\tดำเนินการแล้ว\tควรทำต่อเนื่อง\tกองช่าง',
];
const shape = (r: ReturnType<typeof importText>) =>
  r.plan.measures.map((m) => ({
    indicator: m.indicator,
    cadences: m.followUps.map((f) => f.cadence),
    unitIds: m.responsible.unitIds,
  }));
const PLAN_SHAPE = [
  { indicator: 4, cadences: ['monthly', 'semiannual'], unitIds: ['finance'] },
  { indicator: 5, cadences: ['quarterly'], unitIds: ['clerk'] },
];

describe('a header row written with list numbering is the plan header (entry 1)', () => {
  for (const header of [
    '๑. มาตรการ/แนวทาง\t๒. วิธีการดำเนินการ\t3) ระยะเวลา\t(๔) การติดตามผล\t(5) ผู้รับผิดชอบ',
    '(1) มาตรการ\t(2) วิธีดำเนินการ\t(3) ระยะเวลาดำเนินการ\t(4) การติดตามผลการดำเนินการ\t(5) หน่วยงานที่รับผิดชอบ',
    'ก. มาตรการ/แนวทาง\tข. วิธีการดำเนินการ\t• ระยะเวลา\t- การติดตามผล\t* ผู้รับผิดชอบ',
  ]) {
    it(`reads the plan under "${header.split('\t')[0]}" …, not the results table below it`, () => {
      const result = importText([header, ...PLAN_ROWS, '', ...RESULTS_TABLE]);
      expect(shape(result)).toEqual(PLAN_SHAPE);
      const codes = result.warnings.map((w) => w.code);
      expect(codes).not.toContain('plan-from-results-table');
      expect(codes).not.toContain('header-unrecognised');
    });
  }

  it('keeps the numbered labels as written for notes ("(๖) งบประมาณ")', () => {
    const result = importText([
      '๑. มาตรการ\t๒. วิธีการดำเนินการ\t๓. ระยะเวลา\t๔. การติดตามผล\t๕. ผู้รับผิดชอบ\t(๖) งบประมาณ',
      `${PLAN_ROWS[0]}\t๕,๐๐๐ บาท`,
    ]);
    expect(result.plan.measures[0]!.notes).toEqual([{ label: '(๖) งบประมาณ', text: '๕,๐๐๐ บาท' }]);
  });
});

describe('a plan table the importer cannot read is said, never passed over for another table (entry 1)', () => {
  it('a header in words it does not know, above a results table: the results are read with plan-from-results-table quoting the table not read', () => {
    const result = importText(['Measure\tMethod\tPeriod\tFollow-up\tUnit', ...PLAN_ROWS, '', ...RESULTS_TABLE]);
    expect(result.plan.measures.map((m) => m.indicator)).toEqual([9]);
    const warning = result.warnings.find((w) => w.code === 'plan-from-results-table');
    expect(warning?.where).toEqual({ line: 1 });
    expect(warning?.message_th).toContain('Measure | Method | Period | Follow-up | Unit');
  });

  it('a header without a measure column names the row (header-unrecognised), whether or not a results table follows', () => {
    // "กิจกรรม" after the known columns is no measure column by its place (S15-19: before them it is)
    const header = 'ลำดับ\tวิธีดำเนินการ\tระยะเวลา\tการติดตามผล\tผู้รับผิดชอบ\tกิจกรรม';
    const rows = PLAN_ROWS.map((r) => `๑\t${r}`);
    for (const lines of [
      [header, ...rows],
      [header, ...rows, '', ...RESULTS_TABLE],
    ]) {
      const result = importText(lines);
      const warning = result.warnings.find((w) => w.code === 'header-unrecognised');
      expect(warning?.where).toEqual({ line: 1 });
      expect(warning?.message_th).toContain('ลำดับ | วิธีดำเนินการ | ระยะเวลา | การติดตามผล | ผู้รับผิดชอบ | กิจกรรม');
    }
  });

  for (const outcomes of ['ผลการดำเนินการ', 'ผลการดำเนินงาน', '(๖) ผลการปฏิบัติงาน']) {
    it(`a results table with "${outcomes}" but no ข้อเสนอแนะ is a results table: never measures added to the plan, never the plan silently`, () => {
      const results = [
        `มาตรการ/แนวทาง\tวิธีดำเนินการ\tระยะเวลา\tการติดตามผล\t${outcomes}\tผู้รับผิดชอบ`,
        'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของทางราชการ\tประชุม\tตลอดปี\tรายงานทุกไตรมาส\tดำเนินการแล้ว\tกองคลัง',
        'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล\tเผยแพร่\tตลอดปี\tรายงานทุกเดือน\tดำเนินการแล้ว\tกองช่าง',
      ];
      const numbered = '๑. มาตรการ/แนวทาง\t๒. วิธีการดำเนินการ\t๓. ระยะเวลา\t๔. การติดตามผล\t๕. ผู้รับผิดชอบ';
      expect(shape(importText([numbered, ...PLAN_ROWS, '', ...results]))).toEqual(PLAN_SHAPE);
      const unknown = importText(['Measure\tMethod\tPeriod\tFollow-up\tUnit', ...PLAN_ROWS, '', ...results]);
      expect(unknown.plan.measures.map((m) => m.indicator)).toEqual([4, 9]);
      expect(unknown.warnings.map((w) => w.code)).toContain('plan-from-results-table');
    });
  }

  it("a results report alone (the product's own annual report) is still read as the plan without that warning", () => {
    const result = importText(['รายงานผลการดำเนินการ', ...RESULTS_TABLE.slice(1)]);
    expect(result.plan.measures.map((m) => m.indicator)).toEqual([9]);
    expect(result.warnings.map((w) => w.code)).not.toContain('plan-from-results-table');
  });
});

describe('a column name read with an OCR slip is that column, with a warning (entry 2)', () => {
  for (const [slip, column] of [
    ['การติคตามผล', 'การติดตามผล'],
    ['การติดตามผถ', undefined],
    ['การตดิตามผล', 'การติดตามผล'],
  ] as const) {
    it(`keeps every follow-up under "${slip}"${column ? `, saying it was taken for "${column}"` : ''}`, () => {
      const result = importText([`มาตรการ/แนวทาง\tวิธีการดำเนินการ\tระยะเวลา\t${slip}\tผู้รับผิดชอบ`, ...PLAN_ROWS]);
      expect(shape(result)).toEqual(PLAN_SHAPE);
      const guessed = result.warnings.filter((w) => w.code === 'column-name-guessed');
      if (!column) return expect(guessed).toEqual([]);
      expect(guessed).toHaveLength(1);
      expect(guessed[0]!.where).toEqual({ line: 1, column: 4 });
      expect(guessed[0]!.message_th).toBe(`บรรทัด ๑ คอลัมน์ ๔: อ่านหัวคอลัมน์ได้ว่า "${slip}" จึงถือเป็นคอลัมน์ "${column}"`);
    });
  }

  it("says a repeated header's slip once, not on every page", () => {
    const header = 'มาตรการ/แนวทาง\tวิธีการดำเนินการ\tระยะเวลา\tการติคตามผล\tผู้รับผิดชอบ';
    const result = importText([header, PLAN_ROWS[0]!, header, PLAN_ROWS[1]!]);
    expect(shape(result)).toEqual(PLAN_SHAPE);
    expect(result.warnings.filter((w) => w.code === 'column-name-guessed')).toHaveLength(1);
  });

  it('reads a slip in each column name issue 17 lists as that column, and notes stay notes', () => {
    const slips: [string, string][] = [
      ['มาตรกร/แนวทาง', 'measure'],
      ['มารตการ', 'measure'],
      ['วิธีการดำเนนการ', 'methods'],
      ['วิะีดำเนินการ', 'methods'],
      ['ระยะเวลร', 'timeframe'],
      ['ระยะเวลาดำเนินกาs', 'timeframe'],
      ['การติคตามผล', 'followUps'],
      ['ผูรับผิดชอบ', 'responsible'],
      ['ผู้รับผิคขอบ', 'responsible'],
      ['หน่วยงานที่รับผิดขอบ', 'responsible'],
      ['ข้อเสนอแบะ', 'recommendations'],
      ['ตัวชีวัด', 'indicator'],
      ['งบประมาน', 'note'],
      ['ตัวชี้วัดความสำเร็จ', 'note'],
      ['ตัวชี้วัดความสำเร็ข', 'note'],
      ['ผลการดำเนินการ', 'note'],
      ['ผลการดำเนินงาน', 'note'],
    ];
    expect(slips.map(([label]) => [label, columnOf(label).role])).toEqual(slips);
  });
});
