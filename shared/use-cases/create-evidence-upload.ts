// "Give me a place to upload one evidence file for this obligation."
import { randomUUID } from 'node:crypto';
import type { EvidenceUploadBody } from '../api/request-schemas.js';
import { assertCanReportFor, type Caller } from '../domain/access.js';
import { evidenceKey } from '../domain/evidence-rules.js';
import { planObligation } from './plan-obligation.js';
import { uploadOffer } from './upload-offer.js';
import type { UseCaseContext } from './use-case-context.js';

const UPLOAD_WINDOW_SECONDS = 15 * 60;

export async function createEvidenceUpload(ctx: UseCaseContext, caller: Caller, fy: number, body: EvidenceUploadBody) {
  const obligation = await planObligation(ctx, caller.orgId, fy, body.obligationId);
  assertCanReportFor(caller, obligation.unitId);
  const key = evidenceKey(caller.orgId, fy, body.obligationId, randomUUID(), body.fileName, body.contentType);
  const offer = await uploadOffer(ctx, ctx.evidence, {
    key,
    contentType: body.contentType,
    size: body.size,
    expiresInSeconds: UPLOAD_WINDOW_SECONDS,
  });
  return { key, ...offer };
}
