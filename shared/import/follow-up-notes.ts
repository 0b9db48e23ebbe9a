// The notes the product's plan document writes after a follow-up besides its cadence and audience
// (document-model-fields.ts): its months, "(ตั้งแต่เดือนเมษายน ๒๕๖๖ ถึงเดือนกันยายน ๒๕๖๖)", and its
// reporting units, "(หน่วยงานที่รายงาน: กองคลัง, กองช่าง)". Read back as the follow-up's firstMonth,
// lastMonth and unitIds and taken off its text, so the published plan re-imports to the same
// follow-ups (review 17 s24, S24-2). Only the product's own wording is read: other brackets stay text.
import { BE_OFFSET } from '../domain/fiscal-calendar.js';
import { FIRST_MONTH_WORD, LAST_MONTH_WORD } from '../domain/follow-up-months.js';
import { audienceOfNote, cadenceOfNote, REPORTING_UNITS_NOTE, withoutCadenceNote } from '../domain/plan-labels.js';
import { type NamedUnit, parseResponsibility, type UnitNames } from './responsibility.js';
import { MONTH, monthOf } from './thai-dates.js';
import { toThaiDigits } from '../domain/thai-format.js';
import { matchKey } from './thai-text.js';
import { quoteStart } from './warning-quotes.js';

/** The longest note read, in characters. */
const MAX_NOTE_CHARS = 600;
/** A bracketed note without brackets inside (its text: group 1). */
const NOTE = `\\(([^()]{1,${MAX_NOTE_CHARS}})\\)`;
/** Every note of a text. */
const NOTES = new RegExp(NOTE, 'g');
/** A note at the end of a text. */
const TRAILING_NOTE = new RegExp(`\\s*${NOTE}\\s*$`);
/** How many trailing notes are looked at (the product writes at most three plus its cadence note). */
const MAX_NOTES = 5;
/** a year after a month, as typed: "๒๕๖๗", "พ.ศ. 2567", "67" (a match key: digits Arabic, no spaces) */
const NOTE_YEAR = '(?:พ\\.ศ\\.)?(?:[0-9]{4}|[0-9]{2})';
const MONTHS_NOTE = new RegExp(
  `^(?:${matchKey(FIRST_MONTH_WORD)}${MONTH}(?:${NOTE_YEAR})?)?[-–,]?(?:${matchKey(LAST_MONTH_WORD)}${MONTH}(?:${NOTE_YEAR})?)?$`,
);
const UNITS_NOTE = new RegExp(`^${matchKey(REPORTING_UNITS_NOTE)}:`);
/** a note in the product's own wording ("ตั้งแต่เดือน…", "ถึงเดือน…", "หน่วยงานที่รายงาน…"), read or not */
const OWN_NOTE = new RegExp(
  `^(?:${matchKey(FIRST_MONTH_WORD)}|${matchKey(LAST_MONTH_WORD)}|${matchKey(REPORTING_UNITS_NOTE)})`,
);

/**
 * Whether a line is only notes in the product's wording ("(ตั้งแต่เดือนมกราคม ๒๕๖๗)", "(รายงานต่อ: …)"): on a line of
 * its own under a follow-up (Enter pressed before it), it belongs to the follow-up above (review 17
 * s26, S26-14: it became a second, empty follow-up).
 */
export function isOwnNoteLine(line: string): boolean {
  if (line.length > MAX_NOTES * (MAX_NOTE_CHARS + 2) + 100) return false;
  const notes = [...line.matchAll(NOTES)];
  if (notes.length === 0 || notes.length > MAX_NOTES || line.replace(NOTES, '').trim() !== '') return false;
  // the product's months or units note, or its audience note "(รายงานต่อ: ผู้บริหาร)", several on a line
  return notes.every((n) => OWN_NOTE.test(matchKey(n[1]!)) || audienceOfNote(`x ${n[0]}`) !== undefined);
}

export interface FollowUpNotes {
  /** the follow-up's text without the notes read (other notes, its cadence note among them, kept in place) */
  text: string;
  firstMonth?: string;
  lastMonth?: string;
  unitIds?: string[];
  /** notes in the product's wording that could not be read (left in the text): the coordinator sets them */
  unread?: string[];
  /** words of a reporting-units note that name no unit of the org (the units it does name are read) */
  unknownUnits?: string;
  /** words of a reporting-units note taken for a unit by similarity: what was read, and the unit's name */
  guessedUnits?: { read: string; name: string }[];
}

/**
 * The months and reporting units a follow-up's text notes the way the product's documents write
 * them: its trailing bracketed notes (the last MAX_NOTES), in any order among other notes such as a
 * cadence note the coordinator typed ("(รายเดือน)"). `text` is the text without the notes read. A
 * month is taken in fiscal year `fy` (BE) by its name, in any spelling the timeframe reader knows
 * ("เม.ย. 67"), its year optional (a plan document of another year copied into this one keeps its
 * months); a units note gives the org's units it names (`unknownUnits`: the other words). A note in
 * the product's wording that still cannot be read is `unread` (review 17 s25, S25-3).
 */
