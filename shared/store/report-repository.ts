// Reports: the latest item plus immutable history items, one per version.
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Caller } from '../domain/access.js';
import {
  CallerChangedError,
  ConflictError,
  conflictOn,
  NotFoundError,
  PlanChangedError,
  PreconditionFailedError,
} from '../domain/errors.js';
import { Report, type ReportContent } from '../domain/report.js';
import {
  acceptedReportIsFinal,
  alreadyAccepted,
  MAX_REPORT_VERSIONS,
  onlyAcceptedReopens,
  type ReviewDecision,
  STATE_AFTER,
  tooManyVersions,
} from '../domain/report-rules.js';
import type { PlainDate } from '../domain/plain-date.js';
import { versionSettles, type SettlementSubject } from '../domain/settlement.js';
import { toThaiDigits } from '../domain/thai-format.js';
import { currentVersionIs } from '../domain/if-match.js';
import { auditPut } from './audit-entry.js';
import { callerUnchanged } from './caller-check.js';
import type { Store } from './dynamo-client.js';
import { fromItem } from './item-codec.js';
import { fyPartition, keys, prefixes } from './keys.js';
import type { WriteContext } from './org-repository.js';
import { pageOf, queryAll, queryBeyond, withPrefix } from './query-pages.js';
import { failedConditions } from './transaction-errors.js';
import { planOpenForReports } from './plan-repository.js';
import { putNew, transact } from './writes.js';

export interface ReportRef {
  orgId: string;
  fy: number;
  obligationId: string;
}

/** A review of an obligation with no report (none sent, or gone meanwhile): written once for both places. */
const noReportToReview = () => new NotFoundError('ยังไม่มีรายงานให้ตรวจ', 'there is no report to review');

/**
 * The 409 for a write naming report version `sent` while version `current` is stored (0: never
 * submitted), with currentVersion so the client reloads. A version after the current one never
 * existed: said so, on `field`, rather than "changed meanwhile" (tester s37 #4). Named by PUT
 * …/report's If-Match (`headers.if-match`), the same words as a 412 (RFC 9110 §13.1.1; tester s38).
 */
export function conflict(
  current: number,
  sent?: { version: number; field: 'body.version' | 'body.expectedVersion' | 'headers.if-match' },
): ConflictError | PreconditionFailedError {
  const [isTh, isEn] = currentVersionIs(current);
  const now = [`${isTh} `, `${isEn}. `];
  const reload = ['กรุณาโหลดใหม่ก่อนแก้ไข', 'Reload before revising'];
  const [th, en] =
    sent && current > 0 && (sent.version > current || sent.version < 1)
      ? [
          `ไม่มีรายงานฉบับที่ ${toThaiDigits(sent.version)} ${now[0]}${reload[0]}`,
          `there is no version ${sent.version} of this report; ${now[1]}${reload[1]}`,
        ]
      : current === 0
        ? notYetSubmitted(sent?.field)
        : sent
          ? [`รายงานนี้ถูกแก้ไขไปแล้ว ${now[0]}${reload[0]}`, `this report was changed meanwhile; ${now[1]}${reload[1]}`]
          : // a first submission of a report already sent (a second PUT, a returned report sent again: tester
            // s50 P2 read "changed meanwhile" with no field): how to revise it
            [
              `รายงานนี้ส่งแล้ว ${now[0]}หากจะแก้ไขให้ระบุ expectedVersion เป็น ${current}`,
              `this report was already submitted; ${now[1]}To revise it, send expectedVersion ${current}`,
            ];
  const path = sent?.field ?? 'body.expectedVersion';
  const fields = sent || current > 0 ? [{ path, message_th: th, message_en: en }] : [];
  const Refusal = sent?.field === 'headers.if-match' ? PreconditionFailedError : ConflictError;
  return new Refusal(th, en, fields, { currentVersion: current });
}

