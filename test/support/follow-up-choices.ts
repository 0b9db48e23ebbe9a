// Follow-ups as a coordinator sets them in the page, for round trips of the product's documents
// (plan document, annual report): the seed plan with some follow-ups changed, and what of each
// follow-up the documents must give back.
import type { FollowUp } from '../../shared/domain/plan.js';
import { storedSeedPlan } from './seed-annual-report.js';

/** A change to a follow-up: the measure's id, the follow-up's index in it, what the page set. */
export type FollowUpChange = readonly [measureId: string, index: number, change: Partial<FollowUp>];

/** The stored seed plan (a copy) with `changes` made to its follow-ups. */
export function seedPlanWith(changes: readonly FollowUpChange[]): ReturnType<typeof storedSeedPlan> {
  const plan = structuredClone(storedSeedPlan());
  for (const [measureId, index, change] of changes) {
    Object.assign(plan.measures.find((m) => m.measureId === measureId)!.followUps[index]!, change);
  }
  return plan;
}

const CHOICES = ['followUpNo', 'text', 'cadence', 'audience', 'firstMonth', 'lastMonth', 'unitIds'] as const;
export type FollowUpChoice = (typeof CHOICES)[number];

/** What the page lets a coordinator choose of a follow-up, `keys` of it (default all), to compare. */
export const followUpChoices =
  (keys: readonly FollowUpChoice[] = CHOICES) =>
  (f: FollowUp): Partial<FollowUp> =>
    Object.fromEntries(keys.map((k) => [k, f[k]]));
