// "Generate this document now", "which generations are there", "give me a download link". The API
// claims a generation (pending) and hands it to the document queue; it never renders anything.
import { assertCanReadOrgWide, type Caller } from '../domain/access.js';
import type { DocumentKind } from '../domain/document-kinds.js';
import { NotFoundError, planNotFound, UnavailableError } from '../domain/errors.js';
import { failureOf } from '../documents/document-generation.js';
import { documentKey } from '../documents/report-files.js';
import type { Generation } from '../store/document-generation-repository.js';
import type { UseCaseContext } from './use-case-context.js';

const LINK_SECONDS = 300;

/**
 * Claim a new generation of `kind` for the caller's org and fiscal year and start producing it.
 * Returns the generation in state pending (the API answers 202). Coordinators and executives only
 * (ForbiddenError); NotFoundError when the year has no plan. If handing it over fails, the
 * generation is marked failed and UnavailableError (503, retry) is thrown.
 */
export async function requestGeneration(
  ctx: UseCaseContext,
  caller: Caller,
  kind: DocumentKind,
  fy: number,
): Promise<Generation> {
  assertCanReadOrgWide(caller);
  if ((await ctx.plans.getPlanVersion(caller.orgId, fy)) === undefined) throw planNotFound(fy);
  const now = ctx.clock();
  const trigger = `person:${caller.personId}`;
  const { generation } = await ctx.generations.claim({ kind, orgId: caller.orgId, fy, trigger, now });
  try {
    await ctx.documents.start({ kind, orgId: caller.orgId, fy, generation, trigger, asOf: now });
  } catch (error) {
    const unavailable = new UnavailableError(
      'ยังเริ่มจัดทำเอกสารไม่ได้ในขณะนี้ กรุณาลองใหม่อีกครั้ง',
      'the document could not be started now; please retry',
    );
    await ctx.generations.fail(kind, caller.orgId, fy, generation, failureOf(unavailable));
    throw Object.assign(unavailable, { cause: error });
  }
  return (await ctx.generations.get(kind, caller.orgId, fy, generation))!;
}

export async function listGenerations(ctx: UseCaseContext, caller: Caller, kind: DocumentKind, fy: number) {
  return { items: await ctx.generations.list(kind, caller.orgId, fy) };
}

/** A download link valid for 5 minutes to one file of a ready generation; NotFoundError otherwise. */
export async function generationDownload(
  ctx: UseCaseContext,
  caller: Caller,
  kind: DocumentKind,
  fy: number,
  generation: number,
  file: string,
) {
  const found = await ctx.generations.get(kind, caller.orgId, fy, generation);
  if (!found || found.status !== 'ready') {
    throw new NotFoundError('ไม่พบรายงานฉบับนี้', `no complete generation ${generation} for fiscal year ${fy}`);
  }
  return {
    url: await ctx.files.downloadUrl(documentKey(kind, caller.orgId, fy, generation, file), LINK_SECONDS),
    expiresAt: new Date(ctx.clock().getTime() + LINK_SECONDS * 1000).toISOString(),
  };
}