/** "Not yet submitted", with how to go on: the first one is sent without the field that named a version. */
function notYetSubmitted(field?: 'body.version' | 'body.expectedVersion' | 'headers.if-match'): [string, string] {
  const base = ['รายงานนี้ยังไม่เคยส่ง จึงแก้ไขไม่ได้', 'this report has not been submitted yet, so it cannot be revised'];
  const [th, en] =
    field === 'headers.if-match'
      ? ['ใส่ If-Match', 'If-Match']
      : field === 'body.expectedVersion'
        ? ['ระบุ expectedVersion', 'expectedVersion']
        : [undefined, undefined];
  return th === undefined
    ? [base[0]!, base[1]!]
    : [`${base[0]} ส่งฉบับแรกโดยไม่${th}`, `${base[1]}; send the first one without ${en}`];
}

/**
 * The 412 for an If-Match on PUT …/report that names no version (a report's entity tag is its
 * version, quoted: "2"): said so, with the current version, not "changed meanwhile".
 */
export function ifMatchNotAVersion(current: number): PreconditionFailedError {
  const [isTh, isEn] = currentVersionIs(current);
  const th = `If-Match ของรายงานคือหมายเลขฉบับในเครื่องหมายคำพูด เช่น "2"${current > 0 ? ` ${isTh}` : ' รายงานนี้ยังไม่เคยส่ง'}`;
  const en = `a report's If-Match is its version in quotes, e.g. "2"; ${current > 0 ? isEn : 'this report has not been submitted yet'}`;
  return new PreconditionFailedError(th, en, [{ path: 'headers.if-match', message_th: th, message_en: en }], {
    currentVersion: current,
  });
}

export interface IdempotencyClaim {
  /** hash of (caller, obligation, Idempotency-Key) */
  scope: string;
  /** hash of the request body: a reused key with another body is refused */
  requestHash: string;
}

const IDEMPOTENCY_TTL_SECONDS = 24 * 3600;

function replayed(item: Record<string, unknown> | undefined, claim: IdempotencyClaim): Report {
  if (!item || item.requestHash !== claim.requestHash) {
    throw conflictOn(
      'headers.idempotency-key',
      'Idempotency-Key นี้ถูกใช้กับรายงานฉบับอื่นแล้ว',
      'this Idempotency-Key was already used with a different report',
    );
  }
  return Report.parse(JSON.parse(String(item.result)));
}

/**
 * The transaction's check that the plan is still the version the obligation was read from, and
 * that no save holds it (a save checking the year's reports: planOpenForReports).
 */
function planUnchanged(table: string, ref: ReportRef, planVersion: number, now: Date) {
  return {
    ConditionCheck: { TableName: table, Key: keys.plan(ref.orgId, ref.fy), ...planOpenForReports(planVersion, now) },
  };
}

/** Fields a review writes; a new version never inherits them. */
const REVIEW_FIELDS = ['reviewComment', 'reviewedBy', 'reviewedAt'] as const;

/**
 * The latest item: replaced whole (review fields removed), but firstSubmittedAt survives
 * revisions. A revision needs the version the writer saw and a report that is not accepted.
 */
function latestReportWrite(
  table: string,
  key: { pk: string; sk: string },
  report: Report,
  expectedVersion: number | undefined,
  obligation: SettlementSubject,
) {
  const fields = Object.entries({ type: 'report', ...report }).filter(
    ([k]) => k !== 'firstSubmittedAt' && k !== 'settledAt',
  );
  const names: Record<string, string> = { '#first': 'firstSubmittedAt', '#settled': 'settledAt' };
  REVIEW_FIELDS.forEach((field, i) => (names[`#r${i}`] = field));
  const values: Record<string, unknown> = { ':first': report.submittedAt };
  const sets = fields.map(([k, v], i) => {
    names[`#f${i}`] = k;
    values[`:v${i}`] = v;
    return `#f${i} = :v${i}`;
  });
  // settledAt: kept while the obligation stays settled, set by the submission that settles it,
  // removed by a version that does not settle (shared/domain/settlement.ts); a return removes it too.
  const settles = versionSettles(report, obligation);
  if (settles) values[':settled'] = report.submittedAt;
  const settleSet = settles ? ', #settled = if_not_exists(#settled, :settled)' : '';
  const removed = [...REVIEW_FIELDS.map((_, i) => `#r${i}`), ...(settles ? [] : ['#settled'])];
  if (expectedVersion !== undefined) {
    values[':expected'] = expectedVersion;
    values[':accepted'] = 'accepted';
    names['#state'] = 'reviewState';
  }
  return {
    Update: {
      TableName: table,
      Key: key,
      UpdateExpression: `SET ${sets.join(', ')}, #first = if_not_exists(#first, :first)${settleSet} REMOVE ${removed.join(', ')}`,
      ConditionExpression:
        expectedVersion === undefined ? 'attribute_not_exists(pk)' : 'version = :expected AND #state <> :accepted',
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
    },
  };
}