export function followUpNotesOf(
  text: string,
  fy: number,
  units: readonly NamedUnit[],
  names: UnitNames,
): FollowUpNotes {
  // the product's own cadence note first: "(ทุกไตรมาส (ทุก ๓ เดือน))" holds brackets
  const core = withoutCadenceNote(text, cadenceOfNote(text) ?? 'once');
  const cadenceNote = text.slice(core.length);
  let rest = core;
  const kept: string[] = [];
  const read: Omit<FollowUpNotes, 'text'> = {};
  const unread: string[] = [];
  for (let n = 0; n < MAX_NOTES; n++) {
    const found = TRAILING_NOTE.exec(rest);
    if (!found) break;
    const note = found[1]!;
    const key = matchKey(note);
    rest = rest.slice(0, found.index);
    const monthsRead = read.firstMonth !== undefined || read.lastMonth !== undefined;
    const months = monthsRead ? undefined : monthsOfNote(key, fy);
    const reporting = months || read.unitIds ? undefined : unitsOfNote(key, note, units, names);
    if (months) Object.assign(read, months);
    else if (reporting) {
      read.unitIds = reporting.unitIds;
      if (reporting.unknown) read.unknownUnits = reporting.unknown;
      if (reporting.guessed.length > 0) read.guessedUnits = reporting.guessed;
    } else {
      if (OWN_NOTE.test(key)) unread.unshift(note);
      kept.unshift(found[0]);
    }
  }
  if (read.firstMonth === undefined && read.lastMonth === undefined && !read.unitIds) {
    return unread.length > 0 ? { text, unread } : { text };
  }
  return { text: `${rest}${kept.join('')}${cadenceNote}`, ...read, ...(unread.length > 0 ? { unread } : {}) };
}

/** "ตั้งแต่เดือนเมษายน๒๕๖๖ถึงเดือนกันยายน๒๕๖๖" (a match key) as months of fiscal year `fy`. */
function monthsOfNote(key: string, fy: number): { firstMonth?: string; lastMonth?: string } | undefined {
  const found = MONTHS_NOTE.exec(key);
  if (!found || (found[1] === undefined && found[2] === undefined)) return undefined;
  const inYear = (name: string) => {
    const month = monthOf(name);
    const year = fy - BE_OFFSET - (month >= 10 ? 1 : 0);
    return `${year}-${String(month).padStart(2, '0')}`;
  };
  const firstMonth = found[1] === undefined ? undefined : inYear(found[1]);
  const lastMonth = found[2] === undefined ? undefined : inYear(found[2]);
  if (firstMonth !== undefined && lastMonth !== undefined && firstMonth > lastMonth) return undefined;
  return { ...(firstMonth ? { firstMonth } : {}), ...(lastMonth ? { lastMonth } : {}) };
}

/**
 * "หน่วยงานที่รายงาน: กองคลัง, กองช่าง" as the org's units it names (exactly or by similarity) and
 * the words that name none; undefined when it names none of them, all units, or units taken out.
 */
function unitsOfNote(key: string, note: string, units: readonly NamedUnit[], names: UnitNames) {
  if (!UNITS_NOTE.test(key)) return undefined;
  const listed = note.slice(note.indexOf(':') + 1);
  const parsed = parseResponsibility(listed, units, names);
  const { allUnits, unitIds } = parsed.responsibility;
  if (allUnits || unitIds.length === 0 || parsed.excluded.length > 0) return undefined;
  const guessed = parsed.guessed.map(({ read, name }) => ({ read, name }));
  return { unitIds: [...unitIds], unknown: parsed.unknown, guessed };
}

type NoteSaid = { code: 'follow-up-note-unread' | 'unknown-unit' | 'unit-guessed'; th: string; en: string };

/**
 * What the importer says of a follow-up's notes (number `no`, from 1): a note in the product's
 * wording not read (`follow-up-note-unread`), words of a units note that name no unit (`unknown-unit`)
 * or were taken for one by similarity (`unit-guessed`).
 */
export function followUpNotesSaid(
  notes: Pick<FollowUpNotes, 'unread' | 'unknownUnits' | 'guessedUnits'>,
  no: number,
): NoteSaid[] {
  const said: NoteSaid[] = [];
  const noTh = `การติดตามผลข้อ ${toThaiDigits(no)}`;
  for (const note of notes.unread ?? []) {
    const quoted = quoteStart(note);
    said.push({
      code: 'follow-up-note-unread',
      th: `${noTh}: อ่านหมายเหตุ "(${quoted})" ไม่ได้ จึงยังไม่ได้ตั้งเดือนหรือหน่วยงานที่รายงานตามหมายเหตุนี้ กรุณาตั้งเอง`,
      en: `follow-up ${no}: the note "(${quoted})" could not be read, so its months or reporting units are not set: set them yourself`,
    });
  }
  if (notes.unknownUnits) {
    said.push({
      code: 'unknown-unit',
      th: `${noTh}: ไม่รู้จักหน่วยงาน "${notes.unknownUnits}" ในหมายเหตุหน่วยงานที่รายงาน จึงรายงานเฉพาะหน่วยงานที่รู้จัก`,
      en: `follow-up ${no}: unknown unit "${notes.unknownUnits}" in the reporting-units note; only the known units report it`,
    });
  }
  for (const { read, name } of notes.guessedUnits ?? []) {
    said.push({
      code: 'unit-guessed',
      th: `${noTh}: ถือ "${read}" ในหมายเหตุหน่วยงานที่รายงานเป็น ${name} กรุณาตรวจ`,
      en: `follow-up ${no}: "${read}" in the reporting-units note taken for ${name}: check it`,
    });
  }
  return said;
}
