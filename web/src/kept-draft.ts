// A plan draft kept over a new sign-in (review 17 s14, S14-4): when the session runs out (the
// Cognito token lasts an hour) the API call that finds it gone signs the person out; the unsaved
// draft on screen is kept in this tab's sessionStorage, which the sign-in (a redirect to Cognito
// and back, or the demo picker) leaves in place, and the plan screen of its year gives it back to
// the same person in the same org.
import { keptInTab } from './kept-in-tab.js';
import type { PlanDraft } from './plan-draft.js';

const KEY = 'ita.kept-plan-draft';

export interface KeptDraft {
  fy: number;
  orgId: string;
  personId: string;
  draft: PlanDraft;
}

const kept = keptInTab<KeptDraft>(KEY);

/** Keeps `draft` (one draft per tab: the latest); false when the browser has no room for it. */
export const keepDraft = (draft: KeptDraft): boolean => kept.keep(draft);

/** The kept draft, if any. */
export const keptDraft = (): KeptDraft | undefined => kept.read();

export const dropKeptDraft = (): void => kept.drop();
