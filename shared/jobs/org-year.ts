// An org's fiscal year as the jobs see it on a given date: people, units, obligations with status.
import { expandPlan, obligationStatus } from '../domain/obligations.js';
import type { Org, Person, Unit } from '../domain/organisation.js';
import type { Measure } from '../domain/plan.js';
import { fiscalYearBounds, fiscalYearOf } from '../domain/fiscal-calendar.js';
import { addDays, type PlainDate } from '../domain/plain-date.js';
import type { TrackedObligation } from '../domain/reminder-plan.js';
import type { Store } from '../store/dynamo-client.js';
import { loadFiscalYear } from '../store/fiscal-year-repository.js';

export interface OrgYear {
  fy: number;
  tracked: TrackedObligation[];
  measures: Map<string, Measure>;
}

export async function loadOrgYear(
  store: Store,
  org: Org,
  units: Unit[],
  fy: number,
  today: PlainDate,
): Promise<OrgYear | undefined> {
  const { plan, reports } = await loadFiscalYear(store, org.orgId, fy);
  if (!plan) return undefined;
  const tracked = expandPlan(
    plan,
    units.map((u) => u.unitId),
    org.dueRules,
  ).map((obligation) => {
    const report = reports.get(obligation.obligationId);
    return {
      obligation,
      status: obligationStatus(obligation, report, today),
      ...(report ? { report } : {}),
    };
  });
  return { fy, tracked, measures: new Map(plan.measures.map((m) => [m.measureId, m])) };
}

export function activePeople(people: Person[]): Person[] {
  return people.filter((p) => p.active);
}

/** Obligations of a year may fall due this long after its end (due rules, "once" dates). */
const LATEST_DUE_AFTER_YEAR_END_DAYS = 120;

/**
 * The fiscal years whose obligations can still be on the ladder on `today`: this year, and the
 * year before until its last possible due date plus the cut-off has passed.
 */
export function reminderYears(today: PlainDate, cutoffDays: number): number[] {
  const fy = fiscalYearOf(today);
  const lastOfPrevious = addDays(fiscalYearBounds(fy - 1).end, LATEST_DUE_AFTER_YEAR_END_DAYS + cutoffDays);
  return today <= lastOfPrevious ? [fy - 1, fy] : [fy];
}
