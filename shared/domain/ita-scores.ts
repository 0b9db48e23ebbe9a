// Last year's ITA results, as the plan answers them: the score of each indicator in the assessment
// the plan of fiscal year `fy` responds to (the assessment of fy - 1).
import * as z from 'zod';
import { eachOnce } from './each-once.js';
import { toThaiDigits } from './thai-format.js';

/**
 * True when `score` is a value written with at most two decimals ("72.45"): the NACC publishes ITA
 * scores so, and it bounds what is stored (DynamoDB refuses magnitudes under 1e-130, and 1e-200 would
 * pass a 0-100 range check).
 */
function hasAtMostTwoDecimals(score: number): boolean {
  // out of 0-100 is min/max's to say, alone (an overflowing 1e309 arrives as the largest double)
  return score < 0 || score > 100 || Math.round(score * 100) / 100 === score;
}

/** One indicator's score (0-100, as the NACC publishes it). */
export const IndicatorScoreEntry = z.strictObject({
  no: z.number().int().min(1).max(10).meta({ title: 'ตัวชี้วัดที่', description: 'the ITA indicator, 1-10' }),
  score: z
    .number()
    .min(0)
    .max(100)
    .refine(hasAtMostTwoDecimals, {
      message: 'at most 2 decimal places',
      params: { th: 'คะแนนมีทศนิยมได้ไม่เกิน ๒ ตำแหน่ง', en: 'a score has at most 2 decimal places' },
    })
    .meta({ title: 'คะแนน', description: 'the score, 0-100, at most 2 decimal places (as the NACC publishes it)' }),
});
export type IndicatorScoreEntry = z.infer<typeof IndicatorScoreEntry>;

const uniqueIndicators = eachOnce<IndicatorScoreEntry, 'no'>('no', 'duplicate indicator', (e) => ({
  th: `ตัวชี้วัดที่ ${toThaiDigits(e.no)} ซ้ำกับรายการก่อนหน้า`,
  en: `indicator ${e.no} is given twice`,
}));

/** The scores of one assessment: each indicator at most once. */
export const IndicatorScores = z.array(IndicatorScoreEntry).max(10).superRefine(uniqueIndicators);

export const StoredItaScores = z.object({
  orgId: z.string(),
  fy: z.number().int(),
  indicators: IndicatorScores,
  updatedAt: z.iso.datetime(),
  updatedBy: z.string(),
});
export type StoredItaScores = z.infer<typeof StoredItaScores>;

// the rule lives without zod so the page can flag a draft plan as it is edited
export { type UncoveredIndicator, uncoveredIndicators } from './uncovered-indicators.js';
