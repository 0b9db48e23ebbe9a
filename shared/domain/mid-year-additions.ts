// A measure or follow-up added to a saved plan during its fiscal year owes the periods from the
// month it is added, not every period since 1 October (review 17 s14, S14-8): as a unit added
// mid-year owes only the periods ending on or after it was added (docs/domain.md). So does a unit
// added to a saved measure, and a kept follow-up whose cadence changes (review 17 s15, S15-1).
import type { DueRules } from './due-rules.js';
import { fiscalYearBounds, fiscalYearOf } from './fiscal-calendar.js';
import { bangkokDate, type PlainDate } from './plain-date.js';
import type { FollowUp, Plan, StoredPlan } from './plan.js';
import { expandPlan, followUpUnitIds, responsibleUnitIds, type Obligation } from './obligations.js';
import { monthsAsStored } from './follow-up-months.js';

/**
 * The save's months on `plan` (mutated) over `saved` (undefined: a first save), at `now`:
 * - a kept follow-up (same measure, number and duty: sameDuty) that names no first month keeps the
 *   saved one (a client re-sending the plan it sent does not widen it to the whole year: tester
 *   s51 P1; docs/api.md), unless the body's last month is before it (its months stand as sent);
 * - startMonthsAtSave: what is added during the year starts at the save;
 * - a first month that is the fiscal year's first (October), a follow-up's or a unit's (on the
 *   measure or on a follow-up), and a follow-up's last month that is the year's last (September),
 *   are stored as none: "the whole year" said explicitly (the page's "ต้นปีงบประมาณ (ตุลาคม)",
 *   "หยุดหลังเดือนกันยายน") is stored as the year's default is (yearBoundsAsNone).
 * Returns how many follow-ups and units were given the save's month.
 */
export function startAdditionsAtSave(
  plan: Plan,
  saved: Pick<StoredPlan, 'measures'> | undefined,
  now: Date,
  orgUnitIds: readonly string[] = [],
): number {
  const savedMeasures = new Map(saved?.measures.map((m) => [m.measureId, m]));
  for (const m of plan.measures) {
    const before = savedMeasures.get(m.measureId);
    for (const f of m.followUps) {
      const was = before?.followUps.find((x) => x.followUpNo === f.followUpNo);
      const first = was?.firstMonth;
      if (!was || first === undefined || f.firstMonth !== undefined || !sameDuty(was.cadence, f.cadence)) continue;
      if (f.lastMonth === undefined || f.lastMonth >= first) f.firstMonth = first;
    }
  }
  if (saved) keepSavedUnitMonths(plan, saved, orgUnitIds);
  const given = saved ? startMonthsAtSave(plan, saved, now, orgUnitIds) : 0;
  yearBoundsAsNone(plan);
  return given;
}

/**
 * A unit's first month the saved plan has and the body leaves out is kept, on any day of the save,
 * while the unit stays responsible for the measure (`responsible.unitFirstMonths`) or reports a
 * kept follow-up of the same duty (its `unitFirstMonths`); a unit taken off loses it. Before
 * session 52 only a save inside the year after October kept them: saved again after the year
 * ended, a unit added in December owed from October, its months before missed at once.
 */
function keepSavedUnitMonths(plan: Plan, saved: Pick<StoredPlan, 'measures'>, orgUnitIds: readonly string[]): void {
  const savedMeasures = new Map(saved.measures.map((m) => [m.measureId, m]));
  const kept = (was: Months | undefined, sent: Months | undefined, units: readonly string[]) => {
    const reporting = new Set(units);
    const months = Object.entries({ ...was, ...sent }).filter(([unitId]) => reporting.has(unitId));
    return months.length > 0 ? Object.fromEntries(months) : undefined;
  };
  for (const m of plan.measures) {
    const before = savedMeasures.get(m.measureId);
    if (!before) continue;
    const units = responsibleUnitIds(m, orgUnitIds);
    const months = kept(before.responsible.unitFirstMonths, m.responsible.unitFirstMonths, units);
    if (months) m.responsible.unitFirstMonths = months;
    else delete m.responsible.unitFirstMonths;
    for (const f of m.followUps) {
      const was = before.followUps.find((x) => x.followUpNo === f.followUpNo);
      if (!was || !sameDuty(was.cadence, f.cadence)) continue;
      const followUpMonths = kept(was.unitFirstMonths, f.unitFirstMonths, followUpUnitIds(units, f));
      if (followUpMonths) f.unitFirstMonths = followUpMonths;
      else delete f.unitFirstMonths;
    }
  }
}
type Months = Record<string, string>;

