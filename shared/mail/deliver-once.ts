// Send an email at most once per marker: claim (markers + outbox item) -> send -> settle.
// The outbox keeps a recipe, not the body: a retry renders again from current data, after checking
// the email is still wanted (docs/reminders.md, "Retries").
// The claim is marked "sending" right before the request leaves for SES. A claim left unsettled once
// its lease ends is sent again only if never marked; a marked one (the process stopped, or recording
// the send failed for good, after SES may have taken it) is given up as "interrupted" and listed for a
// person to check, as a 5xx from SES is (ambiguous: SES may have taken the email).
import { SES_ACCOUNT_REFUSED } from '../jobs/alarmed-log-lines.js';
import { createHash } from 'node:crypto';
import type { BatchPart } from '../domain/reminder-plan.js';
import {
  MAX_MARKERS_PER_MAIL,
  type MailRecipe,
  type OutboxItem,
  type OutboxRepository,
  type SendMarker,
} from '../store/outbox-repository.js';
import type { Store } from '../store/dynamo-client.js';
import type { PlainDate } from '../domain/plain-date.js';
import type { Repositories } from '../store/repositories.js';
import type { Mailer, OutgoingMail } from './outgoing-mail.js';
import { SendFailure } from './send-failure.js';

export interface DeliveryDeps {
  store: Store;
  /** built once by the entry point (shared/store/repositories.ts) */
  repos: Repositories;
  mailer: Mailer;
  /** real time, for leases only; business dates come from the job's scheduled time */
  wallClock: () => Date;
  /** how long a claim is protected before another run may resend it (default 10 minutes) */
  leaseMs?: number;
  /** told of each mail accepted by the sender (the CLI prints them) */
  onSent?: (orgId: string, mail: { to: string[]; subject: string }) => void;
  /** operational log (no personal data): Lambda's logger, the CLI's stderr */
  log?: (message: string, facts: Record<string, string | number>) => void;
}

/**
 * One run's shared state. Once SES says the daily quota is spent, or refuses the account itself
 * (sending paused, credentials, IAM, an unverified sender), nothing more is sent: the rest is
 * "deferred" and the next run sends it. `stopped` says why (the SES error's name in `cause`).
 */
export interface RunState {
  stopped?: { kind: 'quota' | 'account'; cause: string };
  /** the run's business day (Bangkok), kept with a given-up email for the digest */
  today?: PlainDate;
  /**
   * The org's outbox as retryOutbox read it, so a digest day's given-up list (givenUpMail) needs no
   * second Query; dropped when this run gives an email up or forgets the given-up ones.
   */
  outboxRead?: OutboxItem[];
  /**
   * The mailIds of the outbox as the run's retry pass found it (failed, claimed, given up): not
   * emails already sent, so an item of theirs is never counted "already sent" (that pass counts them).
   */
  unsettled?: Set<string>;
}

export type DeliveryOutcome = 'sent' | 'duplicate' | 'failed' | 'given-up' | 'deferred' | 'dropped';

/** A failed email is tried at most this many times (first send included), then given up. */
export const MAX_SEND_ATTEMPTS = 5;
const DEFAULT_LEASE_MS = 10 * 60_000;

export const maskAddress = (address: string) => address.replace(/^(.).*(@.*)$/, '$1***$2');

function mailIdOf(orgId: string, markers: SendMarker[]): string {
  const basis = markers
    .map((m) => `${m.fy}|${m.stage}|${m.recipient}|${m.subjectId}`)
    .sort()
    .join('\n');
  return createHash('sha256').update(`${orgId}\n${basis}`).digest('hex').slice(0, 40);
}

/** Retry a bookkeeping write a few times: failing it must not turn a sent email into a resend. */
async function persistently<T>(write: () => Promise<T>, attempts = 6): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((r) => setTimeout(r, 20 * 2 ** attempt * Math.random()));
    }
  }
}

