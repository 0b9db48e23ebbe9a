// What the job CLI prints after a run: one line per org, then the totals. Failures are never
// hidden: retries that failed again count as failed, and an org that aborted says so.
import { BE_OFFSET } from '../domain/fiscal-calendar.js';
import { deliveryCountsLine } from './delivery-counts.js';
import type { ScheduledJobResult } from './run-scheduled-job.js';

export function runSummaryLines(result: ScheduledJobResult): string[] {
  return [
    ...result.perOrg.map((o) =>
      'error' in o ? `org ${o.orgId}: หยุดกลางคัน (ABORTED: ${o.error})` : `org ${o.orgId}: ${deliveryCountsLine(o)}`,
    ),
    ...result.fallbackHolidayYears.map(holidayFallbackLine),
    `รวม ${result.orgs} org (orgs), ${deliveryCountsLine(result)}${result.erroredOrgs.length ? `, หยุดกลางคัน ${result.erroredOrgs.length} org (aborted)` : ''}`,
  ];
}

/** Said for each calendar year (CE) whose holidays come from date-holidays (docs/reminders.md). */
export function holidayFallbackLine(year: number): string {
  return `ปฏิทินวันหยุดปี ${year + BE_OFFSET} (${year}) ยังไม่มีประกาศคณะรัฐมนตรีในระบบ ใช้วันหยุดจาก date-holidays แทน (no Cabinet holiday list for ${year}: date-holidays fills in; add it to shared/domain/thai-government-holidays.ts)`;
}
