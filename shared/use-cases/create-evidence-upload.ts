// "Give me a place to upload one evidence file for this obligation."
import { randomUUID } from 'node:crypto';
import type { EvidenceUploadBody } from '../api/request-schemas.js';
import { assertCanReportFor, type Caller } from '../domain/access.js';
import { evidenceKey } from '../domain/evidence-rules.js';
import { planObligation } from './plan-obligation.js';
import type { UseCaseContext } from './use-case-context.js';

const UPLOAD_WINDOW_SECONDS = 15 * 60;

export async function createEvidenceUpload(ctx: UseCaseContext, caller: Caller, fy: number, body: EvidenceUploadBody) {
  const obligation = await planObligation(ctx, caller.orgId, fy, body.obligationId);
  assertCanReportFor(caller, obligation.unitId);
  const key = evidenceKey(caller.orgId, fy, body.obligationId, randomUUID(), body.fileName);
  const { url, headers } = await ctx.evidence.presignUpload({
    key,
    contentType: body.contentType,
    size: body.size,
    expiresInSeconds: UPLOAD_WINDOW_SECONDS,
  });
  return {
    key,
    uploadUrl: url,
    method: 'PUT' as const,
    // the headers the URL is signed for, the pending tag among them (the browser adds content-length itself)
    headers,
    expiresAt: new Date(ctx.clock().getTime() + UPLOAD_WINDOW_SECONDS * 1000).toISOString(),
  };
}
