// CloudFront's fallback origin for /ita/*: when the public bucket answers 403 or 404 (an address
// with nothing published), CloudFront asks the API's GET/HEAD /ita/{proxy+}, this function, with the
// same path, and the viewer gets its answer: the Thai not-found page, 404
// (shared/publishing/not-found-page.ts, as locally).
import { ORIGIN_SECRET_HEADER, originSecretMatches } from '../../shared/api/origin-secret.js';
import {
  NOT_FOUND_CACHE_CONTROL,
  NOT_FOUND_CONTENT_TYPE,
  NOT_FOUND_STATUS,
  notFoundPage,
} from '../../shared/publishing/not-found-page.js';

/** The part of an HTTP API event (payload 2.0) read here. */
export interface PublicNotFoundEvent {
  rawPath?: string;
  headers?: Record<string, string | undefined>;
}

export interface PublicNotFoundAnswer {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

export function publicNotFoundHandler(
  yearsOf: (orgId: string) => Promise<number[]>,
  warn: (message: string, fields: Record<string, unknown>) => void,
  /** CloudFront's secret origin header (ORIGIN_SECRET, with the API's own domain): else 403, nothing listed */
  originSecret?: string,
): (event: PublicNotFoundEvent) => Promise<PublicNotFoundAnswer> {
  return async (event): Promise<PublicNotFoundAnswer> => {
    if (originSecret && !originSecretMatches(event.headers?.[ORIGIN_SECRET_HEADER], originSecret))
      return { statusCode: 403, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'forbidden' };
    return {
      statusCode: NOT_FOUND_STATUS,
      headers: { 'content-type': NOT_FOUND_CONTENT_TYPE, 'cache-control': NOT_FOUND_CACHE_CONTROL },
      // the page without the org's years when they cannot be listed: still a 404, never a 5xx
      body: await notFoundPage(event.rawPath ?? '/', yearsOf, (error) =>
        warn('the years of the org were not listed', { error }),
      ),
    };
  };
}
