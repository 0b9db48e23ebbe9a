// What the job CLI prints after a run: one line per org, then the totals. Failures are never
// hidden: retries that failed again count as failed, and an org that aborted says so.
import { deliveryCountsLine } from './delivery-counts.js';
import type { ScheduledJobResult } from './run-scheduled-job.js';

export function runSummaryLines(result: ScheduledJobResult): string[] {
  return [
    ...result.perOrg.map((o) =>
      'error' in o ? `org ${o.orgId}: ABORTED (${o.error})` : `org ${o.orgId}: ${deliveryCountsLine(o)}`,
    ),
    `orgs ${result.orgs}, ${deliveryCountsLine(result)}${result.erroredOrgs.length ? `, aborted ${result.erroredOrgs.length}` : ''}`,
  ];
}
