// The account-wide send rate, shared by every worker through one DynamoDB item per SES account and
// region (keys.sendRate). The item holds `nextSlot`, the earliest time (µs since the epoch) the next
// send may go. Taking a slot is one conditional UpdateItem: "nextSlot is still what I last saw" ->
// nextSlot = max(now, nextSlot) + 1/rate. A worker that loses the race learns the current value
// from the failed condition and tries again. Slots are thus 1/rate apart across all workers: no
// one-second window holds more than the rate (a token bucket holding one token; docs/reminders.md).
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { realClock, type RateClock, type SendRateLimiter, slotMicros } from '../mail/send-rate.js';
import type { Store } from './dynamo-client.js';
import { keys } from './keys.js';

export interface SharedSendRateOptions {
  /** whose rate: the SES account's region (one table per account), e.g. "ap-southeast-1" */
  scope: string;
  /** the account's maximum send rate, all workers together (emails per second) */
  maxPerSecond: number;
  clock?: RateClock;
  /** told of every slot granted (ms since the epoch): the limiter's own accounting */
  onGrant?: (slotMs: number) => void;
  /** give up after this many lost races in a row (default 100) */
  maxRaces?: number;
}

export class SendRateContentionError extends Error {
  constructor(races: number) {
    super(`send rate: lost ${races} races in a row for a slot`);
    this.name = 'SendRateContentionError';
  }
}

/** Most slots one UpdateItem reserves for the takers waiting in this process. */
const MAX_BATCH = 25;

/**
 * Reads nothing but the bucket item (GetItem and UpdateItem on one key; no Query, no Scan). Takers
 * waiting at the same time in one process share one UpdateItem: it reserves that many consecutive
 * slots, so a busy worker makes about one request per batch, not one per send.
 */
export function sharedSendRate(store: Store, options: SharedSendRateOptions): SendRateLimiter {
  const clock = options.clock ?? realClock;
  const interval = slotMicros(options.maxPerSecond);
  const key = keys.sendRate(options.scope);
  /** the bucket's nextSlot as last seen; 0: no item yet; undefined: not read yet */
  let seen: number | undefined;
  const waiting: { resolve: (slotUs: number) => void; reject: (error: unknown) => void }[] = [];
  let pumping = false;

  const read = async () => {
    const out = await store.doc.send(new GetCommand({ TableName: store.tableName, Key: key, ConsistentRead: true }));
    return typeof out.Item?.nextSlot === 'number' ? out.Item.nextSlot : 0;
  };

  /** Reserves `count` consecutive slots; returns the first (µs). */
  const reserve = async (count: number): Promise<number> => {
    for (let race = 0; ; race++) {
      if (race >= (options.maxRaces ?? 100)) throw new SendRateContentionError(race);
      seen ??= await read();
      const slot = Math.max(Math.floor(clock.now() * 1000), seen);
      const next = slot + count * interval;
      try {
        await store.doc.send(
          new UpdateCommand({
            TableName: store.tableName,
            Key: key,
            UpdateExpression: 'SET nextSlot = :next, maxPerSecond = :rate',
            ConditionExpression: seen === 0 ? 'attribute_not_exists(pk)' : 'nextSlot = :seen',
            ExpressionAttributeValues: {
              ':next': next,
              ':rate': options.maxPerSecond,
              ...(seen === 0 ? {} : { ':seen': seen }),
            },
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          }),
        );
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
        const current = error.Item?.nextSlot?.N;
        seen = current === undefined ? undefined : Number(current);
        continue;
      }
      seen = next;
      return slot;
    }
  };

  const pump = async () => {
    if (pumping) return;
    pumping = true;
    try {
      while (waiting.length > 0) {
        const batch = waiting.splice(0, MAX_BATCH);
        try {
          const first = await reserve(batch.length);
          batch.forEach((w, i) => w.resolve(first + i * interval));
        } catch (error) {
          for (const w of batch) w.reject(error);
        }
      }
    } finally {
      pumping = false;
    }
  };

  return {
    async take() {
      const slot = await new Promise<number>((resolve, reject) => {
        waiting.push({ resolve, reject });
        void pump();
      });
      options.onGrant?.(slot / 1000);
      if (slot / 1000 > clock.now()) await clock.sleepUntil(slot / 1000);
      return slot / 1000;
    },
  };
}
