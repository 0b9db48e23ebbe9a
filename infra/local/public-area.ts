// The public addresses on the local server, as CloudFront serves them in AWS: /ita/{org}/{fy}/ and
// the published documents, read from the public area only, with no sign-in. Anything else under
// /ita/ is 404 with the Thai not-found page (as CloudFront's fallback origin answers in AWS);
// "/ita/{org}/{fy}" without the slash is sent to the page. Conditional and range requests are
// answered as S3 answers them (304, 206, 416): a browser revalidates after max-age, a PDF viewer reads parts.
import type { IncomingHttpHeaders } from 'node:http';
import fresh from 'fresh';
import parseRange from 'range-parser';
import {
  PUBLIC_CONTENT_SECURITY_POLICY,
  PAGE_WITHOUT_SLASH,
  publicContentType,
  publicObjectKey,
} from '../../shared/domain/public-addresses.js';
import { NOT_FOUND_CONTENT_TYPE, NOT_FOUND_STATUS, notFoundPage } from '../../shared/publishing/not-found-page.js';
import type { PublicFileStore } from '../../shared/publishing/public-files.js';
import type { ExtraResponse } from './api-gateway-server.js';

/** The page's headers in AWS too (CloudFront response headers policy of the /ita/* behaviour). */
export const PUBLIC_HEADERS = {
  'content-security-policy': PUBLIC_CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'max-age=60',
};

/** Every answer says its length (as S3 behind CloudFront does): a download shows its progress and size. */
function answer(status: number, headers: Record<string, string>, body: string | Uint8Array): ExtraResponse {
  const length = typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.byteLength;
  return { status, headers: { ...headers, 'content-length': String(length) }, body };
}

const TEXT = { 'content-type': 'text/plain; charset=utf-8' };

type Validators = { etag?: string; 'last-modified'?: string };

/** If-Range names these bytes (a strong ETag, or the exact Last-Modified): a range may be served. */
function sameBytes(header: string | string[] | undefined, v: Validators): boolean {
  if (header === undefined) return true;
  const ifRange = String(header);
  if (ifRange.startsWith('"')) return ifRange === v.etag;
  return v['last-modified'] !== undefined && Date.parse(ifRange) === Date.parse(v['last-modified']);
}

/**
 * Whether a range-spec of `range` ends before it starts ("bytes=5-2"): such a header is invalid (RFC
 * 9110 §14.1.1) and S3 sends the whole object, where range-parser says -1 (unsatisfiable, 416).
 */
const reversedSpec = (range: string) =>
  range
    .slice(range.indexOf('=') + 1)
    .split(',')
    .some((spec) => {
      const [first = '', last = ''] = spec.trim().split('-');
      return first !== '' && last !== '' && Number(last) < Number(first);
    });

/**
 * The object's answer as S3 gives it: 304 when the request's validators still match, 206 with one
 * range (several, or a malformed or reversed one: the whole object, as S3), 416 past its end, else 200.
 */
function objectAnswer(
  headers: Record<string, string>,
  body: Uint8Array,
  v: Validators,
  request: IncomingHttpHeaders,
): ExtraResponse {
  const all = { ...headers, ...v, 'accept-ranges': 'bytes' };
  // S3 and CloudFront ignore a request's Cache-Control (fetch() adds no-cache to conditional requests)
  if (fresh({ ...request, 'cache-control': undefined }, v))
    return { status: 304, headers: { ...PUBLIC_HEADERS, ...v }, body: '' };
  const range = request.range;
  const ifRange = request['if-range'];
  if (range === undefined || !sameBytes(ifRange, v)) return answer(200, all, body);
  const size = body.byteLength;
  if (reversedSpec(range)) return answer(200, all, body);
  const ranges = parseRange(size, range, { combine: true });
  if (ranges === -1)
    return answer(416, { ...TEXT, 'content-range': `bytes */${size}` }, 'ช่วงข้อมูลที่ขอเกินขนาดไฟล์ / range not satisfiable');
  if (ranges === -2 || ranges.type !== 'bytes' || ranges.length !== 1) return answer(200, all, body);
  const { start, end } = ranges[0]!;
  return answer(206, { ...all, 'content-range': `bytes ${start}-${end}/${size}` }, body.subarray(start, end + 1));
}

/**
 * The answer to `method` `url` under /ita/: 200 with the object (GET; HEAD: the same headers, the
 * server sends no body; 304, 206 or 416 for a conditional or range request), 301 from
 * "/ita/{org}/{fy}" to the page, 404 for anything that is not a public address (e.g.
 * "/ita/demo/02566/") or not published (the not-found page, linking to the org's years from
 * `yearsOf`), 405 with `Allow: GET, HEAD` otherwise.
 */
export async function publicArea(
  files: PublicFileStore,
  { method, url, headers = {} }: { method: string; url: URL; headers?: IncomingHttpHeaders },
  yearsOf: (orgId: string) => Promise<number[]>,
): Promise<ExtraResponse> {
  if (method !== 'GET' && method !== 'HEAD') {
    return answer(405, { ...TEXT, allow: 'GET, HEAD' }, 'ใช้ได้เฉพาะ GET และ HEAD / method not allowed');
  }
  const path = url.pathname;
  if (PAGE_WITHOUT_SLASH.test(path)) {
    return answer(301, { location: `${path}/` }, '');
  }
  const key = publicObjectKey(path);
  const found = key ? await files.get(key) : undefined;
  if (!key || !found) {
    const page = await notFoundPage(path, yearsOf);
    return answer(NOT_FOUND_STATUS, { 'content-type': NOT_FOUND_CONTENT_TYPE, ...PUBLIC_HEADERS }, page);
  }
  // a document's name to save it under, as S3 serves the object's metadata through CloudFront
  const disposition: Record<string, string> = found.contentDisposition
    ? { 'content-disposition': found.contentDisposition }
    : {};
  const validators: Validators = {
    ...(found.etag ? { etag: found.etag } : {}),
    ...(found.lastModified ? { 'last-modified': found.lastModified.toUTCString() } : {}),
  };
  const served = { 'content-type': publicContentType(key), ...disposition, ...PUBLIC_HEADERS };
  return objectAnswer(served, found.body, validators, headers);
}
