// The ผู้รับผิดชอบ cell -> the org's units, by name, alias, naming variant (ส่วนการคลัง for กองคลัง),
// or (for OCR slips) similarity.
// "ทุกกองงาน" means every unit. Linear in the cell: every occurrence of a name is taken at once,
// each distinct leftover word is compared with the names once, and what is reported back is capped.
import { clipText } from '../domain/text.js';
import { countWork, readOnce } from './read-once.js';
import type { Responsibility } from '../domain/plan.js';
import { editDistanceWithin, listElements, matchKey, MAX_ITEMS, stripTags } from './thai-text.js';
import { abbreviationsOf, INFIX, sectionsOf, UNIT_PREFIXES, unitWorks } from './unit-short-names.js';
import {
  finishesNameBefore,
  goesOnWithName,
  ORG_TYPE_WORDS,
  ownNames,
  undottedShortName,
  unitCutShort,
  unitNamedShort,
} from './unit-cut-names.js';
import { followsDivision, sectionsInsideDivisions, unitNamingSectionWork } from './section-units.js';
import { chosenLines, tickList } from './tick-lists.js';
import { headsTheOrg, positionsOf } from './position-units.js';
import { withoutListMarkers } from './unit-list-markers.js';
import { wordsAsWritten } from './words-as-written.js';
import { addLeadWord, type LeadWord, leadWordKind, markedLead } from './lead-unit-words.js';

export interface NamedUnit {
  unitId: string;
  name: string;
  aliases: readonly string[];
  /** false: deactivated (still matched by name, so the preview can say so); absent: active */
  active?: boolean;
}

/** A word for a unit in "every …" phrases, longest first ("ส่วนราชการ" before "ส่วน"). */
const UNIT_WORD = '(?:หน่วยงาน|ส่วนราชการ|ส่วนงาน|สำนัก|กองงาน|กอง|ส่วน|ฝ่าย|งาน|หน่วย)';
/**
 * "สำนัก/กอง/หน่วย": at most ten words, so a phrase tried at each place of a long run of them
 * ("กอง/กอง/…", 80,000 characters: 4 s, 320,000: 58 s) reads in linear time.
 */
const UNIT_WORDS = `${UNIT_WORD}(?:\\/${UNIT_WORD}){0,9}`;
/**
 * Unit words before "ทุกแห่ง" or "ทุก<word>" ("สำนัก/กอง ทุกแห่ง", "หน่วยงานทุกแห่ง", "กองทุกกอง"), at most
 * four: a bounded run, so a long cell of such words is read in linear time.
 */
const UNIT_WORDS_EVERY = `(?:${UNIT_WORD}(?:\\/|,|และ)?){1,4}ทุก(?:แห่ง|${UNIT_WORDS})`;
/** "และสำนัก" closing an every-unit phrase before its exception ("ทุกกองและสำนัก ยกเว้นกองช่าง"). */
const AND_UNIT_WORD_BEFORE_EXCEPTION = `(?:(?:และ|\\/|,)${UNIT_WORD}(?=ยกเว้น|เว้น|ไม่รวม|\\(|$))?`;
/**
 * Every unit ("ทุกกองงาน", "ทุกสำนัก/กอง/หน่วย", "ทุกหน่วยงานในสังกัด", "หัวหน้าส่วนราชการทุกส่วน",
 * "สำนัก/กอง ทุกแห่ง"), on a match key.
 */
const ALL_UNITS = new RegExp(
  `(?:หัวหน้าส่วนราชการ|หัวหน้าหน่วยงาน|ผู้อำนวยการ|ผอ\\.|หัวหน้า)?(?:${UNIT_WORDS_EVERY}|ทุก${UNIT_WORDS}${AND_UNIT_WORD_BEFORE_EXCEPTION})(?:ในสังกัด|ขององค์กร|ของเทศบาล|ของอบต\\.)?(?:เทศบาล|องค์การบริหารส่วนตำบล|อบต\\.)?`,
);
const EVERY_ALL_UNITS = new RegExp(ALL_UNITS.source, 'g');
/** Every staff member ("บุคลากรทุกคน", "พนักงานเทศบาลทุกคน"): all units in practice, read with a warning. */
const PEOPLE =
  '(?:บุคลากร|พนักงานเทศบาล|พนักงานส่วนตำบล|พนักงานส่วนท้องถิ่น|พนักงานจ้าง|พนักงาน|ข้าราชการ|เจ้าหน้าที่|ลูกจ้างประจำ|ลูกจ้าง)';
