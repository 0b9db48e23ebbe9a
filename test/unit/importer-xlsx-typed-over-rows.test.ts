// A long cell text typed over several rows of a sheet, one visual line per row (no Alt+Enter):
// the measure was cut into pieces, the heading's second line a measure without indicator or unit,
// items split mid-sentence, cadences with the wrong pieces (review 17 s14, S14-12).
import { describe, expect, it } from 'vitest';
import { HEADER, TITLE } from '../support/base-plan-rows.js';
import { measureDetailsOf, preview, type Preview, xlsx } from '../support/plan-table-files.js';

const sheet = (rows: readonly (readonly (string | null)[])[]) =>
  xlsx([{ name: 'แผน', rows: [[`${TITLE[0]!} ${TITLE[1]!}`], HEADER, ...rows] }]);

const codes = (r: Preview) => r.warnings.map((w) => w.code);

describe('cell texts typed over several rows of a sheet join the items they go on with', () => {
  it("the reviewer's plan: heading, methods, timeframe and follow-ups over four rows; a follow-up line with a second unit", async () => {
    const r = await preview(
      await sheet([
        ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สิน', '๑. จัดทำคู่มือการยืมคืน', 'ตุลาคม ๒๕๖๖ -', '๑. รายงานผลต่อที่ประชุม', 'กองคลัง'],
        ['ของราชการ', 'พัสดุและครุภัณฑ์', 'กันยายน ๒๕๖๗', 'ประจำเดือนทุกเดือน', null],
        [null, '๒. ประชาสัมพันธ์ให้', null, '๒. สรุปผลรายงาน', null],
        [null, 'บุคลากรทราบ', null, 'นายกเทศมนตรีทุก ๖ เดือน', null],
        ['ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', '๑. ปรับปรุงเว็บไซต์', 'ตลอดปีงบประมาณ', '๑. เสนอผู้บริหารในเดือน', 'กองช่าง'],
        [null, null, null, 'เมษายน และ กันยายน', 'กองการศึกษา'],
        [null, null, null, '๒. สรุปผลประจำปี', null],
      ]),
    );
    expect(measureDetailsOf(r)).toEqual([
      {
        id: 'i4',
        indicator: 4,
        methods: ['จัดทำคู่มือการยืมคืน พัสดุและครุภัณฑ์', 'ประชาสัมพันธ์ให้ บุคลากรทราบ'],
        timeframe: 'ตุลาคม ๒๕๖๖ - กันยายน ๒๕๖๗',
        followUps: ['monthly รายงานผลต่อที่ประชุม ประจำเดือนทุกเดือน', 'semiannual สรุปผลรายงาน นายกเทศมนตรีทุก ๖ เดือน'],
        units: ['finance'],
      },
      {
        id: 'i9',
        indicator: 9,
        methods: ['ปรับปรุงเว็บไซต์'],
        timeframe: 'ตลอดปีงบประมาณ',
        followUps: ['april-september เสนอผู้บริหารในเดือน เมษายน และ กันยายน', 'annual สรุปผลประจำปี'],
        units: ['engineering', 'education'],
      },
    ]);
    expect(codes(r)).toEqual(['continuation-guessed', 'continuation-guessed']);
    const [first, second] = r.warnings;
    expect(first!.where).toEqual({ sheet: 'แผน', row: 4 });
    expect(first!.message_th).toContain('แถวที่ ๔, ๖ไม่มีตัวชี้วัด');
    expect(first!.message_th).toContain('พิมพ์ต่อบรรทัดจากแถวก่อนหน้า');
    expect(first!.message_en).toContain('rows 4, 6 have no indicator');
    expect(first!.source).toContain('ของราชการ | พัสดุและครุภัณฑ์');
    expect(second!.where).toEqual({ sheet: 'แผน', row: 8 });
    expect(second!.message_th).toContain('แถวนี้ไม่มีตัวชี้วัด');
    expect(second!.message_th).toContain('"ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล"');
  });

  it('a numbered follow-up written on over two rows, the second with its own unit, is one follow-up of both units', async () => {
    const r = await preview(
      await sheet([
        ['ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', '๑. ปรับปรุงเว็บไซต์', 'ตลอดปีงบประมาณ', '๑. รายงานผู้บริหาร', 'กองช่าง'],
        [null, null, null, 'ทุกไตรมาส', 'กองการศึกษา'],
        [null, null, null, '๒. สรุปผลเสนอนายกเทศมนตรี', null],
        [null, null, null, 'ปีละ ๑ ครั้ง', null],
      ]),
    );
    expect(measureDetailsOf(r)).toEqual([
      {
        id: 'i9',
        indicator: 9,
        methods: ['ปรับปรุงเว็บไซต์'],
        timeframe: 'ตลอดปีงบประมาณ',
        followUps: ['quarterly รายงานผู้บริหาร ทุกไตรมาส', 'annual สรุปผลเสนอนายกเทศมนตรี ปีละ ๑ ครั้ง'],
        units: ['engineering', 'education'],
      },
    ]);
    expect(codes(r)).toEqual(['continuation-guessed']);
    expect(r.warnings[0]!.message_th).toContain('แถวที่ ๔, ๖');
  });

  it('a heading and a period "๑ ตุลาคม ๒๕๖๖ ถึง" typed over two rows, the other columns without numbers', async () => {
    const r = await preview(
      await sheet([
        ['ตัวชี้วัดที่ ๙ การเปิดเผย', 'ปรับปรุงเว็บไซต์', '๑ ตุลาคม ๒๕๖๖ ถึง', 'รายงานผลทุกไตรมาส', 'กองช่าง'],
        ['ข้อมูล', 'ให้เป็นปัจจุบัน', '๓๐ กันยายน ๒๕๖๗', null, null],
        ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', 'จัดทำคู่มือ', 'ตลอดปี', 'รายงานทุกเดือน', 'กองคลัง'],
      ]),
    );
    expect(measureDetailsOf(r)).toEqual([
      {
        id: 'i9',
        indicator: 9,
        methods: ['ปรับปรุงเว็บไซต์ ให้เป็นปัจจุบัน'],
        timeframe: '๑ ตุลาคม ๒๕๖๖ ถึง ๓๐ กันยายน ๒๕๖๗',
        followUps: ['quarterly รายงานผลทุกไตรมาส'],
        units: ['engineering'],
      },
      {
        id: 'i4',
        indicator: 4,
        methods: ['จัดทำคู่มือ'],
        timeframe: 'ตลอดปี',
        followUps: ['monthly รายงานทุกเดือน'],
        units: ['finance'],
      },
    ]);
    expect(codes(r)).toEqual(['continuation-guessed']);
  });
  it('lines typed under an Alt+Enter list go on with its last item', async () => {
    const r = await preview(
      await sheet([
        ['ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', '๑. ปรับปรุงเว็บไซต์', 'ตลอดปี', '๑. รายงานทุกเดือน\n๒. สรุปผลเสนอ', 'กองช่าง'],
        [null, null, null, 'นายกเทศมนตรีทุก ๖ เดือน', null],
      ]),
    );
    expect(measureDetailsOf(r)[0]!.followUps).toEqual([
      'monthly รายงานทุกเดือน',
      'semiannual สรุปผลเสนอ นายกเทศมนตรีทุก ๖ เดือน',
    ]);
  });
});