/**
 * The one rule for the months that bound the fiscal year: a first month of October, the year's
 * first, is stored as none, on a follow-up (`firstMonth`) and for a unit (`unitFirstMonths` of the
 * measure or of a follow-up; tester s52: a unit's October was stored, a follow-up's not); so is a
 * follow-up's last month of September, the year's last (s53: stored as sent, the same plan re-sent
 * without it saved a new version). These are all the plan's month bounds (a unit has no last
 * month). Mutates `plan`.
 */
export function yearBoundsAsNone(plan: Pick<Plan, 'fy' | 'measures'>): void {
  const yearStart = fiscalYearBounds(plan.fy).start.slice(0, 7);
  const later = (months: Record<string, string> | undefined) => {
    const kept = Object.entries(months ?? {}).filter(([, month]) => month !== yearStart);
    return kept.length > 0 ? Object.fromEntries(kept) : undefined;
  };
  for (const m of plan.measures) {
    const unitMonths = later(m.responsible.unitFirstMonths);
    if (unitMonths) m.responsible.unitFirstMonths = unitMonths;
    else delete m.responsible.unitFirstMonths;
    for (const f of m.followUps) {
      const months = monthsAsStored(f);
      if (!months.firstMonth) delete f.firstMonth;
      if (!months.lastMonth) delete f.lastMonth;
      const followUpUnitMonths = later(f.unitFirstMonths);
      if (followUpUnitMonths) f.unitFirstMonths = followUpUnitMonths;
      else delete f.unitFirstMonths;
    }
  }
}

/**
 * The month a save on `today` gives follow-up `f` of a plan of year `fy` when `f` names no first
 * month (startMonthsAtSave): the month of `today`, when it lies in `fy` after October, for a
 * follow-up new to the saved plan (`was`: undefined) or a new duty (a cadence changed: sameDuty),
 * not a "once" (its due date says when) nor one stopped before that month. Undefined: the save
 * gives it none, so it owes from the year's start. The one rule of the save and the plan editor's
 * "ตั้งแต่เดือนที่บันทึก (…)" (web/src/plan-draft.ts firstMonthAtSave).
 */
export function monthGivenAtSave(
  fy: number,
  f: Pick<FollowUp, 'cadence' | 'lastMonth'>,
  was: FollowUp['cadence'] | undefined,
  today: PlainDate,
): string | undefined {
  const month = today.slice(0, 7);
  if (fiscalYearOf(today) !== fy || month.endsWith('-10') || sameDuty(was, f.cadence) || f.cadence === 'once')
    return undefined;
  return f.lastMonth !== undefined && f.lastMonth < month ? undefined : month;
}

/**
 * From the month of `now` (Asia/Bangkok, "YYYY-MM"), when it lies inside the plan's fiscal year
 * after its first month: give each follow-up of `plan` that `saved` does not have (a new measure's,
 * or a new follow-up number of a kept measure), or whose cadence differs from the saved one, and
 * that names no first month, that month as its first month; and give each unit of `orgUnitIds`
 * newly responsible for a kept measure that month in `responsible.unitFirstMonths`. A follow-up
 * "once" keeps its due date as it is; a first month chosen is kept. Mutates `plan`; returns how
 * many follow-ups and units were given one.
 */
function startMonthsAtSave(
  plan: Plan,
  saved: Pick<StoredPlan, 'measures'>,
  now: Date,
  orgUnitIds: readonly string[],
): number {
  const today = bangkokDate(now);
  const month = today.slice(0, 7);
  if (fiscalYearOf(today) !== plan.fy || month.endsWith('-10')) return 0;
  const savedMeasures = new Map(saved.measures.map((m) => [m.measureId, m]));
  let given = 0;
  for (const m of plan.measures) {
    const before = savedMeasures.get(m.measureId);
    const cadenceBefore = new Map(before?.followUps.map((f) => [f.followUpNo, f.cadence]));
    for (const f of m.followUps) {
      const first =
        f.firstMonth === undefined ? monthGivenAtSave(plan.fy, f, cadenceBefore.get(f.followUpNo), today) : undefined;
      if (first === undefined) continue;
      f.firstMonth = first;
      given++;
    }
    if (!before) continue;
    given += startFollowUpUnitsAtSave(m, before, month, orgUnitIds);
    const had = new Set(responsibleUnitIds(before, orgUnitIds));
    // the saved months the body left out are in already (keepSavedUnitMonths)
    const firstMonths: Months = { ...m.responsible.unitFirstMonths };
    for (const unitId of responsibleUnitIds(m, orgUnitIds)) {
      if (had.has(unitId) || firstMonths[unitId] !== undefined) continue;
      firstMonths[unitId] = month;
      given++;
    }
    // a unit's first month stays while it is responsible; taken off, it goes (put back later: from then)
    const now = new Set(responsibleUnitIds(m, orgUnitIds));
    const kept = Object.entries(firstMonths).filter(([unitId]) => now.has(unitId));
    if (kept.length > 0) m.responsible.unitFirstMonths = Object.fromEntries(kept);
    else delete m.responsible.unitFirstMonths;
  }
  return given;
}

