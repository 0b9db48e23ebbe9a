// The ผู้รับผิดชอบ cell -> the org's units. "ทุกกองงาน" means every unit.
import type { Responsibility } from '../domain/plan.js';
import { matchKey, stripTags } from './thai-text.js';

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
}

export function parseResponsibility(cellHtml: string, units: readonly NamedUnit[]): ParsedResponsibility {
  const text = stripTags(cellHtml);
  let rest = matchKey(text);
  const allUnits = ALL_UNITS.test(rest);
  rest = rest.replace(new RegExp(ALL_UNITS.source, 'g'), ' ');
  const names = units
    .flatMap((u) => [u.name, ...u.aliases].map((n) => ({ unitId: u.unitId, key: matchKey(n) })))
    .sort((a, b) => b.key.length - a.key.length);
  const found: { unitId: string; at: number }[] = [];
  for (const { unitId, key } of names) {
    const at = rest.indexOf(key);
    if (at < 0 || !key) continue;
    if (!found.some((f) => f.unitId === unitId)) found.push({ unitId, at });
    rest = rest.slice(0, at) + ' '.repeat(key.length) + rest.slice(at + key.length);
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
    unknown: rest.replace(/[\s/,、.-]+/g, ' ').trim(),
  };
}