describe('rows that start items of their own are read as before', () => {
  const M9 = ['ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', '๑. ปรับปรุงเว็บไซต์', 'ตลอดปีงบประมาณ', '๑. รายงานผู้บริหารทุกไตรมาส', 'กองช่าง'];
  it('a new numbered follow-up with its own unit is a measure of its own (measure-split-by-unit)', async () => {
    const r = await preview(await sheet([M9, [null, '๒. ประชาสัมพันธ์', null, '๒. รายงานนายกทุก ๖ เดือน', 'กองการศึกษา']]));
    expect(measureDetailsOf(r).map((m) => [m.id, m.followUps, m.units])).toEqual([
      ['i9', ['quarterly รายงานผู้บริหารทุกไตรมาส'], ['engineering']],
      ['i9-2', ['semiannual รายงานนายกทุก ๖ เดือน'], ['education']],
    ]);
    expect(codes(r)).toEqual(['measure-split-by-unit']);
  });

  it('a units-only row adds its unit, no warning', async () => {
    const r = await preview(await sheet([M9, [null, null, null, null, 'กองการศึกษา']]));
    expect(measureDetailsOf(r).map((m) => m.units)).toEqual([['engineering', 'education']]);
    expect(r.warnings).toEqual([]);
  });

  it('a row of its own unnumbered measure text, with no line going on, is a measure without an indicator', async () => {
    const r = await preview(
      await sheet([
        ['ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', 'ปรับปรุงเว็บไซต์', 'ตลอดปีงบประมาณ', 'รายงานผู้บริหารทุกไตรมาส', 'กองช่าง'],
        ['จัดทำคู่มือการยืมคืนพัสดุ', 'จัดทำคู่มือ', 'ตลอดปี', 'รายงานทุกเดือน', 'กองคลัง'],
      ]),
    );
    expect(measureDetailsOf(r).map((m) => [m.id, m.indicator])).toEqual([
      ['i9', 9],
      ['m2', null],
    ]);
    expect(codes(r)).toContain('no-indicator');
    expect(codes(r)).not.toContain('continuation-guessed');
  });
});
