// A workbook laid out as one sheet per unit ("สำนักปลัด", "กองคลัง", "กองช่าง"), each a plan table
// without a units column: the sheet is the unit (review 17 s23, S23-4). Its measures are the
// sheet's unit's, that unit their lead; a measure given on two unit sheets (the same indicator and
// title) is one measure of both units, joined with a warning naming both sheets (S23-5).
import type { FollowUp } from '../domain/plan.js';
import { toThaiDigits } from '../domain/thai-format.js';
import type { DraftMeasure } from './measures-document.js';
import { matchKey } from './thai-text.js';
import { quoteWords } from './warning-quotes.js';

/** The unit a sheet's name names: the unit's id and its name as the org writes it. */
export interface SheetUnit {
  sheet: string;
  unitId: string;
  name: string;
}

/** How many sheets unitSheetsMessage lists by name. */
const MAX_SHEETS_LISTED = 10;

/** What the importer says once of the sheets whose names gave their measures' unit (in sheet order). */
export function unitSheetsMessage(sheets: readonly SheetUnit[]): { th: string; en: string; source: string } {
  const listed = sheets.slice(0, MAX_SHEETS_LISTED);
  const more = sheets.length > listed.length ? ` …` : '';
  // the unit in brackets right after its own sheet: "…, "สำนักปลัด" เป็น…" read as every sheet before it (L-4)
  const th = listed.map((s) => (s.sheet === s.name ? `"${s.sheet}"` : `"${s.sheet}" (${s.name})`)).join(', ');
  const en = listed.map((s) => (s.sheet === s.name ? `"${s.sheet}"` : `"${s.sheet}" (${s.name})`)).join(', ');
  return {
    th: `ตารางในแผ่นงาน ${th}${more} ไม่มีคอลัมน์ผู้รับผิดชอบ และชื่อแผ่นงานเป็นชื่อหน่วยงาน จึงถือว่ามาตรการในแต่ละแผ่นงานเป็นของหน่วยงานนั้น (หน่วยงานหลัก) กรุณาตรวจหน่วยงานของมาตรการ`,
    en: `the tables of sheet ${en}${more} have no units column and each sheet is named after a unit: each sheet's measures are that unit's (the lead unit); check their units`,
    source: listed.map((s) => s.sheet).join(' | '),
  };
}

/**
 * What the importer says of a sheet read with the header of the unit sheet before it; `title`: its
 * first line, read as the sheet's title (no measure).
 */
export function headerFromUnitSheetMessage(sheet: string, from: string, title?: string): { th: string; en: string } {
  const quoted = title === undefined ? undefined : quoteWords(title);
  return {
    th: `แผ่นงาน "${sheet}" ไม่มีหัวตาราง จึงอ่านตามหัวตารางของแผ่นงาน "${from}" (แผ่นงานละหน่วยงาน)${quoted === undefined ? '' : ` บรรทัดแรก "${quoted}" ถือเป็นชื่อเรื่องของแผ่นงาน ไม่ใช่มาตรการ`} กรุณาตรวจว่าข้อความอยู่ในคอลัมน์ที่ถูกต้อง`,
    en: `sheet "${sheet}" has no header row: it is read with the header of sheet "${from}" (one sheet per unit)${quoted === undefined ? '' : `; its first line "${quoted}" is taken as the sheet's title, no measure`}; check that the text is in the right columns`,
  };
}

/** A measure of a unit sheet joined into the same measure of an earlier unit sheet. */
export interface JoinedMeasure {
  /** the measure kept, and the one joined into it (indices in the list given) */
  into: number;
  from: number;
  /** the follow-up numbers the joined measure's follow-ups took in the measure kept */
  followUpNos: Map<number, number>;
  /** the sheets of the measure kept (its first sheet first) and of the one joined */
  sheets: string[];
  sheet: string;
}

/** Own units of a follow-up of a measure: its own list, else the measure's units. */
const ownUnits = (f: FollowUp, m: DraftMeasure) => f.unitIds ?? m.responsible.unitIds;
const union = <T>(a: readonly T[], b: readonly T[]) => [...new Set([...a, ...b])];
/** `a`'s texts, then `b`'s that `a` has not (compared by matchKey) */
function unionTexts(a: readonly string[], b: readonly string[]): string[] {
  const seen = new Set(a.map(matchKey));
  return [...a, ...b.filter((t) => !seen.has(matchKey(t)))];
}

/**
 * Measures read from unit sheets (`sheetUnits[i]`: measure i's sheet unit, undefined for a measure
 * not read so) that another unit sheet gave before, with the same indicator and title (matchKey),
 * joined into that first one, changed in place: its units both sheets' (the first sheet's unit its
 * lead), its follow-ups the same once (by text and cadence) and another's added for its own sheet's
 * unit only, its methods, sub-measures, notes and recommendations added when new. Measures of one
 * sheet are never joined (a repeat in one table is measure-repeated's). Every sheet measure gets its
 * sheet's unit as lead. Time linear in the measures and their items.
 */
