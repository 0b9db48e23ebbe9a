// "Before saving last year's plan copied into this year, the coordinator sees what the save would
// refuse, as a file's preview shows it": the preview's own checks on a draft made in the page
// (review 17 s22, S22-4: a unit deactivated since last year was copied without a word; and the
// guard on reports, foreseen for a file since S21-3, was not for a copy). Writes nothing.
import type { PlanCheckBody } from '../api/request-schemas.js';
import { assertCoordinator, type Caller } from '../domain/access.js';
import type { ImportWarning } from '../import/import-warning.js';
import {
  datesOutsideFiscalYear,
  inactiveUnitsNamed,
  type LimitFinding,
  unsavableMeasures,
} from '../import/plan-limits.js';
import { reportsCutNotices } from '../import/replaced-plan-notice.js';
import { closureCalendar, type PastDue, pastDueOfStamped } from '../domain/past-due-at-save.js';
import { bangkokDate } from '../domain/plain-date.js';
import {
  foreseenReportsRefusal,
  refuseIndicatorNamesDiffering,
  refuseTooManyObligations,
  refuseUnknownUnits,
} from './replace-plan.js';
import type { UseCaseContext } from './use-case-context.js';
import { overdueRemovedAtSave } from './overdue-removed-at-save.js';
import { startAdditionsAtSave } from '../domain/mid-year-additions.js';
import type { Plan } from '../domain/plan.js';

/**
 * POST /v1/fiscal-years/{fy}/plan-checks (coordinators): the draft `body` (PUT /plan's plan JSON,
 * ids as the save would send them) read against the org's units and the year's saved plan and
 * reports, by the functions the file preview uses: `cannot-save` for a measure whose units are all
 * deactivated (unsavableMeasures) and for a due date or month outside the year (datesOutsideFiscalYear,
 * the save's own check), `unit-inactive` for a deactivated unit beside active ones
 * (inactiveUnitsNamed), `reports-cut` for what the save's guard on reports would refuse
 * (foreseenReportsRefusal), `overdue-removed` for the overdue work no report holds that the save
 * would remove (overdueRemovedAtSave: allowed, said; tester s56 D). Each warning names its measure
 * (measureId) when the draft has it.
 * `pastDue`: what the save would make due at once, by the org's due rules and calendar (closure days
 * too), as PUT /plan's answer then says it (pastDueAtSave; the page cannot know them: docs/web.md).
 */
export async function checkPlanDraft(
  ctx: UseCaseContext,
  caller: Caller,
  fy: number,
  body: PlanCheckBody,
): Promise<{ warnings: ImportWarning[]; pastDue?: PastDue }> {
  assertCoordinator(caller);
  const [{ org, units }, saved] = await Promise.all([
    ctx.directory.orgWithUnits(caller.orgId),
    ctx.repos.plans.getPlan(caller.orgId, fy),
  ]);
  const draft = { orgId: caller.orgId, fy, title: body.title, measures: body.measures };
  // what PUT /plan refuses with 400 past its schema, the check refuses alike (tester s52: it answered
  // 200 for a unit the org lacks or a title naming another indicator); dates and deactivated units: warnings
  refuseIndicatorNamesDiffering(body.measures, 'body');
  refuseUnknownUnits(draft, units, 'body');
  const ids = units.map((u) => u.unitId);
  refuseTooManyObligations(draft, ids, 'body');
  const byMeasure = (code: 'cannot-save' | 'unit-inactive') => (f: LimitFinding) => {
    const measure = draft.measures.find((m) => m.measureId === f.measureId);
    return {
      where: {},
      code,
      message_th: f.th,
      message_en: f.en,
      source: measure?.responsible.text ?? '',
      ...(f.measureId === undefined ? {} : { measureId: f.measureId }),
      ...(f.followUpNo === undefined ? {} : { followUpNo: f.followUpNo }),
    };
  };
  const refused = await foreseenReportsRefusal(ctx.repos, {
    orgId: caller.orgId,
    fy,
    draft,
    stored: saved,
    units,
    now: ctx.clock(),
  });
  // the draft as the save stores it: what is added, or changes cadence, during the year starts now
  const stamped: Plan = {
    ...draft,
    measures: draft.measures.map((m) => ({ ...structuredClone(m), indicator: m.indicator ?? 0 })),
  };
  startAdditionsAtSave(stamped, saved, ctx.clock(), ids);
  const overdue = await overdueRemovedAtSave(ctx.repos, {
    before: saved,
    after: stamped,
    units,
    dueRules: org?.dueRules,
    now: ctx.clock(),
  });
  const today = bangkokDate(ctx.clock());
  const calendar = closureCalendar(org?.closureDays);
  let pastDue: PastDue | undefined;
  try {
    // marks `stamped` (markLateAdditions), read by nothing after
    pastDue = pastDueOfStamped(stamped, saved, today, {
      unitIds: ids,
      dueRules: org?.dueRules,
      calendar,
    });
  } catch {
    // a draft the save would refuse (its warnings say why): nothing to foresee
  }
  const cannotSave = [
    ...unsavableMeasures(draft.measures, units).map(byMeasure('cannot-save')),
    ...datesOutsideFiscalYear(fy, draft.measures, units).map(byMeasure('cannot-save')),
  ];
  // a measure the save would refuse removes nothing: its own warning says what to fix
  const refusedMeasures = new Set(cannotSave.map((w) => w.measureId));
  return {
    ...(pastDue ? { pastDue } : {}),
    warnings: [
      ...cannotSave,
      ...inactiveUnitsNamed(draft.measures, units).map(byMeasure('unit-inactive')),
      ...(saved ? reportsCutNotices(refused, draft.measures, saved.measures, 'copy') : []),
      ...overdue.filter((w) => !refusedMeasures.has(w.measureId)),
    ],
  };
}
