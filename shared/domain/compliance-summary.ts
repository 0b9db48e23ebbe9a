// Counts for the executives: obligations due in a range, met on time, late, missing. Pure.
import { INDICATORS } from './ita-catalog.js';
import { MAX_DAYS_AFTER } from './due-rules.js';
import { fiscalYearBounds } from './fiscal-calendar.js';
import { addDays, type PlainDate } from './plain-date.js';
import { IN_GRACE_TH, inGraceOn, overdueAfter, timeliness } from './settlement.js';
import { reportUnitsInOrder, type TrackedObligation } from './reminder-plan.js';
import { toThaiDigits } from './thai-format.js';
import { compareUnitIds } from './unit-order.js';

export interface ComplianceCounts {
  /** due on or before the summary's as-of day (ครบกำหนด): onTime + late + missing + inGrace */
  due: number;
  onTime: number;
  late: number;
  missing: number;
  /**
   * due on or before the as-of day, unsent, but added to the plan late and still within its on-time
   * grace (settlement.ts onTimeUntil): รอส่งย้อนหลัง. Counted in `due`, never as sent, so a report made
   * while units are still back-reporting does not read 100 % (tester s48). Absent in report.json
   * written before session 48 (counted in notYetDue there).
   */
  inGrace: number;
  /** in the range but due after the as-of day: not counted in `due`, even if reported early */
  notYetDue: number;
}

export interface ComplianceSummary {
  from: PlainDate;
  to: PlainDate;
  asOf: PlainDate;
  total: ComplianceCounts;
  byUnit: { unitId: string; counts: ComplianceCounts }[];
  byIndicator: { indicator: number; counts: ComplianceCounts }[];
  /**
   * every obligation of the year still unsent (missing) and overdue on asOf (due before it, or for
   * one added late, its grace over): the overdue ones and those returned to their unit and not
   * sent again, which `missing` counts too
   */
  overdue: TrackedObligation[];
}

const empty = (): ComplianceCounts => ({ due: 0, onTime: 0, late: 0, missing: 0, inGrace: 0, notYetDue: 0 });

const COUNT_OF = { on_time: 'onTime', late: 'late', missing: 'missing', not_yet_due: 'notYetDue' } as const;

/**
 * Due after `asOf`: not yet due, even if reported early (not ครบกำหนด); due on or before it (the
 * as-of day itself included): on time, late (by the settling submission, shared/domain/settlement.ts)
 * or missing, or in grace (รอส่งย้อนหลัง) while unreported within a late addition's grace
 * (settlement.ts inGraceOn): due, and not sent (tester s48).
 */
function classify(t: TrackedObligation, asOf: PlainDate): keyof Omit<ComplianceCounts, 'due'> {
  const o = t.obligation;
  if (o.dueDate > asOf) return 'notYetDue';
  const kind = timeliness(o, t.report, asOf);
  const sent = kind === 'on_time' || kind === 'late';
  return inGraceOn({ dueDate: o.dueDate, onTimeUntil: overdueAfter(o, asOf) }, sent, asOf) ? 'inGrace' : COUNT_OF[kind];
}

// what work in grace is called where counts are printed (kept in settlement.ts: the page loads it)
export { IN_GRACE_TH };

/** " (รอส่งย้อนหลัง ๒๗ รายการ)" beside a row of counts with work in grace, '' for none (old report.json: none). */
export const inGraceTh = (c: Partial<Pick<ComplianceCounts, 'inGrace'>>): string =>
  c.inGrace ? ` (${IN_GRACE_TH} ${toThaiDigits(c.inGrace)} รายการ)` : '';

/** " (ยังไม่ถึงกำหนด ๖๐ รายการ)", or '' for none. */
export const notYetDueTh = (n: number): string => (n > 0 ? ` (ยังไม่ถึงกำหนด ${toThaiDigits(n)} รายการ)` : '');

/**
 * What a row of counts with nothing due yet says instead of a rate of 0 and an empty bar, which
 * read as "sent nothing": "ยังไม่มีรายการที่ครบกำหนด (ยังไม่ถึงกำหนด ๒ รายการ)". The public ITA
 * page's figures and the results report's statistics (tester s43b F10, s44 F5).
 */
export const nothingDueTh = (c: Pick<ComplianceCounts, 'notYetDue'>): string =>
  `ยังไม่มีรายการที่ครบกำหนด${notYetDueTh(c.notYetDue)}`;

export function completionRate(c: Pick<ComplianceCounts, 'due' | 'onTime' | 'late'>): number {
  return c.due === 0 ? 0 : (c.onTime + c.late) / c.due;
}

/**
 * The counts of `tracked` due in `range`, as of `asOf`; `byUnit`, and each overdue report's units, in
 * the order units are listed to a reader (unit-order.ts), each unit named by `unitNames` (an id not
 * in it by itself; required, so no list falls back to the ids' order).
 */
export function summarizeCompliance(
  tracked: TrackedObligation[],
  range: { from: PlainDate; to: PlainDate },
  asOf: PlainDate,
  unitNames: ReadonlyMap<string, string>,
): ComplianceSummary {
  const order = compareUnitIds(unitNames);
  const total = empty();
  const units = new Map<string, ComplianceCounts>();
  const indicators = new Map<number, ComplianceCounts>();
  for (const t of tracked) {
    const o = t.obligation;
    if (o.dueDate < range.from || o.dueDate > range.to) continue;
    const kind = classify(t, asOf);
    const unit = units.get(o.unitId) ?? empty();
    const indicator = indicators.get(o.indicator) ?? empty();
    units.set(o.unitId, unit);
    indicators.set(o.indicator, indicator);
    for (const c of [total, unit, indicator]) {
      if (kind !== 'notYetDue') c.due++;
      c[kind]++;
    }
  }
  return {
    ...range,
    asOf,
    total,
    byUnit: [...units.keys()].sort(order).map((unitId) => ({ unitId, counts: units.get(unitId)! })),
    byIndicator: INDICATORS.filter((i) => indicators.has(i.no)).map((i) => ({
      indicator: i.no,
      counts: indicators.get(i.no)!,
    })),
    // by the counts' own rule: a returned report not sent again is ยังไม่ส่ง, so it is listed too;
    // one added late is listed once its on-time grace is over (settlement.ts overdueAfter)
    // each report's units in the reader's order (tester s44 F4)
    overdue: reportUnitsInOrder(
      tracked.filter((t) => overdueAfter(t.obligation, asOf) < asOf && classify(t, asOf) === 'missing'),
      order,
    ),
  };
}

/**
 * The dates a whole-year count covers (the results report, the September year summary): the fiscal
 * year `fy` and after it every due date an org due rule can reach (at most MAX_DAYS_AFTER past 30
 * September: September's monthly report under "the 5th of the next month" is due 5 October). A date
 * beyond that (a BE year typed for the CE one) is not the year's.
 */
export function wholeYearRange(fy: number, dueDates: Iterable<PlainDate>): { from: PlainDate; to: PlainDate } {
  const { start, end } = fiscalYearBounds(fy);
  const reach = addDays(end, MAX_DAYS_AFTER);
  let to = end;
  for (const d of dueDates) if (d > to && d <= reach) to = d;
  return { from: start, to };
}