export function joinUnitSheetMeasures(
  measures: readonly DraftMeasure[],
  sheetUnits: readonly (SheetUnit | undefined)[],
): JoinedMeasure[] {
  const first = new Map<string, { index: number; sheets: string[] }>();
  const joined: JoinedMeasure[] = [];
  measures.forEach((m, index) => {
    const unit = sheetUnits[index];
    if (!unit) return;
    if (m.responsible.unitIds.includes(unit.unitId)) m.responsible.leadUnitId = unit.unitId;
    const key = unitSheetJoinKey(m);
    const seen = first.get(key);
    if (!seen) {
      first.set(key, { index, sheets: [unit.sheet] });
      return;
    }
    if (seen.sheets.includes(unit.sheet)) return;
    const into = measures[seen.index]!;
    joined.push({
      into: seen.index,
      from: index,
      followUpNos: joinInto(into, m),
      sheets: [...seen.sheets],
      sheet: unit.sheet,
    });
    seen.sheets.push(unit.sheet);
  });
  return joined;
}

/** What makes two unit sheets' measures one (joinUnitSheetMeasures): the indicator and the title's matchKey. */
export const unitSheetJoinKey = (m: Pick<DraftMeasure, 'indicator' | 'title'>) =>
  `${m.indicator ?? ''}\u0000${matchKey(m.title)}`;

/** `m` joined into `into` (see joinUnitSheetMeasures): the numbers `m`'s follow-ups took. */
function joinInto(into: DraftMeasure, m: DraftMeasure): Map<number, number> {
  const all = union(into.responsible.unitIds, m.responsible.unitIds);
  const followUps = into.followUps.map((f) => ({ ...f, unitIds: [...ownUnits(f, into)] }));
  const byText = new Map(followUps.map((f) => [`${matchKey(f.text)}\u0000${f.cadence}`, f]));
  const numbers = new Map<number, number>();
  let next = Math.max(0, ...followUps.map((f) => f.followUpNo)) + 1;
  for (const f of m.followUps) {
    const same = byText.get(`${matchKey(f.text)}\u0000${f.cadence}`);
    if (same) {
      same.unitIds = union(same.unitIds, ownUnits(f, m));
      numbers.set(f.followUpNo, same.followUpNo);
    } else {
      followUps.push({ ...f, followUpNo: next, unitIds: [...ownUnits(f, m)] });
      numbers.set(f.followUpNo, next++);
    }
  }
  // a follow-up of every unit of the measure names none
  into.followUps = followUps.map(({ unitIds, ...f }) =>
    unitIds.length === all.length && all.every((u) => unitIds.includes(u)) ? f : { ...f, unitIds },
  );
  into.responsible = {
    ...into.responsible,
    unitIds: all,
    text: unionTexts([into.responsible.text], [m.responsible.text]).join(', '),
  };
  into.methods = unionTexts(into.methods, m.methods);
  into.subMeasures = unionTexts(into.subMeasures, m.subMeasures);
  into.recommendations = unionTexts(into.recommendations, m.recommendations);
  const noteKey = (n: { label: string; text: string }) => `${matchKey(n.label)}\u0000${matchKey(n.text)}`;
  const notes = new Set((into.notes ?? []).map(noteKey));
  const added = (m.notes ?? []).filter((n) => !notes.has(noteKey(n)));
  if (added.length > 0) into.notes = [...(into.notes ?? []), ...added];
  return numbers;
}

/** What the importer says of a measure joined from `j.sheet` into the same measure of earlier sheets. */
export function joinedMeasureMessage(
  j: Pick<JoinedMeasure, 'sheets' | 'sheet'>,
  kept: Pick<DraftMeasure, 'measureId' | 'title' | 'indicator'>,
): { th: string; en: string } {
  const title = quoteWords(kept.title);
  const sheetsTh = [...j.sheets, j.sheet].map((s) => `"${s}"`).join(' และ ');
  const sheetsEn = [...j.sheets, j.sheet].map((s) => `"${s}"`).join(' and ');
  const indicator = kept.indicator === null ? '' : `ตัวชี้วัดที่ ${toThaiDigits(kept.indicator)} `;
  const indicatorEn = kept.indicator === null ? '' : `indicator ${kept.indicator}, `;
  return {
    th: `มาตรการ ${indicator}"${title}" อยู่ในแผ่นงาน ${sheetsTh} จึงรวมเป็นมาตรการเดียว (${kept.measureId}) ที่ทุกหน่วยงานของแผ่นงานเหล่านั้นรับผิดชอบ หน่วยงานของแผ่นงานแรกเป็นหน่วยงานหลัก การติดตามผลที่เหมือนกันรวมเป็นข้อเดียว ข้อที่ต่างกันเป็นของหน่วยงานในแผ่นงานนั้น ถ้าเป็นคนละมาตรการ ให้เพิ่มมาตรการแยก`,
    en: `the measure (${indicatorEn}"${title}") is on sheets ${sheetsEn}: joined into one measure (${kept.measureId}) of those sheets' units, the first sheet's unit its lead; follow-ups alike were joined, others are their own sheet's unit's; if they are different measures, add one apart`,
  };
}
