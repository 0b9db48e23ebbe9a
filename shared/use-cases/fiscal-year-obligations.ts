// A year's obligations as the API shows them: with status, Thai labels and report version.
import type { ObligationView } from '../api/response-schemas.js';
import { parseObligationId, type Obligation } from '../domain/obligations.js';
import { NotFoundError, planNotFound } from '../domain/errors.js';
import { periodLabel } from '../domain/period-labels.js';
import type { FollowUp, Measure } from '../domain/plan.js';
import { assembleOrgYear, type OrgYear } from '../domain/org-year.js';
import { bangkokDate } from '../domain/plain-date.js';
import { overdueAfter } from '../domain/settlement.js';
import { fiscalYearBounds } from '../domain/fiscal-calendar.js';
import { ROLE_LABELS } from '../domain/status-labels.js';
import { formatThaiDate, toThaiDigits } from '../domain/thai-format.js';
import { loadFiscalYear } from '../store/fiscal-year-repository.js';
import type { UseCaseContext } from './use-case-context.js';

/** The year as the API shows it: assembled on the caller's clock (Bangkok date). */
export interface FiscalYearObligations extends OrgYear {
  obligations: Obligation[];
  measureById: Map<string, Measure>;
}

export { planNotFound };

export function obligationNotFound(id: string): NotFoundError {
  return new NotFoundError('ไม่พบภาระการรายงานนี้', `no obligation ${id}`);
}

export async function fiscalYearObligations(
  ctx: UseCaseContext,
  orgId: string,
  fy: number,
): Promise<FiscalYearObligations> {
  const [{ plan, reports }, { org, units }] = await Promise.all([
    loadFiscalYear(ctx.store, orgId, fy),
    ctx.directory.orgWithUnits(orgId),
  ]);
  if (!plan) throw planNotFound(fy);
  const year = assembleOrgYear({
    plan,
    reports,
    units,
    dueRules: org?.dueRules,
    asOf: bangkokDate(ctx.clock()),
  });
  return { ...year, obligations: year.tracked.map((t) => t.obligation), measureById: year.measures };
}

export function findObligation(year: FiscalYearObligations, obligationId: string): Obligation {
  const found = parseObligationId(obligationId) && year.obligations.find((o) => o.obligationId === obligationId);
  if (!found) throw obligationNotFound(obligationId);
  return found;
}

/**
 * The due date in Thai. A one-off whose due date the plan itself states outside its fiscal year (a
 * plan saved before the save refused such dates, e.g. "2566-12-31" typed in BE: never due) is quoted
 * as stored and flagged, never shown as "๓๑ ธันวาคม ๓๑๐๙" (break 16 s28, B14; `npm run admin --
 * repair-plan-dates` repairs it). A due date an org due rule computes past 30 September ("the 5th of
 * the next month" for September) is no such date: it falls due and is reminded like any other
 * (break s32 F1: it was flagged as outside the year).
 */
function dueDateLabel(o: Obligation, followUp: Pick<FollowUp, 'dueDate'> | undefined): string {
  const stated = o.cadence === 'once' ? followUp?.dueDate : undefined;
  if (stated === undefined) return formatThaiDate(o.dueDate);
  const { start, end } = fiscalYearBounds(o.fy);
  if (stated >= start && stated <= end) return formatThaiDate(o.dueDate);
  return `${stated} (วันครบกำหนดในแผนอยู่นอกปีงบประมาณ พ.ศ. ${toThaiDigits(o.fy)} จึงไม่ถึงกำหนดและไม่มีการแจ้งเตือน: ${ROLE_LABELS.coordinator} ต้องแก้ไขแผน)`;
}

/** The view of one obligation of `year`, with its status on the year's `asOf`. */
export function toView(year: FiscalYearObligations, o: Obligation): ObligationView {
  const measure = year.measureById.get(o.measureId)!;
  const report = year.reports.get(o.obligationId);
  const followUp = measure.followUps.find((f) => f.followUpNo === o.followUpNo);
  return {
    obligationId: o.obligationId,
    fy: o.fy,
    measureId: o.measureId,
    indicator: o.indicator,
    measureTitle: measure.title,
    followUpNo: o.followUpNo,
    followUpText: followUp?.text ?? '',
    cadence: o.cadence,
    cadenceFlagged: o.cadenceFlagged,
    periodId: o.periodId,
    periodLabel: periodLabel(o.periodId, o.fy),
    periodStart: o.periodStart,
    periodEnd: o.periodEnd,
    opensOn: o.opensOn,
    dueDate: o.dueDate,
    dueDateLabel: dueDateLabel(o, followUp),
    onTimeUntil: overdueAfter(o, year.asOf),
    unitId: o.unitId,
    isLead: o.isLead,
    status: year.trackedById.get(o.obligationId)!.status,
    reportVersion: report?.version ?? null,
    // a new version drops the review fields (REVIEW_FIELDS): a revision, return or acceptance moves it
    reportedAt: report && (report.reviewedAt ?? report.submittedAt),
  };
}
