// One obligation of a year's plan, found without reading the year's reports.
import { expandPlan, type Obligation } from '../domain/obligations.js';
import { obligationNotFound, planNotFound } from './fiscal-year-obligations.js';
import type { UseCaseContext } from './use-case-context.js';
import { parseObligationId } from '../domain/obligations.js';
import { unitOwesPeriod } from '../domain/unit-lifetime.js';

export async function planObligation(
  ctx: UseCaseContext,
  orgId: string,
  fy: number,
  obligationId: string,
): Promise<Obligation> {
  if (!parseObligationId(obligationId)) throw obligationNotFound(obligationId);
  const [plan, { org, units }] = await Promise.all([
    ctx.repos.plans.getPlan(orgId, fy),
    ctx.directory.orgWithUnits(orgId),
  ]);
  if (!plan) throw planNotFound(fy);
  const found = expandPlan(
    plan,
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
