// An independent SigV4 check of a presigned S3 URL (the S3 emulator accepts any signature): recompute
// the signature from the URL's own query parameters and the header values a client would send.
// Source: AWS Signature Version 4, "Authenticating requests: using query parameters".
import { createHash, createHmac } from 'node:crypto';

const rfc3986 = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data).digest();

/** The header names the URL signs (X-Amz-SignedHeaders), lower case. */
export function signedHeaderNames(url: string): string[] {
  return (new URL(url).searchParams.get('X-Amz-SignedHeaders') ?? '').split(';').filter(Boolean);
}

/**
 * True when `url`'s signature is valid for a request with `method` and `headers` (lower-case names;
 * host comes from the URL), signed with `secretAccessKey`. Any signed header missing from `headers`
 * makes it false.
 */
export function presignedSignatureMatches(
  url: string,
  method: string,
  headers: Record<string, string>,
  secretAccessKey: string,
): boolean {
  const u = new URL(url);
  const q = u.searchParams;
  const names = signedHeaderNames(url);
  const values: Record<string, string> = { host: u.host, ...headers };
  if (names.some((n) => values[n] === undefined)) return false;
  const canonicalUri = u.pathname
    .split('/')
    .map((segment) => rfc3986(decodeURIComponent(segment)))
    .join('/');
  const canonicalQuery = [...q.entries()]
    .filter(([k]) => k !== 'X-Amz-Signature')
    .map(([k, v]) => [rfc3986(k), rfc3986(v)])
    .sort(([a], [b]) => (a! < b! ? -1 : a! > b! ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const canonicalHeaders = names.map((n) => `${n}:${values[n]!.trim()}\n`).join('');
  const canonicalRequest = [
    method,
    canonicalUri,
    canonicalQuery,
    canonicalHeaders,
    names.join(';'),
    'UNSIGNED-PAYLOAD',
  ].join('\n');
  const [, date, region, service] = (q.get('X-Amz-Credential') ?? '').split('/');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const stringToSign = [
    'AWS4-HMAC-SHA256',
    q.get('X-Amz-Date'),
    scope,
    createHash('sha256').update(canonicalRequest).digest('hex'),
  ].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${secretAccessKey}`, date!), region!), service!), 'aws4_request');
  return hmac(key, stringToSign).toString('hex') === q.get('X-Amz-Signature');
}