const EVERYONE = new RegExp(
  `(?:${PEOPLE}(?:และ|\\/|,)?)*${PEOPLE}(?:ในสังกัด|ขององค์กร|ของเทศบาล)?(?:ทุกคน|ทุกระดับ|ทุกตำแหน่ง|ทั้งหมด)|ทุกคน`,
  'g',
);
/**
 * "The units concerned" ("ทุกหน่วยงานที่เกี่ยวข้อง", "ฝ่ายที่เกี่ยวข้อง"), in any word order
 * ("หน่วยงานที่เกี่ยวข้องทุกหน่วย", "ทุกกองงาน (ที่เกี่ยวข้อง)", "ทุกส่วน (เฉพาะที่เกี่ยวข้อง)"): not
 * every unit; the document does not say which.
 */
const CONCERNED = new RegExp(
  `(?:ทุก)?(?:${UNIT_WORDS}|บุคคล|ผู้|เจ้าหน้าที่|บุคลากร)?\\(?(?:เฉพาะ)?(?:อื่นๆ|อื่น)?(?:ที่)?เกี่ยวข้อง\\)?(?:ทุก${UNIT_WORDS}|ทั้งหมด)?`,
  'g',
);

/** The most words taken for a unit by similarity, and the most unknown words, one cell reports. */
export const MAX_CELL_FINDINGS = 10;
/** Longest leftover word compared with the unit names (a name is far shorter). */
const MAX_GUESS_LENGTH = 80;
/** Distinct leftover words compared with the unit names; a real cell has a handful, the rest are counted. */
const MAX_WORDS_COMPARED = 200;
/** A piece of marks alone ("์" an OCR speck left after "กองสาธารณสุข"): no word, so no unknown unit (S18-3). */
const MARKS_ONLY = /^[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]+$/;
/** Words that join unit names in a cell ("กองคลัง และกองช่าง"): no unit, and not unknown. */
const JOINING_WORDS = new Set(['และ', 'หรือ', 'กับ', 'ร่วมกับ']);
/** An unknown word is quoted up to this many characters. */
const MAX_QUOTED = 40;

export interface ParsedResponsibility {
  responsibility: Responsibility;
  /** distinct words left over that name no known unit (the first MAX_CELL_FINDINGS), space-separated */
  unknown: string;
  /** distinct words taken for a unit by similarity (the first MAX_CELL_FINDINGS): what was read, and the unit */
  guessed: { read: string; unitId: string; name: string; as?: 'abbreviation' | 'section' | 'position' }[];
  /** how many more distinct words were taken for a unit, or left unknown, than reported */
  omitted: { guessed: number; unknown: number };
  /** units the cell takes out ("ยกเว้นกองช่าง") */
  excluded: { unitId: string; name: string }[];
  /**
   * sections or positions named after an exception word ("กองคลัง ยกเว้นงานพัสดุ"): part of their unit,
   * which they neither take out nor add (break 17 s27, L-2); what was read and the unit
   */
  sectionsExcepted: { read: string; unitId: string; name: string }[];
  /** all units but those `excluded`, each of the others chosen by name ("ทุกกอง ยกเว้นกองช่าง") */
  allBut?: true;
  /** "the units concerned" as the cell writes it, when it is not all units: which ones is for the coordinator */
  concerned?: string;
  /** every staff member as the cell writes it ("บุคลากรทุกคน"), read as all units */
  everyone?: string;
  /** a tick list ("☑ กองคลัง ☐ กองช่าง"): only the ticked units were read, `kept` ('' when none is ticked) */
  ticked?: { kept: string };
}

