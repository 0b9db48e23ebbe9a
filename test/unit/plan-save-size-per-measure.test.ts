// The preview's plan-too-large check measures PUT /plan's body a measure at a time: each measure is
// encoded once, for the body's size and to name the largest, instead of the whole draft encoded as
// well (review 17 s20, leftovers). Same sizes, same warning.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { planSaveBodyBytes, planTooLargeToSave } from '../../shared/domain/plan-upload-rules.js';
import { planOverSaveLimit, unsavableMeasures } from '../../shared/import/plan-limits.js';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { importSeedPlan } from '../support/seed-plan.js';

const whole = (title: string, measures: readonly unknown[]) =>
  new TextEncoder().encode(JSON.stringify({ format: 'json', title, measures })).length;

/** The seed's measures, their methods made long (Thai, quotes, backslashes, new lines). */
function bigDraft(copies: number, textChars: number) {
  const text = 'ข้อความ "ยาว" \\ มาก\n'.repeat(Math.ceil(textChars / 19)).slice(0, textChars);
  const seed = importSeedPlan().plan.measures;
  return Array.from({ length: copies }, (_, i) => {
    const m = seed[i % seed.length]!;
    return { ...m, measureId: `${m.measureId}-${i}`, order: i + 1, methods: [text.slice(0, textChars - i * 7)] };
  });
}

afterEach(() => vi.restoreAllMocks());

describe("PUT /plan's body measured a measure at a time", () => {
  it.each([
    ['the seed plan', 'แผนปฏิบัติการ "ITA" ๒๕๖๖', importSeedPlan().plan.measures],
    ['no measures', '', []],
    ['long Thai text with quotes, backslashes and new lines', 'แผน\\ทดสอบ\n', bigDraft(5, 20_000)],
  ])('is the size of the body encoded whole: %s', (_, title, measures) => {
    expect(planSaveBodyBytes({ title, measures })).toBe(whole(title, measures));
  });

  it.each([
    ['12 measures of ~200 KB', 12, 200_000],
    ['40 measures of ~60 KB', 40, 60_000],
    ['3 measures of ~800 KB', 3, 800_000],
  ])('a draft over the limit is encoded once, with the same warning: %s', (_, copies, chars) => {
    const measures = bigDraft(copies, chars);
    const body = whole('แผน', measures);
    const stringify = vi.spyOn(JSON, 'stringify');
    const found = planOverSaveLimit('แผน', measures);
    const encoded = stringify.mock.results.reduce((n, r) => n + (typeof r.value === 'string' ? r.value.length : 0), 0);
    stringify.mockRestore();
    expect(found?.th.startsWith(planTooLargeToSave(body, { th: 'แผนนี้', en: 'this plan' }).th)).toBe(true);
    // each measure's JSON once (it was the draft whole, then each measure again: twice the body)
    expect(encoded).toBeLessThan(JSON.stringify({ format: 'json', title: 'แผน', measures }).length * 1.05);
  });
});

// session 42: unsavableMeasures copied the whole list for each failing measure (quadratic in the
// draft's measures); it now hands fieldMessages that measure alone, at its place. Same messages.
describe("the preview's cannot-save messages of a 500-measure draft", () => {
  it('name each failing measure by its place, 1, 8, 251 and 500, as before', () => {
    const base = importSeedPlan().plan.measures[0]!;
    const draft = Array.from({ length: 500 }, (_, i) => ({ ...structuredClone(base), measureId: `m${i + 1}` }));
    draft[0]!.followUps = [];
    draft[7]!.title = 'ก'.repeat(3000);
    draft[250]!.responsible = { ...draft[250]!.responsible, allUnits: false, unitIds: ['finance'] };
    (draft[499]!.followUps[0] as { cadence: string }).cadence = 'weekly';
    const units = MUNICIPAL_UNITS.map((u) => (u.unitId === 'finance' ? { ...u, active: false } : u));
    const cannot = 'บันทึกมาตรการนี้ไม่ได้จนกว่าจะแก้: มาตรการลำดับที่';
    expect(unsavableMeasures(draft, units)).toEqual([
      {
        th: `${cannot} ๑ (m1): มาตรการต้องมีการติดตามผลอย่างน้อย ๑ ข้อ (ถ้าไม่มี จะไม่มีหน่วยงานใดต้องรายงานผลมาตรการนี้)`,
        en: 'this measure cannot be saved until fixed: measure 1 (m1): a measure needs at least one follow-up (without one, no unit ever reports on it)',
        measureId: 'm1',
      },
      {
        th: `${cannot} ๘ (m8): ชื่อมาตรการยาวได้ไม่เกิน ๑๐๐๐ ตัวอักษร`,
        en: 'this measure cannot be saved until fixed: measure 8 (m8): measure title must be at most 1000 characters',
        measureId: 'm8',
      },
      {
        th: `${cannot} ๒๕๑ (m251): หน่วยงานที่เลือก (กองคลัง) ปิดการใช้งานแล้วทั้งหมด จึงไม่มีหน่วยงานใดต้องรายงานผลมาตรการนี้ กรุณาเลือกหน่วยงานที่ใช้งานอยู่อย่างน้อย ๑ หน่วยงาน`,
        en: 'this measure cannot be saved until fixed: measure 251 (m251): every unit chosen (กองคลัง) is deactivated, so no unit would report on this measure: choose at least one active unit',
        measureId: 'm251',
      },
      {
        th: `${cannot} ๕๐๐ (m500) การติดตามผลรายการที่ ๑: รอบการรายงานต้องเป็น ทุกเดือน (monthly), ทุกไตรมาส (quarterly), ทุก ๖ เดือน (semiannual), เดือนเมษายน และ กันยายน (april-september), ประจำปี (annual), ครั้งเดียว (once), ไม่ระบุ (unspecified) (ค่าที่ส่งมา: "weekly")`,
        en: 'this measure cannot be saved until fixed: measure 500 (m500), follow-up 1: reporting cadence must be one of: monthly, quarterly, semiannual, april-september, annual, once, unspecified (sent: "weekly")',
        measureId: 'm500',
      },
    ]);
  });
});
