// Sections (งาน…, ฝ่าย…) read with the org's own units (review 17 s12, S12-21; review 17 s11, S11-27):
// a section written right after a division is a part of that division ("กองช่าง (งานสุขาภิบาล)" is
// กองช่าง's sanitation section, not กองสาธารณสุขฯ as well); a section whose work is in one of the
// org's unit names ("งานสวัสดิการ": กองสวัสดิการสังคม) is that unit's, before the fixed table.

interface KeyedName {
  unitId: string;
  key: string;
  kind?: 'abbreviation' | 'section' | 'position';
}

interface Placed {
  unitId: string;
  start: number;
  end: number;
  section?: true;
}

const SECTION_WORD = /^(?:งาน|ฝ่าย)/;
/** Shortest work word compared with the unit names ("ประปา"). */
const MIN_WORK = 4;
/** What may stand between a division and its section in a match key: "(", "/", "-", ":" (spaces are gone). */
const BETWEEN = /^[(/\-:]{0,2}$/;

/** Whether a section starting at `start` follows a unit's name ending at a key of `ends` (BETWEEN between). */
export function followsDivision(start: number, ends: ReadonlyMap<number, unknown>, written: string): boolean {
  for (let end = start; end >= 0 && start - end <= 2; end--) {
    if (ends.has(end) && BETWEEN.test(written.slice(end, start))) return true;
  }
  return false;
}

/**
 * The sections placed right after another unit's name ("กองช่าง(งานสุขาภิบาล)", "กองช่าง/งาน…"):
 * parts of that unit, not units of their own. `written`: the match key the places index.
 */
export function sectionsInsideDivisions(placed: readonly Placed[], written: string): Set<Placed> {
  const inside = new Set<Placed>();
  const byEnd = new Map<number, Placed>();
  for (const p of placed) if (!p.section) byEnd.set(p.end, p);
  for (const p of placed) if (p.section && followsDivision(p.start, byEnd, written)) inside.add(p);
  return inside;
}

/**
 * The one unit whose name holds a section's work ("งานสวัสดิการ" → กองสวัสดิการสังคม, "งานงบประมาณ"
 * → กองยุทธศาสตร์และงบประมาณ); undefined for no section word, a short work, or two such units.
 */
export function unitNamingSectionWork<N extends KeyedName>(word: string, names: readonly N[]): N | undefined {
  const prefix = SECTION_WORD.exec(word)?.[0];
  if (!prefix) return undefined;
  const work = word.slice(prefix.length);
  if (work.length < MIN_WORK) return undefined;
  let found: N | undefined;
  for (const n of names) {
    if (n.kind || !n.key.includes(work, 3)) continue;
    if (found && found.unitId !== n.unitId) return undefined;
    found ??= n;
  }
  return found;
}
