// A fiscal year's plan: a header item (version, current revision) plus one item per measure of each
// revision, in the fy partition. See docs/data-model.md "Replacing a plan".
import { randomBytes } from 'node:crypto';
import { BatchGetCommand, BatchWriteCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import { ConflictError, UnavailableError } from '../domain/errors.js';
import { type IndicatorScoreEntry, StoredItaScores } from '../domain/ita-scores.js';
import { Measure, type Plan, StoredPlan } from '../domain/plan.js';
import { toThaiDigits } from '../domain/thai-format.js';
import { transact, updateIf } from './writes.js';
import { auditPut, type TransactItem } from './audit-entry.js';
import type { Store } from './dynamo-client.js';
import { fromItem } from './item-codec.js';
import { fyPartition, keys, prefixes } from './keys.js';
import type { WriteContext } from './org-repository.js';
import { queryAll, withPrefix } from './query-pages.js';
import { forgetOldPlanVersion, keepPlanVersionPut, readKeptPlanVersion } from './plan-versions.js';
import { failedConditions } from './transaction-errors.js';

/** DynamoDB's limits for one TransactWriteItems: 100 items, 4 MB (we stop well before). */
const MAX_TRANSACTION_ITEMS = 100;
const MAX_TRANSACTION_BYTES = 3_500_000;
const BATCH_WRITE_ITEMS = 25;

type Item = Record<string, unknown>;

/**
 * How long a save holds the plan against new reports (ms): longer than the functions' 29 s
 * timeout, so a save that died holding it frees the plan within a minute.
 */
export const PLAN_SAVE_HOLD_MS = 60_000;

/** How long a save waits for another save's hold to end before its 409, and how often it looks (ms). */
const HOLD_WAIT_MS = 12_000;
const HOLD_WAIT_STEP_MS = 250;

/** The plan header's attribute for the hold: the epoch ms until which it holds. */
const SAVE_HELD_UNTIL = 'saveHeldUntil';

/**
 * The condition a report's transaction puts on the plan header: still the version the obligation
 * was read from, and no save holding it (`PlanRepository.holdForSave`) at `now`.
 */
export function planOpenForReports(planVersion: number, now: Date) {
  return {
    ConditionExpression: `version = :planVersion AND (attribute_not_exists(${SAVE_HELD_UNTIL}) OR ${SAVE_HELD_UNTIL} < :now)`,
    ExpressionAttributeValues: { ':planVersion': planVersion, ':now': now.getTime() },
  };
}

/** "r000003-9f2c41aa" -> 3: the plan version a revision was staged for. */
const revisionVersion = (rev: string) => Number(/^r(\d+)-/.exec(rev)?.[1] ?? 0);

/**
 * The measure items of the header's current revision, in plan order. Items of other revisions
 * (a save in progress, one that lost a race, one not yet cleaned up) are never part of the plan.
 */
export function currentMeasures(header: Item, items: readonly Item[]): Measure[] {
  const rev = header.measuresRev;
  return items
    .filter((i) => String(i.sk).startsWith(prefixes.measure) && i.rev === rev)
    .map((i) => {
      const { rev: _rev, ...rest } = i;
      return fromItem(Measure, rest);
    })
    .sort((a, b) => a.order - b.order);
}

/** A read saw the plan header but not all of its revision's measures (see `readWholePlan`). */
class TornPlanRead extends Error {}

/**
 * A stored plan from its header item and the year's measure items. Throws TornPlanRead when fewer
 * measures of the header's revision were read than the header counts (`measureCount`).
 */
export function planFromItems(header: Item, items: readonly Item[]): StoredPlan {
  const { measureCount, measuresRev: _rev, [SAVE_HELD_UNTIL]: _held, ...rest } = header;
  const measures = currentMeasures(header, items);
  if (typeof measureCount === 'number' && measures.length !== measureCount) throw new TornPlanRead();
  return fromItem(StoredPlan, { ...rest, measures });
}

/** Reads of a torn plan before a 503: the first eventually consistent, the others consistent. */
const WHOLE_PLAN_READS = 3;

/**
 * Runs `read` (a paginated Query that assembles the plan with `planFromItems`) until it sees the
 * whole plan. A Query of several pages is not a snapshot: a save that stages its measures behind the
 * reader's cursor and then switches the header would otherwise give the new header with only some
 * of its measures. Retries read consistently (`consistent` true). Throws UnavailableError (503,
 * Thai first) when the plan is still torn after WHOLE_PLAN_READS reads.
 */
export async function readWholePlan<T>(fy: number, read: (consistent: boolean) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await read(attempt > 0);
    } catch (err) {
      if (!(err instanceof TornPlanRead)) throw err;
      if (attempt + 1 >= WHOLE_PLAN_READS)
        throw new UnavailableError(
          `แผนมาตรการปีงบประมาณ ${toThaiDigits(fy)} กำลังถูกบันทึก กรุณาลองใหม่อีกครั้งในอีกสักครู่`,
          `the FY${fy} plan is being saved; try again in a moment`,
        );
    }
  }
}

