// A fiscal year's plan: a header item (version) plus one item per measure, in the fy partition.
import { BatchGetCommand, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { ConflictError } from '../domain/errors.js';
import { Measure, type Plan, StoredPlan } from '../domain/plan.js';
import { toThaiDigits } from '../domain/thai-format.js';
import { auditPut, type TransactItem } from './audit-entry.js';
import type { Store } from './dynamo-client.js';
import { fromItem } from './item-codec.js';
import { fyPartition, keys, prefixes } from './keys.js';
import type { WriteContext } from './org-repository.js';
import { queryAll } from './query-pages.js';
import { failedConditions } from './transaction-errors.js';

const MAX_TRANSACTION_ITEMS = 100;

export class PlanRepository {
  constructor(private readonly store: Store) {}

  /**
   * Replace the plan. `expectedVersion` guards against two coordinators overwriting each other
   * (omit it only for the first save). Plans of up to 97 measures are replaced atomically.
   */
  async savePlan(plan: Plan, ctx: WriteContext & { expectedVersion?: number }): Promise<StoredPlan> {
    const version = (ctx.expectedVersion ?? 0) + 1;
    const stored = StoredPlan.parse({ ...plan, version, updatedAt: ctx.now.toISOString(), updatedBy: ctx.actor });
    const table = this.store.tableName;
    const existing = await queryAll(this.store, {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': fyPartition(plan.orgId, plan.fy), ':prefix': prefixes.measure },
      ProjectionExpression: 'pk, sk',
    });
    const keep = new Set(stored.measures.map((m) => keys.measure(plan.orgId, plan.fy, m.measureId).sk));
    const { measures, ...header } = stored;
    const writes: TransactItem[] = [
      ...measures.map((m) => ({
        Put: { TableName: table, Item: { ...keys.measure(plan.orgId, plan.fy, m.measureId), type: 'measure', ...m } },
      })),
      ...existing
        .filter((i) => !keep.has(String(i.sk)))
        .map((i) => ({ Delete: { TableName: table, Key: { pk: i.pk, sk: i.sk } } })),
    ];
    const headerWrite: TransactItem = {
      Put: {
        TableName: table,
        Item: { ...keys.plan(plan.orgId, plan.fy), type: 'plan', ...header, measureCount: measures.length },
        ConditionExpression: ctx.expectedVersion === undefined ? 'attribute_not_exists(pk)' : 'version = :expected',
        ...(ctx.expectedVersion === undefined
          ? {}
          : { ExpressionAttributeValues: { ':expected': ctx.expectedVersion } }),
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    };
    const audit = auditPut(table, {
      orgId: plan.orgId,
      actor: ctx.actor,
      action: 'plan.save',
      target: `plan:${plan.fy}`,
      at: ctx.now,
      details: { version, measures: measures.length },
    });
    // Header and audit go in the last transaction; larger plans write their measures first.
    const room = MAX_TRANSACTION_ITEMS - 2;
    const chunks: TransactItem[][] = [];
    for (let i = 0; i < writes.length; i += room) chunks.push(writes.slice(i, i + room));
    const last = chunks.pop() ?? [];
    try {
      for (const chunk of chunks) await this.store.doc.send(new TransactWriteCommand({ TransactItems: chunk }));
      await this.store.doc.send(new TransactWriteCommand({ TransactItems: [headerWrite, audit, ...last] }));
    } catch (error) {
      const failed = failedConditions(error);
      if (!failed) throw error;
      const current = Number(failed[0]?.item?.version ?? 0);
      throw new ConflictError(
        `แผนปีงบประมาณ ${toThaiDigits(plan.fy)} ถูกแก้ไขไปแล้ว (ฉบับที่ ${toThaiDigits(current)})`,
        `the FY${plan.fy} plan was changed by someone else (now version ${current})`,
        [],
        { currentVersion: current },
      );
    }
    return stored;
  }

  async getPlanVersion(orgId: string, fy: number): Promise<number | undefined> {
    const { Item } = await this.store.doc.send(
      new GetCommand({ TableName: this.store.tableName, Key: keys.plan(orgId, fy), ProjectionExpression: 'version' }),
    );
    return Item ? Number(Item.version) : undefined;
  }

  /** Which of these fiscal years have a plan: one BatchGetItem of the plan headers (at most 100 years). */
  async fiscalYearsWithPlans(orgId: string, years: readonly number[]): Promise<number[]> {
    const byPartition = new Map(years.map((fy) => [keys.plan(orgId, fy).pk, fy]));
    let pending: Record<string, unknown>[] = years.map((fy) => ({ ...keys.plan(orgId, fy) }));
    const found: number[] = [];
    for (let attempt = 0; pending.length > 0 && attempt < 5; attempt++) {
      const { Responses, UnprocessedKeys } = await this.store.doc.send(
        new BatchGetCommand({
          RequestItems: { [this.store.tableName]: { Keys: pending, ProjectionExpression: 'pk' } },
        }),
      );
      for (const item of Responses?.[this.store.tableName] ?? []) found.push(byPartition.get(String(item.pk))!);
      pending = UnprocessedKeys?.[this.store.tableName]?.Keys ?? [];
    }
    return found.sort((a, b) => b - a);
  }

  /** The plan and its measures in one Query: sort keys "MEASURE#..." up to "PLAN". */
  async getPlan(orgId: string, fy: number): Promise<StoredPlan | undefined> {
    const items = await queryAll(this.store, {
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: { ':pk': fyPartition(orgId, fy), ':from': prefixes.measure, ':to': 'PLAN' },
    });
    const header = items.find((i) => i.sk === 'PLAN');
    if (!header) return undefined;
    const measures = items
      .filter((i) => String(i.sk).startsWith(prefixes.measure))
      .map((i) => fromItem(Measure, i))
      .sort((a, b) => a.order - b.order);
    const { measureCount: _count, ...rest } = header;
    return fromItem(StoredPlan, { ...rest, measures });
  }
}
