// The one place errors become HTTP responses: typed domain errors, middy's http errors, AWS throttling.
import { DomainError, type ErrorCode, type FieldMessage } from '../../shared/domain/errors.js';

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
  too_many_requests: 429,
  unavailable: 503,
};

const GENERIC: Record<number, { code: string; th: string; en: string }> = {
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
  503: { code: 'unavailable', th: 'ระบบไม่ว่างชั่วคราว กรุณาลองใหม่อีกครั้ง', en: 'temporarily unavailable; please retry' },
  500: { code: 'internal', th: 'เกิดข้อผิดพลาดในระบบ กรุณาลองใหม่หรือติดต่อผู้ดูแลระบบ', en: 'internal error' },
};

// Retries exhausted on these: a clean 503 the client can retry, never a 500.
const TRANSIENT = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'TransactionInProgressException',
  'SlowDown',
]);

function isTransient(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (TRANSIENT.has(error.name)) return true;
  const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons;
  return (
    error.name === 'TransactionCanceledException' &&
    (reasons ?? []).some((r) => r.Code === 'TransactionConflict' || r.Code === 'ThrottlingError')
  );
}

/** Every string of an error is well-formed Unicode: a lone surrogate that reached a message is shown as U+FFFD. */
const wellFormed = (_key: string, value: unknown) =>
  typeof value === 'string' ? value.replace(/\p{Cs}/gu, '\uFFFD') : value;

function body(code: string, th: string, en: string, fields: FieldMessage[] = [], extra: Record<string, unknown> = {}) {
  return JSON.stringify({ error: { code, message_th: th, message_en: en, fields, ...extra } }, wellFormed);
}

export function errorResponse(error: unknown): HttpResponse {
  const headers = { 'content-type': 'application/json; charset=utf-8' };
  if (error instanceof DomainError) {
    return {
      statusCode: STATUS_BY_CODE[error.code],
      headers,
      body: body(error.code, error.message_th, error.message_en, error.fields, error.details),
    };
  }
  const status = (error as { statusCode?: unknown })?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const g = GENERIC[status] ?? GENERIC[400]!;
    return { statusCode: status, headers, body: body(g.code, g.th, g.en) };
  }
  const g = isTransient(error) ? GENERIC[503]! : GENERIC[500]!;
  return { statusCode: isTransient(error) ? 503 : 500, headers, body: body(g.code, g.th, g.en) };
}
