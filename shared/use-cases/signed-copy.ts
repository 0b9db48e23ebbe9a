// The signed copy (ฉบับลงนาม) of a generation: the municipality prints the generated document, the
// mayor signs it, and a coordinator attaches the scan. Uploaded by a presigned PUT into the
// generation's folder, checked a PDF when attached; publishing then serves it as the public PDF.
import { createHash, randomUUID } from 'node:crypto';
import { assertCoordinator, type Caller } from '../domain/access.js';
import type { DocumentKind } from '../domain/document-kinds.js';
import { madeAs } from '../domain/public-addresses.js';
import { fieldsInvalid, noGeneration, readyGeneration } from '../domain/errors.js';
import { MAX_EVIDENCE_BYTES } from '../domain/evidence-rules.js';
import { megabytesTh } from '../domain/plan-upload-rules.js';
import { toThaiDigits } from '../domain/thai-format.js';
import { signedCopyKey } from '../documents/report-files.js';
import { needsPassword, withPdfDocument } from '../import/pdf-open.js';
import { maxPdfInflatedBytes, pdfInflatesBeyond } from '../import/pdf-inflated-size.js';
import type { Generation } from '../store/document-generation-repository.js';
import { setSignedCopy } from '../store/signed-copies.js';
import { uploadOffer } from './upload-offer.js';
import type { UseCaseContext } from './use-case-context.js';

/** The largest signed copy: as an evidence file (10 MB). */
export const MAX_SIGNED_COPY_BYTES = MAX_EVIDENCE_BYTES;
const WINDOW_SECONDS = 15 * 60;

export { signedCopyKey };

async function readyOne(ctx: UseCaseContext, caller: Caller, kind: DocumentKind, fy: number, generation: number) {
  assertCoordinator(caller);
  return readyGeneration(await ctx.repos.generations.get(kind, caller.orgId, fy, generation), generation);
}

const invalid = (path: string, th: string, en: string) => fieldsInvalid([{ path, message_th: th, message_en: en }]);

const AGAIN_TH = 'กรุณาสแกนเอกสารที่ลงนามแล้วบันทึกเป็น PDF ';

/**
 * Why a file that starts as a PDF is no signed copy the public can open, [Thai, English], or
 * undefined: pdf.js (the importer's one opening, pdf-open.ts) must open it, without a password,
 * and find its first page. Bounded as the importer's PDFs: its streams may inflate to
 * maxPdfInflatedBytes (pdf.js inflates object streams to open it); no page's content is read.
 */
async function unreadablePdf(bytes: Uint8Array): Promise<[th: string, en: string] | undefined> {
  const maxInflated = maxPdfInflatedBytes(bytes.length);
  if (pdfInflatesBeyond(bytes, maxInflated)) {
    const mb = Math.floor(maxInflated / 1024 / 1024);
    return [
      `ไฟล์ PDF นี้เมื่อคลายข้อมูลที่บีบอัดไว้แล้วใหญ่เกิน ${toThaiDigits(mb)} MB จึงเปิดตรวจไม่ได้ ${AGAIN_TH}ใหม่`,
      `this PDF's compressed content unpacks to more than ${mb} MB, so it cannot be checked: scan the signed document to a new PDF`,
    ];
  }
  try {
    return await withPdfDocument(bytes, async (doc) => {
      if (doc.numPages < 1)
        return [
          `ไฟล์ PDF นี้ไม่มีหน้าเอกสาร ${AGAIN_TH}อีกครั้ง`,
          'this PDF has no page: scan the signed document to a PDF again',
        ];
      await doc.getPage(1);
      return undefined;
    });
  } catch (error) {
    return needsPassword(error)
      ? [
          'ไฟล์ PDF นี้ต้องใส่รหัสผ่านจึงจะเปิดได้ ผู้เข้าชมเว็บไซต์จะเปิดไม่ได้ กรุณาบันทึกใหม่โดยไม่ตั้งรหัสผ่านเปิดไฟล์',
          'this PDF needs a password to open, which visitors of the site do not have: save it again without one',
        ]
      : [
          `เปิดไฟล์ PDF นี้ไม่ได้ (ไฟล์เสีย ไม่ครบ หรือไม่ใช่ PDF จริง) ${AGAIN_TH}ใหม่ แล้วอัปโหลดอีกครั้ง`,
          'this PDF does not open (damaged, cut short or not a real PDF): scan the signed document to a new PDF and upload it again',
        ];
  }
}

