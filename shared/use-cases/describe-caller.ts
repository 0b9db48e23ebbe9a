// "Who am I here?" and "what is the plan?": readable by anyone in the org.
import type { Caller } from '../domain/access.js';
import { fiscalYearOf } from '../domain/fiscal-calendar.js';
import { bangkokDate } from '../domain/plain-date.js';
import { planNotFound } from './fiscal-year-obligations.js';
import type { UseCaseContext } from './use-case-context.js';

export async function describeCaller(ctx: UseCaseContext, caller: Caller) {
  const today = bangkokDate(ctx.clock());
  const fiscalYear = fiscalYearOf(today);
  // next year (plans are imported before October) and the five before this one
  const candidateYears = Array.from({ length: 7 }, (_, i) => fiscalYear + 1 - i);
  const [{ org, units }, person, planYears, memberships] = await Promise.all([
    ctx.directory.orgWithUnits(caller.orgId),
    ctx.repos.orgs.getPerson(caller.orgId, caller.personId),
    ctx.repos.plans.fiscalYearsWithPlans(caller.orgId, candidateYears),
    membershipsOf(ctx, caller.personId),
  ]);
  const unit = units.find((u) => u.unitId === caller.unitId);
  const named = (ids: readonly string[] = []) =>
    ids.flatMap((id) => units.filter((u) => u.unitId === id).map((u) => ({ unitId: u.unitId, name: u.name })));
  return {
    personId: caller.personId,
    name: person?.name ?? '',
    org: { orgId: caller.orgId, name: org?.name ?? '' },
    unit: unit ? { unitId: unit.unitId, name: unit.name } : null,
    roles: caller.roles,
    headOfUnit: caller.headOfUnit,
    // in the person's order (a unit closed meanwhile is left out)
    actingHeadOf: named(caller.actingHeadOf),
    alsoStaffOf: named(caller.alsoStaffOf),
    today,
    fiscalYear,
    planYears,
    units: units.map((u) => ({ unitId: u.unitId, name: u.name, active: u.active !== false })),
    memberships,
  };
}

/** The orgs this sign-in is active in (choose one with the X-Org-Id header). */
async function membershipsOf(ctx: UseCaseContext, subject: string) {
  const callers = await ctx.directory.memberships(subject);
  return Promise.all(
    callers.map(async (c) => ({ orgId: c.orgId, name: (await ctx.directory.orgWithUnits(c.orgId)).org?.name ?? '' })),
  );
}

export async function listMeasures(ctx: UseCaseContext, caller: Caller, fy: number) {
  const plan = await ctx.repos.plans.getPlan(caller.orgId, fy);
  if (!plan) throw planNotFound(fy);
  return { fy: plan.fy, version: plan.version, title: plan.title, measures: plan.measures };
}