async function sendAndSettle(
  deps: DeliveryDeps,
  run: RunState,
  claim: { orgId: string; mailId: string; attempts: number; what: string; actor: string },
  mail: OutgoingMail,
): Promise<DeliveryOutcome> {
  const outbox = deps.repos.outbox;
  const { orgId, mailId, what, actor } = claim;
  let messageId: string;
  try {
    ({ messageId } = await deps.mailer.send(mail, { sending: () => outbox.markSending(orgId, mailId) }));
  } catch (error) {
    const kind = error instanceof SendFailure ? error.kind : 'transient';
    const cause = error instanceof SendFailure ? error.causeName : error instanceof Error ? error.name : 'error';
    const giveUp = (reason: string) => {
      delete run.outboxRead;
      return persistently(() =>
        outbox.settleGivenUp({
          orgId,
          mailId,
          reason,
          cause,
          ...(run.today ? { day: run.today } : {}),
          actor,
          now: deps.wallClock(),
          what,
        }),
      );
    };
    if (kind === 'permanent') {
      await giveUp(kind);
      return 'given-up';
    }
    if (kind === 'server') {
      // ambiguous: a resend could be a second copy; a person checks instead (the next digest)
      await giveUp('ambiguous');
      return 'given-up';
    }
    if (kind === 'quota' || kind === 'account') {
      // nothing this run sends can go through: keep this one (no attempt used up) and stop
      if (!run.stopped) {
        run.stopped = { kind, cause };
        if (kind === 'account')
          deps.log?.(
            `${SES_ACCOUNT_REFUSED}: no email is sent until the IT officer fixes it (sending paused, credentials, IAM, sender verification, configuration set); this run deferred the rest to the next run`,
            { orgId, error: cause },
          );
      }
      await persistently(() => outbox.settleFailed(orgId, mailId, kind, true));
      return 'deferred';
    }
    if (claim.attempts >= MAX_SEND_ATTEMPTS) {
      await giveUp('attempts');
      return 'given-up';
    }
    await persistently(() => outbox.settleFailed(orgId, mailId, kind));
    return 'failed';
  }
  deps.onSent?.(orgId, { to: mail.to, subject: mail.subject });
  // Sent. If recording that fails for good, the claim stays "sending": once its lease ends the next
  // run gives it up as "interrupted" (retryOutbox), never resends it.
  await persistently(() => outbox.settleSent({ orgId, mailId, messageId, actor, now: deps.wallClock(), what }));
  return 'sent';
}

/**
 * Deliver items to one recipient, at most MAX_MARKERS_PER_MAIL in one email. Items whose markers
 * another run already claimed are dropped and the mail is rendered again for the rest. Each email
 * that already carries some of the items (by the mailId on their markers) is one 'duplicate', so a
 * batch split over parts counts as many emails found already sent as it counted sent (tester s45:
 * a rerun said "เคยส่งแล้ว" once per person). `recipe(items)` is what the outbox keeps to render the
 * mail again on a retry. Both get `elsewhere`: how many of the items to send go in this recipient's
 * other emails (0 when one email holds them all), so a part can say it is one, and `part`: which of
 * them it is.
 */
