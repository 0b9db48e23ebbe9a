// review s35-f 2: a worker's batch ran its records one after another whatever the time left, so a
// batch that reached the function's timeout failed as a whole, records that never ran included.
// Now a record starts only while the time left exceeds the margin and twice the longest record so
// far; the rest are reported back (partial batch response) and SQS delivers them again.
import { Logger } from '@aws-lambda-powertools/logger';
import type { SQSEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { BATCH_DEADLINE_MARGIN_MS, sqsBatchHandler } from '../../functions/jobs/sqs-batch.js';

const logger = new Logger({ serviceName: 'ita-measures-jobs', logLevel: 'ERROR' });

/** A batch of records m1..mN whose bodies are {org, ms, fails?}. */
const batch = (records: { ms: number; fails?: boolean }[]): SQSEvent =>
  ({
    Records: records.map((r, i) => ({ messageId: `m${i + 1}`, body: JSON.stringify({ org: `org-${i + 1}`, ...r }) })),
  }) as unknown as SQSEvent;

/**
 * Runs `event` with a Lambda context that starts with `leftMs`: each record "takes" its `ms` (the
 * context's time left goes down by that much while it runs). Answers the failures and the orgs run.
 */
async function run(event: SQSEvent, leftMs: number, marginMs?: number) {
  let left = leftMs;
  const ran: string[] = [];
  const handler = sqsBatchHandler(
    logger,
    (body) => {
      const { org, ms, fails } = body as { org: string; ms: number; fails?: boolean };
      ran.push(org);
      left -= ms;
      return fails ? Promise.reject(new Error('work failed')) : Promise.resolve();
    },
    marginMs,
  );
  const answer = await handler(event, { getRemainingTimeInMillis: () => left });
  return { failed: answer.batchItemFailures.map((f) => f.itemIdentifier), ran };
}

describe('a worker batch stops before the function times out', () => {
  it('with less than the margin left, no record starts and all are given back', async () => {
    const { failed, ran } = await run(batch([{ ms: 1_000 }, { ms: 1_000 }, { ms: 1_000 }]), 10_000);
    expect(ran).toEqual([]);
    expect(failed).toEqual(['m1', 'm2', 'm3']);
  });

  it('records of 40 s with 150 s left: two run, the third is not started (under twice the longest)', async () => {
    const records = [{ ms: 40_000 }, { ms: 40_000 }, { ms: 40_000 }, { ms: 40_000 }, { ms: 40_000 }];
    const { failed, ran } = await run(batch(records), 150_000);
    expect(ran).toEqual(['org-1', 'org-2']);
    expect(failed).toEqual(['m3', 'm4', 'm5']);
  });

  it('a record that failed and the ones not started are both given back; the finished ones are not', async () => {
    const records = [{ ms: 10_000 }, { ms: 10_000, fails: true }, { ms: 10_000 }, { ms: 10_000 }];
    const { failed, ran } = await run(batch(records), 45_000);
    expect(ran).toEqual(['org-1', 'org-2']);
    expect(failed).toEqual(['m2', 'm3', 'm4']);
  });

  it('with a larger margin given, the batch stops earlier', async () => {
    const { failed, ran } = await run(batch([{ ms: 1_000 }, { ms: 1_000 }]), 100_000, 99_500);
    expect(ran).toEqual(['org-1']);
    expect(failed).toEqual(['m2']);
  });

  it('with time enough, every record runs and only the failed one is given back', async () => {
    const records = [{ ms: 5_000 }, { ms: 5_000, fails: true }, { ms: 5_000 }];
    const { failed, ran } = await run(batch(records), 300_000);
    expect(ran).toEqual(['org-1', 'org-2', 'org-3']);
    expect(failed).toEqual(['m2']);
    expect(BATCH_DEADLINE_MARGIN_MS).toBeLessThan(300_000 / 5);
  });
});
