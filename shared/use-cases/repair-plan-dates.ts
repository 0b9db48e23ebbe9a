// "Find and repair the due dates saved in BE years": the upgrade step for plans saved before PUT /plan
// refused dates outside the fiscal year (break 16 s28, B14). For `npm run admin -- repair-plan-dates`:
// by key paths only (the org registry's Query, one BatchGet of plan headers and one Query per plan),
// a dry run unless told to apply, and a repair is an ordinary save (replaceOrgPlan: guards, audit,
// the earlier version kept in the plan's history).
import { DomainError } from '../domain/errors.js';
import { fiscalYearOf } from '../domain/fiscal-calendar.js';
import { bangkokDate } from '../domain/plain-date.js';
import {
  type StoredDateProblem,
  storedDatesOutsideFiscalYear,
  withRepairedDates,
} from '../domain/stored-plan-dates.js';
import type { Repositories } from '../store/repositories.js';
import { allOrgIds } from './every-org.js';
import { replaceOrgPlan } from './replace-plan.js';

/** How many fiscal years back from next year's plans are read (one BatchGet per org: at most 100). */
export const PLAN_YEARS_READ = 30;

/** One plan with stored dates outside its year, and what was done. */
export interface PlanDatesFinding {
  orgId: string;
  fy: number;
  version: number;
  problems: StoredDateProblem[];
  /**
   * 'dry-run' (nothing written), 'repaired' (saved as `savedVersion`), 'manual' (a value with no CE
   * value inside the year: the coordinator fixes it on the plan page; nothing written), or 'refused'
   * (the save refused it: `reason`)
   */
  outcome: 'dry-run' | 'repaired' | 'manual' | 'refused';
  savedVersion?: number;
  reason?: string;
}

/**
 * The plans of `orgIds` (default every org in the registry) whose stored due dates or months fall
 * outside their fiscal year, each repaired (with `apply`) when every such value is its year's CE
 * value written with a BE year. Plans of the last PLAN_YEARS_READ fiscal years up to next year's.
 */
export async function repairPlanDates(
  repos: Pick<Repositories, 'orgs' | 'plans' | 'reports'>,
  request: { orgIds?: readonly string[]; apply: boolean; actor: string; now: Date },
): Promise<PlanDatesFinding[]> {
  const last = fiscalYearOf(bangkokDate(request.now)) + 1;
  const years = Array.from({ length: PLAN_YEARS_READ }, (_, k) => last - k);
  const findings: PlanDatesFinding[] = [];
  for (const orgId of request.orgIds ?? (await allOrgIds(repos))) {
    for (const fy of (await repos.plans.fiscalYearsWithPlans(orgId, years)).sort((a, b) => a - b)) {
      const plan = await repos.plans.getPlan(orgId, fy);
      const problems = plan ? storedDatesOutsideFiscalYear(plan) : [];
      if (!plan || problems.length === 0) continue;
      const found = { orgId, fy, version: plan.version, problems };
      if (problems.some((p) => !p.repaired)) findings.push({ ...found, outcome: 'manual' });
      else if (!request.apply) findings.push({ ...found, outcome: 'dry-run' });
      else findings.push({ ...found, ...(await save(repos, { orgId, fy, plan, problems, ...request })) });
    }
  }
  return findings;
}

async function save(
  repos: Pick<Repositories, 'orgs' | 'plans' | 'reports'>,
  r: {
    orgId: string;
    fy: number;
    plan: NonNullable<Awaited<ReturnType<Repositories['plans']['getPlan']>>>;
    problems: StoredDateProblem[];
    actor: string;
    now: Date;
  },
): Promise<Pick<PlanDatesFinding, 'outcome' | 'savedVersion' | 'reason'>> {
  try {
    const saved = await replaceOrgPlan(repos, {
      orgId: r.orgId,
      fy: r.fy,
      plan: { title: r.plan.title, measures: withRepairedDates(r.plan, r.problems) },
      units: await repos.orgs.listUnits(r.orgId),
      actor: r.actor,
      now: r.now,
      expectedVersion: r.plan.version,
      replaced: r.plan,
      path: 'plan',
    });
    return { outcome: 'repaired', savedVersion: saved.version };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const fields = error.fields.map((f) => ` ${f.path}: ${f.message_en}`).join(';');
    return { outcome: 'refused', reason: `${error.message_th} / ${error.message_en}${fields}` };
  }
}