type PlanMeasure = Plan['measures'][number];

/**
 * Whether a kept follow-up saved with cadence `was` owes what it owed before under `now`: the same
 * cadence, or "unspecified" settled. "unspecified" is the plan not saying how often (the importer's
 * answer to a document that does not, plan-labels.ts "ไม่ระบุ"): choosing one later completes the
 * plan as adopted, so the follow-up owes the whole year like the rest of a first save (tester s39
 * #1: the eight follow-ups a CLI import left unspecified, settled in December, printed "(ตั้งแต่เดือน
 * ธันวาคม)" and, made monthly, would have owed nothing for October and November). A first month
 * chosen still applies.
 */
export const sameDuty = (was: FollowUp['cadence'] | undefined, now: FollowUp['cadence']): boolean =>
  was === now || was === 'unspecified';

/**
 * A unit added to a kept follow-up's own units (FollowUp.unitIds, S13-3), or one the follow-up
 * now reports with its own list cleared, reports it from `month` (review 17 s16, S16-1): in the
 * follow-up's `unitFirstMonths`. A unit newly responsible for the measure has its first month on
 * the measure already (not repeated here). A follow-up whose cadence changed starts whole at the
 * save. Months given before are kept while the unit reports it. Returns how many were given.
 */
function startFollowUpUnitsAtSave(
  m: PlanMeasure,
  before: StoredPlan['measures'][number],
  month: string,
  orgUnitIds: readonly string[],
): number {
  let given = 0;
  const unitsBefore = responsibleUnitIds(before, orgUnitIds);
  const unitsNow = responsibleUnitIds(m, orgUnitIds);
  const measureHad = new Set(unitsBefore);
  const savedFollowUps = new Map(before.followUps.map((f) => [f.followUpNo, f]));
  for (const f of m.followUps) {
    const was = savedFollowUps.get(f.followUpNo);
    if (!was || !sameDuty(was.cadence, f.cadence)) continue;
    const had = new Set(followUpUnitIds(unitsBefore, was));
    const firstMonths: Months = { ...f.unitFirstMonths };
    const reporting = followUpUnitIds(unitsNow, f);
    const stopped = f.lastMonth !== undefined && f.lastMonth < month;
    for (const unitId of reporting) {
      if (had.has(unitId) || !measureHad.has(unitId) || firstMonths[unitId] !== undefined || stopped) continue;
      firstMonths[unitId] = month;
      given++;
    }
    const now = new Set(reporting);
    const kept = Object.entries(firstMonths).filter(([unitId]) => now.has(unitId));
    if (kept.length > 0) f.unitFirstMonths = Object.fromEntries(kept);
    else delete f.unitFirstMonths;
  }
  return given;
}

/**
 * Records, on each follow-up of `plan` (as the save will store it, after startAdditionsAtSave), the
 * Bangkok day of `now` as the day it came into the plan when some of its obligations are already due
 * that day (`addedOn`; for a unit that began reporting a kept follow-up: `unitsAddedOn`), so their
 * reminders start with the unit's own and escalate from there, not at once (break s31-u F4;
 * docs/reminders.md "Added late"). A follow-up kept from `saved` (same measure, number and cadence)
 * keeps the days it had: a plan replaced twice does not start again; what the replacement makes due
 * of it that was not due before is marked on its periods (`periodsAddedOn`, markPeriodsMadeDue).
 * `savedDueRules` are the rules `saved` was due by (default `dueRules`): a change of the org's due
 * rules saves the plan unchanged with the old rules here (administer-org.ts setDueRule), so what the
 * new rules make due today is marked as a replacement's is. Values sent in the request are never
 * kept. Mutates `plan`; returns how many follow-ups, units and periods were marked now.
 */
