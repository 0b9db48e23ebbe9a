// A plan numbered in a row-number column (ลำดับ "๑.๑", "๑.๒", ที่ "๓"): a row with its own number is
// a row of the table of its own, never lines typed on or a list going on from the row above, in a
// sheet, a Word table and text alike (review 17 s18, S18-9: after a row whose methods cell was a
// numbered list, the rows under it without an indicator were folded into it).
import { describe, expect, it } from 'vitest';
import { docx, preview, type Preview, tsv, wordParagraph, wordTable, xlsx } from '../support/plan-table-files.js';

const TITLE = 'แผนมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗';
const summary = (r: Preview) =>
  r.plan.measures.map((m) => ({
    indicator: m.indicator,
    title: m.title,
    cadences: m.followUps.map((f) => f.cadence),
    units: m.responsible.allUnits ? ['*'] : m.responsible.unitIds,
  }));
const codes = (r: Preview) => r.warnings.map((w) => w.code);
const sheet = (rows: readonly (readonly (string | number | null)[])[]) =>
  xlsx([{ name: 'แผน', rows: [[TITLE], ...rows] }]);

// the reviewer's sheet: units first, ลำดับ second, methods before the measure, the indicator last
const REVIEW_HEADER = [
  'ผู้รับผิดชอบ',
  'ลำดับ',
  'ระยะเวลา',
  'วิธีดำเนินการ',
  'มาตรการ/แนวทาง',
  'งบประมาณ (บาท)',
  'การติดตามผล',
  'ตัวชี้วัดความสำเร็จ',
  'ตัวชี้วัด',
];
const REVIEW_ROWS = [
  [
    'กองคลัง',
    '1.1',
    'ต.ค. 66 - ก.ย. 67',
    '1. จัดทำประกาศ\n2. เผยแพร่',
    'เผยแพร่แผนการจัดซื้อจัดจ้าง',
    '-',
    'รายงานผลทุกไตรมาส',
    'ร้อยละ 100',
    'ตัวชี้วัดที่ 2 การใช้งบประมาณ',
  ],
  ['สำนักปลัด', '1.2', 'ตลอดปี', 'ประชุม', 'ประชุมชี้แจงประมวลจริยธรรม', 20000, 'รายงานผลปีละครั้ง', 'ผู้เข้าร่วม 80%', ''],
  ['กองช่าง', '2.1', 'ไตรมาส 2', 'จัดทำคู่มือ', 'คู่มือการใช้ทรัพย์สิน', 'ไม่ใช้งบประมาณ', 'รายงานผลรอบ 6 เดือน', 'มีคู่มือ 1 ฉบับ', '๔'],
  ['ทุกกอง', '3', 'ต.ค. 66', 'ประกาศ', 'ประกาศเจตจำนงสุจริต', '', 'รายงานผลทุกเดือน', 'ประกาศ 1 ฉบับ', '1'],
];

