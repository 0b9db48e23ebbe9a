// The guard on changing an ended year's plan (break s30-u F3): after 30 September, dropping a
// measure or turning a monthly follow-up into an annual one would take the year's missed reports
// out of its results report (O43) and public figures. The save is refused (409) unless confirmed.
import type { DueRules } from './due-rules.js';
import { ConflictError } from './errors.js';
import { fiscalYearBounds } from './fiscal-calendar.js';
import { expandPlan } from './obligations.js';
import type { Plan } from './plan.js';
import type { PlainDate } from './plain-date.js';
import { toThaiDigits } from './thai-format.js';
import { unitKeepsObligation, type UnitLifetime } from './unit-lifetime.js';

/** A plan save for a year, as the guard needs it. */
export interface EndedYearSave {
  fy: number;
  before: Pick<Plan, 'orgId' | 'fy' | 'measures'>;
  after: Pick<Plan, 'orgId' | 'fy' | 'measures'>;
  units: readonly UnitLifetime[];
  dueRules: DueRules | undefined;
  /** the Bangkok date of the save */
  today: PlainDate;
}

/**
 * The obligation ids `before` made that had fallen due before `today` (and that the year counts on
 * that day: unitKeepsObligation) and `after` no longer makes, when the fiscal year ended before
 * `today`; [] while the year runs. Those with reports are the reports guard's (plan-reports-guard).
 */
export function missedObligationsRemoved(s: EndedYearSave): string[] {
  if (s.today <= fiscalYearBounds(s.fy).end) return [];
  const unitIds = s.units.map((u) => u.unitId);
  const unitById = new Map(s.units.map((u) => [u.unitId, u]));
  const kept = new Set(expandPlan(s.after as Plan, unitIds, s.dueRules ?? {}).map((o) => o.obligationId));
  return expandPlan(s.before as Plan, unitIds, s.dueRules ?? {})
    .filter((o) => o.dueDate < s.today && !kept.has(o.obligationId))
    .filter((o) => unitKeepsObligation(unitById.get(o.unitId), o, undefined, s.today))
    .map((o) => o.obligationId);
}

/**
 * 409 when the save would remove obligations of an ended year whose due date has passed (a missed
 * report is nobody's, so the reports guard lets it go), unless `confirmed`. `path`: the plan's field
 * ("body", "body.text", the CLI's file); `confirmWith`: how to confirm (API field or CLI option).
 * The error's details carry `missedReportsRemoved` (a count) for the page.
 */
export function refuseRemovingMissedReports(
  s: EndedYearSave & { confirmed: boolean; path: string; confirmWith: string },
): void {
  if (s.confirmed) return;
  const removed = missedObligationsRemoved(s);
  if (removed.length === 0) return;
  const [y, n] = [toThaiDigits(s.fy), toThaiDigits(removed.length)];
  const measures = [...new Set(removed.map((id) => id.split('.')[0]!))];
  throw new ConflictError(
    `ปีงบประมาณ ${y} สิ้นสุดแล้ว แผนนี้จะลบรายงานที่ครบกำหนดแล้วแต่ไม่ได้ส่ง ${n} รายการออกจากผลการดำเนินงานของปี (รายงานผลและตัวเลขที่เผยแพร่) จึงยังไม่บันทึก: ถ้าตั้งใจแก้ไขแผนของปีที่สิ้นสุดแล้วจริง ให้ส่งใหม่พร้อม ${s.confirmWith}`,
    `fiscal year ${s.fy} has ended: this plan would remove ${removed.length} missed reports (due and never sent) from the year's results (the results report and published figures), so nothing was saved; to change the ended year's plan anyway, send it again with ${s.confirmWith}`,
    [
      {
        path: `${s.path}.measures`,
        message_th: `รายงานที่ไม่ได้ส่ง ${n} รายการของมาตรการ ${measures.join(', ')} จะถูกลบ`,
        message_en: `${removed.length} missed reports of measures ${measures.join(', ')} would be removed`,
      },
    ],
    { missedReportsRemoved: removed.length },
  );
}
