// The one place errors become HTTP responses: typed domain errors, middy's http errors, AWS throttling.
import { DomainError, type ErrorCode, type FieldMessage, TooManyRequestsError } from '../../shared/domain/errors.js';
import { toThaiDigits } from '../../shared/domain/thai-format.js';
import { JSON_TYPE } from '../../shared/domain/content-types.js';

export interface HttpResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  precondition_failed: 412,
  payload_too_large: 413,
  too_many_requests: 429,
  unavailable: 503,
};

/** Seconds a client waits before retrying a 503 (the Retry-After header). */
export const RETRY_AFTER_SECONDS = 5;

/** The body of each status that no domain error explains (also WAF's 401: infra/cdk/fair-share.ts). */
export const GENERIC: Record<number, { code: string; th: string; en: string }> = {
  400: { code: 'bad_request', th: 'คำขอไม่ถูกต้อง', en: 'bad request' },
  401: { code: 'unauthenticated', th: 'กรุณาเข้าสู่ระบบ', en: 'sign-in required' },
  403: { code: 'forbidden', th: 'ไม่มีสิทธิ์', en: 'not allowed' },
  404: { code: 'not_found', th: 'ไม่พบสิ่งที่ขอ', en: 'not found' },
  405: { code: 'method_not_allowed', th: 'ไม่รองรับคำขอนี้', en: 'method not allowed' },
  413: { code: 'payload_too_large', th: 'ข้อมูลที่ส่งมีขนาดใหญ่เกินไป', en: 'request body too large' },
  415: {
    code: 'unsupported_media_type',
    th: 'ต้องส่งข้อมูลแบบ JSON (application/json)',
    en: 'the body must be application/json',
  },
  503: {
    code: 'unavailable',
    th: `ระบบไม่ว่างชั่วคราว กรุณาลองใหม่อีกครั้งในอีก ${toThaiDigits(RETRY_AFTER_SECONDS)} วินาที ส่งคำขอเดิมซ้ำได้อย่างปลอดภัย`,
    en: `temporarily unavailable; please retry in ${RETRY_AFTER_SECONDS} seconds: it is safe to send the same request again`,
  },
  500: { code: 'internal', th: 'เกิดข้อผิดพลาดในระบบ กรุณาลองใหม่หรือติดต่อผู้ดูแลระบบ', en: 'internal error' },
};

// Retries exhausted on these: a clean 503 the client can retry, never a 500. Throttling and
// server errors by AWS error name; the SDK's own timeouts (TimeoutError: no answer within the
// request timeout) and dropped connections by name or Node's error code.
const TRANSIENT = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'TransactionInProgressException',
  'SlowDown',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
]);
const TRANSIENT_NETWORK = new Set(['ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ECONNREFUSED', 'EAI_AGAIN']);

function isTransient(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (TRANSIENT.has(error.name)) return true;
  if (TRANSIENT_NETWORK.has(String((error as { code?: unknown }).code))) return true;
  const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons;
  return (
    error.name === 'TransactionCanceledException' &&
    (reasons ?? []).some((r) => r.Code === 'TransactionConflict' || r.Code === 'ThrottlingError')
  );
}

/** Every string of an error is well-formed Unicode: a lone surrogate that reached a message is shown as U+FFFD. */
const wellFormed = (_key: string, value: unknown) =>
  typeof value === 'string' ? value.replace(/\p{Cs}/gu, '\uFFFD') : value;

/** The API's error body (docs/api.md, "Error shape"): `{ error: { code, message_th, message_en, fields, ...extra } }`. */
export function errorBody(
  code: string,
  th: string,
  en: string,
  fields: FieldMessage[] = [],
  extra: Record<string, unknown> = {},
): string {
  return JSON.stringify({ error: { code, message_th: th, message_en: en, fields, ...extra } }, wellFormed);
}

/**
 * The Retry-After header's seconds (RFC 9110 §10.2.3) of an answer: every 503 says when to retry
 * (RETRY_AFTER_SECONDS), every 429 when its limit resets (TooManyRequestsError.retryAfterSeconds);
 * undefined for other statuses.
 */
function retryAfterSeconds(statusCode: number, error: unknown): number | undefined {
  if (statusCode === 503) return RETRY_AFTER_SECONDS;
  if (statusCode === 429 && error instanceof TooManyRequestsError)
    return Math.max(1, Math.ceil(error.retryAfterSeconds));
  return undefined;
}

/**
 * An error as the API's answer: status, headers (Retry-After on 429 and 503) and the error body
 * (`error.code`, `message_th`, `message_en`, `fields`). Never throws.
 */
export function errorResponse(error: unknown): HttpResponse {
  const headers = { 'content-type': JSON_TYPE };
  const retryLater = { ...headers, 'retry-after': String(RETRY_AFTER_SECONDS) };
  if (error instanceof DomainError) {
    const statusCode = STATUS_BY_CODE[error.code];
    const seconds = retryAfterSeconds(statusCode, error);
    return {
      statusCode,
      headers: seconds === undefined ? headers : { ...headers, 'retry-after': String(seconds) },
      body: errorBody(error.code, error.message_th, error.message_en, error.fields, error.details),
    };
  }
  const status = (error as { statusCode?: unknown })?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const g = GENERIC[status] ?? GENERIC[400]!;
    // a 405's methods (the router's `allow`: RFC 9110 §10.2.1)
    const { allow } = error as { allow?: string };
    return {
      statusCode: status,
      headers: allow ? { ...headers, allow } : headers,
      body: errorBody(g.code, g.th, g.en),
    };
  }
  if (isTransient(error)) {
    const g = GENERIC[503]!;
    return { statusCode: 503, headers: retryLater, body: errorBody(g.code, g.th, g.en) };
  }
  const g = GENERIC[500]!;
  return { statusCode: 500, headers, body: errorBody(g.code, g.th, g.en) };
}
