// EventBridge Scheduler target: {kind, scheduledTime}. With WORK_QUEUE_URL it plans one SQS message per
// org for the worker (the annual report's go to DOCUMENT_QUEUE_URL, the document function); without
// it it runs every org in this invocation.
import { SQSClient } from '@aws-sdk/client-sqs';
import { Logger } from '@aws-lambda-powertools/logger';
import { parseEnvironment, ScheduledJobEnvironment } from '../../shared/environment/environment.js';
import { jobDependenciesFromEnv } from '../../shared/jobs/job-config.js';
import { queueBatch } from '../../shared/jobs/fan-out.js';
import { JobInput } from '../../shared/jobs/job-input.js';
import { planWorkItems, runScheduledJob, type WorkItem } from '../../shared/jobs/run-scheduled-job.js';
import { counted } from '../../shared/domain/english-count.js';

const logger = new Logger({ serviceName: 'ita-measures-jobs' });
const env = parseEnvironment('scheduled-job function', ScheduledJobEnvironment);
const deps = jobDependenciesFromEnv(process.env, 'scheduled-job function');
const queues = { work: env.WORK_QUEUE_URL, documents: env.DOCUMENT_QUEUE_URL };
const sqs = queues.work ? new SQSClient({}) : undefined;

export async function handler(event: unknown) {
  const input = JobInput.parse(event);
  const job = {
    kind: input.kind,
    scheduledTime: new Date(input.scheduledTime),
    ...(input.orgId ? { orgId: input.orgId } : {}),
  };
  const queueUrl = input.kind === 'annual-report' ? queues.documents : queues.work;
  if (!sqs || !queueUrl) {
    const result = await runScheduledJob({ ...deps, log: (m, f) => logger.warn(m, f) }, job);
    logger.info('scheduled job finished', { kind: input.kind, ...result, erroredOrgs: result.erroredOrgs.length });
    if (result.erroredOrgs.length > 0)
      throw new Error(`${counted(result.erroredOrgs.length, 'org')} failed; Lambda retries the run`);
    return result;
  }
  let batch: WorkItem[] = [];
  let planned = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await queueBatch(sqs, queueUrl, batch);
    planned += batch.length;
    batch = [];
  };
  for await (const item of planWorkItems(deps, job)) {
    batch.push(item);
    if (batch.length === 10) await flush();
  }
  await flush();
  logger.info('work items planned', { kind: input.kind, orgs: planned });
  return { planned };
}
