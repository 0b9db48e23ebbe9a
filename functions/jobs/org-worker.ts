// SQS worker: one message = one org's share of a scheduled run. Failed items are reported back
// (partial batch failure) and SQS redelivers them; delivery is idempotent.
import { Logger } from '@aws-lambda-powertools/logger';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { jobDependenciesFromEnv } from '../../shared/jobs/job-config.js';
import { WorkItemMessage } from '../../shared/jobs/job-input.js';
import { handleWorkItem } from '../../shared/jobs/run-scheduled-job.js';

const logger = new Logger({ serviceName: 'ita-measures-jobs' });
const deps = jobDependenciesFromEnv();

export async function handler(event: SQSEvent): Promise<SQSBatchResponse> {
  const failures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    try {
      const item = WorkItemMessage.parse(JSON.parse(record.body));
      const result = await handleWorkItem({ ...deps, log: (m, f) => logger.warn(m, f) }, item);
      logger.info('org job done', { ...result });
      if (result.failed > 0)
        logger.warn('sends failed; kept in the outbox for the next run', {
          orgId: result.orgId,
          failed: result.failed,
        });
    } catch (error) {
      logger.error('work item failed', {
        messageId: record.messageId,
        errorName: error instanceof Error ? error.name : 'error',
      });
      failures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures: failures };
}
