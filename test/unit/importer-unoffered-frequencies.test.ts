// Review 17 s12, S12-11: frequencies the product has no cadence for were turned into another cadence
// silently: "ทุก ๔ เดือน" / "ทุก ๘ เดือน" / "ทุก ๒ เดือน" read as an OCR slip of "ทุกเดือน" (monthly),
// "เดือนละ ๒ ครั้ง", "ปีละ ๖ ครั้ง", "ทุก ๒ สัปดาห์" as no cadence (annual). Now a frequency at
// least monthly is monthly with a warning; any other count is left for the coordinator to choose,
// with a warning quoting what was read (not the generic "names no cadence").
import { describe, expect, it } from 'vitest';
import { readFollowUpCadence } from '../../shared/import/follow-up-cadence.js';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importMeasuresDocument } from '../../shared/import/measures-document.js';
import { importRows } from '../support/import-rows.js';

const FY = 2567;

describe('a count between the product cadences is left for the coordinator', () => {
  const cases: [string, string][] = [
    ['รายงานผลทุก ๔ เดือน', 'ทุก๔เดือน'],
    ['รายงานผลต่อนายกทุก ๘ เดือน', 'ทุก๘เดือน'],
    ['รายงานผลทุก 2 เดือน', 'ทุก๒เดือน'],
    ['รายงานผลปีละ ๖ ครั้ง', 'ปีละ๖ครั้ง'],
    ['สรุปผล ๓ ครั้ง/ปี', '๓ครั้ง/ปี'],
    ['รายงานไตรมาสละ ๒ ครั้ง', 'ไตรมาสละ๒ครั้ง'],
    ['ประเมินผลทุก ๒ ปี', 'ทุก๒ปี'],
  ];
  for (const [text, read] of cases) {
    it(`leaves "${text}" unspecified, saying what was read and that the system has no such cadence`, () => {
      const cadence = readFollowUpCadence(text, FY);
      expect(cadence.cadence).toBe('unspecified');
      expect(cadence.guessed).toBeUndefined();
      expect(cadence.unoffered?.th).toContain(`"${text}"`);
      expect(cadence.unoffered?.th).toContain(`"${read}"`);
      expect(cadence.unoffered?.th).toContain('ไม่มีในรอบการรายงานของระบบ');
      expect(cadence.unoffered?.en).toContain("none of the product's cadences");
    });
  }

  it('names the offered cadences either side ("ทุก ๔ เดือน": quarterly more often, every 6 months less)', () => {
    const th = readFollowUpCadence('รายงานผลทุก ๔ เดือน', FY).unoffered!.th;
    expect(th).toContain('ปีละ ๓ ครั้ง');
    expect(th).toContain('"ทุกไตรมาส" (ถี่กว่า) หรือ "ทุก ๖ เดือน" (ห่างกว่า)');
  });
});

describe('a frequency at least monthly is monthly, with a warning', () => {
  for (const text of ['รายงานผลเดือนละ ๒ ครั้ง', 'รายงานผลทุก ๒ สัปดาห์', 'รายงานทุกปักษ์', 'ส่งรายงาน 3 ครั้ง/เดือน']) {
    it(`reads "${text}" as monthly, quoting it`, () => {
      const cadence = readFollowUpCadence(text, FY);
      expect(cadence.cadence).toBe('monthly');
      expect(cadence.guessed?.th).toContain(`"${text}"`);
      expect(cadence.guessed?.th).toContain('ระบบไม่มีรอบที่ถี่กว่ารายเดือน');
    });
  }
});

// review 17 s16, S16-10: "เดือนเว้นเดือน" was "ไม่ระบุรอบการรายงาน", though it names every two months
describe('"every other" wordings (X เว้น X) name their frequency', () => {
  const cases: [string, string, string][] = [
    ['รายงานผลเดือนเว้นเดือน', 'เดือนเว้นเดือน', 'ปีละ ๖ ครั้ง'],
    ['รายงานผล เดือน เว้น เดือน', 'เดือนเว้นเดือน', 'ปีละ ๖ ครั้ง'],
    ['ประเมินผลปีเว้นปี', 'ปีเว้นปี', 'ปีละ ประมาณ ๐.๕ ครั้ง'],
  ];
  for (const [text, read, perYear] of cases) {
    it(`leaves "${text}" unspecified, saying "${read}" is ${perYear}`, () => {
      const cadence = readFollowUpCadence(text, FY);
      expect(cadence.cadence).toBe('unspecified');
      expect(cadence.unoffered?.th).toContain(`มีคำว่า "${read}" คือรายงาน${perYear}`);
    });
  }

  it('reads "สัปดาห์เว้นสัปดาห์" and "วันเว้นวัน" as monthly, with a warning', () => {
    for (const text of ['ประชุมติดตามสัปดาห์เว้นสัปดาห์', 'ตรวจสอบวันเว้นวัน']) {
      const cadence = readFollowUpCadence(text, FY);
      expect(cadence.cadence).toBe('monthly');
      expect(cadence.guessed?.th).toContain('ระบบไม่มีรอบที่ถี่กว่ารายเดือน');
    }
  });

  it('"ทุกไตรมาส เว้นไตรมาสที่ ๑" stays quarterly', () => {
    expect(readFollowUpCadence('รายงานทุกไตรมาส เว้นไตรมาสที่ ๑', FY).cadence).toBe('quarterly');
  });
});

