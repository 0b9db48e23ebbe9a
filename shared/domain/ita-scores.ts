// Last year's ITA results, as the plan answers them: the score of each indicator in the assessment
// the plan of fiscal year `fy` responds to (the assessment of fy - 1).
import * as z from 'zod';
import { indicator as catalogIndicator, ITA_PASS_MARK } from './ita-catalog.js';

/** One indicator's score (0-100, as the NACC publishes it). */
export const IndicatorScoreEntry = z.strictObject({
  no: z.number().int().min(1).max(10).meta({ title: 'ตัวชี้วัดที่', description: 'the ITA indicator, 1-10' }),
  score: z.number().min(0).max(100).meta({ title: 'คะแนน', description: 'the score, 0-100' }),
});
export type IndicatorScoreEntry = z.infer<typeof IndicatorScoreEntry>;

function uniqueIndicators(entries: readonly IndicatorScoreEntry[], ctx: z.RefinementCtx): void {
  const seen = new Set<number>();
  entries.forEach((e, i) => {
    if (seen.has(e.no)) {
      ctx.addIssue({
        code: 'custom',
        path: [i, 'no'],
        message: 'duplicate indicator',
        params: { th: `ตัวชี้วัดที่ ${e.no} ซ้ำกับรายการก่อนหน้า`, en: `indicator ${e.no} is given twice` },
      });
    }
    seen.add(e.no);
  });
}

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

export interface UncoveredIndicator {
  no: number;
  name_th: string;
  score: number;
}

/**
 * Indicators scored under the pass mark (85, ITA_PASS_MARK) that no measure of the plan answers,
 * in indicator order: what the plan screen flags. `measureIndicators`: the plan's measures'
 * indicators (none when there is no plan yet).
 */
export function uncoveredIndicators(
  scores: readonly IndicatorScoreEntry[],
  measureIndicators: readonly (number | null)[],
): UncoveredIndicator[] {
  const covered = new Set(measureIndicators);
  return scores
    .filter((s) => s.score < ITA_PASS_MARK && !covered.has(s.no))
    .sort((a, b) => a.no - b.no)
    .map((s) => ({ no: s.no, name_th: catalogIndicator(s.no).nameTh, score: s.score }));
}
