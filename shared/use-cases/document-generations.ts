// "Generate this document now", "which generations are there", "give me a download link". The API
// claims a generation (pending) and hands it to the document queue; it never renders anything.
import { assertCanGenerateDocuments, canReadUnpublishedDocuments, type Caller } from '../domain/access.js';
import { DAILY_GENERATION_LIMIT, DOCUMENT_NAMES, type DocumentKind, MAX_GENERATION } from '../domain/document-kinds.js';
import {
  fieldsInvalid,
  ForbiddenError,
  NotFoundError,
  readyGeneration,
  planNotFound,
  TooManyRequestsError,
  UnavailableError,
} from '../domain/errors.js';
import { bangkokDate, secondsToNextBangkokDay } from '../domain/plain-date.js';
import { ROLE_LABELS } from '../domain/status-labels.js';
import { formatThaiDateTime, toThaiDigits } from '../domain/thai-format.js';
import { failureOf } from '../documents/document-generation.js';
import { documentKey, signedCopyKey } from '../documents/report-files.js';
import type { Generation } from '../store/document-generation-repository.js';
import type { Publication } from '../store/publication-repository.js';
import { madeAs, publishedAs } from '../domain/public-addresses.js';
import { disposition, publicUrls } from './publish-document.js';
import { actorName } from './read-audit.js';
import { decodeCursor, encodeCursor } from './page-cursor.js';
import type { UseCaseContext } from './use-case-context.js';

const LINK_SECONDS = 300;
const DEFAULT_PAGE = 20;

/**
 * Claim a new generation of `kind` for the caller's org and fiscal year and start producing it.
 * Returns the generation in state pending (the API answers 202). Coordinators only (ForbiddenError:
 * executives read, access.ts); NotFoundError when the year has no plan; TooManyRequestsError (429)
 * after DAILY_GENERATION_LIMIT requests of this kind for the org and year on one Bangkok day (its
 * Retry-After: the seconds to the next Bangkok midnight, when the count starts again). If
 * handing it over fails, the generation is marked failed, the day's count given back and
 * UnavailableError (503, retry) is thrown.
 */
export async function requestGeneration(
  ctx: UseCaseContext,
  caller: Caller,
  kind: DocumentKind,
  fy: number,
  /** the results report's รอบ ๖ เดือน; 'year' (the default) stores nothing */
  scope?: 'year' | 'half-year',
  /** the plan document's announcement day (YYYY-MM-DD, checked by PlanGenerateQuery) */
  announcedOn?: string,
): Promise<Generation> {
  assertCanGenerateDocuments(caller);
  // re-check s48 #1: from 1 January of the year the fiscal year starts in to its last day, 30 September
  const ce = fy - 543;
  if (announcedOn && !(announcedOn >= `${ce - 1}-01-01` && announcedOn <= `${ce}-09-30`))
    throw fieldsInvalid([
      {
        path: 'query.announcedOn',
        message_th: `วันที่ประกาศต้องอยู่ระหว่าง ๑ มกราคม ${toThaiDigits(fy - 1)} ถึง ๓๐ กันยายน ${toThaiDigits(fy)} (ปีงบประมาณ ${toThaiDigits(fy)})`,
        message_en: `the announcement day must be from ${ce - 1}-01-01 to ${ce}-09-30 (fiscal year ${fy})`,
      },
    ]);
  if ((await ctx.repos.plans.getPlanVersion(caller.orgId, fy)) === undefined) throw planNotFound(fy);
  const now = ctx.clock();
  if (
    !(await ctx.repos.generations.countDailyRequest(kind, caller.orgId, fy, bangkokDate(now), DAILY_GENERATION_LIMIT))
  ) {
    const limit = DAILY_GENERATION_LIMIT;
    throw new TooManyRequestsError(
      `วันนี้สั่งจัดทำ${DOCUMENT_NAMES[kind].th}ของปีงบประมาณ ${toThaiDigits(fy)} ครบ ${toThaiDigits(limit)} ครั้งแล้ว กรุณาใช้ฉบับที่จัดทำไว้ หรือสั่งใหม่ได้ในวันพรุ่งนี้`,
      `the ${DOCUMENT_NAMES[kind].en} of fiscal year ${fy} was requested ${limit} times today; use a generation made already or retry tomorrow (Bangkok time)`,
      secondsToNextBangkokDay(now),
      [],
      { limit },
    );
  }
  const trigger = `person:${caller.personId}`;
  const half = { ...(scope === 'half-year' ? ({ scope } as const) : {}), ...(announcedOn ? { announcedOn } : {}) };
  const { generation } = await ctx.repos.generations.claim({ kind, orgId: caller.orgId, fy, trigger, now, ...half });
  try {
    await ctx.documents.start({ kind, orgId: caller.orgId, fy, generation, trigger, asOf: now, ...half });
  } catch (error) {
    const unavailable = new UnavailableError(
      'ยังเริ่มจัดทำเอกสารไม่ได้ในขณะนี้ กรุณาลองใหม่อีกครั้ง',
      'the document could not be started now; please retry',
    );
    await ctx.repos.generations.fail(kind, caller.orgId, fy, generation, failureOf(unavailable));
    // nothing was started: the retry the 503 asks for must not spend the day's limit
    await ctx.repos.generations.uncountDailyRequest(kind, caller.orgId, fy, bangkokDate(now));
    throw Object.assign(unavailable, { cause: error });
  }
  return (await ctx.repos.generations.get(kind, caller.orgId, fy, generation))!;
}

