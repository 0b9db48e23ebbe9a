// How a failed SES send is handled (docs/reminders.md, "Retries"):
//   throttled  backed off within the rate by the mailer; if it still fails, retried by a later run
//   quota      the daily sending quota: this run sends nothing more; the next run sends the rest
//   permanent  given up at once (rejected message, bad address, sending paused, unverified sender,
//              access denied: any 4xx refusal that is not throttling or the quota)
//   server     a server error (5xx: InternalFailure, ServiceUnavailable): ambiguous, SES may have
//              taken the email. Never resent (not by the SDK, not by the outbox): given up as
//              "ambiguous" and listed in the coordinators' next digest for a person to check
//   transient  anything else (network): retried by a later run
export type SendFailureKind = 'throttled' | 'quota' | 'permanent' | 'server' | 'transient';

// Error codes compared without a trailing "Exception" (SES v1 answers `AccessDenied`, v2 and the
// SDK's modelled errors `AccessDeniedException`: the same refusal).
const PERMANENT = new Set([
  'MessageRejected',
  'MailFromDomainNotVerified',
  'ConfigurationSetDoesNotExist',
  'ConfigurationSetSendingPaused',
  'AccountSendingPaused',
  'InvalidParameterValue',
  'InvalidParameterCombination',
  'AccessDenied',
  'NotAuthorized',
  'UnrecognizedClient',
  'InvalidClientTokenId',
  'SignatureDoesNotMatch',
  'MissingAuthenticationToken',
  'OptInRequired',
  'ValidationError',
  'Validation',
]);
const THROTTLED = new Set(['Throttling', 'TooManyRequests', 'RequestLimitExceeded']);
/** 4xx answers a later attempt may get past (an expired signature or token, a slow request). */
const TRANSIENT_4XX = new Set(['RequestTimeout', 'RequestExpired', 'ExpiredToken', 'IDPCommunicationError']);

interface AwsError {
  name?: string;
  code?: string;
  Code?: string;
  message?: string;
  $fault?: string;
  $metadata?: { httpStatusCode?: number };
  $retryable?: { throttling?: boolean };
  $response?: { statusCode?: number };
}

/** "AccessDeniedException" -> "AccessDenied"; the SDK's name, else an older `code`. */
function errorCode(e: AwsError): string {
  const raw = [e.name, e.code, e.Code].find((n) => n && n !== 'Error' && n !== 'ServiceException') ?? '';
  return raw.replace(/(Exception|Fault)$/, '');
}

/**
 * Classify an error thrown by SES SendEmail / SendRawEmail, from the SDK's error name (with or
 * without "Exception"), `$fault`, `$retryable` and HTTP status: quota first (SES names it
 * Throttling too), then throttling, server (5xx), permanent (a known refusal, or any other 4xx
 * client fault: the same request will be refused again), else transient (no answer: network).
 */
export function classifySendError(error: unknown): SendFailureKind {
  const e = (error ?? {}) as AwsError;
  const code = errorCode(e);
  const status = e.$metadata?.httpStatusCode ?? e.$response?.statusCode ?? 0;
  if (/daily message quota|sending quota|LimitExceeded/i.test(`${code} ${e.message ?? ''}`)) return 'quota';
  if (THROTTLED.has(code) || status === 429 || e.$retryable?.throttling === true) return 'throttled';
  if (PERMANENT.has(code)) return 'permanent';
  if (status >= 500 || e.$fault === 'server' || code === 'InternalFailure' || code === 'ServiceUnavailable')
    return 'server';
  if (TRANSIENT_4XX.has(code)) return 'transient';
  if ((status >= 400 && status < 500) || (e.$fault === 'client' && status > 0)) return 'permanent';
  return 'transient';
}

/** The reason shown to coordinators, in Thai. */
export const GIVE_UP_REASON_TH: Record<string, string> = {
  permanent: 'ระบบอีเมลปฏิเสธการส่ง (ที่อยู่อีเมลไม่ถูกต้องหรือถูกระงับ)',
  attempts: 'ส่งไม่สำเร็จครบจำนวนครั้งที่กำหนด',
  ambiguous: 'ไม่แน่ใจว่าส่งถึงหรือไม่ (ระบบอีเมลขัดข้องขณะส่ง จึงไม่ส่งซ้ำอัตโนมัติ) โปรดตรวจสอบกับผู้รับ',
};

export class SendFailure extends Error {
  constructor(
    readonly kind: SendFailureKind,
    readonly causeName: string,
  ) {
    super(`send failed: ${kind} (${causeName})`);
    this.name = 'SendFailure';
  }
}
