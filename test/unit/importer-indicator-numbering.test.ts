// Review 17 s13, S13-19: measures numbered "๔.๑", "๔.๒", "๙.๑" without "ตัวชี้วัดที่" came without an
// indicator and lost the number from their title. Review 17 s12, S12-1 (rest): a heading whose
// number is no indicator's ("ตัวชี้วัดที่ ๔๔", "๑๑") or not in digits ("สี่", "IV") but whose name is
// a catalog name was "no ตัวชี้วัดที่ found", the sub-measure glued into the title.
import { describe, expect, it } from 'vitest';
import { importRows } from '../support/import-rows.js';

const row = (measure: string, unit = 'กองคลัง') => [measure, 'จัดทำคู่มือ', 'ตลอดปี', 'รายงานผลทุกเดือน', unit];

describe('a measure numbered "N.M" without "ตัวชี้วัดที่"', () => {
  it('suggests indicator N, keeps the number in the title and says so, quoting the number', () => {
    const result = importRows(
      row('๔.๑ มาตรการป้องกันการใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน'),
      row('๔.๒ มาตรการควบคุมการยืมคืนพัสดุ'),
      row('๙.๑ มาตรการเปิดเผยข้อมูลบนเว็บไซต์', 'สำนักปลัด'),
    );
    expect(result.plan.measures.map((m) => [m.measureId, m.indicator, m.title])).toEqual([
      ['i4', 4, '๔.๑ มาตรการป้องกันการใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน'],
      ['i4-2', 4, '๔.๒ มาตรการควบคุมการยืมคืนพัสดุ'],
      ['i9', 9, '๙.๑ มาตรการเปิดเผยข้อมูลบนเว็บไซต์'],
    ]);
    expect(result.warnings.map((w) => w.code)).not.toContain('no-indicator');
    const guessed = result.warnings.filter((w) => w.code === 'indicator-label-guessed');
    expect(guessed.map((w) => [w.measureId, w.source])).toEqual([
      ['i4', '๔.๑'],
      ['i4-2', '๔.๒'],
      ['i9', '๙.๑'],
    ]);
    expect(guessed[0]!.where).toMatchObject({ line: 2, column: 1 });
    expect(guessed[0]!.message_th).toMatch(/^บรรทัด ๒ คอลัมน์ ๑: ไม่พบ "ตัวชี้วัดที่" มีแต่เลขข้อ "๔\.๑" .*ตัวชี้วัดที่ ๔/);
    expect(guessed[2]!.message_en).toContain('only the number "๙.๑", which may be an item of indicator 9');
  });

  it('reads Arabic digits, indicator 10, and items after the title as sub-measures', () => {
    const result = importRows(
      row('4.1 มาตรการจัดทำทะเบียนทรัพย์สิน'),
      row('๑๐.๒ มาตรการป้องกันการทุจริตในการจัดซื้อจัดจ้าง ๑) จัดทำคู่มือ ๒) อบรมเจ้าหน้าที่'),
    );
    const [first, second] = result.plan.measures;
    expect(first).toMatchObject({ indicator: 4, title: '4.1 มาตรการจัดทำทะเบียนทรัพย์สิน' });
    expect(second).toMatchObject({
      indicator: 10,
      title: '๑๐.๒ มาตรการป้องกันการทุจริตในการจัดซื้อจัดจ้าง',
      subMeasures: ['จัดทำคู่มือ', 'อบรมเจ้าหน้าที่'],
    });
  });

  it('leaves numbers no indicator has, deeper numbering and plain list numbers without an indicator', () => {
    const result = importRows(row('๑๑.๑ มาตรการอื่น'), row('๔.๑.๒ มาตรการย่อยของข้อ ๔.๑'), row('๒. มาตรการประชาสัมพันธ์'));
    expect(result.plan.measures.map((m) => m.indicator)).toEqual([null, null, null]);
    expect(result.warnings.filter((w) => w.code === 'no-indicator')).toHaveLength(3);
  });

  it('is no reason to read a real heading otherwise', () => {
    const result = importRows(row('ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ ๔.๑ มาตรการป้องกัน'));
    expect(result.plan.measures[0]).toMatchObject({ indicator: 4, title: 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ' });
    expect(result.warnings.map((w) => w.code)).not.toContain('indicator-label-guessed');
  });
});

describe('a heading whose number is no indicator or not in digits, with a catalog name', () => {
  const cases: [string, string][] = [
    ['ตัวชี้วัดที่ ๔๔', 'ไม่มีตัวชี้วัดเลขนี้'],
    ['ตัวชี้วัดที่ ๑๑', 'ไม่มีตัวชี้วัดเลขนี้'],
    ['ตัวชี้วัดที่ 0', 'ไม่มีตัวชี้วัดเลขนี้'],
    ['ตัวชี้วัดที่ สี่', 'เลขตัวชี้วัดไม่ได้เขียนเป็นตัวเลข'],
    ['ตัวชี้วัดที่ IV', 'เลขตัวชี้วัดไม่ได้เขียนเป็นตัวเลข'],
  ];
  for (const [read, said] of cases) {
    it(`reads "${read} การใช้ทรัพย์สินของราชการ" by the name, sub-measures apart, saying what it read`, () => {
      const result = importRows(row(`${read} การใช้ทรัพย์สินของราชการ ๑. มาตรการป้องกันการใช้ทรัพย์สิน`));
      expect(result.plan.measures[0]).toMatchObject({
        indicator: 4,
        title: 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ',
        subMeasures: ['มาตรการป้องกันการใช้ทรัพย์สิน'],
      });
      const codes = result.warnings.map((w) => w.code);
      expect(codes).not.toContain('no-indicator');
      const w = result.warnings.find((x) => x.code === 'indicator-label-guessed')!;
      expect(w.source).toBe(read);
      expect(w.message_th).toContain(`อ่านได้ว่า "${read}"`);
      expect(w.message_th).toContain(said);
      expect(w.message_th).toContain('ชื่อ "การใช้ทรัพย์สินของราชการ" เป็นของตัวชี้วัดที่ ๔');
    });
  }

  it('takes the name over a number word of another indicator, offering that one', () => {
    const result = importRows(row('ตัวชี้วัดที่ ห้า การเปิดเผยข้อมูล ๑. มาตรการเผยแพร่ข้อมูล'));
    expect(result.plan.measures[0]).toMatchObject({ indicator: 9, subMeasures: ['มาตรการเผยแพร่ข้อมูล'] });
    const w = result.warnings.find((x) => x.code === 'indicator-name-differs')!;
    expect(w.indicators).toEqual([5]);
    expect(w.message_th).toContain('อ่านได้ว่า "ตัวชี้วัดที่ ห้า" คือตัวชี้วัดที่ ๕ แต่ชื่อ "การเปิดเผยข้อมูล" เป็นของตัวชี้วัดที่ ๙');
  });

  it('still reads no indicator from a number without a catalog name after it', () => {
    const result = importRows(row('ตัวชี้วัดที่ ๔๔ จัดทำคู่มือการปฏิบัติงาน'));
    expect(result.plan.measures[0]!.indicator).toBeNull();
    expect(result.warnings.map((w) => w.code)).toContain('no-indicator');
  });
});
