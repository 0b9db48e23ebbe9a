// An org's fiscal year as the jobs see it on a given date: people, units, obligations with status.
import { expandPlan, obligationStatus } from '../domain/obligations.js';
import type { Org, Person, Unit } from '../domain/organisation.js';
import type { Measure } from '../domain/plan.js';
import type { PlainDate } from '../domain/plain-date.js';
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
      status: obligationStatus(obligation, report?.reviewState, today),
      ...(report ? { report } : {}),
    };
  });
  return { fy, tracked, measures: new Map(plan.measures.map((m) => [m.measureId, m])) };
}

export function activePeople(people: Person[]): Person[] {
  return people.filter((p) => p.active);
}
