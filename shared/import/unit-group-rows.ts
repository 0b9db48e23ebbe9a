// Measures grouped under unit rows (review 17 s11, S11-20): a plan compiled from each กอง's part
// has a row "หน่วยงานผู้รับผิดชอบ: กองคลัง" (one cell across the table, or alone in the measure
// column of a text file) over that unit's measures, and often no units column. Such a row gives its
// unit(s) to the measures under it that name none, until the next such row or the table's end.
import { type NamedUnit, parseResponsibility, type UnitNames } from './responsibility.js';
import { collapseSpaces, matchKey } from './thai-text.js';

/** "หน่วยงานผู้รับผิดชอบ:", "ผู้รับผิดชอบ", "หน่วยงาน :", "ส่วนราชการ", "เจ้าภาพ" before the unit. */
const UNIT_LABEL =
  /^(?:หน่วยงาน\s*(?:ผู้|ที่)?\s*รับผิดชอบ(?:หลัก)?|ผู้\s*รับผิดชอบ(?:หลัก)?|หน่วยงาน(?:เจ้าภาพ|หลัก)?|ส่วนราชการ|เจ้าภาพ)\s*[:：]?\s*/;
/** a unit row is a short label: longer text is a section's heading or a note */
const MAX_UNIT_ROW = 200;

/**
 * The units a heading row's text names, as a units cell would read them, or undefined when the row
 * is no unit row. With a label ("หน่วยงานผู้รับผิดชอบ: …") any known unit will do; without one, the
 * row must name known units only (no unknown word, none taken by similarity): "กองคลัง".
 */
export function unitRowText(text: string, units: readonly NamedUnit[], names: UnitNames): string | undefined {
  const line = collapseSpaces(text);
  if (!line || line.length > MAX_UNIT_ROW) return undefined;
  const label = UNIT_LABEL.exec(line);
  const rest = label ? line.slice(label[0].length).trim() : line;
  if (!rest || (!label && !mayNameUnits(rest, names))) return undefined;
  const { responsibility, unknown, guessed, concerned } = parseResponsibility(rest, units, names);
  if (!responsibility.allUnits && responsibility.unitIds.length === 0) return undefined;
  if (!label && (unknown || guessed.length > 0 || concerned)) return undefined;
  return rest;
}

/**
 * Whether unlabelled text can be a unit row at all: it holds a unit's name or alias, or "ทุก…".
 * A few substring tests, so that the many rows that are no unit row cost little (review 17 s12,
 * S12-6: 40,000 one-letter rows each read as a units cell).
 */
function mayNameUnits(text: string, names: UnitNames): boolean {
  const key = matchKey(text);
  return key.includes('ทุก') || names.some((n) => key.includes(n.key));
}
