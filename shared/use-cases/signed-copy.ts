// The signed copy (ฉบับลงนาม) of a generation: the municipality prints the generated document, the
// mayor signs it, and a coordinator attaches the scan. Uploaded by a presigned PUT into the
// generation's folder, checked a PDF when attached; publishing then serves it as the public PDF.
import { createHash, randomUUID } from 'node:crypto';
import { assertCoordinator, type Caller } from '../domain/access.js';
import type { DocumentKind } from '../domain/document-kinds.js';
import { fieldsInvalid, NotFoundError } from '../domain/errors.js';
import { MAX_EVIDENCE_BYTES } from '../domain/evidence-rules.js';
import { megabytesTh } from '../domain/plan-upload-rules.js';
import { documentKey } from '../documents/report-files.js';
import type { Generation } from '../store/document-generation-repository.js';
import { setSignedCopy } from '../store/signed-copies.js';
import { uploadOffer } from './upload-offer.js';
import type { UseCaseContext } from './use-case-context.js';

/** The largest signed copy: as an evidence file (10 MB). */
export const MAX_SIGNED_COPY_BYTES = MAX_EVIDENCE_BYTES;
const WINDOW_SECONDS = 15 * 60;

/** Where a signed copy lives: `{org}/{fy}/{kind}/{generation}/signed-{uploadId}.pdf`. */
export const signedCopyKey = (kind: DocumentKind, orgId: string, fy: number, generation: number, uploadId: string) =>
  documentKey(kind, orgId, fy, generation, `signed-${uploadId}.pdf`);

async function readyGeneration(
  ctx: UseCaseContext,
  caller: Caller,
  kind: DocumentKind,
  fy: number,
  generation: number,
) {
  assertCoordinator(caller);
  const found = await ctx.repos.generations.get(kind, caller.orgId, fy, generation);
  if (!found || found.status !== 'ready')
    throw new NotFoundError(
      'ไม่พบเอกสารฉบับนี้ หรือยังจัดทำไม่เสร็จ',
      `no ready generation ${generation} of ${kind} for fiscal year ${fy}`,
    );
  return found;
}

const invalid = (path: string, th: string, en: string) => fieldsInvalid([{ path, message_th: th, message_en: en }]);

/**
 * POST …/{generation}/signed-copy-upload (coordinators): a presigned PUT of one PDF of `size` bytes
 * into the generation's folder, valid 15 minutes, for a new object only. Then PUT …/signed-copy with
 * its uploadId. Writes nothing to the table.
 */
export async function createSignedCopyUpload(
  ctx: UseCaseContext,
  caller: Caller,
  kind: DocumentKind,
  fy: number,
  generation: number,
  size: number,
) {
  await readyGeneration(ctx, caller, kind, fy, generation);
  const uploadId = randomUUID();
  const offer = await uploadOffer(ctx, ctx.planUploads, {
    key: signedCopyKey(kind, caller.orgId, fy, generation, uploadId),
    contentType: 'application/pdf',
    size,
    expiresInSeconds: WINDOW_SECONDS,
  });
  return { uploadId, ...offer };
}

/**
 * PUT …/{generation}/signed-copy (coordinators): attach the uploaded file as the generation's signed
 * copy, replacing any, with an audit entry. The file must be there, at most 10 MB and a PDF (it
 * starts with "%PDF-"): otherwise 400 on `body.uploadId`, nothing written. Publishing the generation
 * (again) serves it at the public .pdf address.
 */
export async function attachSignedCopy(
  ctx: UseCaseContext,
  caller: Caller,
  kind: DocumentKind,
  fy: number,
  generation: number,
  uploadId: string,
): Promise<Generation> {
  const found = await readyGeneration(ctx, caller, kind, fy, generation);
  const key = signedCopyKey(kind, caller.orgId, fy, generation, uploadId);
  // a one-key listing first: without s3:ListBucket S3 answers a missing key's GetObject 403
  const body =
    (await ctx.planUploads.size(key)) === undefined
      ? undefined
      : await ctx.planUploads.read(key, MAX_SIGNED_COPY_BYTES);
  const path = 'body.uploadId';
  if (!body)
    throw invalid(
      path,
      'ไม่พบไฟล์ที่อัปโหลด กรุณาอัปโหลดไฟล์ฉบับลงนามอีกครั้ง',
      'no file was uploaded with this uploadId for this generation; upload it again',
    );
  if (body.length > MAX_SIGNED_COPY_BYTES)
    throw invalid(
      path,
      `ไฟล์ฉบับลงนามต้องไม่เกิน ${megabytesTh(MAX_SIGNED_COPY_BYTES)} เมกะไบต์`,
      `the signed copy must be at most ${MAX_SIGNED_COPY_BYTES / 1024 / 1024} MB`,
    );
  if (Buffer.from(body.subarray(0, 5)).toString('latin1') !== '%PDF-')
    throw invalid(
      path,
      'ไฟล์ฉบับลงนามต้องเป็นไฟล์ PDF (สแกนเอกสารที่ลงนามแล้วบันทึกเป็น PDF)',
      'the signed copy must be a PDF file',
    );
  const signedCopy = {
    uploadId,
    size: body.length,
    sha256: createHash('sha256').update(body).digest('hex'),
    attachedAt: ctx.clock().toISOString(),
    attachedBy: caller.personId,
    ...(caller.name ? { attachedByName: caller.name } : {}),
  };
  await record(ctx, caller, kind, fy, found, signedCopy);
  return { ...found, signedCopy };
}

/** DELETE …/{generation}/signed-copy (coordinators): the generation has no signed copy again (audit entry). */
export async function removeSignedCopy(
  ctx: UseCaseContext,
  caller: Caller,
  kind: DocumentKind,
  fy: number,
  generation: number,
): Promise<Generation> {
  const found = await readyGeneration(ctx, caller, kind, fy, generation);
  if (!found.signedCopy) return found;
  await record(ctx, caller, kind, fy, found, undefined);
  const { signedCopy: _, ...rest } = found;
  return rest;
}

async function record(
  ctx: UseCaseContext,
  caller: Caller,
  kind: DocumentKind,
  fy: number,
  found: Generation,
  signed: Generation['signedCopy'],
) {
  const done = await setSignedCopy(ctx.store, kind, caller.orgId, fy, found.generation, {
    ...(signed ? { signed } : {}),
    actor: caller.personId,
    actorName: caller.name,
    at: ctx.clock(),
    scope: found.scope,
  });
  if (!done) throw new NotFoundError('ไม่พบเอกสารฉบับนี้', `generation ${found.generation} is not ready`);
}
