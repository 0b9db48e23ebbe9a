// The public addresses on the local server, as CloudFront serves them in AWS: /ita/{org}/{fy}/ and
// the published documents, read from the public area only, with no sign-in. Anything else under
// /ita/ is 404; "/ita/{org}/{fy}" without the slash is sent to the page.
import {
  PUBLIC_CONTENT_SECURITY_POLICY,
  PUBLIC_ROOT,
  publicContentType,
  publicObjectKey,
} from '../../shared/domain/public-addresses.js';
import type { PublicFileStore } from '../../shared/publishing/public-files.js';
import type { ExtraResponse } from './api-gateway-server.js';

/** The page's headers in AWS too (CloudFront response headers policy of the /ita/* behaviour). */
export const PUBLIC_HEADERS = {
  'content-security-policy': PUBLIC_CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'max-age=60',
};

const notFound: ExtraResponse = {
  status: 404,
  headers: { 'content-type': 'text/plain; charset=utf-8' },
  body: 'ไม่พบเอกสาร / not found',
};

export async function publicArea(
  files: PublicFileStore,
  { method, url }: { method: string; url: URL },
): Promise<ExtraResponse> {
  if (method !== 'GET' && method !== 'HEAD') return { ...notFound, status: 405 };
  const path = url.pathname;
  if (/^\/ita\/[a-z0-9-]+\/\d{4}$/.test(path) && path.startsWith(PUBLIC_ROOT)) {
    return { status: 301, headers: { location: `${path}/` }, body: '' };
  }
  const key = publicObjectKey(path);
  const found = key ? await files.get(key) : undefined;
  if (!key || !found) return notFound;
  return { status: 200, headers: { 'content-type': publicContentType(key), ...PUBLIC_HEADERS }, body: found.body };
}
