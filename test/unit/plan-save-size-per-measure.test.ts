// The preview's plan-too-large check measures PUT /plan's body a measure at a time: each measure is
// encoded once, for the body's size and to name the largest, instead of the whole draft encoded as
// well (review 17 s20, leftovers). Same sizes, same warning.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { planSaveBodyBytes, planTooLargeToSave } from '../../shared/domain/plan-upload-rules.js';
import { planOverSaveLimit } from '../../shared/import/plan-limits.js';
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
