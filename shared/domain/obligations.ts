// Obligations: follow-up x period x responsible unit. Derived from the plan, never typed in.
import type { DueRules } from './due-rules.js';
import type { Cadence } from './due-rules.js';
import type { FollowUp, Measure, Plan } from './plan.js';
import type { PlainDate } from './plain-date.js';
import type { Report, ReviewState } from './report.js';
import { overdueAfter, reportSettles } from './settlement.js';
import { type Period, periodsFor } from './periods.js';
import { periodsPastStop, periodsWithinMonths } from './follow-up-months.js';
import { byCodeUnits } from './code-unit-order.js';
import { OBLIGATION_ID_PARTS } from './id-patterns.js';

export const OBLIGATION_STATUSES = ['upcoming', 'due', 'overdue', 'submitted', 'accepted', 'returned'] as const;
export type ObligationStatus = (typeof OBLIGATION_STATUSES)[number];

export interface Obligation {
  /** "i4.f2.2023-04.klang": measure . follow-up . period . unit */
  obligationId: string;
  orgId: string;
  fy: number;
  measureId: string;
  indicator: number;
  followUpNo: number;
  cadence: Cadence;
  /** the follow-up had no recognisable cadence and is treated as annual */
  cadenceFlagged: boolean;
  periodId: string;
  periodStart: PlainDate;
  periodEnd: PlainDate;
  opensOn: PlainDate;
  dueDate: PlainDate;
  unitId: string;
  /** the unit named before "ทุกกองงาน" leads the measure */
  isLead: boolean;
  /**
   * the day it came into the plan, when it was already due then (a late import, a replacement, a
   * mid-year addition, a unit added to the org): its reminders start after it (reminder-ladder.ts)
   */
  addedOn?: PlainDate;
}

/** The later of two optional days. */
const laterDay = (a: string | undefined, b: string | undefined) =>
  a === undefined || (b !== undefined && b > a) ? b : a;

/**
 * The day a follow-up's obligation for `unitId` came into the plan, if the save marked it (the
 * follow-up's addedOn, the unit's unitsAddedOn: mid-year-additions.ts markLateAdditions); a
 * period's own day is obligationAddedOn's.
 */
export function followUpAddedOn(
  followUp: Pick<FollowUp, 'addedOn' | 'unitsAddedOn'>,
  unitId: string,
): PlainDate | undefined {
  return laterDay(followUp.addedOn, followUp.unitsAddedOn?.[unitId]) as PlainDate | undefined;
}

/**
 * The day one obligation of a follow-up came into the plan, if the save marked it: the later of
 * followUpAddedOn and the day a replacement made its period due (`periodsAddedOn`, for every unit
 * or for this one).
 */
export function obligationAddedOn(
  followUp: Pick<FollowUp, 'addedOn' | 'unitsAddedOn' | 'periodsAddedOn'>,
  periodId: string,
  unitId: string,
): PlainDate | undefined {
  const periods = followUp.periodsAddedOn;
  const period = periods === undefined ? undefined : laterDay(periods[periodId], periods[`${periodId}.${unitId}`]);
  return laterDay(followUpAddedOn(followUp, unitId), period) as PlainDate | undefined;
}

/**
 * Why an obligation came into the plan on `obligationAddedOn`'s day: 'made-due' when that day is a
 * replacement's making its period due (`periodsAddedOn`: a date moved earlier, months widened), else
 * 'added' (a new follow-up or measure, a unit that began reporting it, a late import).
 */
export function addedHow(
  followUp: Pick<FollowUp, 'addedOn' | 'unitsAddedOn' | 'periodsAddedOn'>,
  periodId: string,
  unitId: string,
): 'added' | 'made-due' {
  const day = obligationAddedOn(followUp, periodId, unitId);
  const byFollowUp = followUpAddedOn(followUp, unitId);
  return day !== undefined && day !== byFollowUp ? 'made-due' : 'added';
}

export function obligationId(measureId: string, followUpNo: number, periodId: string, unitId: string): string {
  return `${measureId}.f${followUpNo}.${periodId}.${unitId}`;
}

export function parseObligationId(
  id: string,
): { measureId: string; followUpNo: number; periodId: string; unitId: string } | undefined {
  const m = OBLIGATION_ID_PARTS.exec(id);
  if (!m) return undefined;
  return { measureId: m[1]!, followUpNo: Number(m[2]), periodId: m[3]!, unitId: m[4]! };
}

export function responsibleUnitIds(measure: Measure, orgUnitIds: readonly string[]): string[] {
  const named = measure.responsible.unitIds.filter((u) => orgUnitIds.includes(u));
  return measure.responsible.allUnits ? [...orgUnitIds] : named;
}

/**
 * The units that report on one follow-up: the measure's responsible units (of `orgUnitIds`), or
 * those of them the follow-up names (`followUp.unitIds`, S13-3).
 */
export function followUpUnitIds(
  responsible: readonly string[],
  followUp: Pick<FollowUp, 'unitIds'>,
): readonly string[] {
  const own = followUp.unitIds;
  return own === undefined ? responsible : responsible.filter((u) => own.includes(u));
}

/**
 * The most obligations one plan may make in a year (measures x follow-ups x periods x units). Every
 * obligations list is computed from the whole year, so this bounds its time: the demo year makes
 * 312, a large municipality's plan (30 measures, 3 follow-ups, monthly, 15 units) about 16,000.
 * A plan of 500 measures x 40 monthly follow-ups for every unit made over a million, and each list
 * took 12-27 s against the API's 29 s timeout (review 17 s9, entry 25).
 */
export const MAX_PLAN_OBLIGATIONS = 20_000;

/**
 * The first month `unitId` reports `followUp` for: the later of its first month on the measure
 * (added to the measure, S15-1) and on the follow-up (added to its own units, S16-1); undefined: all year.
 */
