// "Give me a place to upload my plan file": files over the inline limit go to S3 first.
import { randomUUID } from 'node:crypto';
import type { PlanImportUploadBody } from '../api/request-schemas.js';
import { assertCoordinator, type Caller } from '../domain/access.js';
import { PLAN_UPLOAD_WINDOW_SECONDS, planUploadId, planUploadKey } from '../domain/plan-upload-rules.js';
import { uploadOffer } from './upload-offer.js';
import type { UseCaseContext } from './use-case-context.js';

/**
 * POST /v1/fiscal-years/{fy}/plan-import-uploads (coordinators): a presigned PUT for one plan file of
 * `body.size` bytes (at most 5 MB) and `body.contentType`, under the caller's own org and year
 * (plan-uploads/{org}/{fy}/{uploadId}); valid 15 minutes, the object kept 1 day (lifecycle
 * PlanUploads). Then POST …/plan-imports with `{uploadId, fileName}` reads it. Writes nothing to the table.
 */
export async function createPlanImportUpload(
  ctx: UseCaseContext,
  caller: Caller,
  fy: number,
  body: PlanImportUploadBody,
) {
  assertCoordinator(caller);
  const uploadId = planUploadId(randomUUID(), body.size);
  const offer = await uploadOffer(ctx, ctx.planUploads, {
    key: planUploadKey(caller.orgId, fy, uploadId),
    contentType: body.contentType,
    size: body.size,
    expiresInSeconds: PLAN_UPLOAD_WINDOW_SECONDS,
  });
  return { uploadId, ...offer };
}
