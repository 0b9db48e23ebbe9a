// Calendar feeds: the owner's list (under the org) and a lookup item by the SHA-256 of the secret
// token. The token itself is never stored.
import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from './dynamo-client.js';
import { feedKeys, orgPartition } from './keys.js';
import { failedConditions } from './transaction-errors.js';

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

  async create(feed: CalendarFeed): Promise<void> {
    const table = this.store.tableName;
    await this.store.doc.send(
      new TransactWriteCommand({
        TransactItems: [
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
        ],
      }),
    );
  }

  async listForOwner(orgId: string, personId: string): Promise<CalendarFeed[]> {
    const out = await this.store.doc.send(
      new QueryCommand({
        TableName: this.store.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': orgPartition(orgId), ':prefix': feedKeys.ownerPrefix(personId) },
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
    try {
      await this.store.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            { Delete: { TableName: this.store.tableName, Key: key, ConditionExpression: 'attribute_exists(pk)' } },
            { Delete: { TableName: this.store.tableName, Key: feedKeys.byToken(String(Item.tokenHash)) } },
          ],
        }),
      );
    } catch (error) {
      if (failedConditions(error)) return false;
      throw error;
    }
    return true;
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
