// The ผู้รับผิดชอบ cell -> the org's units, by name, alias, or (for OCR slips) similarity.
// "ทุกกองงาน" means every unit.
import type { Responsibility } from '../domain/plan.js';
import { editDistance, matchKey, stripTags } from './thai-text.js';

export interface NamedUnit {
  unitId: string;
  name: string;
  aliases: readonly string[];
}

const ALL_UNITS = /ทุกกองงาน|ทุกกอง|ทุกส่วนราชการ|ทุกสำนัก\/?กอง|ทุกหน่วยงาน/;

export interface ParsedResponsibility {
  responsibility: Responsibility;
  /** words left over that name no known unit */
  unknown: string;
  /** words taken for a unit by similarity: what was read, and the unit */
  guessed: { read: string; unitId: string; name: string }[];
}

export function parseResponsibility(cellHtml: string, units: readonly NamedUnit[]): ParsedResponsibility {
  const text = stripTags(cellHtml);
  let rest = matchKey(text);
  const allUnits = ALL_UNITS.test(rest);
  rest = rest.replace(new RegExp(ALL_UNITS.source, 'g'), ' ');
  const names = units
    .flatMap((u) => [u.name, ...u.aliases].map((n) => ({ unitId: u.unitId, name: u.name, key: matchKey(n) })))
    .filter((n) => n.key)
    .sort((a, b) => b.key.length - a.key.length);
  const found: { unitId: string; at: number }[] = [];
  for (const { unitId, key } of names) {
    const at = rest.indexOf(key);
    if (at < 0) continue;
    if (!found.some((f) => f.unitId === unitId)) found.push({ unitId, at });
    rest = rest.slice(0, at) + ' '.repeat(key.length) + rest.slice(at + key.length);
  }
  // What is left, piece by piece: a few slips from a unit's name is that unit.
  const guessed: ParsedResponsibility['guessed'] = [];
  const leftover: string[] = [];
  for (const piece of rest.split(/[\s/,、.-]+/).filter(Boolean)) {
    const close =
      piece.length < 4 || piece.length > 80
        ? undefined
        : names
            .map((n) => ({ ...n, d: editDistance(piece, n.key) }))
            .filter((n) => n.d <= Math.max(1, Math.floor(n.key.length / 5)))
            .sort((a, b) => a.d - b.d)[0];
    if (!close) {
      leftover.push(piece);
      continue;
    }
    guessed.push({ read: piece, unitId: close.unitId, name: close.name });
    if (!found.some((f) => f.unitId === close.unitId)) found.push({ unitId: close.unitId, at: rest.indexOf(piece) });
  }
  found.sort((a, b) => a.at - b.at);
  const unitIds = found.map((f) => f.unitId);
  return {
    responsibility: {
      allUnits,
      unitIds,
      ...(allUnits && unitIds[0] ? { leadUnitId: unitIds[0] } : {}),
      text,
    },
    unknown: leftover.join(' '),
    guessed,
  };
}
