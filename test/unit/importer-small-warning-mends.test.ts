// Break 17 s27, L-4: "ตัวชี้วัดที่ 9 ข้อ o1 โครงสร้าง" lost its heading from the title; `cannot-save`
// warnings had an empty source (nothing to show beside them); the unit-per-sheet warning read in
// Thai as if every sheet listed before "เป็นสำนักปลัดเทศบาล" were that unit.
import { describe, expect, it } from 'vitest';
import { HEADER } from '../support/base-plan-rows.js';
import { docx, preview, wordTable, xlsx } from '../support/plan-table-files.js';
import { importRows } from '../support/import-rows.js';

const row = (measure: string, methods = 'จัดทำคู่มือ') => [measure, methods, 'ตลอดปี', 'รายงานผลทุกเดือน', 'กองคลัง'];

describe('an assessment item right after the indicator number stays in the title', () => {
  it('"ตัวชี้วัดที่ 9 ข้อ o1 โครงสร้าง" is titled with its heading (text file)', () => {
    const cells = [
      'ตัวชี้วัดที่ 9 ข้อ o1 โครงสร้าง',
      'ตัวชี้วัดที่ ๑๐ ข้อ o33 มาตรการภายในเพื่อป้องกันการทุจริต',
      'ตัวชี้วัดที่ 2 ข้อคำถาม i6 การใช้จ่ายงบประมาณ',
    ];
    const result = importRows(...cells.map((cell) => row(cell)));
    expect(result.plan.measures.map((m) => [m.indicator, m.title])).toEqual([
      [9, 'ตัวชี้วัดที่ ๙ ข้อ o1 โครงสร้าง'],
      [10, 'ตัวชี้วัดที่ ๑๐ ข้อ o33 มาตรการภายในเพื่อป้องกันการทุจริต'],
      [2, 'ตัวชี้วัดที่ ๒ ข้อคำถาม i6 การใช้จ่ายงบประมาณ'],
    ]);
  });

  it('in a Word table too', async () => {
    const r = await preview(docx(wordTable([HEADER, row('ตัวชี้วัดที่ ๙ ข้อ o2 ข้อมูลผู้บริหาร')])));
    expect(r.plan.measures.map((m) => m.title)).toEqual(['ตัวชี้วัดที่ ๙ ข้อ o2 ข้อมูลผู้บริหาร']);
  });
});

describe('a cannot-save warning quotes the measure it is about', () => {
  const heavy = Array.from({ length: 40 }, (_, i) => `${i + 1}. ${'ก'.repeat(1000)}`).join(' ');

  it('the measure title is the source of each cannot-save warning (text file, Word table)', async () => {
    const text = importRows(row('ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', heavy), row('ตัวชี้วัดที่ ๕ มาตรการรับเรื่องร้องเรียน', heavy));
    const word = await preview(docx(wordTable([HEADER, row('ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', heavy)])));
    const sources = (r: typeof word) => r.warnings.filter((w) => w.code === 'cannot-save').map((w) => w.source);
    expect(sources(text)).toEqual(['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', 'มาตรการรับเรื่องร้องเรียน']);
    expect(sources(word)).toEqual(['ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล']);
  });
});

describe('the unit-per-sheet warning names each sheet’s unit beside that sheet only', () => {
  it('"กองคลัง", "สำนักปลัด" (สำนักปลัดเทศบาล), "กองช่าง"', async () => {
    const header = ['มาตรการ/แนวทาง', 'วิธีการดำเนินการ', 'ระยะเวลาดำเนินการ', 'การติดตามผลการดำเนินการ'];
    const sheet = (name: string, measure: string) => ({
      name,
      rows: [header, [measure, 'จัดทำคู่มือ', 'ตลอดปี', 'รายงานผลทุกเดือน']],
    });
    const r = await preview(
      await xlsx([
        sheet('กองคลัง', 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ'),
        sheet('สำนักปลัด', 'ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต'),
        sheet('กองช่าง', 'ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล'),
        sheet('กองการศึกษา', 'ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร'),
      ]),
    );
    expect(r.plan.measures.map((m) => m.responsible.unitIds)).toEqual([
      ['finance'],
      ['clerk'],
      ['engineering'],
      ['education'],
    ]);
    const told = r.warnings.find((w) => w.code === 'units-from-sheet-names')!;
    expect(told.message_th).toContain('"กองคลัง", "สำนักปลัด" (สำนักปลัดเทศบาล), "กองช่าง", "กองการศึกษา" ไม่มีคอลัมน์');
    expect(told.message_th).not.toContain('เป็นสำนักปลัดเทศบาล');
  });
});
