// The results report's statistics note on reports recorded after the fact (tester s48 P3): reports
// sent within a late addition's grace count as on time, and without this nothing said they were
// recorded months later, nor when the org began tracking in the system.
import type { TrackedObligation } from '../domain/reminder-plan.js';
import { LATE_ADDITION_GRACE_DAYS, settledAt } from '../domain/settlement.js';
import { formatThaiDate, toThaiDigits } from '../domain/thai-format.js';

/**
 * "หมายเหตุ: เริ่มใช้ระบบติดตามเมื่อ ๑๒ พฤษภาคม ๒๕๗๐ รายงาน ๕ รายการของรอบก่อนหน้านั้นบันทึกย้อนหลัง …":
 * the reports of obligations added to the plan after their due date (Obligation.addedOn) that were
 * sent. The earliest such day is when the org began using the system when nothing due before it
 * was in the plan from the start (a plan saved mid-year); later additions (a measure added to a
 * running plan) are counted apart. A plan saved mid-year says its start even with no such report
 * ("… ยังไม่มีรายงานของรอบก่อนหน้านั้นที่บันทึกย้อนหลัง", tester s49: its ไม่ได้ส่ง read as a year's).
 * Undefined for a year tracked from its start, or later additions with none sent.
 */
export function backRecordedNoteTh(tracked: readonly TrackedObligation[]): string | undefined {
  const added = tracked.filter((t) => t.obligation.addedOn !== undefined);
  if (added.length === 0) return undefined;
  const sent = added.filter((t) => settledAt(t.report, t.obligation) !== undefined);
  const start = added.map((t) => t.obligation.addedOn!).reduce((a, b) => (b < a ? b : a));
  const adopted = !tracked.some((t) => t.obligation.addedOn === undefined && t.obligation.dueDate < start);
  if (sent.length === 0 && !adopted) return undefined;
  const atStart = adopted ? sent.filter((t) => t.obligation.addedOn === start).length : 0;
  const later = sent.length - atStart;
  const parts = [
    ...(adopted ? [`เริ่มใช้ระบบติดตามเมื่อ ${formatThaiDate(start)}`] : []),
    ...(atStart
      ? [`รายงาน ${toThaiDigits(atStart)} รายการของรอบก่อนหน้านั้นบันทึกย้อนหลัง`]
      : adopted
        ? ['ยังไม่มีรายงานของรอบก่อนหน้านั้นที่บันทึกย้อนหลัง']
        : []),
    ...(later ? [`รายงาน ${toThaiDigits(later)} รายการของรอบที่เพิ่มเข้าแผนหลังวันครบกำหนดบันทึกย้อนหลัง`] : []),
  ];
  const grace = sent.length
    ? ` (รายงานที่ส่งภายในวันทำการที่ ${toThaiDigits(LATE_ADDITION_GRACE_DAYS)} หลังวันที่เพิ่มเข้าแผนนับเป็นส่งตรงเวลา)`
    : '';
  return `หมายเหตุ: ${parts.join(' ')}${grace}`;
}
