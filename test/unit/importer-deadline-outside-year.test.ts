// Review 17 s13, S13-6 (with s11, S11-21): a deadline outside the plan's fiscal year was warned as
// "names no reporting cadence" (the cell names a date); "สรุปผล… ภายในเดือนตุลาคม" without a year
// was the year's first October, so the year-end summary fell due in its first month. FY2567 here
// (1 Oct 2023 - 30 Sep 2024).
import { describe, expect, it } from 'vitest';
import { readFollowUpCadence } from '../../shared/import/follow-up-cadence.js';
import { importRows } from '../support/import-rows.js';

const FY = 2567;

describe('a deadline just after the year ends is the year-end report', () => {
  const cases: [string, string][] = [
    ['สรุปผลการดำเนินงานภายในเดือนตุลาคม ๒๕๖๗', '๓๑ ตุลาคม ๒๕๖๗'],
    ['รายงานผลภายในวันที่ ๓๑ ตุลาคม ๒๕๖๗', '๓๑ ตุลาคม ๒๕๖๗'],
    ['ส่งรายงานภายใน ๓๐ พ.ย. ๖๗', '๓๐ พฤศจิกายน ๒๕๖๗'],
    ['รายงานผลไม่เกิน 15/12/2567', '๑๕ ธันวาคม ๒๕๖๗'],
  ];
  for (const [text, date] of cases) {
    it(`reads "${text}" as annual, saying the date is after the year's end`, () => {
      const read = readFollowUpCadence(text, FY);
      expect(read.cadence).toBe('annual');
      expect(read.dueDate).toBeUndefined();
      expect(read.guessed?.th).toContain(`"${text}"`);
      expect(read.guessed?.th).toContain(`${date} ซึ่งอยู่หลังสิ้นปีงบประมาณ ๒๕๖๗`);
      expect(read.guessed?.en).toContain('after the end of fiscal year 2567');
    });
  }
});

describe('a summary month named without its year after the year ends is the year-end report', () => {
  const cases = [
    'สรุปผลการดำเนินงานภายในเดือนตุลาคม',
    'จัดทำรายงานสรุปการดำเนินงานภายในเดือนพฤศจิกายน',
    'เสนอผลการดำเนินงานทั้งปีต่อนายกฯ ภายใน ต.ค.',
  ];
  for (const text of cases) {
    it(`reads "${text}" as annual, not the year's first months`, () => {
      const read = readFollowUpCadence(text, FY);
      expect(read.cadence).toBe('annual');
      expect(read.guessed?.th).toMatch(/ที่ไม่ระบุปี ซึ่งอ่านเป็นเดือน\S+ ๒๕๖๗ หลังสิ้นปีงบประมาณ ๒๕๖๗/);
    });
  }

  it('keeps a month without a year in other words inside the year, saying which month and year it read', () => {
    const read = readFollowUpCadence('รายงานผลภายในเดือนตุลาคม', FY);
    expect(read).toMatchObject({ cadence: 'once', dueDate: '2023-10-31' });
    expect(read.guessed?.th).toContain('(ไม่ระบุปี จึงอ่านเป็นเดือนตุลาคม ๒๕๖๖ ในปีงบประมาณ ๒๕๖๗)');
    expect(read.guessed?.en).toContain('no year written: read as 2023-10');
    const day = readFollowUpCadence('ส่งรายงานภายในวันที่ ๑๕ มกราคม', FY);
    expect(day).toMatchObject({ cadence: 'once', dueDate: '2024-01-15' });
    expect(day.guessed?.th).toContain('(ไม่ระบุปี จึงอ่านเป็นปี พ.ศ. ๒๕๖๗ ในปีงบประมาณ ๒๕๖๗)');
  });
});

describe('a deadline before the year, long after it, or on no real day: no cadence, said so', () => {
  const cases: [string, RegExp][] = [
    ['รายงานภายใน ๑๕ ก.ย. ๖๖', /๑๕ กันยายน ๒๕๖๖ ซึ่งอยู่ก่อนเริ่มปีงบประมาณ ๒๕๖๗ \(๑ ตุลาคม ๒๕๖๖ - ๓๐ กันยายน ๒๕๖๗\) ปีอาจพิมพ์ผิด/],
    ['ส่งรายงานภายในวันที่ ๓๑ มีนาคม ๒๕๖๘', /๓๑ มีนาคม ๒๕๖๘ ซึ่งอยู่หลังสิ้นปีงบประมาณ ๒๕๖๗ เกิน ๓ เดือน/],
    ['รายงานผลภายใน 01/10/2565', /๑ ตุลาคม ๒๕๖๕ ซึ่งอยู่ก่อนเริ่มปีงบประมาณ ๒๕๖๗/],
    ['ส่งรายงานภายในวันที่ ๓๐ กุมภาพันธ์ ๒๕๖๗', /๓๐ กุมภาพันธ์ ๒๕๖๗ ซึ่งไม่มีวันนี้ในปฏิทิน/],
    ['รายงานภายใน 31/13/2567', /วันที่ ๓๑\/๑๓\/๒๕๖๗ ซึ่งไม่มีวันนี้ในปฏิทิน/],
  ];
  for (const [text, said] of cases) {
    it(`leaves "${text}" unspecified with a message quoting the date`, () => {
      const read = readFollowUpCadence(text, FY);
      expect(read.cadence).toBe('unspecified');
      expect(read.unoffered?.th).toContain(`"${text}"`);
      expect(read.unoffered?.th).toMatch(said);
      expect(read.unoffered?.th).toContain('กรุณาแก้วันที่หรือเลือกรอบการรายงาน');
    });
  }
});

describe('in an imported plan', () => {
  it('warns at the cell with the date read, never "names no reporting cadence"', () => {
    // importRows reads FY2566 (1 Oct 2022 - 30 Sep 2023)
    const result = importRows(
      ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', 'คู่มือ', 'ตลอดปี', '๑. สรุปผลการดำเนินงานภายในวันที่ ๓๑ ตุลาคม ๒๕๖๖', 'กองคลัง'],
      ['ตัวชี้วัดที่ ๕ การประชาสัมพันธ์', 'ประกาศ', 'ตลอดปี', '๑. รายงานผลภายในวันที่ ๑๕ กันยายน ๒๕๖๕', 'กองคลัง'],
    );
    const [i4, i5] = result.plan.measures;
    expect(i4!.followUps[0]!.cadence).toBe('annual');
    expect(i5!.followUps[0]!.cadence).toBe('unspecified');
    const guessed = result.warnings.find((w) => w.code === 'cadence-guessed' && w.measureId === 'i4')!;
    expect(guessed.where).toMatchObject({ line: 2, column: 4 });
    expect(guessed.message_th).toMatch(/^บรรทัด ๒ คอลัมน์ ๔: .*๓๑ ตุลาคม ๒๕๖๖ ซึ่งอยู่หลังสิ้นปีงบประมาณ ๒๕๖๖/);
    const outside = result.warnings.find((w) => w.code === 'unspecified-cadence' && w.measureId === 'i5')!;
    expect(outside.message_th).toMatch(/^บรรทัด ๓ คอลัมน์ ๔: .*๑๕ กันยายน ๒๕๖๕ ซึ่งอยู่ก่อนเริ่มปีงบประมาณ ๒๕๖๖/);
    expect(outside.message_en).toMatch(/2022-09-15, before fiscal year 2566 starts/);
    expect(result.warnings.map((w) => w.message_th).join('\n')).not.toContain('ไม่ระบุรอบการรายงาน จึงถือเป็น');
  });
});
