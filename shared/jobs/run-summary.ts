// What the job CLI prints after a run: one line per org, then the totals. Failures are never
// hidden: retries that failed again count as failed, and an org that aborted says so.
import { type DayOff, dayOffSaid } from '../domain/day-off.js';
import { BE_OFFSET } from '../domain/fiscal-calendar.js';
import type { PlainDate } from '../domain/plain-date.js';
import { formatThaiDate, toThaiDigits } from '../domain/thai-format.js';
import { holidaySource } from '../domain/thai-working-days.js';
import { deliveryCountsLine, noDeliveries } from './delivery-counts.js';
import type { OrgJobAborted, ScheduledJobResult } from './run-scheduled-job.js';

export function runSummaryLines(result: ScheduledJobResult): string[] {
  return [
    ...result.perOrg.map((o) =>
      'error' in o
        ? abortedLines(o)
        : o.notWorkingDay
          ? `org ${o.orgId}: ${notWorkingDayLine(o.notWorkingDay, o.dayOff)}`
          : `org ${o.orgId}: ${deliveryCountsLine(o)}${o.sendsStopped ? `\n${sendsStoppedLine(o.sendsStopped)}` : ''}`,
    ),
    ...result.fallbackHolidayYears.map(holidayFallbackLine),
    `รวม ${result.orgs} org (orgs), ${deliveryCountsLine(result)}${result.erroredOrgs.length ? `, หยุดกลางคัน ${result.erroredOrgs.length} org (aborted)` : ''}`,
  ];
}

/**
 * Said for an org whose run stopped: why (Thai, then English) and what it had done before it stopped
 * (emails sent then stay sent; running the command again sends only the rest).
 */
function abortedLines(o: OrgJobAborted): string {
  const lines = [`org ${o.orgId}: หยุดกลางคัน (ABORTED: ${o.error})`];
  if (o.reason) lines.push(`  ${o.reason.th} (${o.reason.en})`);
  if (o.sent !== undefined)
    lines.push(`  ก่อนหยุด (before it stopped): ${deliveryCountsLine({ ...noDeliveries(), ...o })}`);
  return lines.join('\n');
}

/** Said for an org whose sends SES stopped: the daily quota, or a refusal of the account (send-failure.ts). */
export function sendsStoppedLine(stop: { kind: 'quota' | 'account'; cause: string }): string {
  return stop.kind === 'quota'
    ? `  ใช้โควตาการส่งอีเมลรายวันของ SES หมดแล้ว หยุดส่งในรอบนี้ ที่เหลือจะส่งในรอบถัดไป (SES daily quota reached: the rest is deferred to the next run)`
    : `  !! บัญชี SES ปฏิเสธการส่ง (${stop.cause}) ไม่มีอีเมลใดส่งได้จนกว่าผู้ดูแลระบบจะแก้ไข (การส่งถูกระงับ สิทธิ์ IAM/รหัสเข้าถึง ผู้ส่งยังไม่ยืนยัน หรือ configuration set) หยุดส่งในรอบนี้ ที่เหลือจะส่งในรอบถัดไป (SES refused the account: ${stop.cause}; fix sending, credentials, IAM or sender verification; the rest is deferred to the next run)`;
}

/**
 * Said for an org whose run fell on a day off, naming which (day-off.ts): "วันที่ ๓๑ ธันวาคม ๒๕๖๙
 * เป็นวันหยุด (วันสิ้นปี) …", "(วันเสาร์)", "(วันปิดทำการขององค์กร)".
 */
export function notWorkingDayLine(day: PlainDate, why?: DayOff): string {
  const said = dayOffSaid(why);
  return `วันที่ ${formatThaiDate(day)} ${said.th} ไม่ส่งอีเมล อีเมลของรอบนี้จะส่งในวันทำการถัดไป (${day} ${said.en}: nothing sent; the next working day's daily pass sends this run's emails)`;
}

/**
 * Said for each calendar year (CE) the Cabinet has not listed yet whose holidays a run (or a
 * preview) used (docs/reminders.md, "Working days"): the Thai part in Thai digits, as the CLI's
 * other Thai lines say dates, the English part with the CE year the holiday file is keyed by.
 */
export function holidayFallbackLine(year: number): string {
  const be = `พ.ศ. ${toThaiDigits(year + BE_OFFSET)}`;
  return holidaySource(year) === 'computed'
    ? `ปฏิทินวันหยุดปี ${be} ยังไม่มีประกาศคณะรัฐมนตรีในระบบ ใช้วันหยุดที่คำนวณไว้ (วันสำคัญทางพุทธศาสนาตามปฏิทินจันทรคติ และวันหยุดชดเชยตามหลักเกณฑ์ปกติ ยังไม่รวมวันหยุดพิเศษ) แทน (no Cabinet holiday list for ${year}: the computed list fills in, without extra days; add the Cabinet's to shared/domain/thai-government-holidays.ts)`
    : `ปฏิทินวันหยุดปี ${be} ยังไม่มีประกาศคณะรัฐมนตรีในระบบ ใช้วันหยุดจาก date-holidays แทน (no Cabinet holiday list for ${year}: date-holidays fills in; add it to shared/domain/thai-government-holidays.ts)`;
}
