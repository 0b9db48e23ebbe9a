// One obligation of a year's plan, found without reading the year's reports.
import { expandPlan, type Obligation, parseObligationId } from '../domain/obligations.js';
import type { StoredPlan } from '../domain/plan.js';
import { unitOwesPeriod } from '../domain/unit-lifetime.js';
import { obligationNotFound, planNotFound } from './fiscal-year-obligations.js';
import type { UseCaseContext } from './use-case-context.js';

/** The obligation, from the stored plan. Errors: NotFoundError (no plan, no such obligation). */
export async function planObligation(
  ctx: UseCaseContext,
  orgId: string,
  fy: number,
  obligationId: string,
): Promise<Obligation> {
  return obligationOfPlan(ctx, orgId, fy, obligationId, () => ctx.repos.plans.getPlan(orgId, fy));
}

/**
 * The obligation in the plan `readPlan` gives (the store's, or PlanSnapshots'), with the org's units
 * and due rules from the caller directory; a malformed id is refused before anything is read.
 * Errors: NotFoundError (no plan, no such obligation).
 */
export async function obligationOfPlan(
  ctx: UseCaseContext,
  orgId: string,
  fy: number,
  obligationId: string,
  readPlan: () => Promise<StoredPlan | undefined>,
): Promise<Obligation> {
  const parsed = parseObligationId(obligationId);
  if (!parsed) throw obligationNotFound(obligationId);
  const [stored, { org, units }] = await Promise.all([readPlan(), ctx.directory.orgWithUnits(orgId)]);
  if (!stored) throw planNotFound(fy);
  // only the named measure: its obligations do not depend on the others (measure ids are unique)
  const found = expandPlan(
    { ...stored, measures: stored.measures.filter((m) => m.measureId === parsed.measureId) },
    units.map((u) => u.unitId),
    org?.dueRules ?? {},
  ).find((o) => o.obligationId === obligationId);
  // a period before its unit was added is no one's obligation (a deactivated unit's reports stay readable)
  if (
    !found ||
    !unitOwesPeriod(
      units.find((u) => u.unitId === found.unitId),
      found,
    )
  ) {
    throw obligationNotFound(obligationId);
  }
  return found;
}
