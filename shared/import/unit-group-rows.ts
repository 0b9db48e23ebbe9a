// Measures grouped under unit rows (review 17 s11, S11-20): a plan compiled from each กอง's part
// has a row "หน่วยงานผู้รับผิดชอบ: กองคลัง" (one cell across the table, or alone in the measure
// column of a text file) over that unit's measures, and often no units column. Such a row gives its
// unit(s) to the measures under it that name none, until the next such row or the table's end.
import { type NamedUnit, parseResponsibility, type UnitNames } from './responsibility.js';
import { countWork } from './read-once.js';
import { collapseSpaces, fewLetters, matchKey } from './thai-text.js';

/** The work counted (read-once.ts countWork), for tests: unit names compared with a row's text. */
export const UNIT_ROW_NAMES_WORK = 'unit row names compared';

/** "หน่วยงานผู้รับผิดชอบ:", "ผู้รับผิดชอบ", "หน่วยงาน :", "ส่วนราชการ", "เจ้าภาพ" before the unit. */
const UNIT_LABEL =
  /^(?:หน่วยงาน\s*(?:ผู้|ที่)?\s*รับผิดชอบ(?:หลัก)?|ผู้\s*รับผิดชอบ(?:หลัก)?|หน่วยงาน(?:เจ้าภาพ|หลัก)?|ส่วนราชการ|เจ้าภาพ)\s*[:：]?\s*/;
/** a unit row is a short label: longer text is a section's heading or a note */
const MAX_UNIT_ROW = 200;

/**
 * The units a heading row's text names, as a units cell would read them, or undefined when the row
 * is no unit row. With a label ("หน่วยงานผู้รับผิดชอบ: …") any known unit will do; without one, the
 * row must name known units only (no unknown word, none taken by similarity): "กองคลัง", "กค.".
 */
export function unitRowText(text: string, units: readonly NamedUnit[], names: UnitNames): string | undefined {
  const line = collapseSpaces(text);
  if (!line || line.length > MAX_UNIT_ROW) return undefined;
  const label = UNIT_LABEL.exec(line);
  const rest = label ? line.slice(label[0].length).trim() : line;
  if (!rest || (!label && !mayNameUnits(rest, names))) return undefined;
  const { responsibility, unknown, guessed, concerned } = parseResponsibility(rest, units, names);
  if (!responsibility.allUnits && responsibility.unitIds.length === 0) return undefined;
  // without a label, only units' names, aliases and usual abbreviations as written ("กค."): nothing by similarity
  if (!label && (unknown || guessed.some((g) => g.as !== 'abbreviation') || concerned)) return undefined;
  return rest;
}

/**
 * unitRowText's first tests alone (a label, or a unit's name in the text): false for a text that
 * unitRowText reads as no unit row, without reading it as a units cell.
 */
export function mayBeUnitRow(text: string, names: UnitNames): boolean {
  const line = collapseSpaces(text);
  if (!line || line.length > MAX_UNIT_ROW) return false;
  const label = UNIT_LABEL.exec(line);
  const rest = label ? line.slice(label[0].length).trim() : line;
  return !!rest && (!!label || mayNameUnits(rest, names));
}

/**
 * Whether unlabelled text can be a unit row at all: it holds a unit's name or alias, or "ทุก…".
 * A few substring tests, so that the many rows that are no unit row cost little (review 17 s12,
 * S12-6: 40,000 one-letter rows each read as a units cell).
 */
function mayNameUnits(text: string, names: UnitNames): boolean {
  const { byStart, short, fewLetterNames } = namesByStart(names);
  // a text of too few letters holds no "ทุก" and only names of too few letters (fewLetters)
  if (fewLetterNames.byPair.size === 0 && fewLetterNames.single.size === 0 && fewLetters(text)) return false;
  const key = matchKey(text);
  // so does its key: only the org's few-letter names ("กค.") are looked for in it (a file of
  // distinct short rows "ก12", 80,000 lone cells: session 27), by their first two characters, only
  // where one may start (a Thai letter: "ก12" is compared with no name, session 36)
  if (fewLetters(key)) {
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      if (c <= 0x7f && !fewLetterNames.asciiStart) continue;
      if (fewLetterNames.single.has(c)) return true;
      const starting = i + 1 < key.length ? fewLetterNames.byPair.get(c * 0x10000 + key.charCodeAt(i + 1)) : undefined;
      countWork(UNIT_ROW_NAMES_WORK, starting?.length ?? 0);
      if (starting?.some((n) => key.startsWith(n, i))) return true;
    }
    return false;
  }
  if (key.includes('ทุก')) return true;
  // the names by their first two characters: a text is looked at only where a name can start
  // (review 17 s23: each distinct short row was compared with all ~900 names)
  if (short.some((n) => key.includes(n))) return true;
  for (let i = 0; i + 2 <= key.length; i++) {
    const starting = byStart.get(key.slice(i, i + 2));
    countWork(UNIT_ROW_NAMES_WORK, starting?.length ?? 0);
    if (starting?.some((n) => key.startsWith(n, i))) return true;
  }
  return false;
}

/** Per list of names: the keys by their first two characters, the keys shorter than two, the few-letter keys. */
interface NamesByStart {
  byStart: Map<string, string[]>;
  short: string[];
  /** the keys of too few letters ("กค.": the only ones a text of too few letters may hold) */
  fewLetterNames: {
    /** by their first two code units (first * 0x10000 + second) */
    byPair: Map<number, string[]>;
    /** the first code units of such keys one code unit long */
    single: Set<number>;
    /** whether such a key starts with an ASCII character */
    asciiStart: boolean;
  };
}
const startIndex = new WeakMap<UnitNames, NamesByStart>();
function namesByStart(names: UnitNames): NamesByStart {
  let index = startIndex.get(names);
  if (index) return index;
  index = {
    byStart: new Map(),
    short: [],
    fewLetterNames: { byPair: new Map(), single: new Set(), asciiStart: false },
  };
  const few = index.fewLetterNames;
  for (const { key } of names) {
    if (key && fewLetters(key)) {
      if (key.charCodeAt(0) <= 0x7f) few.asciiStart = true;
      if (key.length === 1) few.single.add(key.charCodeAt(0));
      else {
        const pair = key.charCodeAt(0) * 0x10000 + key.charCodeAt(1);
        const list = few.byPair.get(pair);
        if (list) list.push(key);
        else few.byPair.set(pair, [key]);
      }
    }
    if (key.length < 2) index.short.push(key);
    else {
      const start = key.slice(0, 2);
      const list = index.byStart.get(start);
      if (list) list.push(key);
      else index.byStart.set(start, [key]);
    }
  }
  startIndex.set(names, index);
  return index;
}
