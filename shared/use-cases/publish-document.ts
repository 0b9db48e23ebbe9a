// "Publish this generation at the stable address", "withdraw it", and the public ITA page that
// lists what is published. Only coordinators publish; publishing is idempotent; a withdrawn
// address answers 404 and the generation itself stays.
import { ITA_MEASURES_TH, RESULTS_REPORT_TH } from '../domain/document-kinds.js';
import { createHash } from 'node:crypto';
import { assertCoordinator, type Caller } from '../domain/access.js';
import { ConflictError, DomainError, NotFoundError, noGeneration, readyGeneration } from '../domain/errors.js';
import { formatThaiDate, toThaiDigits } from '../domain/thai-format.js';
import { firstHalf } from '../domain/fiscal-calendar.js';
import { oitItems } from '../domain/ita-catalog.js';
import { HALF_YEAR_TH } from '../domain/period-labels.js';
import {
  itaPagePath,
  PAGE_CONTENT_TYPE,
  PUBLIC_DOCUMENTS,
  PUBLIC_FORMAT_LIST,
  PUBLIC_FORMATS,
  publicDocumentPath,
  publicObjectKey,
  publishedAs,
  type PublicFormat,
  type PublishedKind,
} from '../domain/public-addresses.js';
import type { DocumentKind } from '../domain/document-kinds.js';
import type { AnnualReportModel } from '../documents/annual-report-model.js';
import { documentKey, type ReportFileStore, signedCopyKey } from '../documents/report-files.js';
import contentDisposition from 'content-disposition';
import {
  downloadName,
  type ItaPageInput,
  type ItaPageItem,
  itaPageReporting,
  renderItaPage,
} from '../publishing/ita-page.js';
import { type LeasePorts, withDocumentLease, withPageLease } from '../publishing/publishing-lease.js';
import {
  PublicCopiesError,
  type PublicSet,
  replaceCopies,
  restoreCopies,
  servedNow,
} from '../publishing/public-copies.js';
import type { PublicFileStore } from '../publishing/public-files.js';
import {
  changeFailed,
  type ChangeSides,
  pageNotWritten,
  sourceUnreadable,
} from '../publishing/publication-failures.js';
import type { Store } from '../store/dynamo-client.js';
import type { OrgRepository } from '../store/org-repository.js';
import type { Publication, PublicationRepository } from '../store/publication-repository.js';

/** The generation files copied to the public area, per kind and format. */
const SOURCE_FILES: Record<DocumentKind, Record<'pdf' | 'docx', string>> = {
  'annual-report': { pdf: 'report.pdf', docx: 'report.docx' },
  'plan-document': { pdf: 'plan.pdf', docx: 'plan.docx' },
};

export interface GenerationReader {
  get(
    kind: DocumentKind,
    orgId: string,
    fy: number,
    generation: number,
  ): Promise<{ status: string; scope?: string; signedCopy?: { uploadId: string } } | undefined>;
}

export interface PublishingPorts {
  store: Store;
  orgs: OrgRepository;
  publications: PublicationRepository;
  /** the publishing leases (publishing-lease.ts) */
  leases: LeasePorts['leases'];
  generations: GenerationReader;
  /** the private area holding every generation */
  files: ReportFileStore;
  /** the public area: published copies and the ITA pages only */
  publicFiles: PublicFileStore;
  /** "https://…" in front of /ita/…; "" gives addresses relative to the host */
  publicBaseUrl: string;
  clock: () => Date;
}

/**
 * Publish or withdraw `generation` of `kind` for `fy`, as `caller`; the publication as it stands
 * after. A half-year generation of the results report is the 'half-year-report' (publishedAs).
 */
export type PublicationChange = (
  ports: PublishingPorts,
  caller: Caller,
  kind: DocumentKind,
  fy: number,
  generation: number,
) => Promise<PublicationView>;

export interface PublicationView {
  kind: PublishedKind;
  generation: number;
  published: boolean;
  publicUrl: string;
  pageUrl: string;
  publishedAt?: string;
}

const ROLES: Record<PublishedKind, ['measures' | 'implementation', string, string?]> = {
  'plan-document': ['measures', ITA_MEASURES_TH],
  'annual-report': ['implementation', RESULTS_REPORT_TH],
  'half-year-report': ['implementation', RESULTS_REPORT_TH, ` ${HALF_YEAR_TH}`],
};

/** A published document's title on the ITA page: the year's OIT item's (catalog), else the document's. */
function publicTitle(fy: number, kind: PublishedKind): { code?: string; title: string } {
  const catalog = oitItems(fy);
  const [role, fallback, after = ''] = ROLES[kind];
  return { ...(catalog ? { code: catalog[role] } : {}), title: (catalog?.titles[role] ?? fallback) + after };
}

