// An org's fiscal year, assembled: plan -> obligations (for the org's units and due rules) -> each
// obligation's status on a date. Pure; the one place this is put together, for the API's views, the
// reminder jobs, the documents and the public page's figures (compliance-summary.ts counts from it).
import type { DueRules } from './due-rules.js';
import { expandPlan, obligationStatus } from './obligations.js';
import type { Measure, StoredPlan } from './plan.js';
import type { PlainDate } from './plain-date.js';
import type { Report } from './report.js';
import type { TrackedObligation } from './reminder-plan.js';
import { unitKeepsObligation, type UnitLifetime } from './unit-lifetime.js';
import type { Obligation } from './obligations.js';
import { bangkokDate } from './plain-date.js';

/**
 * A unit added to the org on or after an obligation's due date (a "once" follow-up it owes from
 * then): the obligation came to it that day, as a late addition to the plan does (addedOn).
 */
function addedWithUnit(o: Obligation, unit: UnitLifetime | undefined): Obligation {
  const day = unit?.addedAt ? bangkokDate(new Date(unit.addedAt)) : undefined;
  if (day === undefined || day < o.dueDate || (o.addedOn !== undefined && o.addedOn >= day)) return o;
  return { ...o, addedOn: day };
}

/**
 * The obligation as known on `asOf`: an addition dated after it (a run or a document for a day
 * before the save: `npm start -- --today`, a plan imported on the real day; tester s50: the results
 * report for 1 October 2023 said tracking began on 7 December 2026) is read as if always planned,
 * as reminder-plan.ts ladderSubject and settlement.ts overdueAfter read it.
 */
function knownOn(o: Obligation, asOf: PlainDate): Obligation {
  if (o.addedOn === undefined || o.addedOn <= asOf) return o;
  const { addedOn: _later, ...planned } = o;
  return planned;
}

export interface OrgYear {
  fy: number;
  plan: StoredPlan;
  /** latest report per obligation id */
  reports: Map<string, Report>;
  /** every obligation of the year, in plan order, with its status on `asOf` */
  tracked: TrackedObligation[];
  /** by obligation id */
  trackedById: Map<string, TrackedObligation>;
  measures: Map<string, Measure>;
  asOf: PlainDate;
}

/**
 * The year of `plan` as it stands on `asOf` (a Bangkok date). `units`: the org's units, active or
 * not (a measure for "every unit" expands to these), each owing only what unitKeepsObligation says
 * (a unit added during the year, a deactivated unit); `dueRules`: the org's due rules (docs/domain.md).
 */
export function assembleOrgYear(input: {
  plan: StoredPlan;
  reports: Map<string, Report>;
  units: readonly UnitLifetime[];
  dueRules: DueRules | undefined;
  asOf: PlainDate;
}): OrgYear {
  const { plan, reports, asOf } = input;
  const unitById = new Map(input.units.map((u) => [u.unitId, u]));
  const tracked = expandPlan(
    plan,
    input.units.map((u) => u.unitId),
    input.dueRules ?? {},
  ).flatMap((planned): TrackedObligation[] => {
    const report = reports.get(planned.obligationId);
    const obligation = knownOn(addedWithUnit(planned, unitById.get(planned.unitId)), asOf);
    if (!unitKeepsObligation(unitById.get(obligation.unitId), obligation, report, asOf)) return [];
    return [{ obligation, status: obligationStatus(obligation, report, asOf), ...(report ? { report } : {}) }];
  });
  return {
    fy: plan.fy,
    plan,
    reports,
    tracked,
    trackedById: new Map(tracked.map((t) => [t.obligation.obligationId, t])),
    measures: new Map(plan.measures.map((m) => [m.measureId, m])),
    asOf,
  };
}