describe('counts and words that name a cadence exactly', () => {
  const cases: [string, string][] = [
    ['รายงานผลเมื่อสิ้นสุดแต่ละไตรมาส', 'quarterly'],
    ['รายงานผลทุก 6 ด.', 'semiannual'],
    ['รายงานผลทุก ด.', 'monthly'],
    ['Monthly report to the mayor', 'monthly'],
    ['Quarterly report', 'quarterly'],
    ['Semi-annual report', 'semiannual'],
    ['รายงานผลทุก ๆ ๓ เดือน', 'quarterly'],
    ['รายงานผลรอบที่ ๑ (ต.ค. - มี.ค.) รอบที่ ๒ (เม.ย. - ก.ย.)', 'semiannual'],
    ['รายงาน ต.ค.-ธ.ค., ม.ค.-มี.ค., เม.ย.-มิ.ย. และ ก.ค.-ก.ย.', 'quarterly'],
  ];
  for (const [text, cadence] of cases) {
    it(`reads "${text}" as ${cadence}`, () => {
      const read = readFollowUpCadence(text, FY);
      expect(read.cadence).toBe(cadence);
      expect(read.unoffered).toBeUndefined();
    });
  }

  it('still reads a slip without a number ("ทุกเคือน") as monthly, and a number is never a slip', () => {
    expect(readFollowUpCadence('รายงานทุกเคือน', FY).cadence).toBe('monthly');
    expect(readFollowUpCadence('รายงานทุก ๔ เดือน', FY).cadence).toBe('unspecified');
    expect(readFollowUpCadence('รายงานทุก ๕ เดือน', FY).cadence).toBe('unspecified');
  });
});

describe('in an imported plan', () => {
  const row = (followUps: string) => ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', '๑. จัดทำคู่มือ', 'ตลอดปี', followUps, 'กองคลัง'];

  it('warns at the cell, quoting "ทุก ๔ เดือน", and leaves the cadence to choose (unspecified-cadence)', () => {
    const result = importRows(row('๑. รายงานผลทุกเดือน ๒. สรุปผลต่อนายกทุก ๔ เดือน'));
    const [monthly, every4] = result.plan.measures[0]!.followUps;
    expect(monthly!.cadence).toBe('monthly');
    expect(every4!.cadence).toBe('unspecified');
    const warning = result.warnings.find((w) => w.code === 'unspecified-cadence')!;
    expect(warning).toMatchObject({ where: { line: 2, column: 4 }, measureId: 'i4', followUpNo: 2 });
    expect(warning.message_th).toMatch(/^บรรทัด ๒ คอลัมน์ ๔: .*การติดตามผลข้อ ๒: อ่านได้ว่า "สรุปผลต่อนายกทุก ๔ เดือน"/);
    expect(warning.message_th).not.toContain('ไม่ระบุรอบการรายงาน');
    expect(result.warnings.map((w) => w.code)).not.toContain('cadence-guessed');
  });

  it('gives "เดือนละ ๒ ครั้ง" monthly with a cadence-guessed warning', () => {
    const result = importRows(row('รายงานผลเดือนละ ๒ ครั้ง'));
    expect(result.plan.measures[0]!.followUps[0]!.cadence).toBe('monthly');
    expect(result.warnings.map((w) => w.code)).toEqual(['cadence-guessed']);
  });

  it('says what a frequency column read when it names no cadence of the product ("ปีละ ๖ ครั้ง")', () => {
    const result = importMeasuresDocument(
      'มาตรการ/แนวทาง\tวิธีการดำเนินการ\tการติดตามผลการดำเนินการ\tความถี่ในการรายงาน\tผู้รับผิดชอบ\n' +
        'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ\t๑. จัดทำคู่มือ\tรายงานผลต่อนายก\tปีละ ๖ ครั้ง\tกองคลัง\n',
      { orgId: 'demo', fy: 2566, units: MUNICIPAL_UNITS },
    );
    expect(result.plan.measures[0]!.followUps[0]!.cadence).toBe('unspecified');
    const warning = result.warnings.find((w) => w.code === 'unspecified-cadence')!;
    expect(warning.message_th).toContain('"ปีละ ๖ ครั้ง"');
    expect(warning.message_th).toContain('ไม่มีในรอบการรายงานของระบบ');
  });
});