interface Name {
  unitId: string;
  name: string;
  key: string;
  /** a short name (กค.), a section (งานการเงิน) or a usual position (นิติกร) of the unit: read with a warning */
  kind?: 'abbreviation' | 'section' | 'position';
}

/** A list of units' names and aliases as match keys, longest first (see unitNames). */
export type UnitNames = readonly Name[];

/**
 * The other ways Thai local government writes a unit's name (a match key): any unit prefix (กอง,
 * ส่วน, ฝ่าย, สำนัก, สำนักงาน) with or without the "การ" infix, without the org type, and with
 * the other word for the same work (ช่าง / โยธา). None for a name without a unit prefix.
 */
export function namingVariants(key: string): string[] {
  const parsed = unitWorks(key);
  if (!parsed) return [];
  return parsed.works.flatMap((w) => UNIT_PREFIXES.flatMap((p) => [p + w, p + INFIX + w]));
}

/**
 * The match keys of units' names and aliases, of their naming variants (namingVariants), and of
 * their usual abbreviations and sections (kind set: read with a unit-guessed warning); a variant
 * that is another unit's name or alias, or a variant of two units, is left out. Longest first:
 * make it once per import, not per cell.
 */
export function unitNames(units: readonly NamedUnit[]): UnitNames {
  const named: Name[] = units.flatMap((u) =>
    [u.name, ...u.aliases].map((n) => ({ unitId: u.unitId, name: u.name, key: matchKey(n) })).filter((n) => n.key),
  );
  const taken = new Set(named.map((n) => n.key));
  const allWorks = new Set(named.flatMap((n) => unitWorks(n.key)?.works ?? []));
  const variantOf = new Map<string, Name | null>();
  const add = (n: Name, key: string, kind?: Name['kind']) => {
    if (taken.has(key)) return;
    const other = variantOf.get(key);
    variantOf.set(
      key,
      other === undefined || other?.unitId === n.unitId ? { ...n, key, ...(kind ? { kind } : {}) } : null,
    );
  };
  for (const n of named) for (const key of namingVariants(n.key)) add(n, key);
  for (const n of named) for (const key of abbreviationsOf(n.key)) add(n, key, 'abbreviation');
  // สำนักปลัด's sections are the others' where the org has a unit for that work (S11-27: งานพัฒนาชุมชน
  // is กองสวัสดิการสังคม's when there is one): its own sections come last, where no unit took them
  const isClerk = (n: Name) => unitWorks(n.key)?.works.includes('ปลัด') === true;
  for (const n of named) if (!isClerk(n)) for (const key of sectionsOf(n.key, allWorks)) add(n, key, 'section');
  for (const n of named) {
    if (!isClerk(n)) continue;
    for (const key of sectionsOf(n.key, allWorks)) if (!variantOf.has(key)) add(n, key, 'section');
  }
  // position titles likewise: สำนักปลัด's where no unit of that work took them (S13-7)
  for (const n of named) if (!isClerk(n)) for (const key of positionsOf(n.key, allWorks)) add(n, key, 'position');
  for (const n of named) {
    if (!isClerk(n)) continue;
    for (const key of positionsOf(n.key, allWorks)) if (!variantOf.has(key)) add(n, key, 'position');
  }
  const variants = [...variantOf.values()].filter((v): v is Name => v !== null);
  return [...named, ...variants].sort((a, b) => b.key.length - a.key.length);
}

/**
 * A section or a position: written right after a division's name, a part of that division; not the
 * org's ปลัด or รองปลัด ("กองคลัง ปลัดเทศบาล" names two).
 */
const partOfUnit = (n: Name) => n.kind === 'section' || (n.kind === 'position' && !headsTheOrg(n.key));

/** The unit a word is a few slips from, if any (at most one edit per five characters of the name). */
function closestUnit(piece: string, names: readonly Name[]): Name | undefined {
  if (piece.length < 4 || piece.length > MAX_GUESS_LENGTH) return undefined;
  let best: (Name & { d: number }) | undefined;
  // a section or an abbreviation is read as written, not by similarity: the units' own names only
  const own = ownNames(names);
  for (const n of own) {
    const limit = Math.max(1, Math.floor(n.key.length / 5));
    const d = editDistanceWithin(piece, n.key, limit);
    if (d <= limit && (!best || d < best.d)) best = { ...n, d };
  }
  return best;
}

