// What the job CLI prints after a run: one line per org, then the totals. Failures are never
// hidden: retries that failed again count as failed, and an org that aborted says so.
import { type DayOff, dayOffSaid } from '../domain/day-off.js';
import { BE_OFFSET } from '../domain/fiscal-calendar.js';
import type { PlainDate } from '../domain/plain-date.js';
import { formatThaiDate, toThaiDigits } from '../domain/thai-format.js';
import { holidaySource } from '../domain/thai-working-days.js';
import { counted } from '../domain/english-count.js';
import { type DeliveryCounts, deliveryCountsSaid, noDeliveries } from './delivery-counts.js';
import type { OrgJobAborted, ScheduledJobResult } from './run-scheduled-job.js';

export function runSummaryLines(result: ScheduledJobResult): string[] {
  const total = deliveryCountsSaid(result);
  const aborted = result.erroredOrgs.length;
  return [
    ...result.perOrg.map((o) =>
      'error' in o
        ? abortedLines(o)
        : o.notWorkingDay
          ? `${orgLabel(o.orgId)}: ${notWorkingDayLine(o.notWorkingDay, o.dayOff)}`
          : `${orgLabel(o.orgId)}: ${countsLine(o)}${o.sendsStopped ? `\n${sendsStoppedLine(o.sendsStopped)}` : ''}`,
    ),
    ...result.fallbackHolidayYears.map(holidayFallbackLine),
    `รวม ${toThaiDigits(result.orgs)} องค์กร, ${total.th}${aborted ? `, หยุดกลางคัน ${toThaiDigits(aborted)} องค์กร` : ''} ` +
      `(${counted(result.orgs, 'org')} in all: ${total.en}${aborted ? `; ${aborted} aborted` : ''})`,
  ];
}

/** "องค์กร don-arang": an org as the CLI's Thai lines name it (tester s42, F6: "org don-arang"). */
const orgLabel = (orgId: string) => `องค์กร ${orgId}`;

/** "ส่งแล้ว ๓, เคยส่งแล้ว ๑, … (sent 3, already sent 1, …)" */
const countsLine = (counts: DeliveryCounts, enLead = '') => {
  const said = deliveryCountsSaid(counts);
  return `${said.th} (${enLead}${said.en})`;
};

/**
 * Said for an org whose run stopped: why (Thai, then English) and what it had done before it stopped
 * (emails sent then stay sent; running the command again sends only the rest).
 */
function abortedLines(o: OrgJobAborted): string {
  const lines = [`${orgLabel(o.orgId)}: หยุดกลางคัน (ABORTED: ${o.error})`];
  if (o.reason) lines.push(`  ${o.reason.th} (${o.reason.en})`);
  if (o.sent !== undefined) lines.push(`  ก่อนหยุด: ${countsLine({ ...noDeliveries(), ...o }, 'before it stopped: ')}`);
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
