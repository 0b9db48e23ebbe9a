// A measure must leave someone to report: units deactivated (docs/domain.md "Units added or
// deactivated during the year") make no new obligations, so a measure naming only such units would
// never be reported on (review 17 s9, entry 10).
import type { Bilingual } from './bilingual.js';
import type { Responsibility } from './plan.js';
import { toThaiDigits } from './thai-format.js';

/** What the rule needs of a unit: absent `active` means active. */
export interface UnitState {
  unitId: string;
  name?: string;
  active?: boolean;
}

/**
 * A unit's name as the org calls it, by id ("กองช่าง" for "engineering"), for messages a Thai reader
 * sees; the id itself for a unit without a name or not among `units`. Make it once per request.
 */
export function unitNameOf(units: readonly UnitState[]): (unitId: string) => string {
  const names = new Map(units.map((u) => [u.unitId, u.name || u.unitId]));
  return (unitId) => names.get(unitId) ?? unitId;
}

/**
 * A unit id the org does not have, with the ids of its active units (tester s44 F8: an IT officer
 * adding 70 people from a list had to look the ids up after a typo such as "welfar"). [Thai, English].
 */
export function noSuchUnit(id: string, units: readonly UnitState[]): [string, string] {
  const ids = units.filter((u) => u.active !== false).map((u) => u.unitId);
  return [
    `ไม่มีหน่วยงานรหัส "${id}" ในองค์กรนี้ (รหัสที่มี: ${ids.join(', ')})`,
    `there is no unit "${id}" in this organisation (its units: ${ids.join(', ')})`,
  ];
}

/** How a deactivated unit is said everywhere: the page's badge, and in CLOSED_UNIT_MARK. */
export const CLOSED_UNIT_WORDS = 'ปิดการใช้งานแล้ว';

/** After a deactivated unit's name where its reports are counted or listed (summaries, the results report, the page). */
export const CLOSED_UNIT_MARK = `(${CLOSED_UNIT_WORDS})`;

/**
 * A unit's name where its reports are counted: "กองการศึกษา (ปิดการใช้งานแล้ว)" for a deactivated
 * unit, whose overdue reports stay as history (tester s43 F7); an active unit's name as it is.
 */
export const countedUnitName = (u: { name: string; active?: boolean | undefined }): string =>
  u.active === false ? `${u.name} ${CLOSED_UNIT_MARK}` : u.name;

/**
 * A unit among a measure's or follow-up's choices: its name, then in one bracket what is to know of
 * it ("กองการศึกษา (ปิดการใช้งานแล้ว, รายงานตั้งแต่เดือนเมษายน ๒๕๖๖)"); `since` is that month's
 * words ("รายงานตั้งแต่เดือนเมษายน ๒๕๖๖") or undefined.
 */
export const unitChoiceLabel = (u: { name: string; active?: boolean | undefined }, since?: string): string => {
  const notes = [...(u.active === false ? [CLOSED_UNIT_WORDS] : []), ...(since ? [since] : [])];
  return notes.length > 0 ? `${u.name} (${notes.join(', ')})` : u.name;
};

/** The ids of the deactivated units among `units`. */
export const closedUnitIds = (units: readonly UnitState[]): ReadonlySet<string> =>
  new Set(units.filter((u) => u.active === false).map((u) => u.unitId));

/**
 * A unit in an English message as the org calls it, its id after it: `"กองคลัง" (finance)`; the id
 * alone for a unit without a name. The Thai names it so too (closing note s27).
 */
export const unitInEnglish = (u: { unitId: string; name?: string }) =>
  u.name && u.name !== u.unitId ? `"${u.name}" (${u.unitId})` : u.unitId;

/** The named units of `responsible` that are deactivated in `units` (ids, in the plan's order). */
export function inactiveUnitsOf(responsible: Responsibility, units: readonly UnitState[]): string[] {
  const inactive = new Set(units.filter((u) => u.active === false).map((u) => u.unitId));
  return responsible.unitIds.filter((u) => inactive.has(u));
}

/**
 * Whether `responsible` names units and every one of them is deactivated (not for allUnits, which
 * means the active units of the day).
 */