/** A joining word glued to a word ("(หลัก)และ", "เป็นหลักร่วมกับ"): the word is read without it. */
const GLUED_JOINER = /^(?:ร่วมกับ|และ|หรือ|กับ)|(?:ร่วมกับ|และ|หรือ|กับ)$/g;
/**
 * A head's title before the unit ("ผอ.กองคลัง", "หัวหน้าสำนักปลัด"), or an assistant's before a
 * position ("ผู้ช่วยเจ้าพนักงานพัสดุ"): no unit, and not unknown.
 */
const ROLE_WORDS = new Set(['ผอ', 'ผู้อำนวยการ', 'หัวหน้า', 'หน', 'ผู้ช่วย']);
/** The column's own label typed in the cell ("หน่วยงานรับผิดชอบ: กองคลัง", review 17 s26, S26-4): no unit. */
const CELL_LABELS = new Set(['หน่วยงานรับผิดชอบ', 'หน่วยงานที่รับผิดชอบ', 'หน่วยงานผู้รับผิดชอบ', 'ผู้รับผิดชอบ', 'รับผิดชอบ']);
/** "โดยผอ" (a match key's "โดย ผอ.กองคลัง", S26-4): a lead word glued to a position's word. */
const LEAD_WORD_THEN_ROLE = /^(.+?)(ผอ|ผู้อำนวยการ|หัวหน้า)$/;
/**
 * Words that take the units after them out ("ทุกหน่วยงาน ยกเว้นกองช่าง", "(เว้นกองช่าง)"), up to a ")" or
 * the cell's end; found wherever they stand, glued to the words before them too ("ทุกกองและสำนักยกเว้น…":
 * the match key has no spaces; review 17 s23, S23-11).
 */
const EXCLUDING_WORDS = /ยกเว้น|เว้นแต่|ไม่รวม|เว้น/g;

interface Occurrence {
  unitId: string;
  start: number;
  end: number;
  /** a section's name (งานการเงิน) or a position (นิติกร): no unit of its own right after a division's name */
  section?: true;
}

/**
 * A units cell of one unit per line marked only where chosen ("กองคลัง ✓" / "กองช่าง" / "สำนักปลัด ✓",
 * "● กองคลัง" / "○ กองช่าง" / "● สำนักปลัด"): its text as a tick list (chosenLines, tick-lists.ts),
 * each line naming a unit (review 17 s18, S18-4). Undefined for any other cell.
 */
function chosenUnits(cellHtml: string, names: UnitNames): string | undefined {
  const namesNoUnit = (line: string) => {
    const key = matchKey(line);
    return !names.some((n) => !n.kind && key.includes(n.key));
  };
  if (/<(?:p|li)\b/i.test(cellHtml)) return chosenLines(listElements(cellHtml, MAX_ITEMS + 1), namesNoUnit)?.join(' ');
  // one text (a PDF cell's lines joined): its lines start at the radio buttons
  const text = stripTags(cellHtml);
  if (text.length > MAX_ITEMS * 200 || !text.includes('●') || !text.includes('○')) return undefined;
  return chosenLines(
    text.split(/(?=[●○])/).filter((l) => l.trim()),
    namesNoUnit,
  )?.join(' ');
}

/** The work counted (read-once.ts countWork): responsibility cells read, for tests. */
export const UNITS_CELLS_WORK = 'units cells read';

/** parseResponsibility per list of names (made once per import), for readOnce */
const readersByNames = new WeakMap<UnitNames, (cellHtml: string) => ParsedResponsibility>();

/**
 * parseResponsibility of `cellHtml`, read once per cell text within an import (readOnce: a plan's
 * units cells repeat, "กองคลัง" on thousands of rows). What it gives is shared by every caller of the
 * same text: copy its arrays before changing them. `names`: unitNames(units), the import's own.
 */
