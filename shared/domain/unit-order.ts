// The order units are listed in to a reader (documents, emails' per-unit lists, the page's overview
// and unit lists): the usual units of a municipality in their official order first, สำนักปลัด
// leading, then every other unit by its Thai name. Not by id: "audit, clerk, disaster" read
// หน่วยตรวจสอบภายใน, สำนักปลัดเทศบาล, … (tester s44 F4). docs/domain.md "The order of units".
import { byCodeUnits } from './code-unit-order.js';
import { MUNICIPAL_UNITS } from './municipal-units.js';

export interface OrderedUnit {
  unitId: string;
  name: string;
}

/** The official order's place of each usual unit, by its id (as `create-org --municipal-units` makes it) and by its name or alias. */
const PLACE = new Map<string, number>(
  MUNICIPAL_UNITS.flatMap((u, i) => [u.unitId, u.name, ...u.aliases].map((key) => [key, i] as const)),
);
const OTHER = MUNICIPAL_UNITS.length;

const placeOf = (u: OrderedUnit) => PLACE.get(u.unitId) ?? PLACE.get(u.name) ?? OTHER;

/** Built on first use: a first Thai collator loads ICU data, which a cold start pays only when it lists units. */
let collator: Intl.Collator | undefined;
const byThaiName = (a: string, b: string) => (collator ??= new Intl.Collator('th')).compare(a, b);

/**
 * The rule: a usual unit (id clerk, finance, engineering, education, health, or its name or alias,
 * "สำนักปลัด") in that order before any other; the others by name in Thai dictionary order
 * (Intl.Collator('th'): a leading vowel is skipped, "เทศกิจ" files under ท); ties by id.
 */
export function compareUnits(a: OrderedUnit, b: OrderedUnit): number {
  return placeOf(a) - placeOf(b) || byThaiName(a.name, b.name) || byCodeUnits(a.unitId, b.unitId);
}

/** `units` in the rule's order (a copy). */
export const inUnitOrder = <T extends OrderedUnit>(units: readonly T[]): T[] => [...units].sort(compareUnits);

/**
 * compareUnits over unit ids, each named by `names` (an id not in it named by itself): for lists
 * that hold ids, such as a summary's per-unit counts.
 */
export function compareUnitIds(names: ReadonlyMap<string, string>): (a: string, b: string) => number {
  return (a, b) => compareUnits({ unitId: a, name: names.get(a) ?? a }, { unitId: b, name: names.get(b) ?? b });
}