export function onlyInactiveUnits(responsible: Responsibility, units: readonly UnitState[]): boolean {
  return (
    !responsible.allUnits &&
    responsible.unitIds.length > 0 &&
    inactiveUnitsOf(responsible, units).length === responsible.unitIds.length
  );
}

/**
 * The Thai/English message for a measure, or a follow-up with its own units (its place, e.g.
 * "มาตรการลำดับที่ ๒ (i5)"), naming only deactivated units.
 */
export function onlyInactiveUnitsMessage(place: Bilingual, names: readonly string[], followUp?: boolean): Bilingual {
  return {
    th: `${place.th}: หน่วยงานที่เลือก (${names.join(', ')}) ปิดการใช้งานแล้วทั้งหมด จึงไม่มีหน่วยงานใดต้องรายงานผล${followUp ? 'การติดตามนี้' : 'มาตรการนี้'} กรุณาเลือกหน่วยงานที่ใช้งานอยู่อย่างน้อย ${toThaiDigits(1)} หน่วยงาน`,
    en: `${place.en}: every unit chosen (${names.join(', ')}) is deactivated, so no unit would report on this ${followUp ? 'follow-up' : 'measure'}: choose at least one active unit`,
  };
}

/** A measure or follow-up of a plan left with no active unit if one unit were deactivated. */
export interface LeftWithoutUnit {
  measureIndex: number;
  measureId: string;
  /** set when only this follow-up (its own units) is left without a unit */
  followUpIndex?: number;
}

/** What the unit rules read of a plan. */
interface PlanUnits {
  measures: readonly {
    measureId: string;
    responsible: Responsibility;
    followUps: readonly { unitIds?: string[] | undefined }[];
  }[];
}

/**
 * What deactivating `unitId` would leave with nobody to report (review 17 s16, S16-7): measures
 * whose named units would then all be inactive, and follow-ups whose own units would (a measure
 * on "every unit" always has the active units of the day). Without `unitId`: what is already
 * left so (the save refuses it). One pass over the plan.
 */
export function leftWithoutUnit(plan: PlanUnits, units: readonly UnitState[], unitId?: string): LeftWithoutUnit[] {
  const inactive = closedUnitIds(units) as Set<string>;
  if (unitId) inactive.add(unitId);
  const allGone = (ids: readonly string[]) => (!unitId || ids.includes(unitId)) && ids.every((u) => inactive.has(u));
  return plan.measures.flatMap((m, measureIndex): LeftWithoutUnit[] => {
    if (!m.responsible.allUnits && allGone(m.responsible.unitIds)) return [{ measureIndex, measureId: m.measureId }];
    return m.followUps.flatMap((f, followUpIndex) =>
      f.unitIds && f.unitIds.length > 0 && allGone(f.unitIds)
        ? [{ measureIndex, measureId: m.measureId, followUpIndex }]
        : [],
    );
  });
}

/**
 * The measures and follow-ups of `plan` whose chosen units are all deactivated, each with the field
 * a save refuses (`measures.0.responsible.unitIds`, `measures.0.followUps.1.unitIds`) and its
 * message; `placeOf` names a place ("มาตรการลำดับที่ ๑ (i1) การติดตามผลรายการที่ ๒").
 */
export function unitlessPlaces(
  plan: PlanUnits,
  units: readonly UnitState[],
  placeOf: (path: (string | number)[]) => Bilingual,
): (LeftWithoutUnit & { field: string; message: Bilingual })[] {
  const named = unitNameOf(units);
  return leftWithoutUnit(plan, units).map((l) => {
    const m = plan.measures[l.measureIndex]!;
    const j = l.followUpIndex;
    const at = j === undefined ? ['measures', l.measureIndex] : ['measures', l.measureIndex, 'followUps', j];
    const ids = j === undefined ? m.responsible.unitIds : m.followUps[j]!.unitIds!;
    return {
      ...l,
      field: [...at, ...(j === undefined ? ['responsible'] : []), 'unitIds'].join('.'),
      message: onlyInactiveUnitsMessage(placeOf(at), ids.map(named), j !== undefined),
    };
  });
}