export class ReportRepository {
  constructor(private readonly store: Store) {}

  /**
   * Submit (no expectedVersion) or revise (expectedVersion = the version the writer saw).
   * The latest item, the history item and the audit entry are written in one transaction.
   * A revision answers with the first submission's time like the first submission does: the
   * caller passes `firstSubmittedAt` (from `firstSubmittedAt(ref)`, read beside its other reads,
   * so a revision costs no extra round trip); without it the report is read here first.
   * Errors: CallerChangedError when `caller`'s person item changed (checked first), PlanChangedError,
   * ConflictError (409) when the version moved on (or never existed: said so, on
   * body.expectedVersion), the report is accepted
   * (see report-rules), or it already has MAX_REPORT_VERSIONS versions.
   */
  async saveVersion(
    ref: ReportRef & { unitId: string },
    content: ReportContent,
    ctx: WriteContext & {
      expectedVersion?: number;
      /** where the request named expectedVersion (default its body; If-Match refuses with 412) */
      versionField?: 'body.expectedVersion' | 'headers.if-match';
      idempotency?: IdempotencyClaim;
      firstSubmittedAt?: string;
      /** the plan version the obligation was read from: the write needs the plan unchanged */
      planVersion?: number;
      /** the obligation's opening date: an `in_progress` version sent before it does not settle (settlement.ts) */
      opensOn?: PlainDate;
      /** the caller as the (cached) directory read them: the write needs their person item unchanged */
      caller?: Caller;
    },
  ): Promise<Report> {
    const version = (ctx.expectedVersion ?? 0) + 1;
    if (version > MAX_REPORT_VERSIONS) throw await this.revisionPastTheCap(ref, version - 1, ctx.versionField);
    // firstSubmittedAt never changes once set (the write keeps the stored one: if_not_exists)
    const firstSubmittedAt =
      ctx.expectedVersion === undefined
        ? ctx.now.toISOString()
        : (ctx.firstSubmittedAt ?? (await this.firstSubmittedAt(ref)));
    const report = Report.parse({
      ...content,
      ...ref,
      version,
      reviewState: 'submitted',
      submittedBy: ctx.actor,
      submittedAt: ctx.now.toISOString(),
      ...(firstSubmittedAt === undefined ? {} : { firstSubmittedAt }),
    });
    const table = this.store.tableName;
    const isNew = ctx.expectedVersion === undefined;
    const claim = ctx.idempotency;
    const items = [
      ...(claim
        ? [
            putNew(
              table,
              {
                ...keys.idempotency(ref.orgId, ref.fy, claim.scope),
                type: 'idempotency',
                requestHash: claim.requestHash,
                result: JSON.stringify(report),
                expiresAt: Math.floor(ctx.now.getTime() / 1000) + IDEMPOTENCY_TTL_SECONDS,
              },
              true,
            ),
          ]
        : []),
      latestReportWrite(
        table,
        keys.report(ref.orgId, ref.fy, ref.obligationId),
        report,
        ctx.expectedVersion,
        ctx.opensOn === undefined ? undefined : { opensOn: ctx.opensOn },
      ),
      putNew(table, {
        ...keys.reportVersion(ref.orgId, ref.fy, ref.obligationId, version),
        type: 'report-version',
        ...report,
      }),
      auditPut(table, {
        orgId: ref.orgId,
        actor: ctx.actor,
        actorName: ctx.actorName,
        action: isNew ? 'report.submit' : 'report.revise',
        target: `report:${ref.obligationId}`,
        at: ctx.now,
        details: { fy: ref.fy, version },
      }),
    ];
    const latestIndex = claim ? 1 : 0;
    const planIndex =
      ctx.planVersion === undefined ? -1 : items.push(planUnchanged(table, ref, ctx.planVersion, ctx.now)) - 1;
    const callerIndex = ctx.caller === undefined ? -1 : items.push(callerUnchanged(table, ctx.caller)) - 1;
    try {
      await transact(this.store, items);
    } catch (error) {
      const failed = failedConditions(error);
      if (!failed) throw error;
      // first: whoever they are now may not be allowed to write at all (not even a replay)
      if (failed.some((f) => f.index === callerIndex)) throw new CallerChangedError();
      const replay = claim && failed.find((f) => f.index === 0);
      if (replay) return replayed(replay.item, claim);
      if (failed.some((f) => f.index === planIndex)) {
        throw new PlanChangedError(ref.fy);
      }
      const current = failed.find((f) => f.index === latestIndex)?.item;
      if (current?.reviewState === 'accepted') throw acceptedReportIsFinal(Number(current.version));
      throw conflict(
        Number(current?.version ?? 0),
        ctx.expectedVersion === undefined
          ? undefined
          : { version: ctx.expectedVersion, field: ctx.versionField ?? 'body.expectedVersion' },
      );
    }
    return report;
  }

