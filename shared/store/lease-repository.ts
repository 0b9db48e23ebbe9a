// Short leases: "one request at a time does this", one item put under a condition and deleted by
// its holder when done. `expiresAt` (epoch seconds, also the table's TTL attribute) frees a lease
// whose holder died; the lease must outlast the longest request that holds it.
import { randomUUID } from 'node:crypto';
import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from './dynamo-client.js';
import type { Key } from './keys.js';

export interface Lease {
  /** Delete the lease if this holder still has it (never someone else's after expiry). */
  release(): Promise<void>;
}

const conditionFailed = (error: unknown) => (error as Error)?.name === 'ConditionalCheckFailedException';

export class LeaseRepository {
  constructor(private readonly store: Store) {}

  /**
   * Take the lease at `key` (built in keys.ts) for `seconds` from `now`: a conditional put that
   * succeeds when there is no lease or the one there has expired. Undefined while another holder's
   * lease runs.
   */
  async tryAcquire(key: Key, now: Date, seconds: number): Promise<Lease | undefined> {
    const holder = randomUUID();
    const nowSeconds = Math.floor(now.getTime() / 1000);
    try {
      await this.store.doc.send(
        new PutCommand({
          TableName: this.store.tableName,
          Item: { ...key, type: 'lease', holder, expiresAt: nowSeconds + seconds },
          ConditionExpression: 'attribute_not_exists(pk) OR expiresAt <= :now',
          ExpressionAttributeValues: { ':now': nowSeconds },
        }),
      );
    } catch (error) {
      if (conditionFailed(error)) return undefined;
      throw error;
    }
    return {
      release: async () => {
        try {
          await this.store.doc.send(
            new DeleteCommand({
              TableName: this.store.tableName,
              Key: key,
              ConditionExpression: 'holder = :holder',
              ExpressionAttributeValues: { ':holder': holder },
            }),
          );
        } catch (error) {
          if (!conditionFailed(error)) throw error;
        }
      },
    };
  }
}
