// The ผู้รับผิดชอบ cell -> the org's units, by name, alias, or (for OCR slips) similarity.
// "ทุกกองงาน" means every unit. Linear in the cell: every occurrence of a name is taken at once,
// each distinct leftover word is compared with the names once, and what is reported back is capped.
import type { Responsibility } from '../domain/plan.js';
import { editDistanceWithin, matchKey, stripTags } from './thai-text.js';

export interface NamedUnit {
  unitId: string;
  name: string;
  aliases: readonly string[];
}

const ALL_UNITS = /ทุกกองงาน|ทุกกอง|ทุกส่วนราชการ|ทุกสำนัก\/?กอง|ทุกหน่วยงาน/;
const EVERY_ALL_UNITS = new RegExp(ALL_UNITS.source, 'g');

/** The most words taken for a unit by similarity, and the most unknown words, one cell reports. */
export const MAX_CELL_FINDINGS = 10;
/** Longest leftover word compared with the unit names (a name is far shorter). */
const MAX_GUESS_LENGTH = 80;
/** Distinct leftover words compared with the unit names; a real cell has a handful, the rest are counted. */
const MAX_WORDS_COMPARED = 200;
/** An unknown word is quoted up to this many characters. */
const MAX_QUOTED = 40;

export interface ParsedResponsibility {
  responsibility: Responsibility;
  /** distinct words left over that name no known unit (the first MAX_CELL_FINDINGS), space-separated */
  unknown: string;
  /** distinct words taken for a unit by similarity (the first MAX_CELL_FINDINGS): what was read, and the unit */
  guessed: { read: string; unitId: string; name: string }[];
  /** how many more distinct words were taken for a unit, or left unknown, than reported */
  omitted: { guessed: number; unknown: number };
}

interface Name {
  unitId: string;
  name: string;
  key: string;
}

/** A list of units' names and aliases as match keys, longest first (see unitNames). */
export type UnitNames = readonly Name[];

/** The match keys of units' names and aliases, longest first: make it once per import, not per cell. */
export function unitNames(units: readonly NamedUnit[]): UnitNames {
  return units
    .flatMap((u) => [u.name, ...u.aliases].map((n) => ({ unitId: u.unitId, name: u.name, key: matchKey(n) })))
    .filter((n) => n.key)
    .sort((a, b) => b.key.length - a.key.length);
}

/** The unit a word is a few slips from, if any (at most one edit per five characters of the name). */
function closestUnit(piece: string, names: readonly Name[]): Name | undefined {
  if (piece.length < 4 || piece.length > MAX_GUESS_LENGTH) return undefined;
  let best: (Name & { d: number }) | undefined;
  for (const n of names) {
    const limit = Math.max(1, Math.floor(n.key.length / 5));
    const d = editDistanceWithin(piece, n.key, limit);
    if (d <= limit && (!best || d < best.d)) best = { ...n, d };
  }
  return best;
}

/**
 * Units named by a responsibility cell (HTML or text), in the order the cell names them. Each
 * occurrence of a unit's name or alias counts once for that unit; a word a few slips from a name is
 * taken for it (`guessed`); other words are `unknown`. Repeated words are reported once. `names`:
 * unitNames(units), made once by a caller that reads many cells.
 */
export function parseResponsibility(
  cellHtml: string,
  units: readonly NamedUnit[],
  names: UnitNames = unitNames(units),
): ParsedResponsibility {
  const text = stripTags(cellHtml);
  let rest = matchKey(text);
  const allUnits = ALL_UNITS.test(rest);
  rest = rest.replace(EVERY_ALL_UNITS, ' ');
  const found = new Map<string, number>();
  for (const { unitId, key } of names) {
    const at = rest.indexOf(key);
    if (at < 0) continue;
    if (!found.has(unitId)) found.set(unitId, at);
    // every occurrence, longest names first: split/join is one pass over the cell
    rest = rest.split(key).join(' '.repeat(key.length));
  }
  // What is left, word by word: a few slips from a unit's name is that unit.
  const guessed: ParsedResponsibility['guessed'] = [];
  const leftover: string[] = [];
  const seen = new Set<string>();
  const omitted = { guessed: 0, unknown: 0 };
  for (const m of rest.matchAll(/[^\s/,、.-]+/g)) {
    const piece = m[0];
    if (seen.has(piece)) continue;
    seen.add(piece);
    const close = seen.size <= MAX_WORDS_COMPARED ? closestUnit(piece, names) : undefined;
    if (close && !found.has(close.unitId)) found.set(close.unitId, m.index);
    const list = close ? guessed : leftover;
    if (list.length >= MAX_CELL_FINDINGS) omitted[close ? 'guessed' : 'unknown']++;
    else if (close) guessed.push({ read: piece, unitId: close.unitId, name: close.name });
    else leftover.push(piece.length > MAX_QUOTED ? `${piece.slice(0, MAX_QUOTED - 1)}…` : piece);
  }
  const unitIds = [...found.entries()].sort((a, b) => a[1] - b[1]).map(([unitId]) => unitId);
  return {
    responsibility: {
      allUnits,
      unitIds,
      ...(allUnits && unitIds[0] ? { leadUnitId: unitIds[0] } : {}),
      text,
    },
    unknown: leftover.join(' '),
    guessed,
    omitted,
  };
}
