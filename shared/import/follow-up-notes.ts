// The notes the product's plan document writes after a follow-up besides its cadence and audience
// (document-model-fields.ts): its months, "(ตั้งแต่เดือนเมษายน ๒๕๖๖ ถึงเดือนกันยายน ๒๕๖๖)", and its
// reporting units, "(หน่วยงานที่รายงาน: กองคลัง, กองช่าง)". Read back as the follow-up's firstMonth,
// lastMonth and unitIds and taken off its text, so the published plan re-imports to the same
// follow-ups (review 17 s24, S24-2). Only the product's own wording is read: other brackets stay text.
import { BE_OFFSET } from '../domain/fiscal-calendar.js';
import { FIRST_MONTH_WORD, LAST_MONTH_WORD } from '../domain/follow-up-months.js';
import { cadenceOfNote, REPORTING_UNITS_NOTE, withoutCadenceNote } from '../domain/plan-labels.js';
import { type NamedUnit, parseResponsibility, type UnitNames } from './responsibility.js';
import { MONTH, monthOf } from './thai-dates.js';
import { matchKey } from './thai-text.js';

/** A bracketed note at the end of a text, without brackets inside (at most 600 characters). */
const TRAILING_NOTE = /\s*\(([^()]{1,600})\)\s*$/;
const MONTHS_NOTE = new RegExp(
  `^(?:${matchKey(FIRST_MONTH_WORD)}${MONTH}([0-9]{4}))?(?:${matchKey(LAST_MONTH_WORD)}${MONTH}([0-9]{4}))?$`,
);
const UNITS_NOTE = new RegExp(`^${matchKey(REPORTING_UNITS_NOTE)}:`);

export interface FollowUpNotes {
  /** the follow-up's text without the notes read (its cadence note, if any, kept for the cadence reader) */
  text: string;
  firstMonth?: string;
  lastMonth?: string;
  unitIds?: string[];
}

/**
 * The months and reporting units a follow-up's text notes the way the product's documents write
 * them, before its trailing cadence note (if any): `text` without them and what they say. A month
 * is taken in fiscal year `fy` (BE) by its name (a plan document of another year copied into this
 * one keeps its months); units must all be the org's by name (else the note stays text).
 */
export function followUpNotesOf(
  text: string,
  fy: number,
  units: readonly NamedUnit[],
  names: UnitNames,
): FollowUpNotes {
  const core = withoutCadenceNote(text, cadenceOfNote(text) ?? 'once');
  const cadenceNote = text.slice(core.length);
  let rest = core;
  const read: Omit<FollowUpNotes, 'text'> = {};
  const months = noteAtEnd(rest, (key) => monthsOfNote(key, fy));
  if (months) {
    rest = months.before;
    Object.assign(read, months.said);
  }
  const reporting = noteAtEnd(rest, (key, note) => unitsOfNote(key, note, units, names));
  if (reporting) {
    rest = reporting.before;
    read.unitIds = reporting.said;
  }
  return rest === core ? { text } : { text: `${rest}${cadenceNote}`, ...read };
}

/** The text's trailing note, when `read` understands it (given its match key and its text). */
function noteAtEnd<T>(text: string, read: (key: string, note: string) => T | undefined) {
  const found = TRAILING_NOTE.exec(text);
  if (!found) return undefined;
  const said = read(matchKey(found[1]!), found[1]!);
  return said === undefined ? undefined : { before: text.slice(0, found.index), said };
}

/** "ตั้งแต่เดือนเมษายน๒๕๖๖ถึงเดือนกันยายน๒๕๖๖" (a match key) as months of fiscal year `fy`. */
function monthsOfNote(key: string, fy: number): { firstMonth?: string; lastMonth?: string } | undefined {
  const found = MONTHS_NOTE.exec(key);
  if (!found || (found[1] === undefined && found[3] === undefined)) return undefined;
  const inYear = (name: string) => {
    const month = monthOf(name);
    const year = fy - BE_OFFSET - (month >= 10 ? 1 : 0);
    return `${year}-${String(month).padStart(2, '0')}`;
  };
  const firstMonth = found[1] === undefined ? undefined : inYear(found[1]);
  const lastMonth = found[3] === undefined ? undefined : inYear(found[3]);
  if (firstMonth !== undefined && lastMonth !== undefined && firstMonth > lastMonth) return undefined;
  return { ...(firstMonth ? { firstMonth } : {}), ...(lastMonth ? { lastMonth } : {}) };
}

/** "หน่วยงานที่รายงาน: กองคลัง, กองช่าง" as unit ids, when every name is one of the org's units. */
function unitsOfNote(key: string, note: string, units: readonly NamedUnit[], names: UnitNames) {
  if (!UNITS_NOTE.test(key)) return undefined;
  const listed = note.slice(note.indexOf(':') + 1);
  const parsed = parseResponsibility(listed, units, names);
  const { allUnits, unitIds } = parsed.responsibility;
  const exact = !parsed.unknown && parsed.guessed.length === 0 && parsed.excluded.length === 0;
  return exact && !allUnits && unitIds.length > 0 ? [...unitIds] : undefined;
}
