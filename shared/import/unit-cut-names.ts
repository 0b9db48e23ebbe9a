// Units written short in the everyday ways S9-45's table missed (review 17 s12, S12-24): an
// abbreviation or alias without its dot ("สป" for "สป."), a name cut with ฯ ("กองสาธาฯ"), and the
// words after ฯ that finish the same unit's name ("กองสาธารณสุขฯ และสิ่งแวดล้อม": not a unit).
import { LOCAL_GOVERNMENT_KIND_WORDS, MUNICIPALITY_WORD } from '../domain/local-government-kinds.js';

interface KeyedName {
  unitId: string;
  key: string;
  kind?: 'abbreviation' | 'section' | 'position';
}

/** Shortest start of a name read as the name when cut with ฯ: the prefix (กอง) and two letters. */
const MIN_CUT = 5;

/**
 * What the readers of one word look up in a list of names, made once per list (a list is never
 * changed once made: unitNames): the names by key, and the units' own names (no short form, section
 * or position) with their kind and work. A cell's leftover words were each compared with all ~900
 * names three times, and each own name's kind found again by a regular expression (review 17 s22,
 * the bench's adversarial input: 200 distinct near names a cell).
 */
interface NamesIndex<N extends KeyedName> {
  /** the first name (abbreviation, alias, no section or position) with each key */
  byKey: Map<string, N>;
  /** the names with no kind, in the list's order */
  own: N[];
  /** those of them that start with a unit's kind (UNIT_KIND), with the work after it */
  kinded: { n: N; work: string }[];
  /** the works of each unit's sections named งาน… ("ศาสนาวัฒนธรรม" of งานศาสนาและวัฒนธรรม), "และ" taken out */
  sectionWorks: Map<string, Set<string>>;
}
const indexes = new WeakMap<readonly KeyedName[], NamesIndex<KeyedName>>();

function namesIndex<N extends KeyedName>(names: readonly N[]): NamesIndex<N> {
  let index = indexes.get(names) as NamesIndex<N> | undefined;
  if (index) return index;
  index = { byKey: new Map(), own: [], kinded: [], sectionWorks: new Map() };
  for (const n of names) {
    if (n.kind !== 'section' && n.kind !== 'position' && !index.byKey.has(n.key)) index.byKey.set(n.key, n);
    if (n.kind === 'section' && n.key.startsWith(SECTION_KIND)) {
      const works = index.sectionWorks.get(n.unitId) ?? new Set<string>();
      index.sectionWorks.set(n.unitId, works.add(withoutAnd(n.key.slice(SECTION_KIND.length))));
    }
    if (n.kind) continue;
    index.own.push(n);
    const ownKind = UNIT_KIND.exec(n.key)?.[0];
    if (ownKind) index.kinded.push({ n, work: n.key.slice(ownKind.length) });
  }
  indexes.set(names, index);
  return index;
}

/** The names of a list that are units' own (no short form, section or position), in order; made once per list. */
export function ownNames<N extends KeyedName>(names: readonly N[]): readonly N[] {
  return namesIndex(names).own;
}

/** The unit whose abbreviation or alias is `word` and a dot ("สป" for "สป."), if any. */
export function undottedShortName<N extends KeyedName>(word: string, names: readonly N[]): N | undefined {
  return namesIndex(names).byKey.get(`${word}.`);
}

/**
 * The one unit whose name or alias (not a short form) starts with `word`, written before a ฯ
 * ("กองสาธา" of "กองสาธาฯ"); undefined when none or two units start so.
 */
export function unitCutShort<N extends KeyedName>(word: string, names: readonly N[]): N | undefined {
  if (word.length < MIN_CUT) return undefined;
  let found: N | undefined;
  for (const n of names) {
    if (n.kind || n.key.length <= word.length || !n.key.startsWith(word)) continue;
    if (found && found.unitId !== n.unitId) return undefined;
    found ??= n;
  }
  return found;
}

/**
 * Whether `word` (a joiner glued on, "และสิ่งแวดล้อม") finishes the name of the unit named just
 * before it, cut with ฯ: some name of that unit holds it after the part written.
 */
export function finishesNameBefore(
  word: string,
  before: { unitId: string; read: string } | undefined,
  names: readonly KeyedName[],
): boolean {
  if (!before || !before.read.endsWith('ฯ') || word.length < 2) return false;
  const written = before.read.slice(0, -1);
  return names.some(
    (n) =>
      !n.kind &&
      n.unitId === before.unitId &&
      n.key.startsWith(written.slice(0, MIN_CUT)) &&
      n.key.includes(word, MIN_CUT),
  );
}

/** A section's name: its kind and its work ("งานศาสนาและวัฒนธรรม"). */
const SECTION_KIND = 'งาน';
const withoutAnd = (text: string) => text.replace(/และ/g, '');

/**
 * Whether `word`, written right after a name of unit `unitId`, goes on with that unit's full name:
 * it is the work of one of the unit's sections ("ศาสนาและวัฒนธรรม" after "กองการศึกษา",
 * "สิ่งแวดล้อม" after "กองสาธารณสุข"), "และ" or not (review 17 s17, S17-7). A section the org's
 * other unit does is not the unit's (sectionsOf), so "กองคลัง สวัสดิการสังคม" stays two words.
 */
export function goesOnWithName(word: string, unitId: string, names: readonly KeyedName[]): boolean {
  if (word.length < 2) return false;
  return namesIndex(names).sectionWorks.get(unitId)?.has(withoutAnd(word)) === true;
}

/** What a unit's name may start with: กอง, สำนัก(งาน), ส่วน, ฝ่าย, หน่วย (review 17 s15, S15-11). */
const UNIT_KIND = /^(?:สำนักงาน|สำนัก|กอง|ส่วน|ฝ่าย|หน่วย)/;
/** Shortest work (the name after its kind) read as a unit's. */
const MIN_WORK = 4;

/**
 * The one unit of the org a word names short (review 17 s15, S15-11): the leading words of its name
 * ("กองการศึกษา" for "กองการศึกษา ศาสนาและวัฒนธรรม", "กองสวัสดิการ" for "กองสวัสดิการสังคม"), a
 * distinctive word of its work after the kind ("กองเกษตร" for "กองส่งเสริมการเกษตร"), or its work
 * without the kind ("ตรวจสอบภายใน" for "หน่วยตรวจสอบภายใน"). Undefined when no unit or two match.
 */
export function unitNamedShort<N extends KeyedName>(word: string, names: readonly N[]): N | undefined {
  const kind = UNIT_KIND.exec(word)?.[0];
  const work = kind ? word.slice(kind.length).replace(/^การ(?=..)/, '') : word;
  if (work.length < MIN_WORK) return undefined;
  let found: N | undefined;
  const { kinded } = namesIndex(names);
  for (const { n, work: ownWork } of kinded) {
    if (n.key.length <= word.length) continue;
    const named = kind ? n.key.startsWith(word) || ownWork.includes(work) : ownWork === work;
    if (!named) continue;
    if (found && found.unitId !== n.unitId) return undefined;
    found ??= n;
  }
  return found;
}

/** The org's type written after a unit's name ("สำนักปลัด อบต."): part of the name, not a unit (read without dots). */
export const ORG_TYPE_WORDS = new Set([
  MUNICIPALITY_WORD,
  ...LOCAL_GOVERNMENT_KIND_WORDS.map((w) => w.replace('.', '')),
]);