export async function deliverOnce<T>(
  deps: DeliveryDeps,
  input: {
    orgId: string;
    actor: string;
    what: string;
    items: T[];
    markerOf: (item: T) => SendMarker;
    render: (items: T[], elsewhere: number, part: BatchPart) => OutgoingMail;
    recipe: (items: T[], elsewhere: number, part: BatchPart) => MailRecipe;
    run?: RunState;
    /**
     * The email (mailId) of a marker an earlier run is known to have claimed
     * (OutboxRepository.claimedMarkers), else undefined: its item is left out before the claim, as a
     * refused claim would leave it out, without the write.
     */
    claimedBefore?: (marker: SendMarker) => string | undefined;
    /** an item's group (a report's unit): each part is told every group's count in the whole (BatchPart.units) */
    groupOf?: (item: T) => string;
  },
): Promise<DeliveryOutcome[]> {
  const run = input.run ?? {};
  const outcomes: DeliveryOutcome[] = [];
  // the emails already sent with some of the items: one 'duplicate' each, counted at the end
  const sentBefore = new Set<string>();
  const already = (mailId: string) => {
    if (!run.unsettled?.has(mailId)) sentBefore.add(mailId);
  };
  // a stopped run defers these as they are; else those an earlier run claimed are left out unclaimed
  const known = input.claimedBefore;
  const pending =
    known && !run.stopped
      ? input.items.filter((item) => {
          const mailId = known(input.markerOf(item));
          if (mailId !== undefined) already(mailId);
          return mailId === undefined;
        })
      : input.items;
  const { sizes, units, measured } = batchParts(pending, input.render, input.groupOf);
  for (let k = 0, i = 0; k < sizes.length; i += sizes[k]!, k++) {
    let items = pending.slice(i, i + sizes[k]!);
    const elsewhere = pending.length - items.length;
    const part: BatchPart = { index: k + 1, of: sizes.length, first: i + 1, ...(units ? { units } : {}) };
    for (;;) {
      if (items.length === 0) break;
      if (run.stopped) {
        outcomes.push('deferred');
        break;
      }
      const markers = items.map(input.markerOf);
      const mailId = mailIdOf(input.orgId, markers);
      const seen = measured.get(part.first);
      const mail =
        seen && seen.n === items.length && seen.of === part.of ? seen.mail : input.render(items, elsewhere, part);
      const claim = await deps.repos.outbox.claim({
        orgId: input.orgId,
        mailId,
        markers,
        recipe: input.recipe(items, elsewhere, part),
        recipient: mail.to.map(maskAddress).join(', '),
        what: input.what,
        leaseUntil: deps.wallClock().getTime() + (deps.leaseMs ?? DEFAULT_LEASE_MS),
        now: deps.wallClock(),
      });
      if (claim.claimed) {
        outcomes.push(
          await sendAndSettle(
            deps,
            run,
            { orgId: input.orgId, mailId, attempts: 1, what: input.what, actor: input.actor },
            mail,
          ),
        );
        break;
      }
      const taken = new Set(claim.taken);
      if (taken.size === 0) {
        // this very email is another run's (its outbox item exists)
        already(mailId);
        break;
      }
      claim.takenBy.forEach(already);
      items = items.filter((_, j) => !taken.has(j));
    }
  }
  return [...outcomes, ...[...sentBefore].map((): DeliveryOutcome => 'duplicate')];
}

/**
 * The most bytes of an email's HTML (or text) part: Gmail clips a message past 102 KB ("View entire
 * message"), hiding the rest of the list and what the closing says of the other parts (tester s50:
 * 144,442 bytes for 98 reports). The margin covers what a part's words ("ฉบับที่ ๑๐/๑๑") may add.
 */
export const MAX_PART_BYTES = 90_000;

export const fitsOneEmail = (mail: OutgoingMail) =>
  Buffer.byteLength(mail.html, 'utf8') <= MAX_PART_BYTES && Buffer.byteLength(mail.text, 'utf8') <= MAX_PART_BYTES;

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}

/**
 * The emails one recipient's batch of `items` goes out in: `sizes` (partSizes), each part measured as
 * rendered with its items, how many go in the other parts, and its place (with every group's count
 * in the whole, `units`, when `groupOf` is given); `measured`: the last email rendered from each
 * first item. deliverOnce sends these parts; the preview (npm run job -- preview) counts them.
 */
export function batchParts<T>(
  items: readonly T[],
  render: (items: T[], elsewhere: number, part: BatchPart) => OutgoingMail,
  groupOf?: (item: T) => string,
): {
  sizes: number[];
  units?: Record<string, number>;
  measured: Map<number, { n: number; of: number; mail: OutgoingMail }>;
} {
  const units = groupOf ? countBy(items, groupOf) : undefined;
  const measured = new Map<number, { n: number; of: number; mail: OutgoingMail }>();
  const sizes = partSizes(items, (part, first, index) => {
    const of = index + 1;
    const mail = render(part, items.length - part.length, { index, of, first, ...(units ? { units } : {}) });
    measured.set(first, { n: part.length, of, mail });
    return fitsOneEmail(mail);
  });
  return { sizes, ...(units ? { units } : {}), measured };
}

