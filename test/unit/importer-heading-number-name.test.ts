// Review 17: the words after "ตัวชี้วัดที่ N" are evidence of the indicator too.
// s9 entry 33: "ตัวชี้วัดที่ ๑ ๐ การป้องกันการทุจริต" (OCR split 10) was indicator 1 with the words
// "การป้องกันการทุจริต" (indicator 10's name) lost from the title. s10 S10-7: "ตัวชี้วัดที่ ๗
// การปฏิบัติหน้าที่" (๑ read as ๗) kept 7, the warning saying the name "was not found" though it is
// indicator 1's. s9 entry 13: "ตัวชี้วัดที่ ๔-๕" / "๔ และ ๕" read silently as 4 with the title glued
// ("๕การใช้…"), and text between the number and the name ("๔/๑", "(ข้อ ๔.๑)") glued into the title.
import { describe, expect, it } from 'vitest';
import { toThaiDigits } from '../../shared/domain/thai-format.js';
import { importRows } from '../support/import-rows.js';

const row = (measure: string) => [measure, 'ประชุมชี้แจง', 'ตลอดปี', 'รายงานผลทุกเดือน', 'กองคลัง'];
const importHeading = (heading: string) => {
  const result = importRows(row(`${heading} ๑. จัดทำคู่มือ ๒. ประชาสัมพันธ์`));
  return { measure: result.plan.measures[0]!, warnings: result.warnings };
};
const codes = (warnings: { code: string }[]) => warnings.map((w) => w.code);

describe('a ten split by OCR ("๑ ๐") before indicator 10’s name', () => {
  for (const [heading, read] of [
    ['ตัวชี้วัดที่ ๑ ๐ การป้องกันการทุจริต', 'ตัวชี้วัดที่ ๑ ๐'],
    ['ตัวชี้วัดที่ 1 0 การป้องกันการทุจริต', 'ตัวชี้วัดที่ 1 0'],
    ['ตัวชี้วัดที่: ๑ ๐. การป้องกันการทุจริต', 'ตัวชี้วัดที่: ๑ ๐'],
  ] as const) {
    it(`"${heading}" is indicator 10, its name kept, with a warning quoting the number and the name`, () => {
      const { measure, warnings } = importHeading(heading);
      expect(measure).toMatchObject({ indicator: 10, measureId: 'i10', title: 'ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต' });
      expect(measure.subMeasures).toEqual(['จัดทำคู่มือ', 'ประชาสัมพันธ์']);
      expect(codes(warnings)).toEqual(['indicator-label-guessed']);
      expect(warnings[0]!.message_th).toBe(
        `บรรทัด ๒ คอลัมน์ ๑: อ่านได้ว่า "${read}" และชื่อ "การป้องกันการทุจริต" ตรงกับตัวชี้วัดที่ ๑๐ จึงถือเป็น "ตัวชี้วัดที่ ๑๐"`,
      );
      expect(warnings[0]!.message_en).toContain('taken as indicator 10');
    });
  }

  it('"ตัวชี้วัดที่ ๑ ๐ การปฏิบัติหน้าที่": the name is indicator 1’s, so 1, with a warning naming both', () => {
    const { measure, warnings } = importHeading('ตัวชี้วัดที่ ๑ ๐ การปฏิบัติหน้าที่');
    expect(measure).toMatchObject({ indicator: 1, title: 'ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่' });
    expect(codes(warnings)).toEqual(['indicator-name-differs']);
    expect(warnings[0]!.message_th).toContain('ชื่อ "การปฏิบัติหน้าที่" เป็นชื่อของตัวชี้วัดที่ ๑');
  });

  it('a ten split before another measure title is 10, the title the document’s words', () => {
    const { measure, warnings } = importHeading('ตัวชี้วัดที่ ๑ ๐ มาตรการเผยแพร่ข้อมูล');
    expect(measure).toMatchObject({ indicator: 10, title: 'มาตรการเผยแพร่ข้อมูล' });
    expect(codes(warnings)).toEqual(['indicator-label-guessed', 'unknown-indicator-name']);
  });
});

