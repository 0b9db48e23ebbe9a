// Exactly-once email: send markers and the outbox item are claimed in one transaction before sending.
import type { PlainDate } from '../domain/plain-date.js';
import { BatchGetCommand, DeleteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { auditPut } from './audit-entry.js';
import type { Store } from './dynamo-client.js';
import { fyPartition, keys, outboxPartition, prefixes } from './keys.js';
import { queryAll, withPrefix } from './query-pages.js';
import { failedConditions } from './transaction-errors.js';
import { putNew, transact, updateIf } from './writes.js';

export interface SendMarker {
  fy: number;
  stage: string;
  recipient: string;
  subjectId: string;
}

/**
 * What the outbox keeps of an email: not its body but how to render it again from current data
 * (kind, stage, person, obligation ids; a few KB at most), so no item nears DynamoDB's 400 KB.
 */
export type MailRecipe = Record<string, string | number | boolean | string[] | undefined>;

/** claimed: not yet handed to SES; sending: handed to SES, outcome not recorded (deliver-once.ts) */
export type OutboxStatus = 'claimed' | 'sending' | 'failed' | 'given-up';

export interface OutboxItem {
  mailId: string;
  status: OutboxStatus;
  leaseUntil: number;
  attempts: number;
  recipe: MailRecipe;
  /** the recipient, masked (s***@example.org): shown to coordinators when given up */
  recipient: string;
  what: string;
  reason?: string;
  /** the SES error's name when given up (MessageRejected, InvalidParameterValue…): the reason shown */
  cause?: string;
  /** the run's business day (Bangkok) when given up; givenUpAt is the wall clock */
  day?: PlainDate;
  givenUpAt?: string;
}

/** Markers are kept two years: long after any reminder of the year could be sent again. */
const MARKER_TTL_SECONDS = 2 * 366 * 24 * 3600;
export const MAX_MARKERS_PER_MAIL = 98;
/** BatchGetItem's limit of keys per request. */
const BATCH_GET_KEYS = 100;
/** Rounds of a BatchGetItem's unprocessed keys; keys still unread then count as not claimed. */
const BATCH_GET_ROUNDS = 4;

/** A marker's identity in the set `claimedMarkers` returns. */
export const markerId = (orgId: string, m: SendMarker) => {
  const key = keys.sentMarker(orgId, m.fy, m.stage, m.recipient, m.subjectId);
  return `${key.pk}|${key.sk}`;
};

/**
 * An outbox item (failed or given up: a masked address and a recipe naming a person) is removed
 * by DynamoDB TTL 90 days after its first attempt at the latest: by then every retry is over and
 * the monthly digest has listed it (docs/privacy.md).
 */
export const OUTBOX_TTL_SECONDS = 90 * 24 * 3600;

/** One outbox email settled without sending: why, by whom, when, and what it was (for the audit). */
interface SettleInput {
  orgId: string;
  mailId: string;
  reason: string;
  /** the SES error's name and the run's day, kept with a given-up item */
  cause?: string;
  day?: PlainDate;
  actor: string;
  now: Date;
  what: string;
}

type MailAuditFacts = { orgId: string; mailId: string; actor: string; now: Date; what: string };

export class OutboxRepository {
  constructor(private readonly store: Store) {}

  /**
   * Claim the markers and the outbox item; refused, returns the indexes of markers another run
   * already holds and, in the same order, the email each was claimed for (`takenBy`, its mailId).
   */
  async claim(input: {
    orgId: string;
    mailId: string;
    markers: SendMarker[];
    recipe: MailRecipe;
    recipient: string;
    what: string;
    leaseUntil: number;
    now: Date;
  }): Promise<{ claimed: true } | { claimed: false; taken: number[]; takenBy: string[] }> {
    const table = this.store.tableName;
    const expiresAt = Math.floor(input.now.getTime() / 1000) + MARKER_TTL_SECONDS;
    try {
      await transact(this.store, [
        putNew(table, {
          ...keys.outbox(input.orgId, input.mailId),
          type: 'outbox',
          mailId: input.mailId,
          status: 'claimed',
          leaseUntil: input.leaseUntil,
          attempts: 1,
          recipe: input.recipe,
          recipient: input.recipient,
          what: input.what,
          claimedAt: input.now.toISOString(),
          expiresAt: Math.floor(input.now.getTime() / 1000) + OUTBOX_TTL_SECONDS,
        }),
        ...input.markers.map((m) =>
          putNew(
            table,
            {
              ...keys.sentMarker(input.orgId, m.fy, m.stage, m.recipient, m.subjectId),
              type: 'sent-marker',
              mailId: input.mailId,
              expiresAt,
            },
            true,
          ),
        ),
      ]);
      return { claimed: true };
    } catch (error) {
      const failed = failedConditions(error);
      if (!failed) throw error;
      const taken = failed.filter((f) => f.index > 0);
      return {
        claimed: false,
        taken: taken.map((f) => f.index - 1),
        takenBy: taken.map((f) => (f.item?.mailId as string | undefined) ?? ''),
      };
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
    await this.removeAudited(input, 'mail.sent', { messageId: input.messageId });
  }

  /**
   * The claim is about to be handed to SES: from now on a run that finds it unsettled cannot know
   * whether SES took it. Refused (ConditionalCheckFailedException) unless still claimed.
   */
  async markSending(orgId: string, mailId: string): Promise<void> {
    await this.store.doc.send(
      new UpdateCommand({
        TableName: this.store.tableName,
        Key: keys.outbox(orgId, mailId),
        UpdateExpression: 'SET #s = :sending',
        ConditionExpression: '#s = :claimed',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':sending': 'sending', ':claimed': 'claimed' },
      }),
    );
  }

  /** Not sent, to be retried by a later run; `uncounted` (quota) does not use up an attempt. */
  async settleFailed(orgId: string, mailId: string, reason: string, uncounted = false): Promise<void> {
    await this.store.doc.send(
      new UpdateCommand({
        TableName: this.store.tableName,
        Key: keys.outbox(orgId, mailId),
        UpdateExpression: `SET #s = :failed, lastError = :reason${uncounted ? ', attempts = attempts - :one' : ''}`,
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: {
          ':failed': 'failed',
          ':reason': reason.slice(0, 500),
          ...(uncounted ? { ':one': 1 } : {}),
        },
      }),
    );
  }

  /** Given up: kept (status given-up) until the next digest lists it; audited as mail.given-up. */
  async settleGivenUp(input: SettleInput) {
    await transact(this.store, [
      {
        Update: {
          TableName: this.store.tableName,
          Key: keys.outbox(input.orgId, input.mailId),
          UpdateExpression: 'SET #s = :given, reason = :reason, givenUpAt = :at, #cause = :cause, #day = :day',
          ExpressionAttributeNames: { '#s': 'status', '#cause': 'cause', '#day': 'day' },
          ExpressionAttributeValues: {
            ':given': 'given-up',
            ':reason': input.reason,
            ':at': input.now.toISOString(),
            ':cause': (input.cause ?? '').slice(0, 100),
            ':day': input.day ?? '',
          },
        },
      },
      this.mailAudit(input, 'mail.given-up', { reason: input.reason }),
    ]);
  }

  /** No longer needed (settled obligation, inactive person): removed, audited as mail.dropped. */
  async settleDropped(input: SettleInput) {
    await this.removeAudited(input, 'mail.dropped', { reason: input.reason });
  }

  /** Removes the outbox item and writes its audit entry, in one transaction. */
  private async removeAudited(
    input: MailAuditFacts,
    action: 'mail.sent' | 'mail.dropped',
    details: Record<string, string>,
  ): Promise<void> {
    await transact(this.store, [
      { Delete: { TableName: this.store.tableName, Key: keys.outbox(input.orgId, input.mailId) } },
      this.mailAudit(input, action, details),
    ]);
  }

  /** The audit entry of what became of one email (target `mail:{mailId}`; details name what it was). */
  private mailAudit(
    input: MailAuditFacts,
    action: 'mail.sent' | 'mail.dropped' | 'mail.given-up',
    details: Record<string, string>,
  ) {
    return auditPut(this.store.tableName, {
      orgId: input.orgId,
      actor: input.actor,
      action,
      target: `mail:${input.mailId}`,
      at: input.now,
      details: { what: input.what, ...details },
    });
  }

  /** Forget given-up items once a digest has shown them. */
  async forget(orgId: string, mailIds: string[]): Promise<void> {
    for (const mailId of mailIds)
      await this.store.doc.send(
        new DeleteCommand({ TableName: this.store.tableName, Key: keys.outbox(orgId, mailId) }),
      );
  }

  /** Take over a failed or abandoned claim; false if another run got there first. */
  async reclaim(orgId: string, item: OutboxItem, leaseUntil: number): Promise<boolean> {
    return updateIf(this.store, {
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
    });
  }

  /**
   * The sort keys of the send markers of an org's fiscal year (one paginated Query of the year's
   * partition): what has already been sent, or claimed. Compare with `keys.sentMarker(…).sk`.
   */
  async sentMarkers(orgId: string, fy: number): Promise<Set<string>> {
    const items = await queryAll(this.store, {
      ...withPrefix(fyPartition(orgId, fy), prefixes.sentMarker),
      ProjectionExpression: 'sk',
    });
    return new Set(items.map((i) => String(i.sk)));
  }

  /**
   * Which of `markers` an earlier run already claimed, by markerId, each with the email it was
   * claimed for (its mailId): BatchGetItem, 100 keys a request. A hint only: the claim's condition
   * stays the guard, so a marker this read misses (not yet visible, or unprocessed) is claimed and
   * refused as before; markers are never deleted.
   */
  async claimedMarkers(orgId: string, markers: readonly SendMarker[]): Promise<Map<string, string>> {
    const wanted = new Map<string, Record<string, unknown>>();
    for (const m of markers)
      wanted.set(markerId(orgId, m), { ...keys.sentMarker(orgId, m.fy, m.stage, m.recipient, m.subjectId) });
    const all = [...wanted.values()];
    const found = new Map<string, string>();
    for (let i = 0; i < all.length; i += BATCH_GET_KEYS) {
      let pending = all.slice(i, i + BATCH_GET_KEYS);
      for (let round = 0; pending.length > 0 && round < BATCH_GET_ROUNDS; round++) {
        const { Responses, UnprocessedKeys } = await this.store.doc.send(
          new BatchGetCommand({
            RequestItems: { [this.store.tableName]: { Keys: pending, ProjectionExpression: 'pk, sk, mailId' } },
          }),
        );
        for (const item of Responses?.[this.store.tableName] ?? [])
          found.set(`${String(item.pk)}|${String(item.sk)}`, (item.mailId as string | undefined) ?? '');
        pending = UnprocessedKeys?.[this.store.tableName]?.Keys ?? [];
      }
    }
    return found;
  }

  /**
   * The subject ids (obligation ids) of the send markers of one stage to one recipient in an org's
   * fiscal year: one Query of a narrow sort-key range (keys.sentMarkerPrefix).
   */
  async markedSubjects(orgId: string, fy: number, stage: string, recipient: string): Promise<Set<string>> {
    const prefix = keys.sentMarkerPrefix(stage, recipient);
    const items = await queryAll(this.store, {
      ...withPrefix(fyPartition(orgId, fy), prefix),
      ProjectionExpression: 'sk',
    });
    return new Set(items.map((i) => String(i.sk).slice(prefix.length)));
  }

  /** Every outbox item of the org (paginated Query). */
  async pending(orgId: string): Promise<OutboxItem[]> {
    const items = await queryAll(this.store, {
      ...withPrefix(outboxPartition(orgId), prefixes.outbox),
    });
    return items.map((i) => ({
      mailId: String(i.mailId),
      status: i.status === 'failed' || i.status === 'given-up' || i.status === 'sending' ? i.status : 'claimed',
      leaseUntil: Number(i.leaseUntil),
      attempts: Number(i.attempts),
      recipe: (i.recipe ?? {}) as MailRecipe,
      recipient: typeof i.recipient === 'string' ? i.recipient : '',
      what: typeof i.what === 'string' ? i.what : '',
      ...(typeof i.reason === 'string' ? { reason: i.reason } : {}),
      ...(typeof i.givenUpAt === 'string' ? { givenUpAt: i.givenUpAt } : {}),
      ...(typeof i.cause === 'string' && i.cause ? { cause: i.cause } : {}),
      ...(typeof i.day === 'string' && i.day ? { day: i.day as PlainDate } : {}),
    }));
  }
}
