// A scheduled run across every org: one work item per org, handled with bounded concurrency.
// In AWS the planner puts the work items on SQS and a worker runs runOrgJob for each.
import type { JobKind } from '../domain/job-kinds.js';
import { holidaySource } from '../domain/thai-working-days.js';
import { addDeliveries, type DeliveryCounts, noDeliveries } from './delivery-counts.js';
import type { JobDependencies } from './job-dependencies.js';
import { abortReason, type OperatorReason } from './abort-reason.js';
import { countsBeforeAbort, type JobPart, type OrgJobResult, runOrgJob } from './run-org-job.js';

export interface ScheduledJobInput {
  kind: JobKind;
  scheduledTime: Date;
  orgId?: string;
  parts?: JobPart[];
}

export interface WorkItem {
  orgId: string;
  kind: JobKind;
  scheduledTime: string;
  parts?: JobPart[];
}

/** Page through the org registry (a Query, never a Scan) and yield one work item per org. */
export async function* planWorkItems(
  deps: Pick<JobDependencies, 'repos'>,
  input: ScheduledJobInput,
): AsyncGenerator<WorkItem> {
  const base = {
    kind: input.kind,
    scheduledTime: input.scheduledTime.toISOString(),
    ...(input.parts ? { parts: input.parts } : {}),
  };
  if (input.orgId) {
    yield { orgId: input.orgId, ...base };
    return;
  }
  const orgs = deps.repos.orgs;
  let cursor: string | undefined;
  do {
    const page = await orgs.listOrgs({ limit: 100, ...(cursor ? { cursor } : {}) });
    for (const org of page.items) yield { orgId: org.orgId, ...base };
    cursor = page.cursor;
  } while (cursor);
}

export function handleWorkItem(deps: JobDependencies, item: WorkItem): Promise<OrgJobResult> {
  return runOrgJob(deps, {
    orgId: item.orgId,
    kind: item.kind,
    scheduledTime: new Date(item.scheduledTime),
    ...(item.parts ? { parts: item.parts } : {}),
  });
}

/** An org whose work item threw: its error's name, the words for the operator, and its counts up to the throw. */
export interface OrgJobAborted extends Partial<DeliveryCounts> {
  orgId: string;
  error: string;
  reason?: OperatorReason;
}

export interface ScheduledJobResult extends DeliveryCounts {
  orgs: number;
  /** orgs whose item threw: retried by the next delivery of the schedule */
  erroredOrgs: string[];
  /** each org's own counts; for an org that threw, its error's name, why (fixed words) and what it did before */
  perOrg: (OrgJobResult | OrgJobAborted)[];
  /**
   * calendar years with no Cabinet list in the repo yet whose holidays some org's run used (a
   * computed list or npm date-holidays filled in), in order
   */
  fallbackHolidayYears: number[];
}

/**
 * Logs, once, the years whose holidays a run used with no Cabinet list for them (a computed list or
 * npm date-holidays filled in: OrgJobResult.fallbackHolidayYears); never fails the run
 * (docs/reminders.md, "Working days"). Nothing when none.
 */
export function noteHolidayFallback(
  deps: Pick<JobDependencies, 'log'>,
  years: readonly number[],
  orgId?: string,
): void {
  if (years.length > 0)
    deps.log?.('no Cabinet holiday list for these years: a computed list or npm date-holidays fills in', {
      ...(orgId ? { orgId } : {}),
      years: years.map((y) => `${y} (${holidaySource(y)})`).join(', '),
      add: 'shared/domain/thai-government-holidays.ts',
    });
}

/** Run every org's work item in this process, at most `concurrency` at a time. */
export async function runScheduledJob(deps: JobDependencies, input: ScheduledJobInput): Promise<ScheduledJobResult> {
  const total: ScheduledJobResult = {
    orgs: 0,
    ...noDeliveries(),
    erroredOrgs: [],
    perOrg: [],
    fallbackHolidayYears: [],
  };
  const years = new Set<number>();
  const running = new Set<Promise<void>>();
  for await (const item of planWorkItems(deps, input)) {
    total.orgs++;
    const task = handleWorkItem(deps, item)
      .then((r) => {
        addDeliveries(total, r);
        total.perOrg.push(r);
        for (const y of r.fallbackHolidayYears ?? []) years.add(y);
      })
      .catch((error: unknown) => {
        total.erroredOrgs.push(item.orgId);
        // what it sent before the throw still went out: counted, and said (break-32 F3)
        const done = countsBeforeAbort(error) ?? noDeliveries();
        addDeliveries(total, done);
        total.perOrg.push({
          ...done,
          orgId: item.orgId,
          error: error instanceof Error ? error.name : 'error',
          reason: abortReason(error),
        });
        deps.log?.('org job failed', { orgId: item.orgId, error: error instanceof Error ? error.name : 'error' });
      })
      .finally(() => running.delete(task));
    running.add(task);
    if (running.size >= deps.settings.concurrency) await Promise.race(running);
  }
  await Promise.all(running);
  total.fallbackHolidayYears = [...years].sort((a, b) => a - b);
  noteHolidayFallback(deps, total.fallbackHolidayYears);
  return total;
}
