// Which of last year's weak indicators the plan leaves unanswered (no zod: the page uses it too).
import { indicator as catalogIndicator, ITA_PASS_MARK } from './ita-catalog.js';

export interface UncoveredIndicator {
  no: number;
  name_th: string;
  score: number;
}

/**
 * Indicators scored under the pass mark (85, ITA_PASS_MARK) that no measure of the plan answers,
 * in indicator order: what the plan screen flags. `scores`: indicator 1-10 with its score 0-100;
 * `measureIndicators`: the plan's measures' indicators (none when there is no plan yet; null for a
 * draft measure whose indicator is not chosen yet).
 */
export function uncoveredIndicators(
  scores: readonly { no: number; score: number }[],
  measureIndicators: readonly (number | null)[],
): UncoveredIndicator[] {
  const covered = new Set(measureIndicators);
  return scores
    .filter((s) => s.score < ITA_PASS_MARK && !covered.has(s.no))
    .sort((a, b) => a.no - b.no)
    .map((s) => ({ no: s.no, name_th: catalogIndicator(s.no).nameTh, score: s.score }));
}
