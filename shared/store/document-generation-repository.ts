// Generations of a document (the annual results report, ...): a number is claimed (pending) before
// any file is written; the generation then becomes ready (with its files) or failed (with a reason).
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { type DocumentKind, type GenerationState, MAX_GENERATION } from '../domain/document-kinds.js';
import { generationsUsedUp } from '../domain/errors.js';
import { publishedAs } from '../domain/public-addresses.js';
import { auditPut, type TransactItem, triggerActor } from './audit-entry.js';
import type { Store } from './dynamo-client.js';
import { fyPartition, keys, prefixes } from './keys.js';
import { pageOf, queryAll, queryBeyond, withPrefix } from './query-pages.js';
import { TABLE } from './table-definition.js';
import { failedConditions } from './transaction-errors.js';
import { conditionFailed, putNew, transact, updateIf } from './writes.js';

/** Rounds of one claim against concurrent claims (each round one of them wins). */
const MAX_CLAIM_ROUNDS = 40;

export interface GeneratedFile {
  name: string;
  contentType: string;
  size: number;
  sha256: string;
}

/** Why a generation failed, for the person who asked (Thai first). */
export interface GenerationFailure {
  message_th: string;
  message_en: string;
}

export interface Generation {
  generation: number;
  status: GenerationState;
  startedAt: string;
  trigger: string;
  generatedAt?: string;
  files?: GeneratedFile[];
  failure?: GenerationFailure;
  /** the results report's รอบ ๖ เดือน (absent: the year's) */
  scope?: 'half-year';
  /** the plan document's announcement day (YYYY-MM-DD), given when requested */
  announcedOn?: string;
  /** the printed and signed scan a coordinator attached (ฉบับลงนาม), published as its PDF */
  signedCopy?: SignedCopy;
}

/** A signed copy: `signed-{uploadId}.pdf` in the generation's folder, checked a PDF when attached. */
export type SignedCopy = {
  uploadId: string;
  size: number;
  sha256: string;
  attachedAt: string;
  attachedBy: string;
  attachedByName?: string;
};

export interface GenerationClaim {
  kind: DocumentKind;
  orgId: string;
  fy: number;
  /** who asked: `person:{id}` or `schedule:{ISO time}` */
  trigger: string;
  now: Date;
  /** a scheduled run: claimed with its generation, so a second delivery gets the same number */
  scheduledTime?: string;
  scope?: 'half-year' | undefined;
  announcedOn?: string | undefined;
}

// Items written before generations had states said 'writing' and 'complete'.
const STATE_OF: Record<string, GenerationState> = {
  pending: 'pending',
  writing: 'pending',
  ready: 'ready',
  complete: 'ready',
  failed: 'failed',
};

function toGeneration(item: Record<string, unknown>): Generation {
  return {
    generation: Number(item.generation),
    status: STATE_OF[String(item.status)] ?? 'pending',
    startedAt: String(item.startedAt),
    trigger: String(item.trigger),
    ...(typeof item.generatedAt === 'string' ? { generatedAt: item.generatedAt } : {}),
    ...(item.files ? { files: item.files as GeneratedFile[] } : {}),
    ...(item.failure ? { failure: item.failure as GenerationFailure } : {}),
    ...(item.scope ? { scope: 'half-year' } : {}),
    ...(typeof item.announcedOn === 'string' ? { announcedOn: item.announcedOn } : {}),
    ...(item.signedCopy ? { signedCopy: item.signedCopy as SignedCopy } : {}),
  };
}

export interface GenerationPage {
  /** newest first */
  items: Generation[];
  /** the generation to pass as `before` for the next page; absent on the last page */
  next?: number;
}

export class DocumentGenerationRepository {
  constructor(private readonly store: Store) {}

  /** Every generation of a kind, oldest first (jobs and tests; the API reads `page`). */
  async list(kind: DocumentKind, orgId: string, fy: number): Promise<Generation[]> {
    const items = await queryAll(this.store, {
      ...withPrefix(fyPartition(orgId, fy), prefixes.generation(kind)),
      ConsistentRead: true,
    });
    return items.map(toGeneration).sort((a, b) => a.generation - b.generation);
  }

  /**
   * One page of generations, newest first: at most `limit`, all below `before` when given. Follows
   * DynamoDB's 1 MB pages, so `next` is there whenever older generations exist.
   */
  async page(
    kind: DocumentKind,
    orgId: string,
    fy: number,
    options: { limit: number; before?: number },
  ): Promise<GenerationPage> {
    const prefix = prefixes.generation(kind);
    const upper =
      options.before === undefined ? `${prefix}\uffff` : keys.generation(kind, orgId, fy, options.before).sk;
    const found = await queryBeyond(
      this.store,
      {
        // BETWEEN is inclusive: the `before` generation itself is dropped by `keep`
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': fyPartition(orgId, fy), ':from': prefix, ':to': upper },
        ScanIndexForward: false,
        ConsistentRead: true,
      },
      options.limit,
      { keep: (i) => Number(i.generation) !== options.before, extra: 1 },
    );
    const { items, last } = pageOf(found, options.limit);
    const generations = items.map(toGeneration);
    return last ? { items: generations, next: generations.at(-1)!.generation } : { items: generations };
  }