/** Why an uploaded file is no signed copy, [Thai, English], or undefined. */
async function refusalOf(body: Uint8Array): Promise<[th: string, en: string] | undefined> {
  if (body.length > MAX_SIGNED_COPY_BYTES)
    return [
      `ไฟล์ฉบับลงนามต้องไม่เกิน ${megabytesTh(MAX_SIGNED_COPY_BYTES)} เมกะไบต์`,
      `the signed copy must be at most ${MAX_SIGNED_COPY_BYTES / 1024 / 1024} MB`,
    ];
  if (Buffer.from(body.subarray(0, 5)).toString('latin1') !== '%PDF-')
    return ['ไฟล์ฉบับลงนามต้องเป็นไฟล์ PDF (สแกนเอกสารที่ลงนามแล้วบันทึกเป็น PDF)', 'the signed copy must be a PDF file'];
  return unreadablePdf(body);
}

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
  await readyOne(ctx, caller, kind, fy, generation);
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
 * starts with "%PDF-") that pdf.js opens, without a password, with a page (unreadablePdf):
 * otherwise 400 on `body.uploadId` saying which, nothing written (the refused file is deleted). The
 * copy it replaces is deleted unless published (dropDetached). Publishing the generation
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
  const found = await readyOne(ctx, caller, kind, fy, generation);
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
  const refused = await refusalOf(body);
  if (refused) {
    // a refused file is nobody's signed copy (unless it is the one attached: attached again)
    if (uploadId !== found.signedCopy?.uploadId) await ctx.planUploads.remove(key).catch(() => undefined);
    throw invalid(path, ...refused);
  }
  const signedCopy = {
    uploadId,
    size: body.length,
    sha256: createHash('sha256').update(body).digest('hex'),
    attachedAt: ctx.clock().toISOString(),
    attachedBy: caller.personId,
    ...(caller.name ? { attachedByName: caller.name } : {}),
  };
  await record(ctx, caller, kind, fy, found, signedCopy);
  await dropDetached(ctx, caller.orgId, kind, fy, found, uploadId);
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
  const found = await readyOne(ctx, caller, kind, fy, generation);
  if (!found.signedCopy) return found;
  await record(ctx, caller, kind, fy, found, undefined);
  await dropDetached(ctx, caller.orgId, kind, fy, found);
  const { signedCopy: _, ...rest } = found;
  return rest;
}

/**
 * Delete the signed copy `found` had (replaced by `kept`, or removed) from the private area, unless
 * the public address serves it now: that scan is the public record of what the assessors read (the
 * publication's SHA-256 names it) and stays. A wrong scan never published goes; the bucket keeps a
 * deleted version 30 days (docs/operations.md), the history says who replaced or removed it when.
 */
async function dropDetached(
  ctx: UseCaseContext,
  orgId: string,
  kind: DocumentKind,
  fy: number,
  found: Generation,
  kept?: string,
) {
  const old = found.signedCopy;
  if (!old || old.uploadId === kept) return;
  const served = (await ctx.publishing.publications.list(orgId, fy)).some(
    (p) =>
      madeAs(p.kind) === kind &&
      p.generation === found.generation &&
      p.files.some((file) => file.signed && file.sha256 === old.sha256),
  );
  // the change is recorded: a failed delete leaves the file as before, not the request failed
  if (!served)
    await ctx.planUploads.remove(signedCopyKey(kind, orgId, fy, found.generation, old.uploadId)).catch(() => undefined);
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
  if (!done) throw noGeneration(found.generation);
}
