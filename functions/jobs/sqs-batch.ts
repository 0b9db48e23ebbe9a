// One SQS batch: each record handled on its own; the ones that throw are reported back (partial
// batch failure) and SQS delivers them again. Handlers must be idempotent.
// The records run one after another within the function's timeout: a record is started only while
// the time left exceeds the margin and twice the longest record so far. The ones not started are
// reported as failures too, so a timeout does not fail the batch's finished records with them, and
// the rest come back after the queue's visibility timeout without having run.
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';

/** Default time kept in hand at the end of a batch (ms): no record is started with less left. */
export const BATCH_DEADLINE_MARGIN_MS = 30_000;

export function sqsBatchHandler(
  logger: Logger,
  handle: (body: unknown) => Promise<void>,
  marginMs: number = BATCH_DEADLINE_MARGIN_MS,
) {
  return async (event: SQSEvent, context: Pick<Context, 'getRemainingTimeInMillis'>): Promise<SQSBatchResponse> => {
    const failures: SQSBatchResponse['batchItemFailures'] = [];
    let longest = 0;
    for (const [index, record] of event.Records.entries()) {
      const left = context.getRemainingTimeInMillis();
      if (left < Math.max(marginMs, 2 * longest)) {
        const notRun = event.Records.slice(index);
        logger.warn('batch stopped before the deadline: the records not run are delivered again', {
          notRun: notRun.length,
          timeLeftMs: left,
        });
        failures.push(...notRun.map((r) => ({ itemIdentifier: r.messageId })));
        break;
      }
      try {
        await handle(JSON.parse(record.body));
      } catch (error) {
        logger.error('work item failed', {
          messageId: record.messageId,
          errorName: error instanceof Error ? error.name : 'error',
        });
        failures.push({ itemIdentifier: record.messageId });
      }
      longest = Math.max(longest, left - context.getRemainingTimeInMillis());
    }
    return { batchItemFailures: failures };
  };
}