/** Measure items in groups that fit one transaction (100 items, under 4 MB). */
function transactionGroups(puts: TransactItem[]): TransactItem[][] {
  const groups: TransactItem[][] = [];
  let group: TransactItem[] = [];
  let bytes = 0;
  for (const put of puts) {
    const size = JSON.stringify(put).length * 3;
    if (group.length === MAX_TRANSACTION_ITEMS || (group.length > 0 && bytes + size > MAX_TRANSACTION_BYTES)) {
      groups.push(group);
      group = [];
      bytes = 0;
    }
    group.push(put);
    bytes += size;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

export class PlanRepository {
  constructor(private readonly store: Store) {}

  /**
   * Replace the plan, all or nothing, whatever its size. `expectedVersion` guards against two
   * coordinators overwriting each other (omit it only for the first save): a stale save gets
   * ConflictError and the plan stays as it was.
   *
   * How: the new measures are written under a new revision key (invisible: the header still
   * names the old revision), then ONE transaction puts the header naming the new revision, on
   * condition of the expected version, with the audit entry. Readers follow the header, so they see
   * the old plan or the new one, never a mix. Old revisions' items are deleted afterwards; if that
   * cleanup is interrupted they stay invisible and the next save deletes them.
   */
  async savePlan(
    plan: Plan,
    ctx: WriteContext & { expectedVersion?: number; replaced?: StoredPlan | undefined },
  ): Promise<StoredPlan> {
    const version = (ctx.expectedVersion ?? 0) + 1;
    const stored = StoredPlan.parse({ ...plan, version, updatedAt: ctx.now.toISOString(), updatedBy: ctx.actor });
    const current = await this.getPlanVersion(plan.orgId, plan.fy);
    if (current !== ctx.expectedVersion) throw this.conflict(plan.fy, current ?? 0);

    const table = this.store.tableName;
    const rev = `r${String(version).padStart(6, '0')}-${randomBytes(4).toString('hex')}`;
    const { measures, ...header } = stored;
    const puts: TransactItem[] = measures.map((m) => ({
      Put: {
        TableName: table,
        Item: { ...keys.measure(plan.orgId, plan.fy, m.measureId, rev), type: 'measure', rev, ...m },
      },
    }));
    for (const group of transactionGroups(puts)) await transact(this.store, group);
    const switchToRevision: TransactItem = {
      Put: {
        TableName: table,
        Item: {
          ...keys.plan(plan.orgId, plan.fy),
          type: 'plan',
          ...header,
          measureCount: measures.length,
          measuresRev: rev,
        },
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
    // the version replaced, kept for the history to restore (plan-versions.ts): with the switch, so
    // it is kept exactly when it is replaced
    const replaced = ctx.replaced?.version === ctx.expectedVersion ? ctx.replaced : undefined;
    const keep = replaced && keepPlanVersionPut(table, replaced);
    try {
      // two saves switching at once may cancel each other (TransactionConflict): tried again, the
      // loser meets the winner's version (409), never a 503
      await transact(this.store, [switchToRevision, audit, ...(keep ? [keep] : [])]);
    } catch (error) {
      const failed = failedConditions(error);
      // Any other failure (a timeout, throttling) leaves it unknown whether the switch committed
      // (a timed-out transaction may still commit): the staged items stay, invisible unless it did,
      // and the next save removes them. A retry with the same expectedVersion is safe: 409 if it did.
      if (!failed) throw error;
      await this.deleteRevisionsExcept(plan.orgId, plan.fy, (r) => r !== rev);
      throw this.conflict(plan.fy, Number(failed[0]?.item?.version ?? 0));
    }
    // Older revisions only: a save racing this one stages a revision of this version or a later one.
    await this.deleteRevisionsExcept(plan.orgId, plan.fy, (r) => r !== undefined && revisionVersion(r) >= version);
    if (replaced) await forgetOldPlanVersion(this.store, plan.orgId, plan.fy, replaced.version);
    return stored;
  }

  /**
   * Hold the plan at `version` against new reports while a save checks the year's reports and
   * stages its measures: report submissions check the hold in their transaction
   * (`planOpenForReports`), so a report lands before the save reads the reports, or is refused
   * (409, send again). The save's switch (a Put of the header) ends the hold; so do
   * `releaseSaveHold` and PLAN_SAVE_HOLD_MS. One conditional UpdateItem.
   * A hold another save has is waited for (at most HOLD_WAIT_MS).
   * Errors: ConflictError (409) when the plan is no longer at `version` (the usual "changed by
   * someone else", naming the version now saved), or another save still holds it after the wait.
   */
  async holdForSave(orgId: string, fy: number, version: number, now: Date): Promise<void> {
    // a save already holding it usually ends in seconds: wait for it, so this one learns the
    // version it made (the usual 409) rather than only that someone is saving
    const deadline = Date.now() + HOLD_WAIT_MS;
    for (;;) {
      const held = await updateIf(this.store, {
        Key: keys.plan(orgId, fy),
        UpdateExpression: `SET ${SAVE_HELD_UNTIL} = :until`,
        ConditionExpression: `version = :version AND (attribute_not_exists(${SAVE_HELD_UNTIL}) OR ${SAVE_HELD_UNTIL} < :now)`,
        ExpressionAttributeValues: {
          ':version': version,
          ':now': now.getTime(),
          ':until': now.getTime() + PLAN_SAVE_HOLD_MS,
        },
      });
      if (held) return;
      const current = (await this.getPlanVersion(orgId, fy)) ?? 0;
      if (current !== version) throw this.conflict(fy, current);
      if (Date.now() >= deadline) break;
      await new Promise((resolve) => setTimeout(resolve, HOLD_WAIT_STEP_MS));
    }
    throw new ConflictError(
      `แผนปีงบประมาณ ${toThaiDigits(fy)} กำลังถูกบันทึกโดยผู้ใช้อื่น กรุณาโหลดแผนใหม่แล้วลองอีกครั้งในอีกสักครู่`,
      `the FY${fy} plan is being saved by someone else; reload it and try again in a moment`,
      [],
      { currentVersion: version },
    );
  }

  /** End a hold this save took (`holdForSave`) without saving; nothing if the plan moved on. */
  async releaseSaveHold(orgId: string, fy: number, version: number): Promise<void> {
    await updateIf(this.store, {
      Key: keys.plan(orgId, fy),
      UpdateExpression: `REMOVE ${SAVE_HELD_UNTIL}`,
      ConditionExpression: 'version = :version',
      ExpressionAttributeValues: { ':version': version },
    });
  }

  private conflict(fy: number, current: number): ConflictError {
    return new ConflictError(
      `แผนปีงบประมาณ ${toThaiDigits(fy)} ถูกแก้ไขไปแล้ว (ฉบับที่ ${toThaiDigits(current)})`,
      `the FY${fy} plan was changed by someone else (now version ${current})`,
      [],
      { currentVersion: current },
    );
  }

  /** Delete the measure items of every revision for which `keep` is false (BatchWriteItem, retried). */
  private async deleteRevisionsExcept(orgId: string, fy: number, keep: (rev: string | undefined) => boolean) {
    const existing = await queryAll(this.store, {
      ...withPrefix(fyPartition(orgId, fy), prefixes.measure),
      ProjectionExpression: 'pk, sk, rev',
    });
    const doomed = existing.filter((i) => !keep(typeof i.rev === 'string' ? i.rev : undefined));
    for (let i = 0; i < doomed.length; i += BATCH_WRITE_ITEMS) {
      let pending: Item[] = doomed
        .slice(i, i + BATCH_WRITE_ITEMS)
        .map((d) => ({ DeleteRequest: { Key: { pk: d.pk, sk: d.sk } } }));
      for (let attempt = 0; pending.length > 0 && attempt < 5; attempt++) {
        const out = await this.store.doc.send(
          new BatchWriteCommand({ RequestItems: { [this.store.tableName]: pending } }),
        );
        pending = out.UnprocessedItems?.[this.store.tableName] ?? [];
      }
    }
  }

  async getPlanVersion(orgId: string, fy: number): Promise<number | undefined> {
    const { Item } = await this.store.doc.send(
      new GetCommand({
        TableName: this.store.tableName,
        Key: keys.plan(orgId, fy),
        ProjectionExpression: 'version',
        ConsistentRead: true,
      }),
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
    return readWholePlan(fy, async (consistent) => {
      const items = await queryAll(this.store, {
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': fyPartition(orgId, fy), ':from': prefixes.measure, ':to': 'PLAN' },
        ...(consistent ? { ConsistentRead: true } : {}),
      });
      const header = items.find((i) => i.sk === 'PLAN');
      return header ? planFromItems(header, items) : undefined;
    });
  }

  /** An earlier version of the plan as saved, if kept (plan-versions.ts); undefined otherwise. */
  async getKeptVersion(orgId: string, fy: number, version: number): Promise<StoredPlan | undefined> {
    return readKeptPlanVersion(this.store, orgId, fy, version);
  }

  /** Last year's ITA scores entered for the plan of `fy`, or undefined when none were. */
  async getItaScores(orgId: string, fy: number): Promise<StoredItaScores | undefined> {
    const { Item } = await this.store.doc.send(
      new GetCommand({ TableName: this.store.tableName, Key: keys.itaScores(orgId, fy), ConsistentRead: true }),
    );
    return Item ? fromItem(StoredItaScores, Item) : undefined;
  }

  /** Replaces the scores (sorted by indicator) with an audit entry, in one transaction. */
  async putItaScores(
    orgId: string,
    fy: number,
    indicators: readonly IndicatorScoreEntry[],
    ctx: WriteContext,
  ): Promise<StoredItaScores> {
    const stored: StoredItaScores = {
      orgId,
      fy,
      indicators: [...indicators].sort((a, b) => a.no - b.no),
      updatedAt: ctx.now.toISOString(),
      updatedBy: ctx.actor,
    };
    const table = this.store.tableName;
    // two saves at once may cancel each other (TransactionConflict): tried again, the last one stays
    await transact(this.store, [
      { Put: { TableName: table, Item: { ...keys.itaScores(orgId, fy), type: 'itaScores', ...stored } } },
      auditPut(table, {
        orgId,
        actor: ctx.actor,
        actorName: ctx.actorName,
        action: 'plan.itaScores',
        target: `plan:${fy}`,
        at: ctx.now,
        details: { indicators: stored.indicators.length },
      }),
    ]);
    return stored;
  }
}
