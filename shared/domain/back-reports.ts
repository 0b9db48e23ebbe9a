// Reports sent in a summary's range for periods due before it (รายงานย้อนหลัง): the summaries count by
// due date, so the back reports of an adoption month (tester s49: adopted 12 May 2027, May's digest
// showed none of them) and any late report of an earlier month are said apart. Pure.
import type { ComplianceSummary } from './compliance-summary.js';
import { fiscalYearOf } from './fiscal-calendar.js';
import { bangkokDate, type PlainDate } from './plain-date.js';
import type { TrackedObligation } from './reminder-plan.js';
import { settledAt, timeliness } from './settlement.js';
import { formatThaiDate, formatThaiMonth, toThaiDigits } from './thai-format.js';
import { compareUnitIds } from './unit-order.js';

/** The summary's range (`from`, `to`: the Bangkok days, `to` no later than the run's day). */
export interface BackReports extends Pick<ComplianceSummary, 'from' | 'to'> {
  count: number;
  onTime: number;
  late: number;
  /** in the order units are listed to a reader */
  byUnit: { unitId: string; count: number }[];
  /** by fiscal year, oldest first (October-December: last year's too) */
  byFy: { fy: number; count: number }[];
}

/**
 * The obligations due before `range.from` whose settling submission (settlement.ts settledAt) is
 * dated (Bangkok) from `range.from` to `range.to` (or `asOf`, when earlier); undefined for none.
 */
export function backReportsSent(
  tracked: readonly TrackedObligation[],
  range: { from: PlainDate; to: PlainDate },
  asOf: PlainDate,
  unitNames: ReadonlyMap<string, string>,
): BackReports | undefined {
  const to = range.to < asOf ? range.to : asOf;
  const sent = tracked.filter((t) => {
    if (t.obligation.dueDate >= range.from) return false;
    const at = settledAt(t.report, t.obligation);
    const day = at === undefined ? undefined : bangkokDate(new Date(at));
    return day !== undefined && day >= range.from && day <= to;
  });
  if (sent.length === 0) return undefined;
  const units = new Map<string, number>();
  for (const t of sent) units.set(t.obligation.unitId, (units.get(t.obligation.unitId) ?? 0) + 1);
  const years = new Map<number, number>();
  for (const t of sent) years.set(t.obligation.fy, (years.get(t.obligation.fy) ?? 0) + 1);
  const onTime = sent.filter((t) => timeliness(t.obligation, t.report, asOf) === 'on_time').length;
  return {
    from: range.from,
    to,
    count: sent.length,
    onTime,
    late: sent.length - onTime,
    byUnit: [...units.keys()].sort(compareUnitIds(unitNames)).map((unitId) => ({ unitId, count: units.get(unitId)! })),
    byFy: [...years.keys()].sort((a, b) => a - b).map((fy) => ({ fy, count: years.get(fy)! })),
  };
}

/**
 * "รายงานย้อนหลังที่ส่งในเดือนพฤษภาคม ๒๕๗๐ ๔ รายการ (ของรอบที่ครบกำหนดก่อน ๑ พฤษภาคม ๒๕๗๐ จึงไม่นับรวมใน
 * ตัวเลขของสรุปนี้ ซึ่งนับตามวันครบกำหนด): ส่งตรงเวลา ๒ · ส่งล่าช้า ๒ · สำนักปลัดเทศบาล ๑ · กองคลัง ๓" (a range within one month
 * names it; another, "ที่ส่งระหว่าง … ถึง …"). Reports of a fiscal year before the range's (October-
 * December) name their year: "๔ รายการ ของปีงบประมาณ ๒๕๖๖", or each year's count (tester s50).
 */
export function backReportsTh(b: BackReports, unitNames: ReadonlyMap<string, string>): string {
  const th = toThaiDigits;
  const when =
    b.from.slice(0, 7) === b.to.slice(0, 7)
      ? `ในเดือน${formatThaiMonth(b.from.slice(0, 7))}`
      : `ระหว่าง ${formatThaiDate(b.from)} ถึง ${formatThaiDate(b.to)}`;
  const units = b.byUnit.map((u) => ` · ${unitNames.get(u.unitId) ?? u.unitId} ${th(u.count)}`).join('');
  const years = b.byFy.some((y) => y.fy !== fiscalYearOf(b.from))
    ? b.byFy.length === 1
      ? ` ของปีงบประมาณ ${th(b.byFy[0]!.fy)}`
      : ` ของ${b.byFy.map((y) => `ปีงบประมาณ ${th(y.fy)} ${th(y.count)} รายการ`).join(' และ')}`
    : '';
  return `รายงานย้อนหลังที่ส่ง${when} ${th(b.count)} รายการ${years} (ของรอบที่ครบกำหนดก่อน ${formatThaiDate(b.from)} จึงไม่นับรวมในตัวเลขของสรุปนี้ ซึ่งนับตามวันครบกำหนด): ส่งตรงเวลา ${th(b.onTime)} · ส่งล่าช้า ${th(b.late)}${units}`;
}
