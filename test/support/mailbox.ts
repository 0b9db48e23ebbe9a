// Reads what the SES emulator received (GET /store), for one org's addresses (@{orgId}.example.org).
import { inject } from 'vitest';

/**
 * When this test file started, in the emulator's whole seconds (its mails' `at`; set by
 * test/support/file-start.ts). The emulator is shared by the whole run and keeps every mail: by the
 * end of a run the store holds thousands, PDFs attached, and fetching all of them on every call cost
 * seconds a call. Every mail a test file reads was sent after it started: only those are fetched.
 */
const fileStartedAt = () => (globalThis as { itaFileStartedAt?: number }).itaFileStartedAt ?? 0;

export interface ReceivedMail {
  messageId: string;
  from: string;
  to: string[];
  subject: string;
  html: string;
  text: string;
  attachments: { filename?: string; contentType: string; size: number; content: string }[];
}

/** `who`: an org id (its test addresses are @{orgId}.example.org) or a whole mail domain. */
export async function mailFor(who: string): Promise<ReceivedMail[]> {
  const domain = who.includes('.') ? who : `${who}.example.org`;
  const res = await fetch(`${inject('sesEndpoint')}/store?since=${fileStartedAt()}`);
  const { emails } = (await res.json()) as {
    emails: {
      messageId: string;
      from: string;
      destination: { to: string[] };
      subject: string;
      body: { html?: string; text?: string };
      attachments: ReceivedMail['attachments'];
    }[];
  };
  return emails
    .filter((e) => e.destination.to.some((a) => a.endsWith(`@${domain}`)))
    .map((e) => ({
      messageId: e.messageId,
      from: e.from,
      to: e.destination.to,
      subject: e.subject,
      html: e.body.html ?? '',
      text: e.body.text ?? '',
      attachments: e.attachments ?? [],
    }));
}

/** Mail grouped by recipient address. */
export function byRecipient(mails: ReceivedMail[]): Map<string, ReceivedMail[]> {
  const out = new Map<string, ReceivedMail[]>();
  for (const m of mails) for (const to of m.to) out.set(to, [...(out.get(to) ?? []), m]);
  return out;
}

/** A reminder's plain-text lines about one obligation (its entry: blocks are blank-line separated); '' if absent. */
export const entryOf = (text: string, obligationId: string): string =>
  text.split('\n\n').find((block) => block.includes(obligationId)) ?? '';

/**
 * What a reminder says about one obligation: the lines above its list (intro and notes said once
 * for the list: shared/mail/reminder-email.ts sharedLateNote), then its entry; '' if absent.
 */
export function aboutOf(text: string, obligationId: string): string {
  let above: string[] = [];
  let inList = false;
  for (const block of text.split('\n\n')) {
    const item = /^[๐-๙]+\. /.test(block);
    if (item && block.includes(obligationId)) return [...above, block].join('\n\n');
    if (!item && inList) above = [];
    if (!item) above.push(block);
    inList = item;
  }
  return '';
}

/**
 * An email's HTML with the spans that keep a date, a month with its year or a unit's name on one line
 * (keepWhole, shared/mail/html.ts) taken out, their no-break spaces plain: its words as written, for
 * a test about what it says rather than how it wraps.
 */
export const htmlWords = (html: string): string =>
  html.replace(/<span style="white-space:nowrap">([^<]*)<\/span>/g, (_, kept: string) =>
    kept.replaceAll('\u00a0', ' '),
  );
