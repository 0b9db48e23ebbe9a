// Each entry point builds only its own environment schema at import: the API's cold start does not
// build the jobs', the document function's or the CLIs' (issue 15: nothing created at import time
// that a request may not need). Variables only another entry point reads mark their schemas.
import { describe, expect, it } from 'vitest';
import { FUNCTION_ENTRIES } from '../../infra/cdk/bundling.js';
import { bundleTextOf } from '../support/cdk-functions.js';

const JOBS_ONLY = ['DUE_SOON_DAYS', 'JOB_CONCURRENCY', 'MAIL_LEASE_SECONDS'];
const OTHERS_ONLY = ['WORK_QUEUE_URL', 'FONT_DIR', 'ITA_S3_PORT', 'ITA_DATA_DIR'];

describe('environment schemas in the bundles', () => {
  it('the API bundle has its own variables and none that only the jobs, documents or local system read', async () => {
    const api = await bundleTextOf(FUNCTION_ENTRIES.api);
    for (const own of ['USER_POOL_ID', 'PUBLIC_BASE_URL', 'CORS_ORIGINS']) expect(api.includes(own), own).toBe(true);
    for (const other of [...JOBS_ONLY, ...OTHERS_ONLY]) expect(api.includes(other), other).toBe(false);
  });

  it('the calendar bundle has none of the jobs’ variables either', async () => {
    const calendar = await bundleTextOf(FUNCTION_ENTRIES.calendar);
    for (const other of [...JOBS_ONLY, ...OTHERS_ONLY]) expect(calendar.includes(other), other).toBe(false);
  });

  // review s41 F3: the planner lists orgs and queues work items; the jobs' mail settings are the workers'
  it('the scheduled-job bundle (the planner) has its queues and none of the jobs’ mail variables or the local system’s', async () => {
    const job = await bundleTextOf(FUNCTION_ENTRIES.scheduledJob);
    for (const own of ['WORK_QUEUE_URL', 'DOCUMENT_QUEUE_URL', 'JOB_DYNAMODB_MAX_ATTEMPTS'])
      expect(job.includes(own), own).toBe(true);
    for (const other of [...JOBS_ONLY, 'MAIL_MAX_PER_SECOND', 'SES_CONFIGURATION_SET', 'ITA_S3_PORT', 'FONT_DIR'])
      expect(job.includes(other), other).toBe(false);
  });
});
