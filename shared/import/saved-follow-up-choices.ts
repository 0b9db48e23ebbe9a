// What the coordinator set on a saved follow-up that a file does not say: its first and last month
// (S13-3, S14-8), its own units (S13-3), its audience, a one-off's due date. A re-imported file's
// follow-up aligned to a saved one keeps them, so re-importing the revised Word file neither makes
// the months since October overdue nor brings back duties stopped after March (review 17 s16,
// S16-4), nor turns the audience chosen back into the one the text suggests (review 17 s13, S13-4).
import type { Cadence } from '../domain/due-rules.js';
import type { Audience } from '../domain/plan.js';
import { detectAudience } from './cadence-detection.js';

/** A saved follow-up, as much as the choices need. */
export interface SavedFollowUpChoices {
  text: string;
  cadence?: Cadence;
  audience?: readonly Audience[];
  dueDate?: string;
  firstMonth?: string;
  lastMonth?: string;
  unitIds?: readonly string[];
}

interface FileFollowUp {
  text: string;
  cadence: Cadence;
  audience: Audience[];
  dueDate?: string;
  firstMonth?: string;
  lastMonth?: string;
  unitIds?: string[];
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * `f` (a file's follow-up aligned to `saved`) with the saved choices the file does not make:
 * - months and a due date, when the cadence is the saved one and the file names none;
 * - its own units, when the file names none, those still responsible for the measure
 *   (`responsible`: undefined for "every unit");
 * - the audience, when the file's is only what the saved text itself reads as (no other audience
 *   named in the file, no audience note).
 */
export function withSavedChoices<F extends FileFollowUp>(
  f: F,
  saved: SavedFollowUpChoices,
  responsible: readonly string[] | undefined,
): F {
  const kept: Partial<FileFollowUp> = {};
  if (saved.cadence === f.cadence) {
    const own = f.firstMonth !== undefined || f.lastMonth !== undefined;
    if (!own && saved.firstMonth !== undefined) kept.firstMonth = saved.firstMonth;
    if (!own && saved.lastMonth !== undefined) kept.lastMonth = saved.lastMonth;
    if (f.cadence === 'once' && saved.dueDate !== undefined && f.dueDate === undefined) kept.dueDate = saved.dueDate;
  }
  if (f.unitIds === undefined && saved.unitIds !== undefined) {
    const still = saved.unitIds.filter((u) => responsible === undefined || responsible.includes(u));
    if (still.length > 0) kept.unitIds = still;
  }
  if (saved.audience !== undefined && !sameSet(saved.audience, f.audience)) {
    if (sameSet(f.audience, detectAudience(saved.text))) kept.audience = [...saved.audience];
  }
  return Object.keys(kept).length === 0 ? f : { ...f, ...kept };
}
