// User-facing Thai messages built with a number write it in Thai digits, like every other field
// message ("ต้องไม่เกิน ๑๐"): review-17 entry 5 found "ตัวชี้วัดที่ 1 ซ้ำกับรายการก่อนหน้า".
import { describe, expect, it } from 'vitest';
import { IndicatorScores } from '../../shared/domain/ita-scores.js';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { Measure } from '../../shared/domain/plan.js';
import { importSeedPlan } from '../support/seed-plan.js';
import { fieldMessages } from '../../shared/domain/validation-messages.js';
import { importMeasuresDocument } from '../../shared/import/measures-document.js';
import type * as z from 'zod';

const ARABIC_DIGIT = /[0-9]/;

const fieldsOf = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error('expected a refusal');
  return fieldMessages(parsed.error, 'body.indicators', value);
};

const importText = (doc: string) => importMeasuresDocument(doc, { orgId: 'demo', fy: 2566, units: MUNICIPAL_UNITS });
const HEADER = 'มาตรการ/แนวทาง\tวิธีการดำเนินการ\tระยะเวลาดำเนินการ\tการติดตามผลการดำเนินการ\tผู้รับผิดชอบ\t\n';
const row = (indicator: string, ...extra: string[]) =>
  [`ตัวชี้วัดที่ ${indicator} การใช้ทรัพย์สินของราชการ`, 'วิธี', 'ตลอดปี', 'รายงานทุกเดือน', 'กองคลัง', ...extra].join('\t') + '\n';

describe('Thai messages write their numbers in Thai digits', () => {
  it('an ITA indicator given twice is named "ตัวชี้วัดที่ ๑ ซ้ำกับรายการก่อนหน้า"', () => {
    const [field] = fieldsOf(IndicatorScores, [
      { no: 1, score: 50 },
      { no: 1, score: 60 },
    ]);
    expect(field).toEqual({
      path: 'body.indicators.1.no',
      message_th: 'ตัวชี้วัดที่ ๑ ซ้ำกับรายการก่อนหน้า',
      message_en: 'indicator 1 is given twice',
    });
  });

  it('indicator 10 given twice is "ตัวชี้วัดที่ ๑๐"', () => {
    const scores = [4, 10, 10].map((no) => ({ no, score: 90 }));
    expect(fieldsOf(IndicatorScores, scores)[0]!.message_th).toBe('ตัวชี้วัดที่ ๑๐ ซ้ำกับรายการก่อนหน้า');
  });

  it('a follow-up number given twice in a measure and a range limit say their numbers in Thai digits', () => {
    const seed = importSeedPlan().plan.measures[0]!;
    const followUp = seed.followUps[0]!;
    const measure = { ...seed, indicator: 11, followUps: [followUp, { ...followUp }] };
    const messages = fieldsOf(Measure, measure).map((m) => m.message_th);
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(m).not.toMatch(ARABIC_DIGIT);
    expect(messages).toContainEqual(expect.stringContaining('การติดตามผลข้อ ๑ ซ้ำ'));
    expect(messages).toContainEqual(expect.stringContaining('ไม่เกิน ๑๐'));
  });

  it('an import warning\'s place is written in Thai digits: "บรรทัด ๓ คอลัมน์ ๑", "บรรทัด ๓: มี ๗ ช่อง แต่หัวตารางมี ๖ ช่อง"', () => {
    const { warnings } = importText(HEADER + row('๔', 'หมายเหตุ') + row('๕', 'x', 'เกิน'));
    expect(warnings.map((w) => w.message_th)).toEqual([
      'บรรทัด ๓: มี ๗ ช่อง แต่หัวตารางมี ๖ ช่อง',
      // row 5 carries indicator 4's name: the warning names both numbers
      expect.stringMatching(/^บรรทัด ๓ คอลัมน์ ๑: อ่านได้ว่า "ตัวชี้วัดที่ ๕": .*ตัวชี้วัดที่ ๔ แต่เลขที่อ่านได้คือ ๕ /),
    ]);
    expect(warnings[0]!.message_en).toBe('line 3: 7 cells, but the header has 6');
    for (const w of warnings) expect(w.message_th.replace(/\(.*\)/, '')).not.toMatch(ARABIC_DIGIT);
  });

  it('a column with no header keeps its note under "คอลัมน์ ๖"', () => {
    const { plan } = importText(HEADER + row('๔', 'หมายเหตุพิเศษ'));
    expect(plan.measures[0]!.notes).toEqual([{ label: 'คอลัมน์ ๖', text: 'หมายเหตุพิเศษ' }]);
  });
});