/**
 * How many of `items` each email of a batch holds, in order: at most MAX_MARKERS_PER_MAIL (one claim
 * is one DynamoDB transaction) and, when more than one item, as many as keep the email within
 * MAX_PART_BYTES (`fits`: the part rendered with its first item's number and its place). The same
 * items give the same parts, so runs at the same instant plan the same emails.
 */
export function partSizes<T>(
  items: readonly T[],
  fits: (items: T[], first: number, index: number) => boolean,
): number[] {
  const sizes: number[] = [];
  for (let i = 0; i < items.length;) {
    const most = Math.min(MAX_MARKERS_PER_MAIL, items.length - i);
    const ok = (n: number) => fits(items.slice(i, i + n), i + 1, sizes.length + 1);
    let n = most;
    if (n > 1 && !ok(n)) {
      // the largest that fits, at least one item
      let [lo, hi] = [1, n - 1];
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (ok(mid)) lo = mid;
        else hi = mid - 1;
      }
      n = lo;
    }
    sizes.push(n);
    i += n;
  }
  return sizes;
}

/**
 * What a retry sends: the email rendered again from current data, or why it is no longer wanted
 * (the obligation was settled, the person left).
 */
export type Rerender = (item: OutboxItem) => Promise<OutgoingMail | { drop: string }>;

/**
 * Retry what earlier runs failed to send, and claims whose lease ran out before they reached SES. One
 * that reached SES ("sending") and was never settled may have been sent (the run stopped, or its
 * record failed): not resent, given up as "interrupted" for a person to check (dropped instead when
 * no longer wanted).
 */
export async function retryOutbox(
  deps: DeliveryDeps,
  orgId: string,
  actor: string,
  rerender: Rerender,
  run: RunState = {},
): Promise<DeliveryOutcome[]> {
  const outbox = deps.repos.outbox;
  const now = deps.wallClock().getTime();
  const all = await outbox.pending(orgId);
  run.outboxRead = all;
  run.unsettled = new Set(all.map((i) => i.mailId));
  const due = all.filter(
    (i) => i.status === 'failed' || ((i.status === 'claimed' || i.status === 'sending') && i.leaseUntil < now),
  );
  const outcomes: DeliveryOutcome[] = [];
  for (const item of due) {
    if (run.stopped) {
      outcomes.push('deferred');
      continue;
    }
    if (!(await outbox.reclaim(orgId, item, now + (deps.leaseMs ?? DEFAULT_LEASE_MS)))) continue;
    const mail = await rerender(item);
    if (item.status === 'sending' && !('drop' in mail)) {
      delete run.outboxRead;
      await persistently(() =>
        outbox.settleGivenUp({
          orgId,
          mailId: item.mailId,
          reason: 'interrupted',
          ...(run.today ? { day: run.today } : {}),
          actor,
          now: deps.wallClock(),
          what: item.what,
        }),
      );
      outcomes.push('given-up');
      continue;
    }
    if ('drop' in mail) {
      await persistently(() =>
        outbox.settleDropped({
          orgId,
          mailId: item.mailId,
          reason: mail.drop,
          actor,
          now: deps.wallClock(),
          what: item.what,
        }),
      );
      outcomes.push('dropped');
      continue;
    }
    outcomes.push(
      await sendAndSettle(
        deps,
        run,
        { orgId, mailId: item.mailId, attempts: item.attempts + 1, what: item.what, actor },
        mail,
      ),
    );
  }
  return outcomes;
}

/**
 * Given-up emails waiting to be shown in the next digest (shared/jobs/failed-mail-lines.ts names
 * them): from the run's own read of the outbox when it still holds (RunState.outboxRead).
 */
export async function givenUpMail(outbox: OutboxRepository, orgId: string, run: RunState = {}): Promise<OutboxItem[]> {
  return (run.outboxRead ?? (await outbox.pending(orgId))).filter((i) => i.status === 'given-up');
}
