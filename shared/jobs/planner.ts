// The scheduled-job function as deployed (functions/jobs/scheduled-job.ts): it lists the orgs (a
// Query on the table) and queues one work item per org, ten a message batch: the daily and other
// kinds on the work queue (the org worker), the annual report's on the document queue (the documents
// function). Nothing else, and its IAM role allows nothing else (infra/cdk/stateless-stack.ts). The
// job CLI and the local scheduler run the whole work in one process instead (runScheduledJob).
import { SQSClient } from '@aws-sdk/client-sqs';
import { parseEnvironment, ScheduledJobEnvironment } from '../environment/environment.js';
import { createDocumentClient, storeConfigFromEnv } from '../store/dynamo-client.js';
import { createRepositories } from '../store/repositories.js';
import { queueBatch } from './fan-out.js';
import { planWorkItems, type ScheduledJobInput, type WorkItem } from './run-scheduled-job.js';

/** SQS's limit of entries per SendMessageBatch. */
const BATCH = 10;

export interface Planner {
  /** Queues the run's work items; the number queued. Throws FanOutError when some never got in. */
  plan(input: ScheduledJobInput): Promise<{ planned: number }>;
  close(): void;
}

/** The planner from `raw`, the entry point's environment (ScheduledJobEnvironment); throws EnvironmentError naming `entryPoint`. */
export function plannerFromEnv(raw: NodeJS.ProcessEnv, entryPoint = 'scheduled-job function'): Planner {
  const env = parseEnvironment(entryPoint, ScheduledJobEnvironment, raw);
  const store = storeConfigFromEnv(raw, entryPoint);
  const doc = createDocumentClient(store, { maxAttempts: env.JOB_DYNAMODB_MAX_ATTEMPTS });
  const repos = createRepositories({ doc, tableName: store.tableName });
  const sqs = new SQSClient(env.AWS_REGION ? { region: env.AWS_REGION } : {});
  return {
    async plan(input) {
      const queueUrl = input.kind === 'annual-report' ? env.DOCUMENT_QUEUE_URL : env.WORK_QUEUE_URL;
      let batch: WorkItem[] = [];
      let planned = 0;
      const flush = async () => {
        if (batch.length === 0) return;
        await queueBatch(sqs, queueUrl, batch);
        planned += batch.length;
        batch = [];
      };
      for await (const item of planWorkItems({ repos }, input)) {
        batch.push(item);
        if (batch.length === BATCH) await flush();
      }
      await flush();
      return { planned };
    },
    close() {
      doc.destroy();
      sqs.destroy();
    },
  };
}
