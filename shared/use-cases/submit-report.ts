// "Staff of a unit submit, or revise, their report on one obligation."
import { createHash } from 'node:crypto';
import type { SubmitReportBody } from '../api/request-schemas.js';
import { assertCanReportFor, type Caller } from '../domain/access.js';
import { ValidationError } from '../domain/errors.js';
import { isOwnEvidenceKey } from '../domain/evidence-rules.js';
import { bangkokDate } from '../domain/plain-date.js';
import type { Report } from '../domain/report.js';
import { assertPeriodOpen } from '../domain/settlement.js';
import { planObligation } from './plan-obligation.js';
import type { UseCaseContext } from './use-case-context.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export async function submitReport(
  ctx: UseCaseContext,
  caller: Caller,
  fy: number,
  obligationId: string,
  body: SubmitReportBody,
  idempotencyKey?: string,
): Promise<Report> {
  const ref = { orgId: caller.orgId, fy, obligationId };
  const { expectedVersion, ...content } = body;
  // a revision answers with the first submission's time: read beside the plan, one round trip
  const [obligation, firstSubmittedAt] = await Promise.all([
    planObligation(ctx, caller.orgId, fy, obligationId),
    expectedVersion === undefined ? undefined : ctx.repos.reports.firstSubmittedAt(ref),
  ]);
  assertCanReportFor(caller, obligation.unitId);
  assertPeriodOpen(obligation, bangkokDate(ctx.clock()));
  const foreign = body.evidence.flatMap((e, i) =>
    'key' in e && !isOwnEvidenceKey(e.key, caller.orgId, fy, obligationId) ? [i] : [],
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
  // before the version is stored: a cited file must never be left tagged for expiry (a failed save
  // after this only keeps an uncited file longer)
  await ctx.evidence.markCited(body.evidence.flatMap((e) => ('key' in e ? [e.key] : [])));
  return ctx.repos.reports.saveVersion({ ...ref, unitId: obligation.unitId }, content, {
    actor: caller.personId,
    now: ctx.clock(),
    ...(expectedVersion === undefined ? {} : { expectedVersion }),
    ...(firstSubmittedAt === undefined ? {} : { firstSubmittedAt }),
    ...(idempotencyKey
      ? {
          idempotency: {
            scope: sha256(`${caller.personId}\n${obligationId}\n${idempotencyKey}`),
            requestHash: sha256(JSON.stringify(body)),
          },
        }
      : {}),
  });
}
