// A plan draft kept over a new sign-in (review 17 s14, S14-4): when the session runs out (the
// Cognito token lasts an hour) the API call that finds it gone signs the person out; the unsaved
// draft on screen is kept in this tab's sessionStorage, which the sign-in (a redirect to Cognito
// and back, or the demo picker) leaves in place, and the plan screen of its year gives it back to
// the same person in the same org.
import type { PlanDraft } from './plan-draft.js';

const KEY = 'ita.kept-plan-draft';

export interface KeptDraft {
  fy: number;
  orgId: string;
  personId: string;
  draft: PlanDraft;
}

/** Keeps `kept` (one draft per tab: the latest); false when the browser has no room for it. */
export function keepDraft(kept: KeptDraft): boolean {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(kept));
    return true;
  } catch {
    return false;
  }
}

/** The kept draft, if any. */
export function keptDraft(): KeptDraft | undefined {
  try {
    const text = sessionStorage.getItem(KEY);
    return text ? (JSON.parse(text) as KeptDraft) : undefined;
  } catch {
    return undefined;
  }
}

export function dropKeptDraft(): void {
  sessionStorage.removeItem(KEY);
}