  /**
   * Accept, return or reopen the latest version; the decision is recorded on it, in its history
   * item (accept and return only: a version's history keeps its own review), and audited (report.accept / report.return / report.reopen).
   * Accept and return need a report that is not accepted; reopen needs an accepted one.
   * Errors: NotFoundError when there is no report, ConflictError (409) otherwise.
   */
  async review(
    ref: ReportRef,
    decision: { decision: ReviewDecision; comment?: string; version: number },
    ctx: WriteContext,
  ): Promise<Report> {
    const table = this.store.tableName;
    const values = {
      ':state': STATE_AFTER[decision.decision],
      ':comment': decision.comment ?? '',
      ':by': ctx.actor,
      ':at': ctx.now.toISOString(),
    };
    const update = 'SET reviewState = :state, reviewComment = :comment, reviewedBy = :by, reviewedAt = :at';
    const reopening = decision.decision === 'reopen';
    // A returned (or reopened) report no longer settles its obligation: its resubmission will.
    const latestUpdate = STATE_AFTER[decision.decision] === 'returned' ? `${update} REMOVE settledAt` : update;
    try {
      await transact(this.store, [
        {
          Update: {
            TableName: table,
            Key: keys.report(ref.orgId, ref.fy, ref.obligationId),
            UpdateExpression: latestUpdate,
            ConditionExpression: `version = :version AND reviewState ${reopening ? '=' : '<>'} :accepted`,
            ExpressionAttributeValues: { ...values, ':version': decision.version, ':accepted': 'accepted' },
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          },
        },
        // A version's history keeps its own review: a reopen changes the latest item only
        // (the accepted version stays accepted; the reopen is in the audit log).
        ...(reopening
          ? []
          : [
              {
                Update: {
                  TableName: table,
                  Key: keys.reportVersion(ref.orgId, ref.fy, ref.obligationId, decision.version),
                  UpdateExpression: update,
                  ConditionExpression: 'attribute_exists(pk)',
                  ExpressionAttributeValues: values,
                },
              },
            ]),
        auditPut(table, {
          orgId: ref.orgId,
          actor: ctx.actor,
          actorName: ctx.actorName,
          action: `report.${decision.decision}`,
          target: `report:${ref.obligationId}`,
          at: ctx.now,
          // the comment goes with the decision into the history (break 18 F5)
          details: {
            fy: ref.fy,
            version: decision.version,
            ...(decision.comment ? { comment: decision.comment } : {}),
          },
        }),
      ]);
    } catch (error) {
      const failed = failedConditions(error);
      if (!failed) throw error;
      const current = failed[0]?.item;
      if (current?.version === undefined) {
        throw noReportToReview();
      }
      if (Number(current.version) !== decision.version)
        throw conflict(Number(current.version), { version: decision.version, field: 'body.version' });
      throw reopening
        ? onlyAcceptedReopens(Number(current.version), Report.shape.reviewState.parse(current.reviewState))
        : alreadyAccepted(Number(current.version));
    }
    const latest = await this.getLatest(ref);
    if (!latest) throw noReportToReview();
    return latest;
  }

