// Generations of the annual results report: claimed with a number before any file is written.
import { GetCommand, QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
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

export interface Generation {
  generation: number;
  status: 'writing' | 'complete';
  startedAt: string;
  trigger: string;
  generatedAt?: string;
  files?: GeneratedFile[];
}

function toGeneration(item: Record<string, unknown>): Generation {
  return {
    generation: Number(item.generation),
    status: item.status === 'complete' ? 'complete' : 'writing',
    startedAt: String(item.startedAt),
    trigger: String(item.trigger),
    ...(typeof item.generatedAt === 'string' ? { generatedAt: item.generatedAt } : {}),
    ...(item.files ? { files: item.files as GeneratedFile[] } : {}),
  };
}

export class AnnualReportRepository {
  constructor(private readonly store: Store) {}

  async list(orgId: string, fy: number): Promise<Generation[]> {
    const out = await this.store.doc.send(
      new QueryCommand({
        TableName: this.store.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': fyPartition(orgId, fy), ':prefix': prefixes.annualReport },
        ConsistentRead: true,
      }),
    );
    return (out.Items ?? []).map(toGeneration).sort((a, b) => a.generation - b.generation);
  }

  async get(orgId: string, fy: number, generation: number): Promise<Generation | undefined> {
    const { Item } = await this.store.doc.send(
      new GetCommand({
        TableName: this.store.tableName,
        Key: keys.annualReport(orgId, fy, generation),
        ConsistentRead: true,
      }),
    );
    return Item ? toGeneration(Item) : undefined;
  }

  /**
   * Claim the next generation number. With `scheduledTime`, the run is claimed too: a second
   * delivery of the same schedule gets back the generation the first one claimed.
   */
  async claim(input: {
    orgId: string;
    fy: number;
    trigger: string;
    now: Date;
    scheduledTime?: string;
  }): Promise<{ generation: number; fresh: boolean }> {
    for (let attempt = 0; attempt < 10; attempt++) {
      const existing = await this.list(input.orgId, input.fy);
      const generation = (existing.at(-1)?.generation ?? 0) + 1;
      const run = input.scheduledTime ? keys.annualReportRun(input.orgId, input.fy, input.scheduledTime) : undefined;
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
                          Item: { ...run, type: 'annual-run', generation },
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
                      ...keys.annualReport(input.orgId, input.fy, generation),
                      type: 'annual-report',
                      generation,
                      status: 'writing',
                      startedAt: input.now.toISOString(),
                      trigger: input.trigger,
                    },
                    ConditionExpression: 'attribute_not_exists(pk)',
                  },
                },
                auditPut(this.store.tableName, {
                  orgId: input.orgId,
                  actor: input.trigger,
                  action: 'annual-report.generate',
                  target: `annual-report:${input.fy}/${generation}`,
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
    throw new Error('could not claim an annual-report generation');
  }

  async complete(
    orgId: string,
    fy: number,
    generation: number,
    files: GeneratedFile[],
    generatedAt: Date,
  ): Promise<void> {
    await this.store.doc.send(
      new UpdateCommand({
        TableName: this.store.tableName,
        Key: keys.annualReport(orgId, fy, generation),
        UpdateExpression: 'SET #s = :complete, files = :files, generatedAt = :at',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':complete': 'complete', ':files': files, ':at': generatedAt.toISOString() },
      }),
    );
  }
}