export function parseResponsibilityOnce(
  cellHtml: string,
  units: readonly NamedUnit[],
  names: UnitNames,
): ParsedResponsibility {
  let read = readersByNames.get(names);
  if (!read) {
    // named for readingOnce's counts (tests)
    const readUnitsCell = (cell: string) => parseResponsibility(cell, units, names);
    readersByNames.set(names, (read = readUnitsCell));
  }
  return readOnce(read, cellHtml);
}

/**
 * Units named by a responsibility cell (HTML or text), in the order the cell names them. Each
 * occurrence of a unit's name or alias counts once for that unit; a word a few slips from a name is
 * taken for it (`guessed`); other words are `unknown`. Repeated words are reported once. The lead
 * is the unit a cell marks (หลัก, เจ้าภาพ, หน่วยงานหลัก:, โดย, ประสาน: lead-unit-words.ts), else with
 * all units the first named; units after ยกเว้น/เว้นแต่ are taken out (all units but them: `excluded`).
 * `names`: unitNames(units), made once by a caller that reads many cells.
 */
export function parseResponsibility(
  cellHtml: string,
  units: readonly NamedUnit[],
  names: UnitNames = unitNames(units),
): ParsedResponsibility {
  countWork(UNITS_CELLS_WORK);
  // options one per line marked only where chosen ("กองคลัง ✓" / "กองช่าง"): the tick list they are
  const text = chosenUnits(cellHtml, names) ?? stripTags(cellHtml);
  const ticks = tickList(text);
  let rest = matchKey(withoutListMarkers(ticks ? ticks.kept : text));
  const concernedRead = phraseOf(rest, CONCERNED);
  rest = rest.replace(CONCERNED, ' ');
  const everyoneRead = phraseOf(rest, EVERYONE);
  rest = rest.replace(EVERYONE, ' ');
  const unitsAll = ALL_UNITS.test(rest);
  const allNamed = unitsAll || everyoneRead !== undefined;
  rest = rest.replace(EVERY_ALL_UNITS, ' ');
  const occurrences: Occurrence[] = [];
  const guessed: ParsedResponsibility['guessed'] = [];
  const omitted = { guessed: 0, unknown: 0 };
  const guess = (read: string, n: Name, as?: Name['kind']) => {
    if (guessed.length >= MAX_CELL_FINDINGS) omitted.guessed++;
    else guessed.push({ read, unitId: n.unitId, name: n.name, ...(as ? { as } : {}) });
  };
  const namedExactly = new Set<string>();
  const shortFound: Name[] = [];
  // the cell before names are taken out, and where each occurrence ends: what a ฯ cut before a word wrote
  const written = rest;
  const endsAt = new Map<number, Occurrence>();
  const grams = rest.length > GRAMS_FROM ? gramsOf(rest) : undefined;
  // a cell with nothing left to read names no unit: the ~900 names are not looked for in it (500
  // measures of an empty units cell were 450,000 searches)
  for (const n of NOT_SPACE.test(rest) ? names : []) {
    const { unitId, key } = n;
    if (grams && key.length >= GRAM && !(grams.has(key.slice(0, GRAM)) && grams.has(key.slice(-GRAM)))) continue;
    let at = rest.indexOf(key);
    if (at < 0) continue;
    for (; at >= 0; at = rest.indexOf(key, at + key.length))
      occurrences.push({ unitId, start: at, end: at + key.length, ...(partOfUnit(n) ? { section: true } : {}) });
    if (n.kind) shortFound.push(n);
    else namedExactly.add(unitId);
    // every occurrence, longest names first: split/join is one pass over the cell
    rest = rest.split(key).join(' '.repeat(key.length));
  }
  // "กองช่าง (งานสุขาภิบาล)": a section right after a division is that division's (S12-21)
  const inside = sectionsInsideDivisions(occurrences, written);
  if (inside.size > 0) occurrences.splice(0, occurrences.length, ...occurrences.filter((o) => !inside.has(o)));
  const sectionsLeft = new Set(occurrences.filter((o) => o.section).map((o) => o.unitId));
  // a section or an abbreviation beside the unit's own name says nothing new
  for (const n of shortFound) {
    if (partOfUnit(n) && !sectionsLeft.has(n.unitId)) continue;
    if (!namedExactly.has(n.unitId)) guess(n.key, n, n.kind);
  }
  for (const o of occurrences) endsAt.set(o.end, o);
  /** The unit named right before `at` (spaces and ฯ between), and what was written for it. */
  const namedBefore = (at: number) => {
    let end = at;
    while (end > 0 && at - end < 3 && /[\sฯ]/.test(written[end - 1]!) && !endsAt.has(end)) end--;
    const o = endsAt.get(end);
    return o && { unitId: o.unitId, read: written.slice(o.start, at).trimEnd() };
  };
  // What is left, word by word: an abbreviation without its dot, or a few slips from a unit's name, is that unit.
  const leftover: string[] = [];
  const seen = new Set<string>();
  const leadWords: LeadWord[] = [];
  // where each exception starts; its word is no unit's (the cell's places kept: spaces for it)
  const excludedFrom: number[] = [];
  rest = rest.replace(EXCLUDING_WORDS, (word: string, at: number) => {
    excludedFrom.push(at);
    return ' '.repeat(word.length);
  });
  const startsAt = new Set(occurrences.map((o) => o.start));
  // brackets end a word ("(หลัก)และ"): the cell's spaces are gone in the match key; ; + & | separate
  // units as , / do (review 17 s25, S25-10)
  for (const m of rest.matchAll(/[^\s/,、.\-ฯ()[\];+&|]+/g)) {
    const piece = m[0];
    const bare = piece.replace(/[():]/g, '').replace(GLUED_JOINER, '');
    // "01 - สำนักปลัด": an item's code (a dropdown's) right before a unit's name (S25-10)
    if (ITEM_CODE.test(bare) && codesUnitAt(m.index + piece.length, startsAt, written)) continue;
    // "หลัก:", "(สนับสนุน)", "ดำเนินการโดย", "ประสาน": which unit leads (lead-unit-words.ts); "โดยผอ": โดย
    const beforeRole = LEAD_WORD_THEN_ROLE.exec(bare)?.[1];
    const kind = leadWordKind(bare) ?? (beforeRole === undefined ? undefined : leadWordKind(beforeRole));
    if (kind) {
      const end = m.index + piece.length;
      // a label with its colon inside brackets ("(ผู้ประสานงาน: สำนักปลัด)") labels the unit after it
      const bracketed = !piece.endsWith(':') && (written[m.index - 1] === '(' || written[end] === ')');
      addLeadWord(leadWords, { kind, word: bare, start: m.index, end, colon: piece.endsWith(':'), bracketed });
      continue;
    }
    if (!bare || MARKS_ONLY.test(bare)) continue;
    if (ROLE_WORDS.has(bare) || CELL_LABELS.has(bare) || seen.has(piece) || JOINING_WORDS.has(piece)) continue;
    seen.add(piece);
    // "กองสาธารณสุขฯ และสิ่งแวดล้อม": the words after ฯ finish the unit's name
    const before = namedBefore(m.index);
    if (finishesNameBefore(piece, before, names) || finishesNameBefore(bare, before, names)) continue;
    // "สำนักปลัด อบต.": the org's type after a unit's name is part of it (S15-11)
    if (before && ORG_TYPE_WORDS.has(bare)) continue;
    // "กองการศึกษา ศาสนาและวัฒนธรรม": the work of one of its sections goes on with the unit's full name (S17-7)
    if (before && seen.size <= MAX_WORDS_COMPARED && goesOnWithName(bare, before.unitId, names)) continue;
    // "สป" for "สป.", "กองสาธาฯ" for the one unit whose name starts so
    const cut = written[m.index + piece.length] === 'ฯ' ? unitCutShort(piece, names) : undefined;
    const short = undottedShortName(bare, names) ?? cut;
    // "งานสวัสดิการ": the one unit whose name holds the section's work; after a division, a part of it
    const section = short ? undefined : unitNamingSectionWork(bare, names);
    if (section && followsDivision(m.index, endsAt, written)) continue;
    // "กองการศึกษา", "กองเกษตร", "ตรวจสอบภายใน": the one unit whose name this is short for (S15-11)
    const named = short || section || seen.size > MAX_WORDS_COMPARED ? undefined : unitNamedShort(bare, names);
    const close =
      short ?? section ?? named ?? (seen.size <= MAX_WORDS_COMPARED ? closestUnit(piece, names) : undefined);
    if (close) {
      const end = m.index + piece.length + (cut ? 1 : 0);
      occurrences.push({ unitId: close.unitId, start: m.index, end, ...(section ? { section: true as const } : {}) });
      endsAt.set(end, occurrences.at(-1)!);
      guess(cut ? `${piece}ฯ` : piece, close, short ? 'abbreviation' : section ? 'section' : undefined);
    } else if (leftover.length >= MAX_CELL_FINDINGS) omitted.unknown++;
    else leftover.push(clipText(piece, MAX_QUOTED));
  }
  const { excludedIds, sectionsExcepted } = unitsExcluded(excludedFrom, occurrences, rest);
  const kept = occurrences.filter((o) => !excludedIds.has(o.unitId) && !sectionsExcepted.has(o));
  const first = new Map<string, number>();
  for (const o of kept) if ((first.get(o.unitId) ?? Infinity) > o.start) first.set(o.unitId, o.start);
  const named = [...first.entries()].sort((a, b) => a[1] - b[1]).map(([unitId]) => unitId);
  // all units but some: each of the others, by name
  const allUnits = allNamed && excludedIds.size === 0;
  const unitIds =
    allNamed && !allUnits
      ? [
          ...named,
          ...units
            .filter((u) => u.active !== false && !excludedIds.has(u.unitId) && !named.includes(u.unitId))
            .map((u) => u.unitId),
        ]
      : named;
  const lead = markedLead(leadWords, kept, written) ?? (allUnits ? unitIds[0] : undefined);
  // a section excepted is said as such, not as a unit read from it
  const exceptedReads = new Set([...sectionsExcepted].map((o) => `${o.unitId} ${written.slice(o.start, o.end)}`));
  return {
    responsibility: { allUnits, unitIds, ...(lead ? { leadUnitId: lead } : {}), text },
    // as the cell writes them ("๙๒.๑๕", not "92 15")
    unknown: leftover.length > 0 ? wordsAsWritten(leftover, text) : '',
    guessed: guessed.filter((g) => !exceptedReads.has(`${g.unitId} ${g.read}`)),
    omitted,
    excluded: units.filter((u) => excludedIds.has(u.unitId)).map((u) => ({ unitId: u.unitId, name: u.name })),
    sectionsExcepted: [...sectionsExcepted].slice(0, MAX_CELL_FINDINGS).map((o) => ({
      read: written.slice(o.start, o.end),
      unitId: o.unitId,
      name: units.find((u) => u.unitId === o.unitId)?.name ?? o.unitId,
    })),
    ...(allNamed && !allUnits ? { allBut: true as const } : {}),
    ...(concernedRead && !allNamed ? { concerned: concernedRead } : {}),
    ...(everyoneRead && !unitsAll && allUnits ? { everyone: everyoneRead } : {}),
    ...(ticks ? { ticked: { kept: clipText(ticks.kept, MAX_QUOTED * 3) } } : {}),
  };
}