/**
 * The publications of `kind`'s generations (which generation each public address serves now): the
 * results report's year and half-year ones (madeAs), newest generation first.
 */
async function publicationsOf(ctx: UseCaseContext, orgId: string, kind: DocumentKind, fy: number) {
  return (await ctx.publishing.publications.list(orgId, fy))
    .filter((p) => madeAs(p.kind) === kind)
    .sort((a, b) => b.generation - a.generation);
}

/** What a list says of the published generation: when (UTC and Thai, Bangkok), by whom, at which addresses. */
export interface PublishedMark {
  generation: number;
  publishedAt: string;
  publishedAtBangkok: string;
  publishedBy: { personId: string; name: string };
  publicUrl: string;
  pageUrl: string;
  /** the public PDF is the signed copy with this SHA-256 (compare the generation's signedCopy) */
  signedSha256?: string;
}

/** The mark of `publication`, the one source of which generation is published (break 19 s28, F8). */
async function publishedMark(
  ctx: UseCaseContext,
  orgId: string,
  fy: number,
  publication: Publication,
): Promise<PublishedMark> {
  return {
    generation: publication.generation,
    publishedAt: publication.publishedAt,
    publishedAtBangkok: formatThaiDateTime(new Date(publication.publishedAt)),
    publishedBy: { personId: publication.publishedBy, name: await publisherName(ctx, orgId, publication) },
    ...publicUrls(ctx.publishing, orgId, fy, publication.kind),
    ...signedOf(publication),
  };
}

const signedOf = (p: Publication) => {
  const pdf = p.files.find((f) => f.format === 'pdf' && f.signed);
  return pdf ? { signedSha256: pdf.sha256 } : {};
};

/**
 * Who published `publication`, named as when they published (`publishedByName`, kept on records
 * since session 30, as audit entries keep `actorName`); older records: the person's name today.
 */
async function publisherName(ctx: UseCaseContext, orgId: string, publication: Publication): Promise<string> {
  if (publication.publishedByName) return publication.publishedByName;
  const person = await ctx.publishing.orgs.getPerson(orgId, publication.publishedBy);
  return actorName(new Map(person ? [[person.personId, person.name]] : []), publication.publishedBy);
}

/** A generation as listed: `published` on the one the public address serves. */
export type ListedGeneration = Generation & { published?: PublishedMark };

/**
 * The generations of `kind`, newest first, `limit` (default 20) per page; `cursor` is there when
 * older ones follow. Coordinators and executives see every generation; anyone else in the org only
 * the one published now (unpublished generations are drafts: access.ts). `published` (on the list,
 * whatever the page, and on its item) says which generation is published, when and by whom, read
 * from the publication record; `publicUrl` and `pageUrl` are where publishing puts it.
 */
