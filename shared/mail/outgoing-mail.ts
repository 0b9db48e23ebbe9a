// An email as the system sends it, and the sender's port.

export interface Attachment {
  filename: string;
  contentType: string;
  content: Uint8Array;
}

/** What an email is, as its SES tag and a person's "undeliverable" mark name it. */
export type MailKind = 'invitation' | 'reminder' | 'summary' | 'annual-report';

/**
 * SES message tags on every email (SendEmail/SendRawEmail `Tags`): SES copies them into its bounce,
 * complaint and reject notifications (`mail.tags`), so the mail-events function knows the org to
 * look the address up in, and what the email was. Values: ASCII letters, digits, `_ - .` only.
 */
export const MAIL_TAG = { org: 'ita-org', kind: 'ita-kind' } as const;

export interface OutgoingMail {
  to: string[];
  subject: string;
  html: string;
  text: string;
  attachments?: Attachment[];
  /** the org it is sent for and what it is (MAIL_TAG) */
  tags?: { orgId: string; kind: MailKind };
  /**
   * From's display name (RFC 5322 §3.4), senderNameOf the org: what a phone shows as the sender.
   * Used by a mailer given a `formatFrom` (the jobs' and the invitations'); others send from the
   * address alone.
   */
  senderName?: string;
}

/** "ITA เทศบาลตำบลดอนอะระง": the sender a reader sees (tester s43b F13: "ita-noreply@…", no name). */
export const senderNameOf = (orgName: string | undefined): { senderName?: string } =>
  orgName ? { senderName: `ITA ${orgName}` } : {};

/**
 * From with its display name: `"ITA Office" <a@b>`, or for a Thai name RFC 2047 encoded-words
 * (UTF-8, B; each at most 75 characters, split between characters), as SES's SendEmail Source wants
 * a non-ASCII name (SES Developer Guide, "Sending formatted email"). Written here, not with
 * nodemailer's mime-funcs, so the API's invitations show it too without that in the API bundle.
 */
export function formatFrom(address: string, name: string): string {
  if (/^[\x20-\x7e]*$/.test(name)) return `"${name.replace(/["\\]/g, '\\$&')}" <${address}>`;
  // 45 bytes a word: 60 base64 characters, 72 with "=?UTF-8?B?" and "?="
  const words = [''];
  for (const c of name) {
    if (Buffer.byteLength(words.at(-1)! + c) > 45) words.push('');
    words[words.length - 1] += c;
  }
  return `${words.map((w) => `=?UTF-8?B?${Buffer.from(w).toString('base64')}?=`).join(' ')} <${address}>`;
}

/** What the sender tells its caller while sending. */
export interface SendHooks {
  /**
   * Called once, right before the first request leaves for the mail service (after any wait for a
   * send slot). If it throws, nothing is sent (a transient SendFailure).
   */
  sending?: () => Promise<void>;
}

export interface Mailer {
  send(mail: OutgoingMail, hooks?: SendHooks): Promise<{ messageId: string }>;
}