/**
 * The units named after an exception word (`from`: where each starts, in rising order) up to the ")"
 * after it or the cell's end, and the sections or positions so named: those are part of a unit and
 * take none out ("กองคลัง ยกเว้นงานพัสดุ" is กองคลัง; break 17 s27, L-2). One sweep over the occurrences
 * by place: a cell repeating "ยกเว้น…" thousands of times was quadratic and at 1 MB threw (review 17
 * s24, S24-12).
 */
function unitsExcluded(
  from: readonly number[],
  occurrences: readonly Occurrence[],
  rest: string,
): { excludedIds: Set<string>; sectionsExcepted: Set<Occurrence> } {
  const excluded = new Set<string>();
  const sections = new Set<Occurrence>();
  if (from.length === 0) return { excludedIds: excluded, sectionsExcepted: sections };
  // each exception's span; the ")" after one is searched again only once passed (linear)
  const spans: { from: number; to: number }[] = [];
  let close = -2;
  for (const at of from) {
    if (close !== -1 && close <= at) close = rest.indexOf(')', at + 1);
    spans.push({ from: at, to: close < 0 ? rest.length : close });
  }
  let s = 0;
  let reach = -1;
  for (const o of [...occurrences].sort((a, b) => a.start - b.start)) {
    // spans open before this occurrence; the farthest end of them
    while (s < spans.length && spans[s]!.from < o.start) reach = Math.max(reach, spans[s++]!.to);
    if (o.start >= reach) continue;
    if (o.section) sections.add(o);
    else excluded.add(o.unitId);
  }
  return { excludedIds: excluded, sectionsExcepted: sections };
}

