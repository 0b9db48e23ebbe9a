// The page's list boxes and the API's schema take their limits from one place (plan-limits.ts):
// what listItemProblems names is exactly what Measure refuses.
import { describe, expect, it } from 'vitest';
import { Measure } from '../../shared/domain/plan.js';
import { listItemProblems, MAX_ITEM_LENGTH, MAX_LIST_ITEMS } from '../../shared/domain/plan-limits.js';

const measure = (list: 'subMeasures' | 'methods' | 'recommendations', items: string[]) => ({
  measureId: 'i4',
  order: 1,
  indicator: 4,
  title: 'ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ',
  [list]: items,
  followUps: [{ followUpNo: 1, text: 'รายงานผล', cadence: 'monthly' }],
  responsible: { allUnits: true, unitIds: [], text: 'ทุกกอง' },
});

describe('list limits: one source for the page and the API', () => {
  const cases: [string, string[]][] = [
    ['30 items of 200 characters (6,000 in all)', Array.from({ length: 30 }, () => 'ก'.repeat(200))],
    ['one item of exactly 5,000', ['ก'.repeat(MAX_ITEM_LENGTH)]],
    ['one item of 5,001', ['สั้น', 'ก'.repeat(MAX_ITEM_LENGTH + 1)]],
    ['100 items', Array.from({ length: MAX_LIST_ITEMS }, (_, i) => `ข้อ ${i}`)],
    ['101 items', Array.from({ length: MAX_LIST_ITEMS + 1 }, (_, i) => `ข้อ ${i}`)],
  ];
  for (const list of ['subMeasures', 'methods', 'recommendations'] as const) {
    it.each(cases)(`${list}: %s is refused by the API exactly when the page names a problem`, (_, items) => {
      const api = Measure.safeParse(measure(list, items));
      expect(api.success).toBe(listItemProblems(items).length === 0);
    });
  }

  it('names each over-long item by its number and start, Thai digits first, and the count over 100', () => {
    const problems = listItemProblems(['สั้น', 'ก'.repeat(5001), 'ข'.repeat(6011)]);
    expect(problems.map((p) => p.th)).toEqual([
      `ข้อ ๒ "${'ก'.repeat(29)}…" ยาว ๕,๐๐๑ ตัวอักษร เกินข้อละ ๕,๐๐๐ ตัวอักษร: ย่อข้อความ หรือขึ้นบรรทัดใหม่เพื่อแยกเป็นหลายข้อ`,
      `ข้อ ๓ "${'ข'.repeat(29)}…" ยาว ๖,๐๑๑ ตัวอักษร เกินข้อละ ๕,๐๐๐ ตัวอักษร: ย่อข้อความ หรือขึ้นบรรทัดใหม่เพื่อแยกเป็นหลายข้อ`,
    ]);
    expect(problems[0]!.en).toContain('item 2');
    expect(listItemProblems(Array.from({ length: 101 }, () => 'x')).map((p) => p.th)).toEqual([
      'มี ๑๐๑ ข้อ เกิน ๑๐๐ ข้อ: รวมบางข้อเข้าด้วยกัน หรือย้ายไปเป็นมาตรการใหม่',
    ]);
  });
});
