// A measure or follow-up added to a saved plan during its fiscal year owes the periods from the
// month it is added, not every period since 1 October (review 17 s14, S14-8): as a unit added
// mid-year owes only the periods ending on or after it was added (docs/domain.md). So does a unit
// added to a saved measure, and a kept follow-up whose cadence changes (review 17 s15, S15-1).
import { fiscalYearOf } from './fiscal-calendar.js';
import { bangkokDate } from './plain-date.js';
import type { Plan, StoredPlan } from './plan.js';
import { responsibleUnitIds } from './obligations.js';

/**
 * From the month of `now` (Asia/Bangkok, "YYYY-MM"), when it lies inside the plan's fiscal year
 * after its first month: give each follow-up of `plan` that `saved` does not have (a new measure's,
 * or a new follow-up number of a kept measure), or whose cadence differs from the saved one, and
 * that names no first month, that month as its first month; and give each unit of `orgUnitIds`
 * newly responsible for a kept measure that month in `responsible.unitFirstMonths`. A follow-up
 * "once" keeps its due date as it is; a first month chosen is kept. Mutates `plan`; returns how
 * many follow-ups and units were given one.
 */
export function startAdditionsAtSave(
  plan: Plan,
  saved: Pick<StoredPlan, 'measures'>,
  now: Date,
  orgUnitIds: readonly string[] = [],
): number {
  const today = bangkokDate(now);
  const month = today.slice(0, 7);
  if (fiscalYearOf(today) !== plan.fy || month.endsWith('-10')) return 0;
  const savedMeasures = new Map(saved.measures.map((m) => [m.measureId, m]));
  let given = 0;
  for (const m of plan.measures) {
    const before = savedMeasures.get(m.measureId);
    const cadenceBefore = new Map(before?.followUps.map((f) => [f.followUpNo, f.cadence]));
    for (const f of m.followUps) {
      const was = cadenceBefore.get(f.followUpNo);
      if (was === f.cadence || f.cadence === 'once' || f.firstMonth !== undefined) continue;
      if (f.lastMonth !== undefined && f.lastMonth < month) continue;
      f.firstMonth = month;
      given++;
    }
    if (!before) continue;
    const had = new Set(responsibleUnitIds(before, orgUnitIds));
    const firstMonths = { ...before.responsible.unitFirstMonths, ...m.responsible.unitFirstMonths };
    for (const unitId of responsibleUnitIds(m, orgUnitIds)) {
      if (had.has(unitId) || firstMonths[unitId] !== undefined) continue;
      firstMonths[unitId] = month;
      given++;
    }
    // a unit's first month stays while it is responsible; taken off, it goes (put back later: from then)
    const now = new Set(responsibleUnitIds(m, orgUnitIds));
    const kept = Object.entries(firstMonths).filter(([unitId]) => now.has(unitId));
    if (kept.length > 0) m.responsible.unitFirstMonths = Object.fromEntries(kept);
    else delete m.responsible.unitFirstMonths;
  }
  return given;
}
