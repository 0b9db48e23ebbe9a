// Units written short in the everyday ways S9-45's table missed (review 17 s12, S12-24): an
// abbreviation or alias without its dot ("สป" for "สป."), a name cut with ฯ ("กองสาธาฯ"), and the
// words after ฯ that finish the same unit's name ("กองสาธารณสุขฯ และสิ่งแวดล้อม": not a unit).

interface KeyedName {
  unitId: string;
  key: string;
  kind?: 'abbreviation' | 'section' | 'position';
}

/** Shortest start of a name read as the name when cut with ฯ: the prefix (กอง) and two letters. */
const MIN_CUT = 5;

/** The unit whose abbreviation or alias is `word` and a dot ("สป" for "สป."), if any. */
export function undottedShortName<N extends KeyedName>(word: string, names: readonly N[]): N | undefined {
  const dotted = `${word}.`;
  return names.find((n) => n.kind !== 'section' && n.kind !== 'position' && n.key === dotted);
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
  const work = withoutAnd(word);
  return names.some(
    (n) =>
      n.kind === 'section' &&
      n.unitId === unitId &&
      n.key.startsWith(SECTION_KIND) &&
      withoutAnd(n.key.slice(SECTION_KIND.length)) === work,
  );
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
  for (const n of names) {
    if (n.kind || n.key.length <= word.length) continue;
    const ownKind = UNIT_KIND.exec(n.key)?.[0];
    if (!ownKind) continue;
    const ownWork = n.key.slice(ownKind.length);
    const named = kind ? n.key.startsWith(word) || ownWork.includes(work) : ownWork === work;
    if (!named) continue;
    if (found && found.unitId !== n.unitId) return undefined;
    found ??= n;
  }
  return found;
}

/** The org's type written after a unit's name ("สำนักปลัด อบต."): part of the name, not a unit. */
export const ORG_TYPE_WORDS = new Set([
  'อบต',
  'อบจ',
  'ทต',
  'ทม',
  'ทน',
  'เทศบาล',
  'เทศบาลตำบล',
  'เทศบาลเมือง',
  'เทศบาลนคร',
  'องค์การบริหารส่วนตำบล',
  'องค์การบริหารส่วนจังหวัด',
]);
