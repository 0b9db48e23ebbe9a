// "Show me one obligation: its measure, follow-up, period, due date, status and latest report."
import { assertCanReadUnit, type Caller } from '../domain/access.js';
import { findObligation, fiscalYearObligations, toView } from './fiscal-year-obligations.js';
import type { UseCaseContext } from './use-case-context.js';

export async function getObligation(ctx: UseCaseContext, caller: Caller, fy: number, obligationId: string) {
  const year = await fiscalYearObligations(ctx, caller.orgId, fy);
  const obligation = findObligation(year, obligationId);
  assertCanReadUnit(caller, obligation.unitId);
  return {
    ...toView(year, obligation),
    measure: year.measureById.get(obligation.measureId)!,
    latestReport: year.reports.get(obligationId) ?? null,
  };
}
