// EventBridge Scheduler target: {kind, scheduledTime}. It plans: one SQS message per org for the
// org worker (the annual report's for the documents function): shared/jobs/planner.ts.
import { Logger } from '@aws-lambda-powertools/logger';
import { plannerFromEnv } from '../../shared/jobs/planner.js';
import { JobInput } from '../../shared/jobs/job-input.js';

const logger = new Logger({ serviceName: 'ita-measures-jobs' });
const planner = plannerFromEnv(process.env, 'scheduled-job function');

export async function handler(event: unknown) {
  const input = JobInput.parse(event);
  const result = await planner.plan({
    kind: input.kind,
    scheduledTime: new Date(input.scheduledTime),
    ...(input.orgId ? { orgId: input.orgId } : {}),
  });
  logger.info('work items planned', { kind: input.kind, orgs: result.planned });
  return result;
}