/**
 * A public copy's Content-Disposition: opened by its address it is saved as the page's link saves it
 * ("{title} {org} {BE year}.pdf", downloadName), not "results.pdf"; ASCII fallback "results-demo-2566.pdf".
 * A coordinator's link to a generation's file (its extension `format`) is saved the same way.
 */
export const disposition = (orgId: string, orgName: string, fy: number, kind: PublishedKind, format: string) =>
  contentDisposition(downloadName(publicTitle(fy, kind).title, orgName, fy, format), {
    type: 'inline',
    fallback: `${PUBLIC_DOCUMENTS[kind]}-${orgId}-${fy}.${format}`,
  });

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
const url = (ports: Pick<PublishingPorts, 'publicBaseUrl'>, path: string) =>
  `${ports.publicBaseUrl.replace(/\/+$/, '')}${path}`;
const objectKey = (path: string) => publicObjectKey(path)!;

/** The PDF's stable address of `kind` (the DOCX: the same with .docx) and the year's ITA page, absolute. */
export function publicUrls(
  ports: Pick<PublishingPorts, 'publicBaseUrl'>,
  orgId: string,
  fy: number,
  kind: PublishedKind,
) {
  return {
    publicUrl: url(ports, publicDocumentPath(orgId, fy, kind, 'pdf')),
    pageUrl: url(ports, itaPagePath(orgId, fy)),
  };
}

function view(
  ports: PublishingPorts,
  orgId: string,
  fy: number,
  kind: PublishedKind,
  generation: number,
  p?: Publication,
): PublicationView {
  return {
    kind,
    generation,
    published: Boolean(p),
    ...publicUrls(ports, orgId, fy, kind),
    ...(p ? { publishedAt: p.publishedAt } : {}),
  };
}

/** Withdrawing a generation while another is published: 409 naming the published one (break 19 s28, F16). */
function notThePublishedOne(generation: number, published: number): ConflictError {
  return new ConflictError(
    `ฉบับที่ ${toThaiDigits(generation)} ไม่ได้เผยแพร่อยู่ ฉบับที่เผยแพร่อยู่คือฉบับที่ ${toThaiDigits(published)} ไม่มีการเปลี่ยนแปลง หากต้องการถอนการเผยแพร่ กรุณาสั่งถอนฉบับที่ ${toThaiDigits(published)}`,
    `generation ${generation} is not the published one (generation ${published} is); nothing changed`,
    [],
    { publishedGeneration: published },
  );
}

/** The public object keys of `kind`'s stable addresses, per format. */
const publicKeys = (orgId: string, fy: number, kind: PublishedKind) =>
  Object.fromEntries(
    PUBLIC_FORMAT_LIST.map((format) => [format, objectKey(publicDocumentPath(orgId, fy, kind, format))]),
  ) as Record<PublicFormat, string>;

/**
 * Hold the document's lease and then the year's page lease before `work` changes anything, so a
 * 409 (another publish or withdrawal of the document, or another page writer for PAGE_WAIT_MS)
 * always means nothing changed (break 19 s28, F17).
 */
const underLeases = <T>(
  ports: PublishingPorts,
  orgId: string,
  fy: number,
  kind: PublishedKind,
  work: () => Promise<T>,
) => withDocumentLease(ports, orgId, fy, kind, () => withPageLease(ports, orgId, fy, work));

/** Read a generation's file, or say (404/503) that nothing was published because it could not be read. */
async function readSource(ports: PublishingPorts, key: string, sides: ChangeSides): Promise<Uint8Array> {
  const fileName = key.slice(key.lastIndexOf('/') + 1);
  try {
    // listed first: the API may list under the document prefixes only, so S3 answers a missing
    // key's GetObject 403, not NoSuchKey (shared/aws/s3-key-listed.ts)
    if (await ports.files.listed(key)) return await ports.files.get(key);
  } catch (error) {
    const missing = ['NoSuchKey', 'NotFound'].includes((error as Error).name);
    throw sourceUnreadable(sides, fileName, missing);
  }
  throw sourceUnreadable(sides, fileName, true);
}

/** Record a change; on failure put the public copies back and say what they serve (503). */
async function recordOrRollBack(
  ports: PublishingPorts,
  keys: Record<PublicFormat, string>,
  before: PublicSet,
  sides: ChangeSides,
  record: () => Promise<unknown>,
): Promise<void> {
  try {
    await record();
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw changeFailed(sides, await restoreCopies(ports.publicFiles, keys, before));
  }
}