  async get(kind: DocumentKind, orgId: string, fy: number, generation: number): Promise<Generation | undefined> {
    const { Item } = await this.store.doc.send(
      new GetCommand({
        TableName: this.store.tableName,
        Key: keys.generation(kind, orgId, fy, generation),
        ConsistentRead: true,
      }),
    );
    return Item ? toGeneration(Item) : undefined;
  }

  /**
   * Count one request of a person for `day` (Bangkok `YYYY-MM-DD`); false when `max` were counted
   * already (nothing is written then). The count expires by TTL two days later.
   */
  async countDailyRequest(kind: DocumentKind, orgId: string, fy: number, day: string, max: number): Promise<boolean> {
    return updateIf(this.store, {
      Key: keys.generationDay(kind, orgId, fy, day),
      UpdateExpression: 'ADD #n :one SET #exp = if_not_exists(#exp, :exp)',
      ConditionExpression: 'attribute_not_exists(#n) OR #n < :max',
      ExpressionAttributeNames: { '#n': 'requests', '#exp': TABLE.ttlAttribute },
      ExpressionAttributeValues: {
        ':one': 1,
        ':max': max,
        ':exp': Math.floor(Date.parse(`${day}T00:00:00+07:00`) / 1000) + 3 * 86_400,
      },
    });
  }

  /**
   * Give back one request counted for `day` (its generation could not be started, 503): a retry of
   * that answer does not spend the day's limit. Never below zero.
   */
  async uncountDailyRequest(kind: DocumentKind, orgId: string, fy: number, day: string): Promise<void> {
    await updateIf(this.store, {
      Key: keys.generationDay(kind, orgId, fy, day),
      UpdateExpression: 'ADD #n :minusOne',
      ConditionExpression: '#n > :zero',
      ExpressionAttributeNames: { '#n': 'requests' },
      ExpressionAttributeValues: { ':minusOne': -1, ':zero': 0 },
    });
  }

  /** The year's counter: the last number claimed (0 before the first). One strongly consistent read. */
  private async lastNumber(kind: DocumentKind, orgId: string, fy: number): Promise<number> {
    const { Item } = await this.store.doc.send(
      new GetCommand({
        TableName: this.store.tableName,
        Key: keys.generationCounter(kind, orgId, fy),
        ConsistentRead: true,
      }),
    );
    return Number(Item?.last ?? 0);
  }

  /** A transaction item moving the counter from `last` to `last + 1`, only if no one moved it meanwhile. */
  private counterStep(kind: DocumentKind, orgId: string, fy: number, last: number): TransactItem {
    return {
      Update: {
        TableName: this.store.tableName,
        Key: keys.generationCounter(kind, orgId, fy),
        UpdateExpression: 'SET #last = :next',
        ConditionExpression: last === 0 ? 'attribute_not_exists(#last)' : '#last = :last',
        ExpressionAttributeNames: { '#last': 'last' },
        ExpressionAttributeValues: { ':next': last + 1, ...(last === 0 ? {} : { ':last': last }) },
      },
    };
  }

  /**
   * A number was taken although the counter gave it: generations written before the counter
   * existed. Raise the counter to the newest generation (one item read, newest first).
   */
  private async catchUpCounter(kind: DocumentKind, orgId: string, fy: number): Promise<void> {
    const newest = (await this.page(kind, orgId, fy, { limit: 1 })).items[0]?.generation ?? 0;
    await updateIf(this.store, {
      Key: keys.generationCounter(kind, orgId, fy),
      UpdateExpression: 'SET #last = :newest',
      ConditionExpression: 'attribute_not_exists(#last) OR #last < :newest',
      ExpressionAttributeNames: { '#last': 'last' },
      ExpressionAttributeValues: { ':newest': newest },
    });
  }

