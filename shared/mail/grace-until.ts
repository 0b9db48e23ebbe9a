// Until when work in a late addition's grace (รอส่งย้อนหลัง) can be sent on time, as the emails say it.
import type { PlainDate } from '../domain/plain-date.js';
import { LATE_ADDITION_GRACE_DAYS } from '../domain/settlement.js';
import { formatThaiDate, toThaiDigits } from '../domain/thai-format.js';

/**
 * "ส่งได้ตรงเวลาถึง ๔ ตุลาคม ๒๕๗๐" for `days`, one last on-time day a report (overdueAfter); several
 * days: the grace's rule with the first and last ("ส่งได้ตรงเวลาถึงวันทำการที่ ๓ หลังวันที่เพิ่มเข้าแผน
 * (๑ ตุลาคม ๒๕๗๐ ถึง ๔ ตุลาคม ๒๕๗๐ แล้วแต่รายการ)"). The digests' overdue section and the results
 * report's email (re-check tester s49).
 */
export function graceUntilTh(days: readonly string[]): string {
  const sorted = [...new Set(days)].sort() as PlainDate[];
  return sorted.length === 1
    ? `ส่งได้ตรงเวลาถึง ${formatThaiDate(sorted[0]!)}`
    : `ส่งได้ตรงเวลาถึงวันทำการที่ ${toThaiDigits(LATE_ADDITION_GRACE_DAYS)} หลังวันที่เพิ่มเข้าแผน (${formatThaiDate(sorted[0]!)} ถึง ${formatThaiDate(sorted.at(-1)!)} แล้วแต่รายการ)`;
}
