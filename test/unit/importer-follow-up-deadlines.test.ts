// Review 17 s9, entry 19: a follow-up with a deadline ("ภายในวันที่ ๓๑ มีนาคม ๒๕๖๗") was never a
// one-off but unspecified (reminded at the year's end, six months late); "ทุกวันที่ ๕ ของเดือน" was
// not monthly; months or quarters named six months apart were no cadence; "ทุกสัปดาห์" got the
// generic warning. Read in the plan's fiscal year (FY2567: 1 Oct 2023 - 30 Sep 2024).
import { describe, expect, it } from 'vitest';
import { readFollowUpCadence } from '../../shared/import/follow-up-cadence.js';
import { importRows } from '../support/import-rows.js';

const FY = 2567;

describe('a deadline inside the plan year makes a one-off due then', () => {
  const cases: [string, string][] = [
    ['รายงานผลภายในวันที่ ๓๑ มีนาคม ๒๕๖๗', '2024-03-31'],
    ['รายงานผลภายในเดือนมีนาคม ๒๕๖๗', '2024-03-31'],
    ['รายงานผลภายใน 31/03/2567', '2024-03-31'],
    ['ส่งรายงานก่อนวันที่ 15 ธ.ค. 66', '2023-12-15'],
    ['สรุปผลไม่เกินวันที่ ๓๐ มิถุนายน', '2024-06-30'],
  ];
  for (const [text, dueDate] of cases) {
    it(`reads "${text}" as once due ${dueDate}, with a warning quoting it`, () => {
      const read = readFollowUpCadence(text, FY);
      expect(read.cadence).toBe('once');
      expect(read.dueDate).toBe(dueDate);
      expect(read.guessed?.th).toContain(`"${text}"`);
    });
  }

  it('leaves a deadline outside the plan year unspecified, and a day that does not exist', () => {
    expect(readFollowUpCadence('รายงานผลภายในวันที่ ๓๑ มีนาคม ๒๕๖๘', FY).cadence).toBe('unspecified');
    expect(readFollowUpCadence('รายงานผลภายใน 31/02/2567', FY).cadence).toBe('unspecified');
    expect(readFollowUpCadence('รายงานผลภายใน ๕ วันทำการ', FY).cadence).toBe('unspecified');
  });
});

describe('days of every month, months and quarters named, weeks', () => {
  const cases: [string, string, boolean][] = [
    ['รายงานผลทุกวันที่ ๕ ของเดือน', 'monthly', false],
    ['รายงานภายในวันที่ 10 ของทุกเดือน', 'monthly', false],
    ['ทุกวันที่ ๒๕', 'monthly', false],
    ['รายงาน ๒ ครั้ง (มีนาคม และ กันยายน)', 'semiannual', true],
    ['รายงานผลไตรมาสที่ ๒ และไตรมาสที่ ๔', 'semiannual', true],
    ['รายงานเดือนธันวาคม มีนาคม มิถุนายน และกันยายน', 'quarterly', true],
    ['รายงานผลทุกสัปดาห์', 'monthly', true],
    ['รายงานผลรายสัปดาห์', 'monthly', true],
  ];
  for (const [text, cadence, guessed] of cases) {
    it(`reads "${text}" as ${cadence}${guessed ? ', with a warning' : ''}`, () => {
      const read = readFollowUpCadence(text, FY);
      expect(read.cadence).toBe(cadence);
      expect(read.guessed !== undefined).toBe(guessed);
    });
  }
});

describe('in an imported plan', () => {
  it('gives the follow-up its due date and a cadence-guessed warning at its cell (Thai first, then English)', () => {
    const result = importRows([
      'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ',
      '๑. จัดทำคู่มือ',
      'ตลอดปี',
      '๑. รายงานผลทุกเดือน ๒. ส่งสรุปผลภายในวันที่ ๓๑ มีนาคม ๒๕๖๖',
      'กองคลัง',
    ]);
    const [monthly, oneOff] = result.plan.measures[0]!.followUps;
    expect(monthly!.cadence).toBe('monthly');
    expect(oneOff).toMatchObject({ cadence: 'once', dueDate: '2023-03-31', text: 'ส่งสรุปผลภายในวันที่ ๓๑ มีนาคม ๒๕๖๖' });
    const warning = result.warnings.find((w) => w.code === 'cadence-guessed')!;
    expect(warning).toMatchObject({ where: { line: 2, column: 4 }, measureId: 'i4', followUpNo: 2 });
    expect(warning.message_th).toMatch(/^บรรทัด ๒ คอลัมน์ ๔: .*๓๑ มีนาคม ๒๕๖๖/);
    expect(warning.message_en).toMatch(/^line 2, column 4: .*2023-03-31/);
    expect(result.warnings.map((w) => w.code)).not.toContain('unspecified-cadence');
  });
});
