// Last year's ITA scores, entered by a coordinator beside the plan they answer (issue 17).
import type { ItaScoresBody } from '../api/request-schemas.js';
import type { ItaScoresView } from '../api/response-schemas.js';
import { assertCanReadOrgWide, assertCoordinator, type Caller } from '../domain/access.js';
import { uncoveredIndicators } from '../domain/ita-scores.js';
import type { UseCaseContext } from './use-case-context.js';

async function view(ctx: UseCaseContext, orgId: string, fy: number): Promise<ItaScoresView> {
  const [scores, plan] = await Promise.all([
    ctx.repos.plans.getItaScores(orgId, fy),
    ctx.repos.plans.getPlan(orgId, fy),
  ]);
  const indicators = scores?.indicators ?? [];
  return {
    fy,
    indicators,
    ...(scores ? { updatedAt: scores.updatedAt, updatedBy: scores.updatedBy } : {}),
    hasPlan: plan !== undefined,
    uncovered: uncoveredIndicators(indicators, plan?.measures.map((m) => m.indicator) ?? []),
  };
}

/**
 * GET /v1/fiscal-years/{fy}/ita-scores (coordinators, executives): the scores entered for the plan
 * of `fy` (empty when none), and `uncovered`: each indicator under 85 that no measure of the plan
 * answers. Errors: ForbiddenError for staff.
 */
export async function getItaScores(ctx: UseCaseContext, caller: Caller, fy: number): Promise<ItaScoresView> {
  assertCanReadOrgWide(caller);
  return view(ctx, caller.orgId, fy);
}

/**
 * PUT /v1/fiscal-years/{fy}/ita-scores (coordinators): replaces the scores (body validated by
 * ItaScoresBody: indicators 1-10 once each, scores 0-100) and answers as GET does.
 * Errors: ForbiddenError for anyone but a coordinator.
 */
export async function putItaScores(
  ctx: UseCaseContext,
  caller: Caller,
  fy: number,
  body: ItaScoresBody,
): Promise<ItaScoresView> {
  assertCoordinator(caller);
  await ctx.repos.plans.putItaScores(caller.orgId, fy, body.indicators, {
    actor: caller.personId,
    actorName: caller.name,
    now: ctx.clock(),
  });
  return view(ctx, caller.orgId, fy);
}
