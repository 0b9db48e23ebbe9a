// Lambda entry point for SES's bounce, complaint and reject events (SNS topic of the configuration
// set's event destination, infra/cdk/mail-identity.ts): marks the people SES could not reach.
// Invoked asynchronously by SNS: a throw is retried by Lambda, then kept on its failure queue.
import { Logger } from '@aws-lambda-powertools/logger';
import { createDocumentClient, storeConfigFromEnv } from '../../shared/store/dynamo-client.js';
import { mailEventsHandler } from './mail-events.js';

const logger = new Logger({ serviceName: 'ita-measures-mail-events' });
const { tableName, ...config } = storeConfigFromEnv(process.env, 'mail-events function');

export const handler = mailEventsHandler({
  store: { tableName, doc: createDocumentClient(config) },
  log: { info: (m, f) => logger.info(m, f), warn: (m, f) => logger.warn(m, f) },
});
