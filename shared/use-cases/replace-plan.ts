// "The coordinator replaces the year's plan from the measures document, or from plan JSON."
import type { ReplacePlanBody } from '../api/request-schemas.js';
import { assertCoordinator, type Caller } from '../domain/access.js';
import { ConflictError, ValidationError } from '../domain/errors.js';
import { parseObligationId } from '../domain/obligations.js';
import { Plan } from '../domain/plan.js';
import { parseOrThrow } from '../domain/validation-messages.js';
import { importMeasuresDocument } from '../import/measures-document.js';
import type { ImportWarning } from '../import/import-warning.js';
import { PlanRepository } from '../store/plan-repository.js';
import { ReportRepository } from '../store/report-repository.js';
import type { UseCaseContext } from './use-case-context.js';

export async function replacePlan(ctx: UseCaseContext, caller: Caller, fy: number, body: ReplacePlanBody) {
  assertCoordinator(caller);
  const { units } = await ctx.directory.orgWithUnits(caller.orgId);
  let plan: Plan;
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
    plan = parseOrThrow(Plan, { orgId: caller.orgId, fy, title: body.title, measures: body.measures }, 'body');
    const known = new Set(units.map((u) => u.unitId));
    const unknown = plan.measures.flatMap((m, i) =>
      m.responsible.unitIds.filter((u) => !known.has(u)).map((u) => ({ i, u })),
    );
    if (unknown.length > 0) {
      throw new ValidationError(
        'แผนระบุหน่วยงานที่ไม่มีในองค์กร',
        'the plan names units the organisation does not have',
        unknown.map(({ i, u }) => ({
          path: `body.measures.${i}.responsible.unitIds`,
          message_th: `ไม่มีหน่วยงาน "${u}"`,
          message_en: `no unit "${u}"`,
        })),
      );
    }
  }
  const reported = await new ReportRepository(ctx.store).listLatestForYear(caller.orgId, fy);
  const kept = new Set(plan.measures.map((m) => m.measureId));
  const dropped = [...new Set(reported.map((r) => parseObligationId(r.obligationId)?.measureId ?? ''))].filter(
    (id) => id && !kept.has(id),
  );
  if (dropped.length > 0) {
    throw new ConflictError(
      `แผนใหม่ตัดมาตรการที่มีรายงานผลแล้ว (${dropped.join(', ')}) จึงบันทึกไม่ได้`,
      `the new plan drops measures that already have reports (${dropped.join(', ')})`,
      [],
      { droppedMeasures: dropped.join(',') },
    );
  }
  const plans = new PlanRepository(ctx.store);
  const current = body.expectedVersion ?? (await plans.getPlanVersion(caller.orgId, fy));
  const saved = await plans.savePlan(plan, {
    actor: caller.personId,
    now: ctx.clock(),
    ...(current === undefined ? {} : { expectedVersion: current }),
  });
  return { plan: saved, warnings };
}
