// The overview's counts (overview-screen.ts): each report in exactly one column, by its status.
import type { Obligation } from './api-types.js';
import type { ObligationStatus } from '../../shared/domain/obligations.js';
import type { PlainDate } from '../../shared/domain/plain-date.js';
import { IN_GRACE_TH } from '../../shared/domain/settlement.js';
import { formatThaiDayMonthShort } from '../../shared/domain/thai-format.js';

/**
 * The columns: each report counts in exactly one, by its status, so they add up to รวม (tester s37
 * #5: "ส่งแล้ว ๑ รอตรวจ ๑" read as two reports). What an executive looks for first comes first: what
 * must be sent now (overdue, returned, in its back-reporting grace: s49), then the rest.
 */
export const COLUMNS = [
  ['overdue', 'เลยกำหนด'],
  ['returned', 'ส่งกลับแก้ไข'],
  ['inGrace', IN_GRACE_TH],
  ['submitted', 'รอตรวจ'],
  ['accepted', 'ตรวจรับแล้ว'],
  ['notYetDue', 'ยังไม่ถึงกำหนดส่ง'],
  ['all', 'รวม'],
] as const;
export type Column = (typeof COLUMNS)[number][0];
type Part = Exclude<Column, 'all'>;

/** The one column each status counts in (a new status does not typecheck until placed). */
const PART_OF: Readonly<Record<ObligationStatus, Part>> = {
  overdue: 'overdue',
  returned: 'returned',
  submitted: 'submitted',
  accepted: 'accepted',
  upcoming: 'notYetDue',
  due: 'notYetDue',
};

type Dated = Pick<Obligation, 'status' | 'dueDate' | 'onTimeUntil'>;

/**
 * รอส่งย้อนหลัง on the overview: work added to the plan on or after its due date, not sent, its due
 * date passed (or today) and its last on-time day (the API's `onTimeUntil`) not: status `due`, which
 * it keeps through that day (then `overdue`). Counted "ยังไม่ถึงกำหนดส่ง" before s49. A returned
 * report stays ส่งกลับแก้ไข, as every returned one: to fix and send again. On its last on-time day
 * it is still here (it can still be sent on time), where a report made that day counts it ไม่ได้ส่ง
 * as it counts any report due that day (settlement.ts inGraceOn).
 */
export const pastDueInGrace = (o: Dated, today: string): boolean =>
  o.status === 'due' && o.dueDate <= today && o.onTimeUntil > o.dueDate;

/** The column `o` counts in on `today`. */
export const partOf = (o: Dated, today: string): Part => (pastDueInGrace(o, today) ? 'inGrace' : PART_OF[o.status]);

export function tally(items: readonly Dated[], today: string): Record<Column, number> {
  const counts = { overdue: 0, returned: 0, inGrace: 0, submitted: 0, accepted: 0, notYetDue: 0, all: items.length };
  for (const o of items) counts[partOf(o, today)]++;
  return counts;
}

/**
 * Under a row's รอส่งย้อนหลัง count: until when its work can be sent on time, "ส่งได้ถึง ๑๗ พ.ค."
 * (work added on several days: "ส่งได้ถึง ๒๓ ก.ค.–๒๖ ก.ค.", the first and the last); '' for none.
 * The year is in the note above the tables (due-notes.ts lateAdditionsNote).
 */
export function graceUntilTh(items: readonly Dated[], today: string): string {
  const days = items
    .filter((o) => pastDueInGrace(o, today))
    .map((o) => o.onTimeUntil)
    .sort();
  if (days.length === 0) return '';
  const [first, last] = [days[0]!, days.at(-1)!].map((d) => formatThaiDayMonthShort(d as PlainDate));
  return `ส่งได้ถึง ${first === last ? first : `${first}–${last}`}`;
}

/**
 * The by-unit table's units: every active unit (one with nothing to report that year too, its row of
 * zeros says so), and a closed one (ปิดการใช้งานแล้ว) only while it has work in the year, whose
 * reports stay counted (tester s50: a unit made and closed the same day, never in any plan, was a
 * row "… (ปิดการใช้งานแล้ว)" of zeros in every year). `yearItems`: the whole year's, not the
 * month's, so a closed unit keeps its row in each month of the year.
 */
export function overviewUnits<U extends { unitId: string; active?: boolean | undefined }>(
  units: readonly U[],
  yearItems: readonly Pick<Obligation, 'unitId'>[],
): U[] {
  const owing = new Set(yearItems.map((o) => o.unitId));
  return units.filter((u) => u.active !== false || owing.has(u.unitId));
}
