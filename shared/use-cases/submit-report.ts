// "Staff of a unit submit, or revise, their report on one obligation."
import { createHash } from 'node:crypto';
import type { SubmitReportBody } from '../api/request-schemas.js';
import { assertCanReportFor, type Caller } from '../domain/access.js';
import {
  CallerChangedError,
  ConflictError,
  ForbiddenError,
  PlanChangedError,
  ValidationError,
} from '../domain/errors.js';
import { isOwnEvidenceKey } from '../domain/evidence-rules.js';
import { bangkokDate } from '../domain/plain-date.js';
import type { Report } from '../domain/report.js';
import { assertPeriodOpen } from '../domain/settlement.js';
import { multiLine } from '../domain/text.js';
import { obligationOfPlan } from './plan-obligation.js';
import type { Obligation } from '../domain/obligations.js';
import type { StoredPlan } from '../domain/plan.js';
import { ifMatchVersions } from '../domain/if-match.js';
import { conflict, ifMatchNotAVersion, type ReportRef } from '../store/report-repository.js';
import type { UseCaseContext } from './use-case-context.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * `cached`: the caller from the directory's cache (up to 60 s old); the write checks that their
 * person item is unchanged. When it changed, or the cached rights refuse the report, the caller is
 * read again and the report tried once more with who they are now (403 if that refuses; docs/api.md).
 */
export async function submitReport(
  ctx: UseCaseContext,
  cached: Caller,
  fy: number,
  obligationId: string,
  body: SubmitReportBody,
  idempotencyKey?: string,
  ifMatch?: string,
): Promise<Report> {
  let caller = cached;
  const ref = { orgId: caller.orgId, fy, obligationId };
  const named = ifMatch === undefined ? undefined : await ifMatchVersion(ctx, ref, ifMatch, body.expectedVersion);
  const expectedVersion = named ?? body.expectedVersion;
  // the plan from this instance's snapshot (the write checks its version): a warm submit reads
  // only the report's first submission time, or nothing at all for a first submission
  const retried = { plan: false, caller: false };
  for (;;) {
    const read: { plan?: StoredPlan } = {};
    const [obligation, firstSubmittedAt] = await Promise.all([
      obligationOfPlan(
        ctx,
        caller.orgId,
        fy,
        obligationId,
        async () => (read.plan = await ctx.planSnapshots.get(caller.orgId, fy)),
      ),
      expectedVersion === undefined ? undefined : ctx.repos.reports.firstSubmittedAt(ref),
    ]);
    try {
      return await saveReport(ctx, caller, { ...ref, unitId: obligation.unitId }, obligation, body, {
        // an obligation was found, so there is a plan
        planVersion: read.plan!.version,
        ...(named === undefined ? {} : { ifMatched: named }),
        ...(firstSubmittedAt === undefined ? {} : { firstSubmittedAt }),
        ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
      });
    } catch (error) {
      if (error instanceof PlanChangedError && !retried.plan) {
        retried.plan = true;
        ctx.planSnapshots.forget(caller.orgId, fy);
      } else if ((error instanceof CallerChangedError || error instanceof ForbiddenError) && !retried.caller) {
        retried.caller = true;
        // their rights as they are now (403 here when their access ended)
        caller = await ctx.directory.callerFor(caller.personId, caller.orgId, { read: 'fresh' });
      } else throw error;
    }
  }
}

