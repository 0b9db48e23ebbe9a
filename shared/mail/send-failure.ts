// How a failed SES send is handled (docs/reminders.md, "Retries"):
//   throttled  backed off within the rate by the mailer; if it still fails, retried by a later run
//   quota      the daily sending quota: this run sends nothing more; the next run sends the rest
//   permanent  given up at once (rejected message, bad address, sending paused, unverified sender)
//   server     a server error (5xx: InternalFailure, ServiceUnavailable): in practice SES did not take
//              it; retried by a later run through the outbox (never by the SDK), within the capped
//              attempts. If SES had taken it after all, the retry is one more copy: the residual
//              window of docs/reminders.md
//   transient  anything else (network): retried by a later run
export type SendFailureKind = 'throttled' | 'quota' | 'permanent' | 'server' | 'transient';

const PERMANENT = new Set([
  'MessageRejected',
  'MailFromDomainNotVerifiedException',
  'MailFromDomainNotVerified',
  'ConfigurationSetDoesNotExistException',
  'ConfigurationSetSendingPausedException',
  'AccountSendingPausedException',
  'InvalidParameterValue',
  'InvalidParameterValueException',
  'AccessDeniedException',
]);
const THROTTLED = new Set(['Throttling', 'ThrottlingException', 'TooManyRequestsException']);

interface AwsError {
  name?: string;
  message?: string;
  $fault?: string;
  $metadata?: { httpStatusCode?: number };
  $retryable?: { throttling?: boolean };
}

/** Classify an error thrown by SES SendEmail / SendRawEmail. */
export function classifySendError(error: unknown): SendFailureKind {
  const e = (error ?? {}) as AwsError;
  const name = e.name ?? '';
  const status = e.$metadata?.httpStatusCode ?? 0;
  if (/daily message quota|sending quota|LimitExceeded/i.test(`${name} ${e.message ?? ''}`)) return 'quota';
  if (THROTTLED.has(name) || status === 429 || e.$retryable?.throttling === true) return 'throttled';
  if (PERMANENT.has(name)) return 'permanent';
  if (status >= 500 || e.$fault === 'server' || name === 'InternalFailure' || name === 'ServiceUnavailable')
    return 'server';
  return 'transient';
}

/** The reason shown to coordinators, in Thai. */
export const GIVE_UP_REASON_TH: Record<string, string> = {
  permanent: 'ระบบอีเมลปฏิเสธการส่ง (ที่อยู่อีเมลไม่ถูกต้องหรือถูกระงับ)',
  attempts: 'ส่งไม่สำเร็จครบจำนวนครั้งที่กำหนด',
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