export async function listGenerations(
  ctx: UseCaseContext,
  caller: Caller,
  kind: DocumentKind,
  fy: number,
  query: { cursor?: string; limit?: number } = {},
): Promise<{
  items: ListedGeneration[];
  cursor?: string;
  published?: PublishedMark;
  publishedHalfYear?: PublishedMark;
  publicUrl: string;
  pageUrl: string;
}> {
  const publications = await publicationsOf(ctx, caller.orgId, kind, fy);
  const marks = await Promise.all(publications.map((p) => publishedMark(ctx, caller.orgId, fy, p)));
  const published = marks.find((_, i) => publications[i]!.kind === kind);
  const publishedHalfYear = marks.find((_, i) => publications[i]!.kind !== kind);
  const mark = (g: Generation): ListedGeneration => {
    const on = marks.find((m) => m.generation === g.generation);
    return on ? { ...g, published: on } : g;
  };
  // where a publish puts it, so the page's confirmation can say so before anything is published
  const withMark = {
    ...(published ? { published } : {}),
    ...(publishedHalfYear ? { publishedHalfYear } : {}),
    ...publicUrls(ctx.publishing, caller.orgId, fy, kind),
  };
  // a cursor that is not one is 400 here too; a real one is past staff's one page
  const before = query.cursor ? decodeCursor('g', query.cursor, { min: 1, max: MAX_GENERATION }) : 0;
  if (!canReadUnpublishedDocuments(caller)) {
    const found = before
      ? []
      : await Promise.all(publications.map((p) => ctx.repos.generations.get(kind, caller.orgId, fy, p.generation)));
    return { items: found.flatMap((g) => (g ? [mark(g)] : [])), ...withMark };
  }
  const page = await ctx.repos.generations.page(kind, caller.orgId, fy, {
    limit: query.limit ?? DEFAULT_PAGE,
    ...(before ? { before } : {}),
  });
  return {
    items: page.items.map(mark),
    ...(page.next === undefined ? {} : { cursor: encodeCursor('g', page.next) }),
    ...withMark,
  };
}

/**
 * A download link valid for 5 minutes to one file of a ready generation (readyGeneration: 404 or 409 otherwise).
 * ForbiddenError when the caller may not read unpublished generations and this one is not the
 * generation published now.
 */
export async function generationDownload(
  ctx: UseCaseContext,
  caller: Caller,
  kind: DocumentKind,
  fy: number,
  generation: number,
  file: string,
) {
  if (
    !canReadUnpublishedDocuments(caller) &&
    !(await publicationsOf(ctx, caller.orgId, kind, fy)).some((p) => p.generation === generation)
  ) {
    throw new ForbiddenError(
      `เอกสารฉบับนี้ยังไม่เผยแพร่ ดูได้เฉพาะ${ROLE_LABELS.coordinator} และผู้บริหาร`,
      'this generation is not published; only coordinators and executives can read it',
    );
  }
  const found = readyGeneration(await ctx.repos.generations.get(kind, caller.orgId, fy, generation), generation);
  if (file === 'signed.pdf' && !found.signedCopy)
    throw new NotFoundError('ฉบับนี้ยังไม่ได้แนบฉบับลงนาม', `generation ${generation} has no signed copy`);
  const key =
    file === 'signed.pdf'
      ? signedCopyKey(kind, caller.orgId, fy, generation, found.signedCopy!.uploadId)
      : documentKey(kind, caller.orgId, fy, generation, file);
  // saved as the public copy is ("{title} {org} {BE year}.pdf"), not signed.pdf; the JSON files as they are
  const org = await ctx.publishing.orgs.getOrg(caller.orgId);
  const ext = file.split('.')[1]!;
  return {
    url: await ctx.files.downloadUrl(
      key,
      LINK_SECONDS,
      org && ext !== 'json' ? disposition(caller.orgId, org.name, fy, publishedAs(kind, found.scope), ext) : undefined,
    ),
    expiresAt: new Date(ctx.clock().getTime() + LINK_SECONDS * 1000).toISOString(),
  };
}