export function unitFirstMonth(
  measure: { responsible: { unitFirstMonths?: Record<string, string> | undefined } },
  followUp: { unitFirstMonths?: Record<string, string> | undefined },
  unitId: string,
): string | undefined {
  const onMeasure = measure.responsible.unitFirstMonths?.[unitId];
  const onFollowUp = followUp.unitFirstMonths?.[unitId];
  if (onMeasure === undefined) return onFollowUp;
  return onFollowUp === undefined || onFollowUp < onMeasure ? onMeasure : onFollowUp;
}

/**
 * The periods of a follow-up `unitId` owes by its months (`periods`, of `all`), with those past its
 * stop that the unit reported on (`reportedPastStop`, tester s43 F2), in period order.
 */
function unitPeriods<P extends Pick<Period, 'periodId' | 'start' | 'end'>>(
  periods: readonly P[],
  all: readonly P[],
  followUp: Pick<FollowUp, 'firstMonth' | 'lastMonth' | 'reportedPastStop'>,
  unitId: string,
): readonly P[] {
  const reported = followUp.reportedPastStop;
  if (reported === undefined || reported.length === 0) return periods;
  const kept = periodsPastStop(all, followUp).filter(
    (p) => reported.includes(p.periodId) || reported.includes(`${p.periodId}.${unitId}`),
  );
  return kept.length === 0 ? periods : all.filter((p) => periods.includes(p) || kept.includes(p));
}

/** How many obligations `plan` makes in its year with `orgUnitIds`, without making them. */
export function obligationCount(plan: Pick<Plan, 'fy' | 'measures'>, orgUnitIds: readonly string[]): number {
  let count = 0;
  for (const measure of plan.measures) {
    const units = responsibleUnitIds(measure, orgUnitIds);
    for (const followUp of measure.followUps) {
      const all = periodsFor(followUp.cadence, plan.fy);
      const periods = periodsWithinMonths(all, followUp);
      for (const unitId of followUpUnitIds(units, followUp))
        count += periodsWithinMonths(unitPeriods(periods, all, followUp, unitId), {
          firstMonth: unitFirstMonth(measure, followUp, unitId),
        }).length;
    }
  }
  return count;
}

/** `list` by a number (its order, its follow-up number), ties as listed. */
const byNumber = <T>(list: readonly T[], no: (item: T) => number) => [...list].sort((a, b) => no(a) - no(b));

/**
 * Expand a plan into every obligation of its fiscal year: by due date, then as the plan reads
 * (measure order, follow-up number, unit as listed, period). Made in that order and sorted stably
 * by date alone: ids compared as text put i10 before i2 and f10 before f2 (tester s44).
 */
export function expandPlan(plan: Plan, orgUnitIds: readonly string[], dueRules: DueRules = {}): Obligation[] {
  const out: Obligation[] = [];
  for (const measure of byNumber(plan.measures, (m) => m.order)) {
    const units = responsibleUnitIds(measure, orgUnitIds);
    for (const followUp of byNumber(measure.followUps, (f) => f.followUpNo)) {
      const all = periodsFor(followUp.cadence, plan.fy, {
        dueRules,
        ...(followUp.dueDate ? { onceDueDate: followUp.dueDate as PlainDate } : {}),
      });
      const periods = periodsWithinMonths(all, followUp);
      // a unit added during the year owes the periods from its first month (S15-1, S16-1)
      for (const unitId of followUpUnitIds(units, followUp)) {
        const own = unitPeriods(periods, all, followUp, unitId);
        for (const p of periodsWithinMonths(own, { firstMonth: unitFirstMonth(measure, followUp, unitId) })) {
          const addedOn = obligationAddedOn(followUp, p.periodId, unitId);
          out.push({
            obligationId: obligationId(measure.measureId, followUp.followUpNo, p.periodId, unitId),
            orgId: plan.orgId,
            fy: plan.fy,
            measureId: measure.measureId,
            indicator: measure.indicator,
            followUpNo: followUp.followUpNo,
            cadence: followUp.cadence,
            cadenceFlagged: followUp.cadence === 'unspecified',
            periodId: p.periodId,
            periodStart: p.start,
            periodEnd: p.end,
            opensOn: p.opensOn,
            dueDate: p.dueDate,
            unitId,
            isLead: measure.responsible.leadUnitId === unitId,
            ...(addedOn !== undefined && p.dueDate <= addedOn ? { addedOn } : {}),
          });
        }
      }
    }
  }
  return out.sort((a, b) => byCodeUnits(a.dueDate, b.dueDate));
}

/**
 * Status on a given (Bangkok) date, from the latest report if any (a bare review state stands for a
 * report in progress). A `not_started` placeholder, or an `in_progress` report sent before the
 * opening date, does not count as reported (shared/domain/settlement.ts). Overdue after the due
 * date, or for one added late, after its on-time grace (settlement.ts overdueAfter).
 */
export function obligationStatus(
  obligation: Pick<Obligation, 'opensOn' | 'dueDate'> & Partial<Pick<Obligation, 'addedOn' | 'periodStart'>>,
  latest: Pick<Report, 'reviewState' | 'progress' | 'submittedAt'> | ReviewState | undefined,
  today: PlainDate,
): ObligationStatus {
  const report = typeof latest === 'string' ? { reviewState: latest, progress: 'in_progress' as const } : latest;
  if (report && (report.reviewState === 'returned' || reportSettles(report, obligation))) return report.reviewState;
  if (today < obligation.opensOn) return 'upcoming';
  // an obligation added late stays due until its report is no longer on time (settlement.ts)
  if (today <= overdueAfter(obligation, today)) return 'due';
  return 'overdue';
}
