// The `overdue-removed` warnings of a plan save (tester s56 D): POST …/plan-checks foresees them, PUT
// /plan's answer says them. Loaded only by the plan-import function (check-plan-draft.ts, replacePlan).
import { unitNameOf } from '../domain/active-units.js';
import type { DueRules } from '../domain/due-rules.js';
import type { Unit } from '../domain/organisation.js';
import { overdueRemovedNotices, overdueUnsentRemoved } from '../domain/overdue-work-removed.js';
import type { Plan, StoredPlan } from '../domain/plan.js';
import { bangkokDate } from '../domain/plain-date.js';
import type { ImportWarning } from '../import/import-warning.js';
import type { Repositories } from '../store/repositories.js';

/**
 * What saving `after` (as the save stores it) over `before` at `now` removes of overdue work no
 * report holds, one warning a follow-up; the year's reports are read only when some would leave.
 */
export async function overdueRemovedAtSave(
  repos: Pick<Repositories, 'reports'>,
  s: {
    before: StoredPlan | undefined;
    after: Pick<Plan, 'orgId' | 'fy' | 'measures'>;
    units: readonly Unit[];
    dueRules: DueRules | undefined;
    now: Date;
    /** the save is made: its answer says what it removed */
    done?: boolean;
  },
): Promise<ImportWarning[]> {
  const { before, after } = s;
  if (!before) return [];
  const today = bangkokDate(s.now);
  const args = { before, after, units: s.units, dueRules: s.dueRules, today };
  if (overdueUnsentRemoved({ ...args, reports: [] }).length === 0) return [];
  const reports = await repos.reports.listLatestForYear(before.orgId, before.fy);
  const removed = overdueUnsentRemoved({ ...args, reports });
  return overdueRemovedNotices(removed, { before, after, today, unitName: unitNameOf(s.units), done: s.done === true });
}
