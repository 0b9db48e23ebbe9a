// One measure over several rows, each row a follow-up with its own unit (review 17 s11, S11-16):
// joined into one measure every unit reported every follow-up (51 obligations for 17), silently,
// and the rows' methods and timeframes were glued into one text.
import { describe, expect, it } from 'vitest';
import { HEADER, M9, TITLE } from '../support/base-plan-rows.js';
import { docx, measureDetailsOf, preview, tsv, wordTable, xlsx } from '../support/plan-table-files.js';

const HEAD4 = 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ';
const ROWS = [
  [HEAD4, 'จัดทำคู่มือการยืมคืนพัสดุ', 'ตลอดปี', '๑. รายงานผลการตรวจสอบพัสดุต่อนายกทุกเดือน', 'กองคลัง'],
  ['', 'ตรวจสภาพรถยนต์ส่วนกลาง', 'ตลอดปี', '๒. รายงานผลการซ่อมบำรุงรถยนต์ทุกไตรมาส', 'กองช่าง'],
  ['', 'อบรมบุคลากร', 'มีนาคม', '๓. สรุปผลการอบรมเสนอนายกปีละ ๑ ครั้ง', 'สำนักปลัด'],
];
const SPLIT = [
  {
    id: 'i4',
    indicator: 4,
    methods: ['จัดทำคู่มือการยืมคืนพัสดุ'],
    timeframe: 'ตลอดปี',
    followUps: ['monthly รายงานผลการตรวจสอบพัสดุต่อนายกทุกเดือน'],
    units: ['finance'],
  },
  {
    id: 'i4-2',
    indicator: 4,
    methods: ['ตรวจสภาพรถยนต์ส่วนกลาง'],
    timeframe: 'ตลอดปี',
    followUps: ['quarterly รายงานผลการซ่อมบำรุงรถยนต์ทุกไตรมาส'],
    units: ['engineering'],
  },
  {
    id: 'i4-3',
    indicator: 4,
    methods: ['อบรมบุคลากร'],
    timeframe: 'มีนาคม',
    followUps: ['annual สรุปผลการอบรมเสนอนายกปีละ ๑ ครั้ง'],
    units: ['clerk'],
  },
  {
    id: 'i9',
    indicator: 9,
    methods: ['ปรับปรุงข้อมูลบนเว็บไซต์ให้เป็นปัจจุบัน'],
    timeframe: 'ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗',
    followUps: ['annual สรุปผลประจำปี'],
    units: ['engineering', 'education'],
  },
];

describe('rows of one measure, each with its own follow-up and unit, are measures of their own', () => {
  it.each([
    [
      'Excel, the measure cell merged down three rows',
      () => xlsx([{ name: 'แผน', rows: [[TITLE[0]!], [TITLE[1]!], HEADER, ...ROWS, M9], merges: ['A4:A6'] }]),
    ],
    ['Word, the measure cell left empty below', () => docx(wordTable([HEADER, ...ROWS, M9]))],
    ['text, the measure cell left empty below', () => tsv([[...TITLE], HEADER, ...ROWS, M9])],
  ])('%s: i4, i4-2, i4-3 each with its row, said beside each split measure', async (_n, make) => {
    const r = await preview(await make());
    expect(measureDetailsOf(r)).toEqual(SPLIT);
    const said = r.warnings.filter((w) => w.code === 'measure-split-by-unit');
    expect(said.map((w) => w.measureId)).toEqual(['i4-2', 'i4-3']);
    expect(said[0]!.message_th).toContain('แยกเป็นมาตรการของตัวชี้วัดเดียวกัน');
    expect(said[0]!.message_th).toContain('"กองช่าง"');
    expect(said[0]!.message_en).toContain('a measure of its own for the same indicator');
    expect(said[0]!.where.column).toBe(5);
    expect(r.warnings.filter((w) => w.code !== 'measure-split-by-unit')).toEqual([]);
  });
});

describe('rows of one measure without units of their own stay one measure', () => {
  const rows = [
    [HEAD4, 'จัดทำคู่มือการยืมคืนพัสดุ', 'ตลอดปี', 'รายงานผลการตรวจสอบพัสดุต่อนายกทุกเดือน', 'กองคลัง'],
    ['', 'ตรวจสภาพรถยนต์ส่วนกลาง', 'ตลอดปี', 'รายงานผลการซ่อมบำรุงรถยนต์ทุกไตรมาส', ''],
    ['', 'อบรมบุคลากร', 'ตลอดปี', '', 'กองคลัง'],
  ];
  it.each([
    ['Excel, merged', () => xlsx([{ name: 'แผน', rows: [HEADER, ...rows], merges: ['A2:A4'] }])],
    ['Word', () => docx(wordTable([HEADER, ...rows]))],
  ])('%s: the methods and follow-ups stay items, the timeframe is said once', async (_n, make) => {
    const r = await preview(await make());
    expect(measureDetailsOf(r)).toEqual([
      {
        id: 'i4',
        indicator: 4,
        methods: ['จัดทำคู่มือการยืมคืนพัสดุ', 'ตรวจสภาพรถยนต์ส่วนกลาง', 'อบรมบุคลากร'],
        timeframe: 'ตลอดปี',
        followUps: ['monthly รายงานผลการตรวจสอบพัสดุต่อนายกทุกเดือน', 'quarterly รายงานผลการซ่อมบำรุงรถยนต์ทุกไตรมาส'],
        units: ['finance'],
      },
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('a row adding a unit without a follow-up of its own adds the unit to the measure', async () => {
    const r = await preview(tsv([HEADER, ROWS[0]!, ['', '', '', '', 'กองช่าง']]));
    expect(measureDetailsOf(r).map((m) => [m.id, m.units])).toEqual([['i4', ['finance', 'engineering']]]);
  });
});
