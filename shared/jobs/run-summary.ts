// What the job CLI prints after a run: one line per org, then the totals. Failures are never
// hidden: retries that failed again count as failed, and an org that aborted says so.
import type { ScheduledJobResult } from './run-scheduled-job.js';

const counts = (r: {
  sent: number;
  duplicates: number;
  failed: number;
  givenUp: number;
  deferred: number;
  dropped: number;
  retried: number;
}) =>
  `sent ${r.sent}, already sent ${r.duplicates}, failed ${r.failed} (kept for the next run), given up ${r.givenUp}, deferred ${r.deferred}, resent ${r.retried}, no longer needed ${r.dropped}`;

export function runSummaryLines(result: ScheduledJobResult): string[] {
  return [
    ...result.perOrg.map((o) =>
      'error' in o ? `org ${o.orgId}: ABORTED (${o.error})` : `org ${o.orgId}: ${counts(o)}`,
    ),
    `orgs ${result.orgs}, ${counts(result)}${result.erroredOrgs.length ? `, aborted ${result.erroredOrgs.length}` : ''}`,
  ];
}