async function saveReport(
  ctx: UseCaseContext,
  caller: Caller,
  ref: ReportRef & { unitId: string },
  obligation: Obligation,
  body: SubmitReportBody,
  read: { planVersion: number; firstSubmittedAt?: string; idempotencyKey?: string; ifMatched?: number },
): Promise<Report> {
  const { expectedVersion: sent, ...typed } = body;
  // If-Match named the current version: the write is of that one (a body's other version is stale)
  const expectedVersion = read.ifMatched !== undefined && sent === undefined ? read.ifMatched : sent;
  const versionField = read.ifMatched !== undefined && sent === undefined ? 'headers.if-match' : 'body.expectedVersion';
  // stored as people mean them: no zero-width characters, tabs or runs of odd spaces (multiLine)
  const content = {
    ...typed,
    summary: multiLine(typed.summary),
    obstacles: multiLine(typed.obstacles),
    suggestions: multiLine(typed.suggestions),
  };
  const { obligationId } = ref;
  assertCanReportFor(caller, obligation.unitId);
  assertPeriodOpen(obligation, bangkokDate(ctx.clock()));
  const foreign = body.evidence.flatMap((e, i) =>
    'key' in e && !isOwnEvidenceKey(e.key, caller.orgId, ref.fy, obligationId) ? [i] : [],
  );
  if (foreign.length > 0) {
    throw new ValidationError(
      'ไฟล์หลักฐานต้องอัปโหลดสำหรับภาระการรายงานนี้เท่านั้น',
      'evidence files must have been uploaded for this obligation',
      foreign.map((i) => ({
        path: `body.evidence.${i}.key`,
        message_th: 'ไฟล์นี้ไม่ได้อัปโหลดสำหรับภาระการรายงานนี้',
        message_en: 'this file was not uploaded for this obligation',
      })),
    );
  }
  // before the version is stored: a cited file must never be left tagged for expiry. A refused
  // save (409, plan changed) gives back the tags of the files no stored version cites.
  const cited = [...new Set(body.evidence.flatMap((e) => ('key' in e ? [e.key] : [])))];
  await ctx.evidence.markCited(cited);
  try {
    return await ctx.repos.reports.saveVersion(ref, content, {
      actor: caller.personId,
      actorName: caller.name,
      now: ctx.clock(),
      planVersion: read.planVersion,
      opensOn: obligation.opensOn,
      caller,
      ...(expectedVersion === undefined ? {} : { expectedVersion, versionField }),
      ...(read.firstSubmittedAt === undefined ? {} : { firstSubmittedAt: read.firstSubmittedAt }),
      ...(read.idempotencyKey
        ? {
            idempotency: {
              scope: sha256(`${caller.personId}\n${obligationId}\n${read.idempotencyKey}`),
              requestHash: sha256(JSON.stringify(body)),
            },
          }
        : {}),
    });
  } catch (error) {
    if (cited.length > 0 && (error instanceof ConflictError || error instanceof PlanChangedError)) {
      await uncite(ctx, ref, cited);
    }
    throw error;
  }
}

/**
 * PUT …/report's and POST …/review's If-Match (RFC 9110 §13.1.1): a report's entity tag is its version, quoted ("2"; a
 * bare 2 is taken too); `*` matches any submitted report; a weak tag never matches. Matching, the
 * current version, which the write then checks; else 412 saying what is true: no such version, not
 * yet submitted, changed since, or not a version (report-repository.ts conflict; tester s38).
 */
export async function ifMatchVersion(
  ctx: UseCaseContext,
  ref: ReportRef,
  ifMatch: string,
  sent: number | undefined,
): Promise<number> {
  // a body version the header does not name: the request contradicts itself (400, before any read)
  const [any, versions] = ifMatchVersions(ifMatch, sent);
  const current = (await ctx.repos.reports.getLatest(ref))?.version ?? 0;
  if (current > 0 && (any || versions.includes(current))) return current;
  if (versions.length === 0 && !any) throw ifMatchNotAVersion(current);
  // `*` with no report yet: "not yet submitted"
  throw conflict(current, { version: versions.length > 0 ? Math.max(...versions) : 0, field: 'headers.if-match' });
}

/**
 * After a refused save (the transaction wrote nothing): the files it tagged cited that no stored
 * version cites go back to `evidence=pending`, so a refused request keeps no file (issue #16, B16).
 * Only definite refusals: after an unknown outcome (a timeout) the version may be stored.
 */
async function uncite(ctx: UseCaseContext, ref: ReportRef, keys: readonly string[]): Promise<void> {
  const stored = await ctx.repos.reports.citedEvidenceKeys(ref);
  await ctx.evidence.markPending(keys.filter((key) => !stored.has(key)));
}
