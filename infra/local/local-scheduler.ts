// Fires the shared schedule catalog in Asia/Bangkok, in real time, and runs the same job code.
import { Cron } from 'croner';
import { awsCronToCroner, CRONER_OPTIONS } from '../../shared/schedules/aws-cron.js';
import { SCHEDULE_TIME_ZONE, SCHEDULES } from '../../shared/schedules/schedule-catalog.js';
import type { JobDependencies } from '../../shared/jobs/job-dependencies.js';
import { runScheduledJob } from '../../shared/jobs/run-scheduled-job.js';

export function startLocalScheduler(
  deps: JobDependencies,
  log: (line: string) => void,
): { stop(): void; next(): string[] } {
  const crons = SCHEDULES.map(
    (entry) =>
      new Cron(
        awsCronToCroner(entry.cron),
        { ...CRONER_OPTIONS, timezone: SCHEDULE_TIME_ZONE, name: entry.id, protect: true },
        async (self: Cron) => {
          const scheduledTime = self.currentRun() ?? new Date();
          const result = await runScheduledJob(deps, { kind: entry.input.kind, scheduledTime });
          log(
            `[scheduler] ${entry.id}: ${result.sent} sent, ${result.duplicates} already sent, ${result.failed} failed`,
          );
        },
      ),
  );
  return {
    stop: () => crons.forEach((c) => c.stop()),
    next: () => crons.map((c) => `${c.name}: ${c.nextRun()?.toISOString() ?? '-'}`),
  };
}