describe('a heading whose number and name are of different indicators', () => {
  // ๑/๗ and ๘/๙ are the digits OCR confuses: the name decides, and the warning says so
  for (const [heading, read, named] of [
    ['ตัวชี้วัดที่ ๗ การปฏิบัติหน้าที่', 7, 1],
    ['ตัวชี้วัดที่ ๘ การเปิดเผยข้อมูล', 8, 9],
    ['ตัวชี้วัดที่ ๑ ประสิทธิภาพการสื่อสาร', 1, 7],
    ['ตัวชี้วัดที่ 9 การปรับปรุงระบบการทำงาน', 9, 8],
  ] as const) {
    it(`"${heading}" is indicator ${named} (a misread ${read}), with a warning naming both`, () => {
      const { measure, warnings } = importHeading(heading);
      expect(measure.indicator).toBe(named);
      expect(measure.measureId).toBe(`i${named}`);
      expect(measure.title).toBe(`ตัวชี้วัดที่ ${'๐๑๒๓๔๕๖๗๘๙'[named]} ${heading.split(' ').slice(2).join(' ')}`);
      expect(codes(warnings)).toEqual(['indicator-name-differs']);
      expect(warnings[0]!.message_th).toMatch(
        new RegExp(`เป็นชื่อของตัวชี้วัดที่ ${'๐๑๒๓๔๕๖๗๘๙'[named]} แต่เลขที่อ่านได้คือ ${'๐๑๒๓๔๕๖๗๘๙'[read]}`),
      );
      expect(warnings[0]!.measureId).toBe(`i${named}`);
    });
  }

  // other digits are not confused by OCR: the number stays, the warning names the other indicator
  for (const [heading, read, named] of [
    ['ตัวชี้วัดที่ ๓ การป้องกันการทุจริต', 3, 10],
    ['ตัวชี้วัดที่ ๒ คุณภาพการดำเนินงาน', 2, 6],
    ['ตัวชี้วัดที่ ๑ การใช้ทรัพย์สินของราชการ', 1, 4],
  ] as const) {
    it(`"${heading}" stays indicator ${read}, the document's words its title, the warning offering ${named}`, () => {
      const { measure, warnings } = importHeading(heading);
      expect(measure.indicator).toBe(read);
      expect(measure.title).toBe(heading.split(' ').slice(2).join(' '));
      expect(codes(warnings)).toEqual(['indicator-name-differs']);
      const thaiNamed = named === 10 ? '๑๐' : '๐๑๒๓๔๕๖๗๘๙'[named];
      expect(warnings[0]!.message_th).toContain(`เป็นชื่อของตัวชี้วัดที่ ${thaiNamed}`);
      expect(warnings[0]!.message_th).toContain(`จึงยังถือเป็นตัวชี้วัดที่ ${'๐๑๒๓๔๕๖๗๘๙'[read]} ตามเลข`);
      expect(warnings[0]!.message_en).toContain(`indicator ${named}'s name`);
    });
  }

  it('a measure title that only contains another indicator’s name is no such name', () => {
    const { measure, warnings } = importHeading('ตัวชี้วัดที่ ๑ การรับรู้การป้องกันการทุจริต');
    expect(measure).toMatchObject({ indicator: 1, title: 'การรับรู้การป้องกันการทุจริต' });
    expect(codes(warnings)).toEqual(['unknown-indicator-name']);
  });
});

describe('a heading naming two or more indicators', () => {
  for (const [heading, all, named] of [
    ['ตัวชี้วัดที่ ๔-๕', '๔ และ ๕', 'ตัวชี้วัดที่ ๔-๕'],
    ['ตัวชี้วัดที่ ๔ และ ๕', '๔ และ ๕', 'ตัวชี้วัดที่ ๔ และ ๕'],
    ['ตัวชี้วัดที่ ๔, ๕ และ ๗', '๔, ๕ และ ๗', 'ตัวชี้วัดที่ ๔, ๕ และ ๗'],
    ['ตัวชี้วัดที่ ๔ และตัวชี้วัดที่ ๕', '๔ และ ๕', 'ตัวชี้วัดที่ ๔ และตัวชี้วัดที่ ๕'],
    ['ตัวชี้วัดที่ 4 - 6', '๔, ๕ และ ๖', 'ตัวชี้วัดที่ 4 - 6'],
  ] as const) {
    it(`"${heading} การใช้ทรัพย์สินของราชการ" is imported under 4 with a warning naming ${all}, the title not glued`, () => {
      const { measure, warnings } = importHeading(`${heading} การใช้ทรัพย์สินของราชการ`);
      expect(measure.indicator).toBe(4);
      // the heading's numbers in Thai digits, all of them (review 17 s24, S24-10: "๔ - 6" before)
      expect(measure.title).toBe(`ตัวชี้วัดที่ ๔${toThaiDigits(heading.slice('ตัวชี้วัดที่ 4'.length))} การใช้ทรัพย์สินของราชการ`);
      expect(codes(warnings)).toEqual(['several-indicators']);
      const count = all.split(/,|และ/).length;
      expect(warnings[0]!.message_th).toContain(`มาตรการนี้ระบุตัวชี้วัด ${'๐๑๒๓'[count]} ข้อ (${all}) จาก "${named}"`);
      expect(warnings[0]!.source).toBe(named);
      expect(warnings[0]!.measureId).toBe('i4');
    });
  }
});

describe('text between the number and the name stays as written, not glued to the name', () => {
  for (const [heading, title] of [
    ['ตัวชี้วัดที่ ๔/๑ การใช้ทรัพย์สินของราชการ', 'ตัวชี้วัดที่ ๔/๑ การใช้ทรัพย์สินของราชการ'],
    ['ตัวชี้วัดที่ ๔ (ข้อ ๔.๑) การใช้ทรัพย์สินของราชการ', 'ตัวชี้วัดที่ ๔ (ข้อ ๔.๑) การใช้ทรัพย์สินของราชการ'],
    ['ตัวชี้วัดที่ ๙ (o๑-o๓) การเปิดเผยข้อมูล', 'ตัวชี้วัดที่ ๙ (o๑-o๓) การเปิดเผยข้อมูล'],
    ['ตัวชี้วัดที่ ๔-๑ การใช้ทรัพย์สินของราชการ', 'ตัวชี้วัดที่ ๔-๑ การใช้ทรัพย์สินของราชการ'],
    ['ตัวชี้วัดที่ ๙.๒ การเปิดเผยข้อมูล', 'ตัวชี้วัดที่ ๙.๒ การเปิดเผยข้อมูล'],
  ] as const) {
    it(`"${heading}" keeps its name, with no warning`, () => {
      const { measure, warnings } = importHeading(heading);
      expect(measure.title).toBe(title);
      expect(measure.subMeasures).toEqual(['จัดทำคู่มือ', 'ประชาสัมพันธ์']);
      expect(codes(warnings)).toEqual([]);
    });
  }

  it('"ตัวชี้วัดที่ ๔ (ต่อ) การควบคุมพัสดุ": the measure’s own title keeps the bracket', () => {
    const { measure } = importHeading('ตัวชี้วัดที่ ๔ (ต่อ) การควบคุมพัสดุ');
    expect(measure).toMatchObject({ indicator: 4, title: 'ตัวชี้วัดที่ ๔ (ต่อ) การควบคุมพัสดุ' });
  });
});
