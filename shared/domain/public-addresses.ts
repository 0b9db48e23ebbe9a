// The stable public addresses the ITA assessors open: one page per org and fiscal year, and one
// address per published document and format. Publishing another generation changes what an
// address serves, never the address. Read by the publishing use case, the local server and CDK.
import { DOCX_TYPE } from './content-types.js';
import { type DocumentKind, PUBLIC_DOCUMENTS } from './document-kinds.js';
import { OrgId } from './ids.js';

export { PUBLIC_DOCUMENTS };
export type PublishedKind = keyof typeof PUBLIC_DOCUMENTS;

/** Where a generation of `kind` is published: a half-year generation as the half-year report. */
export const publishedAs = (kind: DocumentKind, scope: string | undefined): PublishedKind =>
  scope ? 'half-year-report' : kind;

/** The generation kind a published document is made as. */
export const madeAs = (kind: PublishedKind): DocumentKind => (kind === 'half-year-report' ? 'annual-report' : kind);
export const PUBLISHED_KINDS = Object.keys(PUBLIC_DOCUMENTS) as PublishedKind[];

export const PUBLIC_FORMATS = {
  pdf: 'application/pdf',
  docx: DOCX_TYPE,
} as const;
export type PublicFormat = keyof typeof PUBLIC_FORMATS;
export const PUBLIC_FORMAT_LIST = Object.keys(PUBLIC_FORMATS) as PublicFormat[];

/** Every public address starts with this; in AWS it is the CloudFront behaviour's path pattern. */
export const PUBLIC_ROOT = '/ita/';
export const PAGE_CONTENT_TYPE = 'text/html; charset=utf-8';

/** "ita/demo/": the public area's folder of an org's years (its key prefix, without the leading "/") */
export function itaOrgPrefix(orgId: string): string {
  return `${PUBLIC_ROOT.slice(1)}${OrgId.parse(orgId)}/`;
}

/** "/ita/demo/2566/" */
export function itaPagePath(orgId: string, fy: number): string {
  return `/${itaOrgPrefix(orgId)}${fy}/`;
}

/** "/ita/demo/2566/results.pdf" */
export function publicDocumentPath(orgId: string, fy: number, kind: PublishedKind, format: PublicFormat): string {
  return `${itaPagePath(orgId, fy)}${PUBLIC_DOCUMENTS[kind]}.${format}`;
}

/** An org id and a fiscal year as a public address's steps (the org id checked again by OrgId). */
const ORG_STEP = '[a-z0-9-]{1,40}';
const YEAR_STEP = '2[5-7]\\d\\d';

/**
 * "/ita/{org}/{fy}", a page's address without its closing slash: answered with a 301 to the page,
 * by CloudFront's function in AWS (infra/cdk/constructs/ita-index-function.ts) and by the local
 * server, from this one pattern (s60: CloudFront's had its own, "/ita/demo/0256" went to
 * "/ita/demo/0256/" there and was 404 at once locally).
 */
export const PAGE_WITHOUT_SLASH = new RegExp(`^/ita/${ORG_STEP}/${YEAR_STEP}$`);

/**
 * The object key in the public area for a public path, or undefined for anything that is not a
 * public address: "/ita/demo/2566/" -> "ita/demo/2566/index.html", ".../results.pdf" -> "ita/…/results.pdf".
 */
export function publicObjectKey(path: string): string | undefined {
  const names = Object.values(PUBLIC_DOCUMENTS).join('|');
  const formats = PUBLIC_FORMAT_LIST.join('|');
  const match = new RegExp(`^/ita/(${ORG_STEP})/(${YEAR_STEP})/((?:${names})\\.(?:${formats})|index\\.html)?$`).exec(
    path,
  );
  if (!match || !OrgId.safeParse(match[1]).success) return undefined;
  return `ita/${match[1]}/${match[2]}/${match[3] ?? 'index.html'}`;
}

/** The content type a public object is served with, from its key. */
export function publicContentType(key: string): string {
  const ext = key.slice(key.lastIndexOf('.') + 1);
  return ext in PUBLIC_FORMATS ? PUBLIC_FORMATS[ext as PublicFormat] : PAGE_CONTENT_TYPE;
}

/** The public pages' content security policy (local server and CloudFront): no script, nothing from other hosts. */
export const PUBLIC_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
