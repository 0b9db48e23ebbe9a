// "The coordinator replaces the year's plan": one use case, with one guard, for the API (plan JSON
// or the measures document) and the CLI importer alike.
import type { ReplacePlanBody } from '../api/request-schemas.js';
import { assertCoordinator, type Caller } from '../domain/access.js';
import { ConflictError, NotFoundError, ValidationError } from '../domain/errors.js';
import { parseObligationId } from '../domain/obligations.js';
import { dueDatesOutsideFiscalYear, Plan, type StoredPlan } from '../domain/plan.js';
import { parseOrThrow } from '../domain/validation-messages.js';
import { importMeasuresDocument, type ImportResult } from '../import/measures-document.js';
import type { ImportWarning } from '../import/import-warning.js';
import type { NamedUnit } from '../import/responsibility.js';
import type { Repositories } from '../store/repositories.js';
import type { UseCaseContext } from './use-case-context.js';

export interface PlanReplacement {
  orgId: string;
  fy: number;
  /** the new plan's title and measures, not yet validated */
  plan: { title?: unknown; measures: unknown };
  /** the org's units: a measure may name only these */
  units: readonly { unitId: string }[];
  actor: string;
  now: Date;
  /** the version being replaced; default the current one */
  expectedVersion?: number;
  /** where the plan sits in the caller's input, for field paths ("body", "document") */
  path: string;
}

/**
 * Validate and save a new plan for (org, fy). Errors: ValidationError (400: bad fields, duplicate
 * ids, a due date outside the fiscal year, a measure over 100 KB, malformed Unicode, unknown
 * units), ConflictError (409: the plan was saved by someone else since `expectedVersion`, or it drops measures that already have reports).
 * Writes nothing unless it succeeds; the save is all or nothing (PlanRepository.savePlan).
 */
export async function replaceOrgPlan(
  repos: Pick<Repositories, 'plans' | 'reports'>,
  r: PlanReplacement,
): Promise<StoredPlan> {
  const plan = parseOrThrow(Plan, { orgId: r.orgId, fy: r.fy, ...r.plan }, r.path);
  const lateOrEarly = dueDatesOutsideFiscalYear(plan, r.path);
  if (lateOrEarly.length > 0) {
    throw new ValidationError(
      'วันครบกำหนดในแผนต้องอยู่ในปีงบประมาณของแผน',
      "the plan's due dates must fall inside its fiscal year",
      lateOrEarly,
    );
  }
  const known = new Set(r.units.map((u) => u.unitId));
  const unknown = plan.measures.flatMap((m, i) =>
    [...m.responsible.unitIds, ...(m.responsible.leadUnitId ? [m.responsible.leadUnitId] : [])]
      .filter((u) => !known.has(u))
      .map((u) => ({ i, u })),
  );
  if (unknown.length > 0) {
    throw new ValidationError(
      'แผนระบุหน่วยงานที่ไม่มีในองค์กร',
      'the plan names units the organisation does not have',
      unknown.map(({ i, u }) => ({
        path: `${r.path}.measures.${i}.responsible.unitIds`,
        message_th: `ไม่มีหน่วยงาน "${u}"`,
        message_en: `no unit "${u}"`,
      })),
    );
  }
  const reported = await repos.reports.listLatestForYear(r.orgId, r.fy);
  const kept = new Set(plan.measures.map((m) => m.measureId));
  const dropped = [...new Set(reported.map((x) => parseObligationId(x.obligationId)?.measureId ?? ''))].filter(
    (id) => id && !kept.has(id),
  );
  if (dropped.length > 0) {
    throw new ConflictError(
      `แผนใหม่ตัดมาตรการที่หน่วยงานรายงานผลไปแล้ว (${dropped.join(', ')}) จึงบันทึกไม่ได้ รายงานเหล่านั้นจะไม่มีมาตรการให้อ้างถึง: คงมาตรการไว้ แล้วแก้ไขข้อความแทนการลบ`,
      `the new plan drops measures that already have reports (${dropped.join(', ')}); keep them and edit them instead`,
      [],
      { droppedMeasures: dropped.join(',') },
    );
  }
  const plans = repos.plans;
  const current = r.expectedVersion ?? (await plans.getPlanVersion(r.orgId, r.fy));
  return plans.savePlan(plan, {
    actor: r.actor,
    now: r.now,
    ...(current === undefined ? {} : { expectedVersion: current }),
  });
}

/** PUT /v1/fiscal-years/{fy}/plan (coordinators). */
export async function replacePlan(ctx: UseCaseContext, caller: Caller, fy: number, body: ReplacePlanBody) {
  assertCoordinator(caller);
  const { units } = await ctx.directory.orgWithUnits(caller.orgId);
  let plan: PlanReplacement['plan'];
  let warnings: ImportWarning[] = [];
  if (body.format === 'document') {
    const result = importMeasuresDocument(body.text, { orgId: caller.orgId, fy, units });
    if (result.plan.measures.length === 0) {
      throw new ValidationError('ไม่พบตารางมาตรการในเอกสาร', 'no measures table was found in the document', [
        { path: 'body.text', message_th: 'ไม่พบตารางมาตรการ', message_en: 'no measures table found' },
      ]);
    }
    plan = result.plan;
    warnings = result.warnings;
  } else {
    plan = { title: body.title, measures: body.measures };
  }
  const saved = await replaceOrgPlan(ctx.repos, {
    orgId: caller.orgId,
    fy,
    plan,
    units,
    actor: caller.personId,
    now: ctx.clock(),
    ...(body.expectedVersion === undefined ? {} : { expectedVersion: body.expectedVersion }),
    path: body.format === 'document' ? 'document' : 'body',
  });
  return { plan: saved, warnings };
}

export interface ImportPlanRequest {
  orgId: string;
  fy: number;
  text: string;
  actor: string;
  now: Date;
}

/** The CLI importer (npm run import): the document read against the org's own units, saved by replaceOrgPlan. */
export async function importPlan(
  repos: Pick<Repositories, 'orgs' | 'plans' | 'reports'>,
  request: ImportPlanRequest,
): Promise<ImportResult & { saved: StoredPlan }> {
  const orgs = repos.orgs;
  const org = await orgs.getOrg(request.orgId);
  if (!org) {
    throw new NotFoundError(`ไม่พบหน่วยงาน "${request.orgId}"`, `no organisation "${request.orgId}"`);
  }
  const units: NamedUnit[] = await orgs.listUnits(request.orgId);
  const result = importMeasuresDocument(request.text, { orgId: request.orgId, fy: request.fy, units });
  if (result.plan.measures.length === 0) {
    throw new ValidationError('ไม่พบตารางมาตรการในเอกสาร', 'no measures table was found in the document', [
      { path: 'text', message_th: 'ไม่พบตารางมาตรการ', message_en: 'no measures table found' },
    ]);
  }
  const saved = await replaceOrgPlan(repos, {
    orgId: request.orgId,
    fy: request.fy,
    plan: result.plan,
    units,
    actor: request.actor,
    now: request.now,
    path: 'document',
  });
  return { ...result, saved };
}
