// A measure or follow-up added to a saved plan during its fiscal year owes the periods from the
// month it is added, not every period since 1 October (review 17 s14, S14-8): as a unit added
// mid-year owes only the periods ending on or after it was added (docs/domain.md).
import { fiscalYearOf } from './fiscal-calendar.js';
import { bangkokDate } from './plain-date.js';
import type { Plan, StoredPlan } from './plan.js';

/**
 * Give each follow-up of `plan` that `saved` does not have (a new measure's, or a new follow-up
 * number of a kept measure) and that names no first month the month of `now` (Asia/Bangkok,
 * "YYYY-MM") as its first month, when `now` lies inside the plan's fiscal year after its first
 * month. A follow-up "once" keeps its due date as it is; a first month chosen is kept. Mutates
 * `plan`; returns how many follow-ups were given one.
 */
export function startAdditionsAtSave(plan: Plan, saved: Pick<StoredPlan, 'measures'>, now: Date): number {
  const today = bangkokDate(now);
  const month = today.slice(0, 7);
  if (fiscalYearOf(today) !== plan.fy || month.endsWith('-10')) return 0;
  const savedFollowUps = new Map(
    saved.measures.map((m) => [m.measureId, new Set(m.followUps.map((f) => f.followUpNo))]),
  );
  let given = 0;
  for (const m of plan.measures) {
    const kept = savedFollowUps.get(m.measureId);
    for (const f of m.followUps) {
      if (kept?.has(f.followUpNo) || f.cadence === 'once' || f.firstMonth !== undefined) continue;
      if (f.lastMonth !== undefined && f.lastMonth < month) continue;
      f.firstMonth = month;
      given++;
    }
  }
  return given;
}
