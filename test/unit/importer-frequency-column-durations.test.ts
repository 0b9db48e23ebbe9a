// Review 17 s24, S24-13: a reporting-frequency column of bare durations and counts, as a sheet's
// drop-down list writes them ("1 เดือน", "3 เดือน", "1 ปี", "4 ครั้ง", "ตามไตรมาส"), gave no cadence:
// the follow-up was "names no reporting cadence: annual" while its row's column named one. In that
// column they are the time between reports or the reports a year, said so in a warning; in a
// follow-up's own text "3 เดือน" may be how long the work lasts, and names nothing.
import { describe, expect, it } from 'vitest';
import { HEADER, M5 } from '../support/base-plan-rows.js';
import { preview, type Preview, tsv, xlsx } from '../support/plan-table-files.js';

const FREQUENCY = 'ความถี่ในการรายงาน';
const row = (frequency: string, followUp = 'รายงานผลการดำเนินงาน') => [
  M5[0]!,
  M5[1]!,
  M5[2]!,
  followUp,
  M5[4]!,
  frequency,
];
const withColumn = (...frequencies: string[]) => tsv([[...HEADER, FREQUENCY], ...frequencies.map((f) => row(f))]);
const cadenceOf = (r: Preview) => r.plan.measures.map((m) => m.followUps.map((f) => f.cadence)).flat();

describe('a bare duration or count in the reporting-frequency column is the cadence, said so', () => {
  it.each([
    ['1 เดือน', 'ทุก ๑ เดือน', 'monthly', 'ทุกเดือน'],
    ['3 เดือน', 'ทุก ๓ เดือน', 'quarterly', 'ทุกไตรมาส (ทุก ๓ เดือน)'],
    ['6 เดือน', 'ทุก ๖ เดือน', 'semiannual', 'ทุก ๖ เดือน'],
    ['12 เดือน', 'ทุก ๑๒ เดือน', 'annual', 'ประจำปี (สิ้นปีงบประมาณ)'],
    ['1 ปี', 'ประจำปี', 'annual', 'ประจำปี (สิ้นปีงบประมาณ)'],
    ['4 ครั้ง', 'ปีละ ๔ ครั้ง', 'quarterly', 'ทุกไตรมาส (ทุก ๓ เดือน)'],
    ['2 ครั้ง', 'ปีละ ๒ ครั้ง', 'semiannual', 'ทุก ๖ เดือน'],
    // neighbours: Thai digits, a table's abbreviation, a period alone, a count a month's or more
    ['๑๒ ครั้ง', 'ปีละ ๑๒ ครั้ง', 'monthly', 'ทุกเดือน'],
    ['3 ด.', 'ทุก ๓ เดือน', 'quarterly', 'ทุกไตรมาส (ทุก ๓ เดือน)'],
    ['ตามไตรมาส', 'ทุกไตรมาส', 'quarterly', 'ทุกไตรมาส (ทุก ๓ เดือน)'],
  ])('"%s" reads as "%s": %s', async (cell, readAs, cadence, label) => {
    const r = await preview(withColumn(cell));
    expect(cadenceOf(r)).toEqual([cadence]);
    expect(r.warnings.map((w) => [w.code, w.message_th])).toEqual([
      [
        'cadence-guessed',
        `บรรทัด ๒ คอลัมน์ ๔: ตัวชี้วัดที่ ๕ การติดตามผลข้อ ๑: คอลัมน์ "${FREQUENCY}" ระบุ "${cell}" อ่านเป็น "${readAs}" จึงถือเป็น "${label}" กรุณาตรวจรอบการรายงาน`,
      ],
    ]);
    // the column stays the measure's note
    expect(r.plan.measures[0]!.notes).toEqual([{ label: FREQUENCY, text: cell }]);
  });

  it('a sheet whose drop-down column "รอบการรายงาน" holds them gives each row its cadence', async () => {
    const r = await preview(
      await xlsx([
        {
          name: 'แผน',
          rows: [
            ['มาตรการ', 'การติดตามผล', 'รอบการรายงาน', 'ผู้รับผิดชอบ'],
            ['ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ', 'รายงานผลการดำเนินงาน', '1 เดือน', 'กองคลัง'],
            ['ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต', 'รายงานผลการดำเนินงาน', '6 เดือน', 'กองคลัง'],
            ['ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล', 'รายงานผลการดำเนินงาน', '4 ครั้ง', 'กองคลัง'],
          ],
        },
      ]),
    );
    expect(cadenceOf(r)).toEqual(['monthly', 'semiannual', 'quarterly']);
    expect(r.warnings.map((w) => w.code)).toEqual(['cadence-guessed', 'cadence-guessed', 'cadence-guessed']);
  });

  it('a count the product has no cadence for ("2 เดือน", "5 ครั้ง") is unspecified, the column quoted', async () => {
    const r = await preview(withColumn('2 เดือน', '5 ครั้ง'));
    expect(cadenceOf(r)).toEqual(['unspecified', 'unspecified']);
    expect(r.warnings.map((w) => w.code)).toEqual(['unspecified-cadence', 'unspecified-cadence']);
    expect(r.warnings[0]!.message_th).toContain(
      `คอลัมน์ "${FREQUENCY}" ระบุ "2 เดือน" อ่านเป็น "ทุก ๒ เดือน" มีคำว่า "ทุก๒เดือน" คือรายงานปีละ ๖ ครั้ง`,
    );
    expect(r.warnings[1]!.message_th).toContain(`คอลัมน์ "${FREQUENCY}" ระบุ "5 ครั้ง" อ่านเป็น "ปีละ ๕ ครั้ง"`);
  });

  it('what the column said before is read as before: "ทุก 1 เดือน", "2 ครั้ง/ปี" with no warning', async () => {
    const r = await preview(withColumn('ทุก 1 เดือน', '2 ครั้ง/ปี'));
    expect(cadenceOf(r)).toEqual(['monthly', 'semiannual']);
    expect(r.warnings).toEqual([]);
  });
});

describe("a bare duration in a follow-up's own words names no cadence", () => {
  it('"จัดอบรม 3 เดือน" in the follow-up column (no frequency column) stays unspecified', async () => {
    const r = await preview(
      tsv([HEADER, [M5[0]!, M5[1]!, M5[2]!, 'จัดอบรม 3 เดือน', M5[4]!], [M5[0]!, M5[1]!, M5[2]!, '4 ครั้ง', M5[4]!]]),
    );
    expect(cadenceOf(r)).toEqual(['unspecified', 'unspecified']);
    expect(r.warnings.map((w) => w.code)).toEqual(['unspecified-cadence', 'unspecified-cadence']);
  });

  it('a follow-up naming its own cadence keeps it over the column\'s "3 เดือน"', async () => {
    const r = await preview(tsv([[...HEADER, FREQUENCY], row('3 เดือน', 'รายงานผลทุกเดือน')]));
    expect(cadenceOf(r)).toEqual(['monthly']);
    expect(r.warnings).toEqual([]);
  });
});
