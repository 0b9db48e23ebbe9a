// A pair of start and end date columns ("วันที่เริ่มต้น" | "วันที่สิ้นสุด", "เริ่ม" | "เสร็จ" under a merged
// "ระยะเวลาดำเนินการ") is the measure's timeframe, written as a range ("๑ มกราคม ๒๕๖๗ - ๓๐ มิถุนายน
// ๒๕๖๗") that cuts its follow-ups' months as a timeframe column does (review 17 s24, S24-5: kept as
// notes, the follow-ups ran the whole year). Beside a timeframe column of its own, the table's
// timeframe is that column's: the date columns stay notes, as before.
import type { Column } from './column-names.js';

/** "เริ่ม", "เริ่มต้น", "วันเริ่ม", "วันที่เริ่มต้น", "วันที่เริ่มดำเนินการ", "กำหนดเริ่ม" (in a match key) */
const START = /^(?:วัน(?:ที่)?|กำหนด)?เริ่ม(?:ต้น)?(?:ดำเนิน(?:การ|งาน)|โครงการ|กิจกรรม)?$/;
/** "สิ้นสุด", "เสร็จ", "แล้วเสร็จ", "วันที่สิ้นสุด", "วันสิ้นสุดโครงการ", "กำหนดเสร็จ" (in a match key) */
const END = /^(?:วัน(?:ที่)?|กำหนด)?(?:สิ้นสุด|(?:แล้ว)?เสร็จ(?:สิ้น)?)(?:ดำเนิน(?:การ|งาน)|โครงการ|กิจกรรม)?$/;

/** A date format after the label: "(ว/ด/ป)", "(วัน/เดือน/ปี)", "(วว/ดด/ปปปป)", "(dd/mm/yyyy)" (in a match key). */
const FORMAT_NOTE = /\((?:วว?|วัน|dd?)\/(?:ดด?|เดือน|mm?)\/(?:ป{1,4}|ปี|พ\.ศ\.|y{2,4})\)$/i;
/** "ตั้งแต่", "จาก" and "ถึง" name a bound only under a timeframe group (in a match key). */
const START_UNDER = /^(?:ตั้งแต่|จาก)(?:วันที่)?$/;
const END_UNDER = /^(?:จน)?ถึง(?:วันที่)?$/;

type Bound = 'start' | 'end';

/** Which end of the timeframe a column label names (a match key without numbering), if one. */
export function dateBoundOf(key: string): Bound | undefined {
  if (key.length > 40) return undefined;
  const label = key.replace(FORMAT_NOTE, '');
  return START.test(label) ? 'start' : END.test(label) ? 'end' : undefined;
}

/**
 * Which end of the timeframe a sub-label (match key) names under a two-row header's group: its own
 * (dateBoundOf), or "ตั้งแต่"/"จาก", "ถึง" under a timeframe group (`underTimeframe`: the group
 * merged or, in a text file, the label beside the group's start). Session 25: "ระยะเวลาดำเนินการ"
 * over "ตั้งแต่ | ถึง" or "เริ่ม (ว/ด/ป) | สิ้นสุด (ว/ด/ป)" was one timeframe joined or a note.
 */
export function subDateBoundOf(key: string, underTimeframe: boolean): Bound | undefined {
  const own = dateBoundOf(key);
  if (own || !underTimeframe || key.length > 40) return own;
  const label = key.replace(FORMAT_NOTE, '');
  return START_UNDER.test(label) ? 'start' : END_UNDER.test(label) ? 'end' : undefined;
}

/**
 * The timeframe a row's start and end date cells (plain text) make: "start - end", "ตั้งแต่ start"
 * with no end, "ภายใน end" with no start; empty when both are.
 */
export function datedTimeframe(dates: { start?: string; end?: string }): string {
  const { start, end } = dates;
  if (start && end) return `${start} - ${end}`;
  if (start) return `ตั้งแต่ ${start}`;
  return end ? `ภายใน ${end}` : '';
}

/**
 * A header's columns with its start and end date columns as notes when another column is the
 * timeframe ("ระยะเวลาดำเนินการ" of text); the same columns otherwise.
 */
export function withDateBounds(columns: Column[]): Column[] {
  if (!columns.some((c) => c.bound)) return columns;
  const ownTimeframe = columns.some(
    (c) => c.role === 'timeframe' && !c.bound && c.month === undefined && c.round === undefined,
  );
  return ownTimeframe ? columns.map((c) => (c.bound ? { role: 'note', label: c.label } : c)) : columns;
}
