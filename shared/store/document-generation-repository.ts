// Generations of a document (the annual results report, ...): a number is claimed (pending) before
// any file is written; the generation then becomes ready (with its files) or failed (with a reason).
import { GetCommand, QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentKind, GenerationState } from '../domain/document-kinds.js';
import { auditPut } from './audit-entry.js';
import type { Store } from './dynamo-client.js';
import { fyPartition, keys, prefixes } from './keys.js';
import { failedConditions, withTransactionRetries } from './transaction-errors.js';

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
}

export interface GenerationClaim {
  kind: DocumentKind;
  orgId: string;
  fy: number;
  /** who asked: `person:{id}` or `schedule:{ISO time}` */
  trigger: string;
  now: Date;
  /** a scheduled run: claimed with its generation, so a second delivery gets the same number */
  scheduledTime?: string;
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
  };
}

export class DocumentGenerationRepository {
  constructor(private readonly store: Store) {}

  async list(kind: DocumentKind, orgId: string, fy: number): Promise<Generation[]> {
    const out = await this.store.doc.send(
      new QueryCommand({
        TableName: this.store.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': fyPartition(orgId, fy), ':prefix': prefixes.generation(kind) },
        ConsistentRead: true,
      }),
    );
    return (out.Items ?? []).map(toGeneration).sort((a, b) => a.generation - b.generation);
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
   * Claim the next generation number, in state pending, with its audit entry. With `scheduledTime`
   * the run is claimed too: a second delivery of the same schedule gets back the first one's number
   * (`fresh: false`).
   */
  async claim(input: GenerationClaim): Promise<{ generation: number; fresh: boolean }> {
    const { kind, orgId, fy } = input;
    for (let attempt = 0; attempt < 10; attempt++) {
      const existing = await this.list(kind, orgId, fy);
      const generation = (existing.at(-1)?.generation ?? 0) + 1;
      const run = input.scheduledTime ? keys.generationRun(kind, orgId, fy, input.scheduledTime) : undefined;
      try {
        await withTransactionRetries(() =>
          this.store.doc.send(
            new TransactWriteCommand({
              TransactItems: [
                ...(run
                  ? [
                      {
                        Put: {
                          TableName: this.store.tableName,
                          Item: { ...run, type: `${kind}-run`, generation },
                          ConditionExpression: 'attribute_not_exists(pk)',
                          ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
                        },
                      },
                    ]
                  : []),
                {
                  Put: {
                    TableName: this.store.tableName,
                    Item: {
                      ...keys.generation(kind, orgId, fy, generation),
                      type: kind,
                      generation,
                      status: 'pending',
                      startedAt: input.now.toISOString(),
                      trigger: input.trigger,
                    },
                    ConditionExpression: 'attribute_not_exists(pk)',
                  },
                },
                auditPut(this.store.tableName, {
                  orgId,
                  actor: input.trigger,
                  action: `${kind}.generate`,
                  target: `${kind}:${fy}/${generation}`,
                  at: input.now,
                }),
              ],
            }),
          ),
        );
        return { generation, fresh: true };
      } catch (error) {
        const failed = failedConditions(error);
        if (!failed) throw error;
        const runTaken = run && failed.find((f) => f.index === 0);
        if (runTaken) return { generation: Number(runTaken.item?.generation), fresh: false };
        // another generation took this number meanwhile: try the next one
      }
    }
    throw new Error(`could not claim a ${kind} generation`);
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
    try {
      await this.store.doc.send(
        new UpdateCommand({
          TableName: this.store.tableName,
          Key: keys.generation(kind, orgId, fy, generation),
          UpdateExpression: 'SET #s = :failed, failure = :failure',
          ConditionExpression: 'attribute_exists(pk) AND #s <> :ready',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':failed': 'failed', ':failure': failure, ':ready': 'ready' },
        }),
      );
    } catch (error) {
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    }
  }
}