  /**
   * Claim the next generation number, in state pending, with its audit entry. The number is the
   * year's counter + 1, and the counter moves in the same transaction, on the condition that no one
   * moved it since it was read: numbers never repeat and never skip, and claiming costs the same at
   * the 1,001st generation as at the first (one read, one transaction). Concurrent claims that lose
   * read the counter again. Past MAX_GENERATION nothing is claimed: ConflictError (generationsUsedUp).
   * With `scheduledTime` the run is claimed too: a second delivery of the same schedule, even at the
   * same moment, gets back the first one's number (`fresh: false`).
   */
  async claim(input: GenerationClaim): Promise<{ generation: number; fresh: boolean }> {
    const { kind, orgId, fy } = input;
    const run = input.scheduledTime ? keys.generationRun(kind, orgId, fy, input.scheduledTime) : undefined;
    const readRun = async () => {
      if (!run) return undefined;
      const { Item } = await this.store.doc.send(
        new GetCommand({ TableName: this.store.tableName, Key: run, ConsistentRead: true }),
      );
      return Item ? Number(Item.generation) : undefined;
    };
    const before = await readRun();
    if (before !== undefined) return { generation: before, fresh: false };
    const counterAt = run ? 1 : 0;
    for (let attempt = 0; attempt < MAX_CLAIM_ROUNDS; attempt++) {
      const last = await this.lastNumber(kind, orgId, fy);
      const generation = last + 1;
      if (generation > MAX_GENERATION) throw generationsUsedUp(kind, fy);
      try {
        await transact(this.store, [
          ...(run ? [putNew(this.store.tableName, { ...run, type: `${kind}-run`, generation }, true)] : []),
          this.counterStep(kind, orgId, fy, last),
          putNew(this.store.tableName, {
            ...keys.generation(kind, orgId, fy, generation),
            type: kind,
            generation,
            status: 'pending',
            startedAt: input.now.toISOString(),
            trigger: input.trigger,
            ...(input.scope ? { scope: input.scope } : {}),
            ...(input.announcedOn ? { announcedOn: input.announcedOn } : {}),
          }),
          auditPut(this.store.tableName, {
            orgId,
            actor: triggerActor(kind, input.trigger),
            action: `${kind}.generate`,
            target: `${kind}:${fy}/${generation}`,
            at: input.now,
            // which report it is (the history says รอบ ๖ เดือน or ประจำปี, re-check P3)
            details: { generation, document: publishedAs(kind, input.scope) },
          }),
        ]);
        return { generation, fresh: true };
      } catch (error) {
        const failed = failedConditions(error);
        if (!failed) throw error;
        const runTaken = run && failed.find((f) => f.index === 0);
        if (runTaken) return { generation: Number(runTaken.item?.generation), fresh: false };
        // another claim moved the counter first: a short random wait, then read it again
        if (failed.some((f) => f.index === counterAt)) {
          await new Promise((r) => setTimeout(r, Math.random() * 20));
          continue;
        }
        // the number is taken by a generation older than the counter: catch the counter up
        await this.catchUpCounter(kind, orgId, fy);
      }
    }
    // a run that lost every round was most likely claimed by another delivery meanwhile
    const claimed = await readRun();
    if (claimed !== undefined) return { generation: claimed, fresh: false };
    throw new Error(`could not claim a ${kind} generation`);
  }

  /**
   * Count one render of a generation, before it starts, so a render that throws or never returns
   * (a time-out) is counted too. 'ready': made already; 'used-up': `max` renders were counted.
   */
  async startAttempt(
    kind: DocumentKind,
    orgId: string,
    fy: number,
    generation: number,
    max: number,
  ): Promise<{ attempt: number } | 'ready' | 'used-up'> {
    const key = keys.generation(kind, orgId, fy, generation);
    try {
      const out = await this.store.doc.send(
        new UpdateCommand({
          TableName: this.store.tableName,
          Key: key,
          UpdateExpression: 'ADD #a :one',
          ConditionExpression: 'attribute_exists(pk) AND #s <> :ready AND (attribute_not_exists(#a) OR #a < :max)',
          ExpressionAttributeNames: { '#a': 'attempts', '#s': 'status' },
          ExpressionAttributeValues: { ':one': 1, ':ready': 'ready', ':max': max },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      return { attempt: Number(out.Attributes?.attempts) };
    } catch (error) {
      if (!conditionFailed(error)) throw error;
      const now = await this.get(kind, orgId, fy, generation);
      return now?.status === 'ready' ? 'ready' : 'used-up';
    }
  }

  /** pending (or failed, on a retry) -> ready, with the files written. */
  async complete(
    kind: DocumentKind,
    orgId: string,
    fy: number,
    generation: number,
    files: GeneratedFile[],
    generatedAt: Date,
  ): Promise<void> {
    await this.store.doc.send(
      new UpdateCommand({
        TableName: this.store.tableName,
        Key: keys.generation(kind, orgId, fy, generation),
        UpdateExpression: 'SET #s = :ready, files = :files, generatedAt = :at REMOVE failure',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':ready': 'ready', ':files': files, ':at': generatedAt.toISOString() },
      }),
    );
  }

  /** pending -> failed, with the reason shown to the person who asked. A ready generation stays ready. */
  async fail(kind: DocumentKind, orgId: string, fy: number, generation: number, failure: GenerationFailure) {
    await updateIf(this.store, {
      Key: keys.generation(kind, orgId, fy, generation),
      UpdateExpression: 'SET #s = :failed, failure = :failure',
      ConditionExpression: 'attribute_exists(pk) AND #s <> :ready',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: { ':failed': 'failed', ':failure': failure, ':ready': 'ready' },
    });
  }
}