/** A list item's code: digits alone ("01", "๐๒"). */
const ITEM_CODE = /^[0-9๐-๙]{1,3}$/;
/** What may stand between an item's code and its unit ("01 - ", "[01] ", "01: ", a sub-item's ".1 "), at most three. */
const AFTER_CODE = /[\s\-–.:)\]0-9๐-๙]/;

/** Whether a unit's name starts at `at` of the cell's match key, or after up to three AFTER_CODE characters. */
function codesUnitAt(at: number, startsAt: ReadonlySet<number>, written: string): boolean {
  for (let i = at; i <= at + 3 && i <= written.length; i++) {
    if (startsAt.has(i)) return true;
    if (!AFTER_CODE.test(written[i] ?? '')) return false;
  }
  return false;
}

/** Anything but spaces: a cell left with none names no unit. */
const NOT_SPACE = /\S/;

/**
 * A long cell's pieces of GRAM characters: a name whose first or last piece is not among them is not
 * in the cell, and is not looked for (a long cell is not searched once per name of the ~1,000 with
 * the positions and sections, review 17 s17, S17-7). Shorter cells are searched as they are.
 */
const GRAM = 3;
const GRAMS_FROM = 256;
function gramsOf(text: string): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + GRAM <= text.length; i++) grams.add(text.slice(i, i + GRAM));
  return grams;
}