/** Change the public copies to `next`; a failure (rolled back) says what they serve (503). */
async function replaceOrSay(
  ports: PublishingPorts,
  keys: Record<PublicFormat, string>,
  next: PublicSet,
  before: PublicSet,
  sides: ChangeSides,
): Promise<void> {
  try {
    await replaceCopies(ports.publicFiles, keys, next, before);
  } catch (error) {
    if (error instanceof PublicCopiesError) throw changeFailed(sides, error.served);
    throw error;
  }
}

/** Write the page as part of a change that is done; a failure says the change holds but the page is old (503). */
async function writePageAfter(ports: PublishingPorts, orgId: string, fy: number, sides: ChangeSides): Promise<void> {
  try {
    await writeItaPageNow(ports, orgId, fy);
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw pageNotWritten(sides);
  }
}

/**
 * Publish `generation` of `kind`: its PDF and DOCX are copied to the stable public addresses
 * (/ita/{org}/{fy}/measures|results.pdf|.docx), the publication is recorded with an audit entry,
 * and the year's ITA page is written again, under the document's and the page's leases
 * (publishing-lease.ts), both taken before anything changes. Both files are read before the first
 * public write; a failed write or record puts back what was served (public-copies.ts), and the
 * error (503, or 404 when a generation's file is missing) says what the addresses serve now.
 * Publishing the generation already published records nothing new (same publishedAt, no second
 * audit entry) but copies the files and writes the page again, so it repairs missing or damaged
 * public copies. ForbiddenError unless a coordinator; NotFoundError when the generation does not
 * exist; ConflictError (409, nothing changed) when it is pending or failed (readyGeneration), or
 * while another publish or withdraw of the same document, or another writer of the page, runs.
 */
export const publishDocument: PublicationChange = async (ports, caller, kind, fy, generation) => {
  assertCoordinator(caller);
  const { orgId } = caller;
  const found = readyGeneration(await ports.generations.get(kind, orgId, fy, generation), generation);
  const slot = publishedAs(kind, found.scope);
  return underLeases(ports, orgId, fy, slot, async () => {
    const current = (await ports.publications.list(orgId, fy)).find((p) => p.kind === slot);
    const sides: ChangeSides = { kind: slot, before: current?.generation, after: generation };
    const keys = publicKeys(orgId, fy, slot);
    const next = {} as PublicSet;
    const files: Publication['files'] = [];
    const org = await ports.orgs.getOrg(orgId);
    // the PDF: the signed copy when one is attached (the DOCX stays the generated text, to read and search)
    const signed = found.signedCopy;
    for (const format of PUBLIC_FORMAT_LIST) {
      const source =
        format === 'pdf' && signed
          ? signedCopyKey(kind, orgId, fy, generation, signed.uploadId)
          : documentKey(kind, orgId, fy, generation, SOURCE_FILES[kind][format]);
      const body = await readSource(ports, source, sides);
      next[format] = {
        body,
        contentType: PUBLIC_FORMATS[format],
        ...(org ? { contentDisposition: disposition(orgId, org.name, fy, slot, format) } : {}),
      };
      files.push({
        format,
        size: body.length,
        sha256: sha256(body),
        ...(format === 'pdf' && signed ? { signed: true } : {}),
      });
    }
    const before = await servedNow(ports.publicFiles, keys);
    await replaceOrSay(ports, keys, next, before, sides);
    let publication = current;
    // the same generation with other files (its signed copy attached, replaced or removed since) is
    // published anew: the public PDF changed now, and the page and the history say so
    const sameFiles = current?.files.every((f) => files.some((n) => n.format === f.format && n.sha256 === f.sha256));
    if (current?.generation !== generation || !sameFiles) {
      publication = {
        kind: slot,
        generation,
        publishedAt: ports.clock().toISOString(),
        publishedBy: caller.personId,
        // kept as it is now: renaming the person later does not change who published it
        ...(caller.name ? { publishedByName: caller.name } : {}),
        files,
      };
      const recorded = publication;
      await recordOrRollBack(ports, keys, before, sides, () => ports.publications.put(orgId, fy, recorded));
    }
    await writePageAfter(ports, orgId, fy, sides);
    return view(ports, orgId, fy, slot, generation, publication);
  });
};

/**
 * Withdraw `generation` of `kind` under the document's and the page's leases (taken before
 * anything changes): the stable addresses answer 404 again and the page says "not published"; the
 * generation stays. The public copies go first; if the record cannot then be removed they are put
 * back (503 saying what is served). Withdrawing what is not published records nothing, but when
 * nothing of `kind` is published it removes any public copies an interrupted withdrawal left behind
 * and writes the page again. NotFoundError when the generation does not exist; ConflictError
 * (409, nothing changed) when another generation is the published one (`publishedGeneration`), or
 * while another publish or withdraw of the same document, or another writer of the page, runs.
 */
