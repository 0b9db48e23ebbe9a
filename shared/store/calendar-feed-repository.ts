// Calendar feeds: the owner's list (under the org) and a lookup item by the SHA-256 of the secret
// token. The token itself is never stored.
import { withPrefix } from './query-pages.js';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { TransactItem } from './audit-entry.js';
import type { Store } from './dynamo-client.js';
import { feedKeys, orgPartition } from './keys.js';
import { failedConditions } from './transaction-errors.js';
import { transact } from './writes.js';

export interface CalendarFeed {
  orgId: string;
  personId: string;
  feedId: string;
  label: string;
  tokenHash: string;
  createdAt: string;
}

export class CalendarFeedRepository {
  constructor(private readonly store: Store) {}

  /**
   * Writes the feed and its token item if the owner has fewer than `limit` feeds: the owner's feed
   * count (feedKeys.count) is raised on condition `n < limit` in the same transaction, so
   * concurrent creates never pass the limit. 'full' when it is reached. Transaction conflicts are
   * tried again (then a TransactionCanceledException the API answers with 503).
   */
  async create(feed: CalendarFeed, limit: number): Promise<'created' | 'full'> {
    const table = this.store.tableName;
    const items: TransactItem[] = [
      {
        Update: {
          TableName: table,
          Key: feedKeys.count(feed.orgId, feed.personId),
          UpdateExpression: 'SET n = n + :one',
          ConditionExpression: 'n < :limit',
          ExpressionAttributeValues: { ':one': 1, ':limit': limit },
        },
      },
      {
        Put: {
          TableName: table,
          Item: { ...feedKeys.feed(feed.orgId, feed.personId, feed.feedId), type: 'calendar-feed', ...feed },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Put: {
          TableName: table,
          Item: {
            ...feedKeys.byToken(feed.tokenHash),
            type: 'calendar-feed-token',
            orgId: feed.orgId,
            personId: feed.personId,
            feedId: feed.feedId,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ];
    await this.ensureCount(feed.orgId, feed.personId);
    try {
      await transact(this.store, items, 12);
      return 'created';
    } catch (error) {
      // the count exists (ensureCount): its condition failing means the limit is reached
      if (failedConditions(error)?.some((f) => f.index === 0)) return 'full';
      throw error;
    }
  }

  /**
   * The owner's feed count item, written once from the feeds they have (feeds created before the
   * count existed are counted). Idempotent: a concurrent first write wins and is kept.
   */
  private async ensureCount(orgId: string, personId: string): Promise<void> {
    const key = feedKeys.count(orgId, personId);
    const { Item } = await this.store.doc.send(
      new GetCommand({ TableName: this.store.tableName, Key: key, ConsistentRead: true }),
    );
    if (Item) return;
    const existing = await this.listForOwner(orgId, personId);
    try {
      await this.store.doc.send(
        new PutCommand({
          TableName: this.store.tableName,
          Item: { ...key, type: 'calendar-feed-count', orgId, personId, n: existing.length },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  async listForOwner(orgId: string, personId: string): Promise<CalendarFeed[]> {
    const out = await this.store.doc.send(
      new QueryCommand({
        TableName: this.store.tableName,
        ...withPrefix(orgPartition(orgId), feedKeys.ownerPrefix(personId)),
        ConsistentRead: true,
      }),
    );
    return (out.Items ?? []).map((i) => ({
      orgId: String(i.orgId),
      personId: String(i.personId),
      feedId: String(i.feedId),
      label: String(i.label ?? ''),
      tokenHash: String(i.tokenHash),
      createdAt: String(i.createdAt),
    }));
  }

  /** Deletes the feed and its token item; false if the owner has no such feed. */
  async revoke(orgId: string, personId: string, feedId: string): Promise<boolean> {
    const key = feedKeys.feed(orgId, personId, feedId);
    const { Item } = await this.store.doc.send(
      new GetCommand({ TableName: this.store.tableName, Key: key, ConsistentRead: true }),
    );
    if (!Item) return false;
    await this.ensureCount(orgId, personId);
    const table = this.store.tableName;
    try {
      await transact(
        this.store,
        [
          { Delete: { TableName: table, Key: key, ConditionExpression: 'attribute_exists(pk)' } },
          { Delete: { TableName: table, Key: feedKeys.byToken(String(Item.tokenHash)) } },
          {
            Update: {
              TableName: table,
              Key: feedKeys.count(orgId, personId),
              UpdateExpression: 'SET n = n - :one',
              ConditionExpression: 'attribute_exists(pk)',
              ExpressionAttributeValues: { ':one': 1 },
            },
          },
        ],
        12,
      );
    } catch (error) {
      if (failedConditions(error)) return false;
      throw error;
    }
    return true;
  }

  /** Revokes every feed of the person in the org (their URLs answer 404 from then on). */
  async revokeAll(orgId: string, personId: string): Promise<void> {
    for (const feed of await this.listForOwner(orgId, personId)) await this.revoke(orgId, personId, feed.feedId);
  }

  /** The feed a token hash opens, if it was not revoked. */
  async findByTokenHash(tokenHash: string): Promise<{ orgId: string; personId: string; feedId: string } | undefined> {
    const { Item } = await this.store.doc.send(
      new GetCommand({ TableName: this.store.tableName, Key: feedKeys.byToken(tokenHash) }),
    );
    return Item
      ? { orgId: String(Item.orgId), personId: String(Item.personId), feedId: String(Item.feedId) }
      : undefined;
  }
}
