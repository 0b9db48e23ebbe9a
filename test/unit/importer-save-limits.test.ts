// Issue 17 (review, session 6): the preview held what PUT /plan refuses. Rows past the 500
// measures a plan holds were dropped without a word; a measure too big to save (over 100 KB), or
// with no follow-up, showed as if it could be saved; NUL or U+FFFF in a file reached the draft.
import { describe, expect, it } from 'vitest';
import { MAX_MEASURES, Measure } from '../../shared/domain/plan.js';
import { MAX_WARNINGS } from '../../shared/import/measures-document.js';
import { importRows } from '../support/import-rows.js';

const row = (i: number, cells: Partial<Record<'methods' | 'followUps' | 'units', string>> = {}) => [
  `ตัวชี้วัดที่ ${(i % 10) + 1} มาตรการ ${i + 1}`,
  cells.methods ?? 'วิธี',
  'ตลอดปี',
  cells.followUps ?? 'รายงานทุกเดือน',
  cells.units ?? 'กองคลัง',
];
const rows = (n: number) => Array.from({ length: n }, (_, i) => row(i));

describe(`rows past the ${MAX_MEASURES} measures a plan holds are told, with how many, Thai first`, () => {
  it('501 rows: 500 measures and a warning at row 502 that the last 1 row was not imported', () => {
    const { plan, warnings } = importRows(...rows(501));
    expect(plan.measures).toHaveLength(500);
    const dropped = warnings.filter((w) => w.code === 'measures-dropped');
    expect(dropped).toEqual([
      expect.objectContaining({
        where: { line: 502 },
        message_th: expect.stringMatching(/^บรรทัด ๕๐๒: เอกสารมีมาตรการ ๕๐๑ แถว .*จึงไม่ได้นำเข้า ๑ แถวสุดท้าย/),
        message_en: expect.stringContaining('the last 1 row (from this one) was not imported'),
      }),
    ]);
  });

  it('600 rows tell 100 dropped; exactly 500 rows tell nothing', () => {
    expect(importRows(...rows(600)).warnings.find((w) => w.code === 'measures-dropped')?.message_en).toContain(
      'has 600 measure rows',
    );
    expect(importRows(...rows(500)).warnings.some((w) => w.code === 'measures-dropped')).toBe(false);
  });

  it(`is told even when the other warnings pass the ${MAX_WARNINGS} shown`, () => {
    const noisy = Array.from({ length: 1500 }, (_, i) => row(i, { units: 'หน่วยที่ไม่มี', followUps: 'รายงาน' }));
    const { warnings } = importRows(...noisy);
    expect(warnings.at(-1)?.code).toBe('more-warnings');
    expect(warnings.some((w) => w.code === 'measures-dropped' && w.message_en.includes('last 1000 rows'))).toBe(true);
  });
});

describe('a draft measure that PUT /plan would refuse says so in the preview, naming the measure', () => {
  const cannotSave = (result: ReturnType<typeof importRows>) => result.warnings.filter((w) => w.code === 'cannot-save');

  it('methods of 40 items of 1,000 Thai characters (about 120 KB): "cannot be saved", over 100 KB', () => {
    const methods = Array.from({ length: 40 }, (_, i) => `${i + 1}. ${'ก'.repeat(1000)}`).join(' ');
    const result = importRows(row(0), row(1, { methods }), row(2));
    expect(cannotSave(result)).toEqual([
      expect.objectContaining({
        measureId: 'i2',
        where: { line: 3 },
        message_th: expect.stringMatching(
          /^บรรทัด ๓: บันทึกมาตรการนี้ไม่ได้จนกว่าจะแก้: มาตรการลำดับที่ ๒ \(i2\): มาตรการนี้มีข้อความรวม/,
        ),
        message_en: expect.stringContaining('at most 100 KB can be saved'),
      }),
    ]);
    // the schema agrees: what the preview flags is what the save refuses, and only that
    const [first, second] = result.plan.measures;
    expect(Measure.safeParse(first).success).toBe(true);
    expect(Measure.safeParse(second).success).toBe(false);
  });

  it('the same weight in the follow-up cell (60 follow-ups of 2,000 characters) is flagged the same way', () => {
    const followUps = Array.from({ length: 60 }, (_, i) => `${i + 1}. รายงานทุกเดือน ${'ข'.repeat(2000)}`).join(' ');
    expect(cannotSave(importRows(row(0, { followUps })))).toEqual([
      expect.objectContaining({ measureId: 'i1', message_en: expect.stringContaining('KB') }),
    ]);
  });

  it('a measure with an empty follow-up cell: "needs at least one follow-up", the others stay savable', () => {
    const result = importRows(row(0), row(1, { followUps: '' }));
    expect(cannotSave(result)).toEqual([
      expect.objectContaining({
        measureId: 'i2',
        message_th: expect.stringContaining('มาตรการต้องมีการติดตามผลอย่างน้อย ๑ ข้อ'),
        message_en: expect.stringContaining('needs at least one follow-up'),
      }),
    ]);
  });
});

describe('characters a saved plan may not hold never reach the draft', () => {
  it('NUL, U+FFFF, U+FDD0 and U+FFFD in the cells are removed, and the measure can be saved', () => {
    const result = importRows([
      'ตัวชี้วัดที่ ๔ การใช้\u0000ทรัพย์สิน\uffff',
      'วิธี\ufdd0การ',
      'ตลอดปี',
      'รายงาน\ufffdทุกเดือน',
      'กองคลัง',
    ]);
    const [m] = result.plan.measures;
    expect(m!.title).toContain('การใช้ทรัพย์สิน');
    expect(m!.title.includes('\u0000') || m!.title.includes('\uffff')).toBe(false);
    expect(m!.methods).toEqual(['วิธีการ']);
    expect(m!.followUps[0]!.text).toBe('รายงานทุกเดือน');
    expect(Measure.safeParse(m).success).toBe(true);
    expect(result.warnings.filter((w) => w.code === 'cannot-save')).toEqual([]);
  });
});