describe('a row with its own number in the ลำดับ column is a measure of its own', () => {
  it("the reviewer's sheet: row 1.2 under a row of numbered methods is a measure without an indicator, not lines of the row above", async () => {
    const r = await preview(await sheet([REVIEW_HEADER, ...REVIEW_ROWS]));
    expect(summary(r)).toEqual([
      { indicator: 2, title: 'เผยแพร่แผนการจัดซื้อจัดจ้าง', cadences: ['quarterly'], units: ['finance'] },
      { indicator: null, title: 'ประชุมชี้แจงประมวลจริยธรรม', cadences: ['annual'], units: ['clerk'] },
      { indicator: 4, title: 'คู่มือการใช้ทรัพย์สิน', cadences: ['semiannual'], units: ['engineering'] },
      { indicator: 1, title: 'ประกาศเจตจำนงสุจริต', cadences: ['monthly'], units: ['*'] },
    ]);
    // 'ไตรมาส 2' is January-March: the semiannual follow-up of row 2.1 runs in it, said (S25-1)
    expect(codes(r)).toEqual(['no-indicator', 'timeframe-months']);
    expect(r.warnings[0]!.where).toEqual({ sheet: 'แผน', row: 4, column: 5 });
  });

  it('without the indicator column, every numbered row is a measure of its own (it was one measure of all rows)', async () => {
    const r = await preview(await sheet([REVIEW_HEADER.slice(0, -1), ...REVIEW_ROWS.map((row) => row.slice(0, -1))]));
    expect(summary(r).map((m) => [m.indicator, m.cadences, m.units])).toEqual([
      [null, ['quarterly'], ['finance']],
      [null, ['annual'], ['clerk']],
      [null, ['semiannual'], ['engineering']],
      [null, ['monthly'], ['*']],
    ]);
    expect(codes(r)).toEqual(['no-indicator', 'no-indicator', 'no-indicator', 'timeframe-months', 'no-indicator']);
  });

  const LIST_HEADER = ['ที่', 'มาตรการ/แนวทาง', 'การติดตามผล', 'ผู้รับผิดชอบ'];
  const LIST_ROWS = [
    ['๑', 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', 'รายงานผลทุกไตรมาส', 'กองช่าง'],
    // starts with an item number and names no unit: without its own ที่ number, the list going on above
    ['๒', '๒. มาตรการเผยแพร่รายงานการประชุม', 'รายงานผลปีละครั้ง', ''],
  ];
  it('a numbered measure "๒. …" without a unit, numbered ๒ in the ที่ column, is its own measure in a Word table', async () => {
    const r = await preview(docx(wordParagraph(TITLE) + wordTable([LIST_HEADER, ...LIST_ROWS], 4)));
    expect(summary(r).map((m) => [m.indicator, m.title, m.cadences])).toEqual([
      [9, 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', ['quarterly']],
      [null, 'มาตรการเผยแพร่รายงานการประชุม', ['annual']],
    ]);
    expect(codes(r)).not.toContain('continuation-guessed');
  });

  it('and in tab-separated text', async () => {
    const r = await preview(tsv([[TITLE], LIST_HEADER, ...LIST_ROWS]));
    expect(summary(r).map((m) => [m.indicator, m.cadences])).toEqual([
      [9, ['quarterly']],
      [null, ['annual']],
    ]);
    expect(codes(r)).not.toContain('continuation-guessed');
  });
});

describe('rows without a number of their own still go on with the row above', () => {
  it('a line typed on in a sheet, its ลำดับ cell empty, joins the numbered methods above', async () => {
    const r = await preview(
      await sheet([
        ['ลำดับ', 'มาตรการ/แนวทาง', 'วิธีดำเนินการ', 'การติดตามผล', 'ผู้รับผิดชอบ'],
        ['1', 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สิน', '๑. จัดทำคู่มือการยืมคืน', 'รายงานผลทุกเดือน', 'กองคลัง'],
        ['', 'ของราชการ', 'พัสดุและครุภัณฑ์', '', ''],
        ['2', 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', 'ปรับปรุงเว็บไซต์', 'รายงานผลทุกไตรมาส', 'กองช่าง'],
      ]),
    );
    expect(summary(r).map((m) => [m.indicator, m.cadences, m.units])).toEqual([
      [4, ['monthly'], ['finance']],
      [9, ['quarterly'], ['engineering']],
    ]);
    expect(r.plan.measures[0]!.methods).toEqual(['จัดทำคู่มือการยืมคืน พัสดุและครุภัณฑ์']);
    expect(codes(r)).toEqual(['continuation-guessed']);
  });

  it('a "๒. …" row with no ที่ number and no unit is still the list going on under the measure above', async () => {
    const r = await preview(
      docx(
        wordParagraph(TITLE) +
          wordTable(
            [
              ['ที่', 'มาตรการ/แนวทาง', 'การติดตามผล', 'ผู้รับผิดชอบ'],
              ['๑', 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล\n๑. มาตรการปรับปรุงเว็บไซต์', 'รายงานผลทุกไตรมาส', 'กองช่าง'],
              ['', '๒. มาตรการเผยแพร่รายงานการประชุม', '', ''],
            ],
            4,
          ),
      ),
    );
    expect(summary(r).map((m) => [m.indicator, m.cadences, m.units])).toEqual([[9, ['quarterly'], ['engineering']]]);
    expect(codes(r)).toEqual(['continuation-guessed']);
  });

  it('a count column of the results report ("ครบกำหนด") is no row number: its numbers start no row', async () => {
    const { numberedRow, columnOf } = await import('../../shared/import/column-names.js');
    expect(numberedRow(columnOf('ครบกำหนด'), '3')).toBe(false);
    expect(numberedRow(columnOf('ลำดับที่'), '๑.๒')).toBe(true);
    expect(numberedRow(columnOf('ที่'), '(๓)')).toBe(true);
    expect(numberedRow(columnOf('ที่'), 'ตัวชี้วัดที่ ๓')).toBe(false);
    expect(numberedRow(columnOf('ลำดับ'), '1.2.3.4.5')).toBe(false);
  });
});
