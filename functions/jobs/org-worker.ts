// SQS worker: one message = one org's share of a scheduled run. Failed items are reported back
// (partial batch failure) and SQS redelivers them; delivery is idempotent.
import { ORG_JOB_DONE } from '../../shared/jobs/alarmed-log-lines.js';
import { Logger } from '@aws-lambda-powertools/logger';
import { jobDependenciesFromEnv } from '../../shared/jobs/job-config.js';
import { WorkItemMessage } from '../../shared/jobs/job-input.js';
import { handleWorkItem, noteHolidayFallback } from '../../shared/jobs/run-scheduled-job.js';
import { sqsBatchHandler } from './sqs-batch.js';

const logger = new Logger({ serviceName: 'ita-measures-jobs' });
const deps = jobDependenciesFromEnv(process.env, 'org-worker function');

export const handler = sqsBatchHandler(logger, async (body) => {
  const item = WorkItemMessage.parse(body);
  const result = await handleWorkItem({ ...deps, log: (m, f) => logger.warn(m, f) }, item);
  logger.info(ORG_JOB_DONE, { ...result });
  // the years this org's run used without a Cabinet holiday list (the planner cannot know them)
  noteHolidayFallback({ log: (m, f) => logger.warn(m, f) }, result.fallbackHolidayYears ?? [], result.orgId);
  if (result.failed > 0)
    logger.warn('sends failed; kept in the outbox for the next run', { orgId: result.orgId, failed: result.failed });
});
