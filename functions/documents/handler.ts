// The document function (SQS): a generation the API claimed ({generation: ...}), or an org's share of
// the scheduled annual-report run (a work item). The only function that loads the PDF and DOCX code.
import { ORG_JOB_DONE } from '../../shared/jobs/alarmed-log-lines.js';
import { Logger } from '@aws-lambda-powertools/logger';
import { parseGenerationMessage } from '../../shared/documents/document-queue.js';
import { thaiFonts } from '../../shared/documents/thai-fonts.js';
import { DocumentsEnvironment, parseEnvironment } from '../../shared/environment/environment.js';
import { jobDependenciesFromEnv } from '../../shared/jobs/job-config.js';
import { WorkItemMessage } from '../../shared/jobs/job-input.js';
import { handleWorkItem } from '../../shared/jobs/run-scheduled-job.js';
import { sqsBatchHandler } from '../jobs/sqs-batch.js';
import { documentProduction } from './document-production.js';

const logger = new Logger({ serviceName: 'ita-measures-documents' });
const env = parseEnvironment('documents function', DocumentsEnvironment);
const jobs = jobDependenciesFromEnv(process.env, 'documents function');
if (!jobs.files) throw new Error('documents function: BUCKET_NAME is not set');
const production = documentProduction({
  store: jobs.store,
  repos: jobs.repos,
  files: jobs.files,
  fonts: thaiFonts(env.FONT_DIR),
});
const deps = { ...jobs, annualReport: production.annualReport, log: logger.warn.bind(logger) };

export const handler = sqsBatchHandler(logger, async (body) => {
  if (body && typeof body === 'object' && 'generation' in body) {
    const request = parseGenerationMessage(body);
    const outcome = await production.produce(request);
    const facts = { kind: request.kind, orgId: request.orgId, fy: request.fy, generation: request.generation };
    // a failure is recorded on the generation, with its reason, for the person who asked
    if (outcome.status === 'failed')
      logger.error('generation failed', {
        ...facts,
        errorName: outcome.error instanceof Error ? outcome.error.name : 'error',
        final: outcome.final,
      });
    else logger.info('generation ready', facts);
    return;
  }
  const result = await handleWorkItem(deps, WorkItemMessage.parse(body));
  logger.info(ORG_JOB_DONE, { ...result });
});
