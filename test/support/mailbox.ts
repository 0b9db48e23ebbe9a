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

/** A mail as GET /store gives it. */
interface StoredMail {
  messageId: string;
  from: string;
  destination: { to: string[] };
  subject: string;
  body: { html?: string; text?: string };
  attachments: ReceivedMail['attachments'];
  /** when the emulator received it, in whole seconds */
  at: number;
}

/**
 * This file's mail so far (every mail the emulator received since the file started), kept between
 * calls: a reminder file reads its mail after every simulated day, and fetching every mail since
 * the file started each time (the other worker's too) cost the emulator and the test seconds.
 * The store only grows, in the order mails arrive, and a mail's `at` is when it arrived: a mail
 * not yet kept arrived after the last fetch started, so a fetch since a second before that start
 * gives the kept mails of that second on, in the same order, then the new ones.
 */
const kept: { fileStartedAt: number; mails: StoredMail[]; fetchedFrom: number } = {
  fileStartedAt: -1,
  mails: [],
  fetchedFrom: 0,
};

/** Every mail the emulator received since this file started, in the order received (as GET /store?since= gives them). */
async function mailSinceFileStart(): Promise<StoredMail[]> {
  const started = fileStartedAt();
  if (kept.fileStartedAt !== started) Object.assign(kept, { fileStartedAt: started, mails: [], fetchedFrom: started });
  const since = kept.fetchedFrom;
  const fetchedFrom = Math.max(started, Math.floor(Date.now() / 1000) - 1);
  const res = await fetch(`${inject('sesEndpoint')}/store?since=${since}`);
  const { emails } = (await res.json()) as { emails: StoredMail[] };
  if (kept.fileStartedAt !== started) return emails;
  const mails = [...kept.mails.filter((m) => m.at < since), ...emails];
  Object.assign(kept, { mails, fetchedFrom });
  return mails;
}

/** `who`: an org id (its test addresses are @{orgId}.example.org) or a whole mail domain. */
export async function mailFor(who: string): Promise<ReceivedMail[]> {
  const domain = who.includes('.') ? who : `${who}.example.org`;
  const emails = await mailSinceFileStart();
  return emails
    .filter((e) => e.destination.to.some((a) => a.endsWith(`@${domain}`)))
    .map((e) => ({
      messageId: e.messageId,
      from: e.from,
      // copies: the kept mails are read again by the next call
      to: [...e.destination.to],
      subject: e.subject,
      html: e.body.html ?? '',
      text: e.body.text ?? '',
      attachments: (e.attachments ?? []).map((a) => ({ ...a })),
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
