// One SQS batch: each record handled on its own; the ones that throw are reported back (partial
// batch failure) and SQS delivers them again. Handlers must be idempotent.
import type { Logger } from '@aws-lambda-powertools/logger';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';

export function sqsBatchHandler(logger: Logger, handle: (body: unknown) => Promise<void>) {
  return async (event: SQSEvent): Promise<SQSBatchResponse> => {
    const failures: SQSBatchResponse['batchItemFailures'] = [];
    for (const record of event.Records) {
      try {
        await handle(JSON.parse(record.body));
      } catch (error) {
        logger.error('work item failed', {
          messageId: record.messageId,
          errorName: error instanceof Error ? error.name : 'error',
        });
        failures.push({ itemIdentifier: record.messageId });
      }
    }
    return { batchItemFailures: failures };
  };
}