  /**
   * Why a revision of `expectedVersion` >= MAX_REPORT_VERSIONS fails, checked in the order the
   * write's condition would: a version that is not the current one is stale (409 with
   * currentVersion), an accepted report is final, and only a real next version hits the cap.
   */
  private async revisionPastTheCap(
    ref: ReportRef,
    expectedVersion: number,
    field: 'body.expectedVersion' | 'headers.if-match' = 'body.expectedVersion',
  ): Promise<ConflictError | PreconditionFailedError> {
    const { Item } = await this.store.doc.send(
      new GetCommand({
        TableName: this.store.tableName,
        Key: keys.report(ref.orgId, ref.fy, ref.obligationId),
        ProjectionExpression: 'version, reviewState',
        ConsistentRead: true,
      }),
    );
    const current = Number(Item?.version ?? 0);
    if (current !== expectedVersion) return conflict(current, { version: expectedVersion, field });
    if (Item?.reviewState === 'accepted') return acceptedReportIsFinal(current);
    return tooManyVersions();
  }

  /** When version 1 of the report came in (ISO 8601), or undefined when there is no report. */
  async firstSubmittedAt(ref: ReportRef): Promise<string | undefined> {
    const { Item } = await this.store.doc.send(
      new GetCommand({
        TableName: this.store.tableName,
        Key: keys.report(ref.orgId, ref.fy, ref.obligationId),
        ProjectionExpression: 'firstSubmittedAt',
        ConsistentRead: true,
      }),
    );
    const value: unknown = Item?.firstSubmittedAt;
    return typeof value === 'string' ? value : undefined;
  }

  async getLatest(ref: ReportRef): Promise<Report | undefined> {
    const { Item } = await this.store.doc.send(
      new GetCommand({
        TableName: this.store.tableName,
        Key: keys.report(ref.orgId, ref.fy, ref.obligationId),
        ConsistentRead: true,
      }),
    );
    return Item ? fromItem(Report, Item) : undefined;
  }

  /**
   * One page of a report's versions, oldest first: those after version `after` (0 = from the
   * start), at most `limit`; `next` is the last version of the page when more follow.
   */
  async listVersions(
    ref: ReportRef,
    page: { after?: number; limit?: number } = {},
  ): Promise<{ items: Report[]; next?: number }> {
    const limit = page.limit ?? MAX_REPORT_VERSIONS;
    // A Query page stops at 1 MB, whatever Limit says: read on (LastEvaluatedKey) until the
    // page is full and one more version is known to exist, or the history ends.
    const found = await queryBeyond(
      this.store,
      {
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: {
          ':pk': fyPartition(ref.orgId, ref.fy),
          ':from': keys.reportVersion(ref.orgId, ref.fy, ref.obligationId, (page.after ?? 0) + 1).sk,
          ':to': `${prefixes.reportHistory(ref.obligationId)}\uffff`,
        },
      },
      limit,
    );
    const { items, last } = pageOf(found, limit);
    const versions = items.map((i) => fromItem(Report, i));
    return last ? { items: versions, next: versions.at(-1)!.version } : { items: versions };
  }

  /**
   * The evidence keys that some stored version of the report cites (strongly consistent; reads
   * every history item's `evidence` only). Used after a refused revision, to know which of the
   * files it tagged cited are cited by nothing.
   */
  async citedEvidenceKeys(ref: ReportRef): Promise<Set<string>> {
    const items = await queryAll(this.store, {
      ...withPrefix(fyPartition(ref.orgId, ref.fy), prefixes.reportHistory(ref.obligationId)),
      ProjectionExpression: 'evidence',
      ConsistentRead: true,
    });
    const cited = new Set<string>();
    for (const item of items) {
      const evidence = Array.isArray(item.evidence) ? (item.evidence as unknown[]) : [];
      for (const e of evidence) {
        const key = (e as { key?: unknown } | null)?.key;
        if (typeof key === 'string') cited.add(key);
      }
    }
    return cited;
  }

  /** The latest report of every obligation in a fiscal year: one paginated Query. */
  async listLatestForYear(orgId: string, fy: number): Promise<Report[]> {
    const items = await queryAll(this.store, {
      ...withPrefix(fyPartition(orgId, fy), prefixes.report),
      // strongly consistent: a plan save's guard must see every report written before its hold
      ConsistentRead: true,
    });
    return items.map((i) => fromItem(Report, i));
  }
}