export const withdrawDocument: PublicationChange = async (ports, caller, kind, fy, generation) => {
  assertCoordinator(caller);
  const { orgId } = caller;
  const found = await ports.generations.get(kind, orgId, fy, generation);
  if (!found) throw noGeneration(generation);
  const slot = publishedAs(kind, found.scope);
  return underLeases(ports, orgId, fy, slot, async () => {
    const current = (await ports.publications.list(orgId, fy)).find((p) => p.kind === slot);
    if (current && current.generation !== generation) throw notThePublishedOne(generation, current.generation);
    const keys = publicKeys(orgId, fy, slot);
    if (current?.generation === generation) {
      const gone: PublicSet = { pdf: undefined, docx: undefined };
      const sides: ChangeSides = { kind: slot, before: generation, after: undefined };
      const before = await servedNow(ports.publicFiles, keys);
      await replaceOrSay(ports, keys, gone, before, sides);
      await recordOrRollBack(ports, keys, before, sides, () =>
        ports.publications.remove(orgId, fy, slot, generation, caller.personId, ports.clock()),
      );
      await writePageAfter(ports, orgId, fy, sides);
      return view(ports, orgId, fy, slot, generation);
    }
    if (!current) {
      // nothing published: remove copies an interrupted withdrawal may have left, and write the page
      for (const format of PUBLIC_FORMAT_LIST) await ports.publicFiles.remove(keys[format]);
      await writeItaPageNow(ports, orgId, fy);
    }
    return view(ports, orgId, fy, slot, generation);
  });
};

/**
 * The figures the page shows: the published results report's own (`report.json`: its statistics
 * per indicator and the date they are for), never the live data, which would contradict the
 * document beside them (break 19 s28, F11).
 */
async function publishedReporting(
  ports: PublishingPorts,
  orgId: string,
  fy: number,
  generation: number,
): Promise<NonNullable<ItaPageInput['reporting']>> {
  const json = await ports.files.get(documentKey('annual-report', orgId, fy, generation, 'report.json'));
  return itaPageReporting(JSON.parse(Buffer.from(json).toString('utf8')) as AnnualReportModel, generation);
}

/**
 * Write the org's ITA page for `fy` again from what is published now, holding the page's lease
 * (the operator's `refresh-ita-pages`: a page written by an earlier version shows the new one's
 * layout without publishing anything). ConflictError while another writer holds the page.
 */
export const rewriteItaPage = (ports: PublishingPorts, orgId: string, fy: number): Promise<void> =>
  withPageLease(ports, orgId, fy, () => writeItaPageNow(ports, orgId, fy));

/**
 * Write the org's ITA page for `fy` from what is published now (figures: publishedReporting). Called
 * holding the page's lease (underLeases), reading the publications inside it so the last page
 * written shows the last publication recorded.
 */
async function writeItaPageNow(ports: PublishingPorts, orgId: string, fy: number): Promise<void> {
  const [org, publications] = await Promise.all([ports.orgs.getOrg(orgId), ports.publications.list(orgId, fy)]);
  if (!org) throw new NotFoundError('ไม่พบองค์กร', `no org ${orgId}`);
  const item = (kind: PublishedKind): ItaPageItem => {
    const p = publications.find((x) => x.kind === kind);
    return {
      kind,
      ...publicTitle(fy, kind),
      ...(p
        ? {
            published: {
              generation: p.generation,
              publishedAt: p.publishedAt,
              files: p.files.map((f) => ({
                format: f.format,
                href: `${PUBLIC_DOCUMENTS[kind]}.${f.format}`,
                size: f.size,
                ...(f.signed ? { signed: true } : {}),
              })),
            },
          }
        : {}),
    };
  };
  // the year's report's figures, else the half-year report's (re-check P3: it showed none)
  const results =
    publications.find((p) => p.kind === 'annual-report') ?? publications.find((p) => p.kind === 'half-year-report');
  const reporting = results ? await publishedReporting(ports, orgId, fy, results.generation) : undefined;
  // its period under its title: published in October beside the year's, it is not read as late (tester s47)
  const { from, to } = firstHalf(fy);
  const half = {
    ...item('half-year-report'),
    period: `ผลการดำเนินการระหว่าง ${formatThaiDate(from)} ถึง ${formatThaiDate(to)}`,
  };
  const html = renderItaPage({
    orgName: org.name,
    fy,
    items: [
      item('plan-document'),
      // the half-year report while published (tester s45 P2), before the year's
      ...(half.published ? [half] : []),
      item('annual-report'),
    ],
    ...(reporting ? { reporting } : {}),
  });
  await ports.publicFiles.put(objectKey(itaPagePath(orgId, fy)), Buffer.from(html, 'utf8'), PAGE_CONTENT_TYPE);
}
