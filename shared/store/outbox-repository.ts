// Exactly-once email: send markers and the outbox item are claimed in one transaction before sending.
import { QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { auditPut } from './audit-entry.js';
import type { Store } from './dynamo-client.js';
import { keys, outboxPartition, prefixes } from './keys.js';
import { failedConditions, withTransactionRetries } from './transaction-errors.js';

export interface SendMarker {
  fy: number;
  stage: string;
  recipient: string;
  subjectId: string;
}

export interface StoredMail {
  to: string[];
  subject: string;
  html: string;
  text: string;
}

export interface OutboxItem {
  mailId: string;
  status: 'claimed' | 'failed';
  leaseUntil: number;
  attempts: number;
  mail: StoredMail;
}

/** Markers are kept two years: long after any reminder of the year could be sent again. */
const MARKER_TTL_SECONDS = 2 * 366 * 24 * 3600;
export const MAX_MARKERS_PER_MAIL = 98;

export class OutboxRepository {
  constructor(private readonly store: Store) {}

  /** Claim the markers and the outbox item; returns the indexes of markers another run already holds. */
  async claim(input: {
    orgId: string;
    mailId: string;
    markers: SendMarker[];
    mail: StoredMail;
    leaseUntil: number;
    now: Date;
  }): Promise<{ claimed: true } | { claimed: false; taken: number[] }> {
    const table = this.store.tableName;
    const expiresAt = Math.floor(input.now.getTime() / 1000) + MARKER_TTL_SECONDS;
    try {
      await withTransactionRetries(() =>
        this.store.doc.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Put: {
                  TableName: table,
                  Item: {
                    ...keys.outbox(input.orgId, input.mailId),
                    type: 'outbox',
                    mailId: input.mailId,
                    status: 'claimed',
                    leaseUntil: input.leaseUntil,
                    attempts: 1,
                    mail: input.mail,
                    claimedAt: input.now.toISOString(),
                  },
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              },
              ...input.markers.map((m) => ({
                Put: {
                  TableName: table,
                  Item: {
                    ...keys.sentMarker(input.orgId, m.fy, m.stage, m.recipient, m.subjectId),
                    type: 'sent-marker',
                    mailId: input.mailId,
                    expiresAt,
                  },
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              })),
            ],
          }),
        ),
      );
      return { claimed: true };
    } catch (error) {
      const failed = failedConditions(error);
      if (!failed) throw error;
      return { claimed: false, taken: failed.filter((f) => f.index > 0).map((f) => f.index - 1) };
    }
  }

  async settleSent(input: {
    orgId: string;
    mailId: string;
    messageId: string;
    actor: string;
    now: Date;
    what: string;
  }) {
    await this.store.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          { Delete: { TableName: this.store.tableName, Key: keys.outbox(input.orgId, input.mailId) } },
          auditPut(this.store.tableName, {
            orgId: input.orgId,
            actor: input.actor,
            action: 'mail.sent',
            target: `mail:${input.mailId}`,
            at: input.now,
            details: { what: input.what, messageId: input.messageId },
          }),
        ],
      }),
    );
  }

  async settleFailed(orgId: string, mailId: string, reason: string): Promise<void> {
    await this.store.doc.send(
      new UpdateCommand({
        TableName: this.store.tableName,
        Key: keys.outbox(orgId, mailId),
        UpdateExpression: 'SET #s = :failed, lastError = :reason',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':failed': 'failed', ':reason': reason.slice(0, 500) },
      }),
    );
  }

  /** Take over a failed or abandoned claim; false if another run got there first. */
  async reclaim(orgId: string, item: OutboxItem, leaseUntil: number): Promise<boolean> {
    try {
      await this.store.doc.send(
        new UpdateCommand({
          TableName: this.store.tableName,
          Key: keys.outbox(orgId, item.mailId),
          UpdateExpression: 'SET #s = :claimed, leaseUntil = :lease, attempts = attempts + :one',
          ConditionExpression: '#s = :status AND leaseUntil = :oldLease',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: {
            ':claimed': 'claimed',
            ':lease': leaseUntil,
            ':one': 1,
            ':status': item.status,
            ':oldLease': item.leaseUntil,
          },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async pending(orgId: string): Promise<OutboxItem[]> {
    const out = await this.store.doc.send(
      new QueryCommand({
        TableName: this.store.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': outboxPartition(orgId), ':prefix': prefixes.outbox },
      }),
    );
    return (out.Items ?? []).map((i) => ({
      mailId: String(i.mailId),
      status: i.status === 'failed' ? 'failed' : 'claimed',
      leaseUntil: Number(i.leaseUntil),
      attempts: Number(i.attempts),
      mail: i.mail as StoredMail,
    }));
  }
}