export function markLateAdditions(
  plan: Plan,
  saved: Pick<StoredPlan, 'measures'> | undefined,
  now: Date,
  orgUnitIds: readonly string[],
  dueRules: DueRules = {},
  savedDueRules: DueRules = dueRules,
): number {
  const today = bangkokDate(now);
  const savedMeasures = new Map(saved?.measures.map((m) => [m.measureId, m]));
  let marked = 0;
  for (const m of plan.measures) {
    const before = savedMeasures.get(m.measureId);
    const unitsBefore = before ? responsibleUnitIds(before, orgUnitIds) : [];
    for (const f of m.followUps) {
      delete f.addedOn;
      delete f.unitsAddedOn;
      delete f.periodsAddedOn;
      // this follow-up's obligations already due today
      const dueNow = expandPlan({ ...plan, measures: [{ ...m, followUps: [f] }] }, orgUnitIds, dueRules).filter(
        (o) => o.dueDate <= today,
      );
      const dueUnits = new Set(dueNow.map((o) => o.unitId));
      const was = before?.followUps.find((x) => x.followUpNo === f.followUpNo && x.cadence === f.cadence);
      if (!was) {
        if (dueUnits.size > 0) {
          f.addedOn = today;
          marked++;
        }
        continue;
      }
      if (was.addedOn !== undefined) f.addedOn = was.addedOn;
      const reportedBefore = new Set(followUpUnitIds(unitsBefore, was));
      const days: Record<string, string> = {};
      for (const unitId of followUpUnitIds(responsibleUnitIds(m, orgUnitIds), f)) {
        const kept = was.unitsAddedOn?.[unitId];
        if (kept !== undefined) days[unitId] = kept;
        else if (!reportedBefore.has(unitId) && dueUnits.has(unitId)) {
          days[unitId] = today;
          marked++;
        }
      }
      if (Object.keys(days).length > 0) f.unitsAddedOn = days;
      marked += markPeriodsMadeDue(f, was, { ...plan, measures: [{ ...before!, followUps: [was] }] }, dueNow, {
        today,
        reportedBefore,
        orgUnitIds,
        dueRules: savedDueRules,
      });
    }
  }
  return marked;
}

/**
 * For a kept follow-up (`f`, saved as `was` in `savedPlan`): each obligation of a unit that reported
 * it before, due today under the replacement (`dueNow`) but not due today under the saved plan and
 * `c.dueRules`, the rules it was due by (a "once" date moved earlier, months widened, a unit's first
 * month moved earlier, a due rule moving dates earlier), came into the plan
 * today, as a new follow-up does (break s32-a). Its period is marked on `f.periodsAddedOn` (for every
 * unit when every such unit's obligation of it is new, else per unit); days kept from `was` stay.
 */
function markPeriodsMadeDue(
  f: FollowUp,
  was: FollowUp,
  savedPlan: Plan,
  dueNow: readonly Obligation[],
  c: { today: PlainDate; reportedBefore: ReadonlySet<string>; orgUnitIds: readonly string[]; dueRules: DueRules },
): number {
  const key = (o: Pick<Obligation, 'periodId' | 'unitId'>) => `${o.periodId}.${o.unitId}`;
  const dueBefore = new Set(
    expandPlan(savedPlan, c.orgUnitIds, c.dueRules)
      .filter((o) => o.dueDate <= c.today)
      .map(key),
  );
  const periods = new Map<string, { made: string[]; kept: number }>();
  for (const o of dueNow) {
    if (!c.reportedBefore.has(o.unitId)) continue; // the unit's own day (unitsAddedOn)
    const p = periods.get(o.periodId) ?? { made: [], kept: 0 };
    if (dueBefore.has(key(o))) p.kept++;
    else p.made.push(o.unitId);
    periods.set(o.periodId, p);
  }
  const days: Record<string, string> = { ...was.periodsAddedOn };
  let marked = 0;
  for (const [periodId, p] of periods) {
    if (p.made.length === 0) continue;
    if (p.kept === 0) days[periodId] = c.today;
    else for (const unitId of p.made) days[`${periodId}.${unitId}`] = c.today;
    marked++;
  }
  if (Object.keys(days).length > 0) f.periodsAddedOn = days;
  return marked;
}
