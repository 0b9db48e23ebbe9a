// How a failed SES send is handled (docs/reminders.md, "Retries"):
//   throttled  backed off within the rate by the mailer; if it still fails, retried by a later run
//   quota      the daily sending quota: this run sends nothing more; the next run sends the rest
//   account    a refusal of the account, not of the email (sending paused, credentials or IAM, an
//              unverified sender or MAIL FROM domain, a missing configuration set): the same email
//              goes through once the IT officer fixes the account, so like the quota this run
//              sends nothing more and the next run sends the rest (logged for the IT officer)
//   permanent  given up at once: a refusal of this email (MessageRejected, an invalid address:
//              any 4xx that is not throttling, the quota or the account)
//   server     a server error (5xx: InternalFailure, ServiceUnavailable): ambiguous, SES may have
//              taken the email. Never resent (not by the SDK, not by the outbox): given up as
//              "ambiguous" and listed in the coordinators' next digest for a person to check
//   transient  anything else (network): retried by a later run
export type SendFailureKind = 'throttled' | 'quota' | 'account' | 'permanent' | 'server' | 'transient';

// Error codes compared without a trailing "Exception" (SES v1 answers `AccessDenied`, v2 and the
// SDK's modelled errors `AccessDeniedException`: the same refusal).
const PERMANENT = new Set([
  'MessageRejected',
  'InvalidParameterValue',
  'InvalidParameterCombination',
  'ValidationError',
  'Validation',
]);
/** Refusals of the account or its set-up: every email would be refused until a person fixes it. */
const ACCOUNT = new Set([
  'AccountSendingPaused',
  'ConfigurationSetDoesNotExist',
  'ConfigurationSetSendingPaused',
  'MailFromDomainNotVerified',
  'AccessDenied',
  'NotAuthorized',
  'UnrecognizedClient',
  'InvalidClientTokenId',
  'SignatureDoesNotMatch',
  'MissingAuthenticationToken',
  'OptInRequired',
  'InvalidAccessKeyId',
  'AuthFailure',
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
 * SES v1 refuses an unverified identity with MessageRejected "Email address is not verified. The
 * following identities failed the check in region …: a@x, b@y". The sender among them is the
 * account's fault (every email fails); only recipients (the sandbox) are this email's.
 */
function senderNotVerified(message: string, sender: string | undefined): boolean {
  if (!sender || !/not verified/i.test(message)) return false;
  const address = (sender.match(/<([^>]+)>/)?.[1] ?? sender).trim().toLowerCase();
  const failed = message.toLowerCase().split(/:\s*/).pop() ?? '';
  return failed.split(/[\s,]+/).some((id) => id === address || id === address.split('@')[1]);
}

/**
 * Classify an error thrown by SES SendEmail / SendRawEmail, from the SDK's error name (with or
 * without "Exception"), its message, `$fault`, `$retryable` and HTTP status: quota first (SES names
 * it Throttling too), then throttling, account (a refusal of the account: paused, credentials,
 * IAM, an unverified `sender`), permanent (a refusal of this email, or any other 4xx client fault:
 * the same request will be refused again), server (5xx), else transient (no answer: network).
 * `sender` is the mailer's From address (MAIL_FROM), to tell an unverified sender from a recipient.
 */
export function classifySendError(error: unknown, sender?: string): SendFailureKind {
  const e = (error ?? {}) as AwsError;
  const code = errorCode(e);
  const status = e.$metadata?.httpStatusCode ?? e.$response?.statusCode ?? 0;
  if (/daily message quota|sending quota|LimitExceeded/i.test(`${code} ${e.message ?? ''}`)) return 'quota';
  if (THROTTLED.has(code) || status === 429 || e.$retryable?.throttling === true) return 'throttled';
  if (ACCOUNT.has(code) || senderNotVerified(e.message ?? '', sender)) return 'account';
  if (PERMANENT.has(code)) return 'permanent';
  if (status >= 500 || e.$fault === 'server' || code === 'InternalFailure' || code === 'ServiceUnavailable')
    return 'server';
  if (TRANSIENT_4XX.has(code)) return 'transient';
  if ((status >= 400 && status < 500) || (e.$fault === 'client' && status > 0)) return 'permanent';
  return 'transient';
}

export class SendFailure extends Error {
  constructor(
    readonly kind: SendFailureKind,
    readonly causeName: string,
  ) {
    super(`send failed: ${kind} (${causeName})`);
    this.name = 'SendFailure';
  }
}