/** The first match of a global pattern in a match key, quoted as read (clipped), or undefined. */
function phraseOf(key: string, pattern: RegExp): string | undefined {
  const found = key.match(new RegExp(pattern.source))?.[0];
  return found ? clipText(found, MAX_QUOTED) : undefined;
}

/** A units column for the lead ("หน่วยงานที่รับผิดชอบหลัก") beside another ("…ร่วม"). */
const LEAD_COLUMN = /หลัก|เจ้าภาพ/;
/** A units column for the units supporting the lead ("หน่วยงานสนับสนุน", "ผู้รับผิดชอบร่วม"). */
const SUPPORT_COLUMN = /สนับสนุน|ร่วม/;

/**
 * A units cell as read with the others of its row: under a lead column beside another units
 * column, "หน่วยงานหลัก: <cell>" (its first unit is the lead, see parseResponsibility); else the cell.
 */
export function markedLeadColumn(
  column: { label: string },
  columns: readonly { role: string; label: string }[],
  cell: string,
): string {
  const units = columns.filter((c) => c.role === 'responsible');
  if (units.length < 2 || !stripTags(cell)) return cell;
  // beside a supporting column ("หน่วยงานสนับสนุน", "…ร่วม"), the other units column is the lead's
  const lead =
    LEAD_COLUMN.test(column.label) ||
    (!SUPPORT_COLUMN.test(column.label) &&
      !units.some((c) => LEAD_COLUMN.test(c.label)) &&
      units.some((c) => SUPPORT_COLUMN.test(c.label)));
  if (!lead) return cell;
  return `หน่วยงานหลัก: ${cell}`;
}
