// Fan-out: the scheduled job puts one SQS message per org. SendMessageBatch answers 200 even when
// some entries failed; those are resent, and if they still fail the job throws: Lambda retries the
// whole run, then records it on FailedScheduledRuns (docs/reminders.md, Fan-out; every org's work is idempotent).
import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { WorkItem } from './run-scheduled-job.js';

/** A batch is resent this many times at most (the first send included). */
export const FAN_OUT_ATTEMPTS = 3;

export class FanOutError extends Error {
  constructor(readonly orgIds: string[]) {
    super(`${orgIds.length} work items could not be queued`);
    this.name = 'FanOutError';
  }
}

/** Queue up to ten work items; resend failed entries; throw FanOutError if some never got in. */
export async function queueBatch(sqs: SQSClient, queueUrl: string, items: WorkItem[]): Promise<void> {
  let pending = items.map((item, i) => ({ Id: String(i), MessageBody: JSON.stringify(item) }));
  for (let attempt = 1; pending.length > 0; attempt++) {
    const out = await sqs.send(new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries: pending }));
    const failed = new Set((out.Failed ?? []).map((f) => f.Id));
    pending = pending.filter((e) => failed.has(e.Id));
    if (pending.length > 0 && attempt >= FAN_OUT_ATTEMPTS)
      throw new FanOutError(pending.map((e) => items[Number(e.Id)]!.orgId));
    if (pending.length > 0) await new Promise((r) => setTimeout(r, 100 * 2 ** attempt));
  }
}
