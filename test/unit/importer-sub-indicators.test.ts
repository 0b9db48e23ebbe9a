// The OIT's indicators 9 and 10 are published with sub-indicators ("ตัวชี้วัดย่อยที่ 9.1", "๑๐.๒"),
// and plans answering the OIT head their measures so: such a heading gave no indicator, and the
// warning said no "ตัวชี้วัดที่" was found, as it did for "ตัวชี้วัดที่ 11" (a number past the ITA's
// ten) and "ตัวชี้วัดที่ [9]" (review 17 s24, S24-9). A heading's numbers after the first stayed in
// Arabic digits when the first was written in Thai ("ตัวชี้วัดที่ ๙.2", "๖, 7 และ 8"; S24-10).
import { describe, expect, it } from 'vitest';
import { HEADER, TITLE } from '../support/base-plan-rows.js';
import { preview, tsv } from '../support/plan-table-files.js';

const ROW = ['จัดทำประกาศ', 'ตลอดปีงบประมาณ', 'รายงานผลทุกเดือน', 'กองคลัง'];
/** The preview of a text plan whose measure cells are `cells`, one row each. */
const previewOf = (cells: string[]) =>
  preview(tsv([...TITLE.map((t) => [t]), [], HEADER, ...cells.map((c) => [c, ...ROW])]));

describe('an OIT sub-indicator heads its measure as its indicator', () => {
  const SUB_HEADINGS: [string, number, string][] = [
    ['ตัวชี้วัดย่อยที่ 9.1 ข้อมูลพื้นฐาน มาตรการ 1', 9, 'ตัวชี้วัดที่ ๙.๑ ข้อมูลพื้นฐาน มาตรการ 1'],
    ['ตัวชี้วัดย่อยที่ ๑๐.๒ มาตรการภายในเพื่อป้องกันการทุจริต', 10, 'ตัวชี้วัดที่ ๑๐.๒ มาตรการภายในเพื่อป้องกันการทุจริต'],
    ['๑. ตัวชี้วัดย่อย 9.2 การบริหารงาน', 9, 'ตัวชี้วัดที่ ๙.๒ การบริหารงาน'],
    ['ตัวชี้วัดย่อยที่: 10.1 การดำเนินการเพื่อป้องกันการทุจริต', 10, 'ตัวชี้วัดที่ ๑๐.๑ การดำเนินการเพื่อป้องกันการทุจริต'],
  ];
  for (const [cell, indicator, title] of SUB_HEADINGS) {
    it(`"${cell}" is indicator ${indicator}, its sub-number kept in the title, no no-indicator`, async () => {
      const r = await previewOf([cell]);
      expect(r.plan.measures.map((m) => [m.indicator, m.title])).toEqual([[indicator, title]]);
      expect(r.warnings.map((w) => w.code)).not.toContain('no-indicator');
    });
  }

  it('"ตัวชี้วัดย่อย" without a sub-number is no heading (sub-indicators are numbered N.M)', async () => {
    const r = await previewOf(['ตัวชี้วัดย่อยที่ 3 จัดทำคู่มือ']);
    expect(r.plan.measures.map((m) => m.indicator)).toEqual([null]);
  });
});

describe('a heading whose number is no ITA indicator says so', () => {
  for (const cell of ['ตัวชี้วัดที่ 11 ข้อมูลเพิ่มเติม มาตรการ 8', 'ตัวชี้วัดที่ ๑๒ การประเมินตนเอง', 'ตัวชี้วัดที่ 0 ข้อมูลทั่วไป']) {
    it(`"${cell}": no-indicator names the number read and the ITA's 1-10`, async () => {
      const r = await previewOf([cell]);
      expect(r.plan.measures.map((m) => m.indicator)).toEqual([null]);
      const warning = r.warnings.find((w) => w.code === 'no-indicator')!;
      expect(warning.message_th).toContain('ไม่มีในการประเมิน ITA (มี ๑-๑๐)');
      expect(warning.message_th).not.toContain('ไม่พบ "ตัวชี้วัดที่"');
      expect(warning.message_en).toContain('no ITA indicator (they are 1-10)');
    });
  }

  it('a cell without the label keeps the warning that no "ตัวชี้วัดที่" was found', async () => {
    const r = await previewOf(['จัดทำประกาศเจตจำนงสุจริต ข้อ 11']);
    expect(r.warnings.find((w) => w.code === 'no-indicator')?.message_th).toContain('ไม่พบ "ตัวชี้วัดที่"');
  });
});

describe('a number in square brackets after the label is read as in round ones', () => {
  for (const [cell, indicator] of [
    ['ตัวชี้วัดที่ [9] การเปิดเผยข้อมูล', 9],
    ['ตัวชี้วัดที่ [๑๐] การป้องกันการทุจริต', 10],
    ['ตัวชี้วัดที่ [ 4 ] การใช้ทรัพย์สินของราชการ', 4],
  ] as const) {
    it(`"${cell}" is indicator ${indicator}, titled by its name`, async () => {
      const r = await previewOf([cell]);
      expect(r.plan.measures.map((m) => m.indicator)).toEqual([indicator]);
      expect(r.plan.measures[0]!.title).not.toContain(']');
      expect(r.warnings.map((w) => w.code)).not.toContain('no-indicator');
    });
  }
});

describe("a heading's numbers are written in one script, Thai, as its first", () => {
  const TITLES: [string, string][] = [
    ['ตัวชี้วัดที่ 9.2 การบริหารงาน มาตรการ 2', 'ตัวชี้วัดที่ ๙.๒ การบริหารงาน มาตรการ 2'],
    ['ตัวชี้วัดที่ 1-3 (IIT) มาตรการ 6', 'ตัวชี้วัดที่ ๑-๓ (IIT) มาตรการ 6'],
    ['ตัวชี้วัดที่ 6, 7 และ 8 มาตรการ 7', 'ตัวชี้วัดที่ ๖, ๗ และ ๘ มาตรการ 7'],
    ['ตัวชี้วัดที่ 9-10 มาตรการลำดับ 9', 'ตัวชี้วัดที่ ๙-๑๐ มาตรการลำดับ 9'],
    ['ตัวชี้วัดที่ 4/1 การใช้ทรัพย์สินของราชการ', 'ตัวชี้วัดที่ ๔/๑ การใช้ทรัพย์สินของราชการ'],
  ];
  for (const [cell, title] of TITLES) {
    it(`"${cell}" is titled "${title}"`, async () => {
      const r = await previewOf([cell]);
      expect(r.plan.measures[0]!.title).toBe(title);
    });
  }
});
