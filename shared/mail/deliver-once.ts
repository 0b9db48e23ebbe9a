// Send an email at most once per marker: claim (markers + outbox item) -> send -> settle.
// Residual window: a crash after SES accepted the mail but before settling leaves the claim in the
// outbox; once its lease ends, the next run sends it again (one duplicate per crash, never a loss).
import { createHash } from 'node:crypto';
import {
  MAX_MARKERS_PER_MAIL,
  type OutboxItem,
  OutboxRepository,
  type SendMarker,
} from '../store/outbox-repository.js';
import type { Store } from '../store/dynamo-client.js';
import type { Mailer, OutgoingMail } from './outgoing-mail.js';

export interface DeliveryDeps {
  store: Store;
  mailer: Mailer;
  /** real time, for leases only; business dates come from the job's scheduled time */
  wallClock: () => Date;
  /** how long a claim is protected before another run may resend it (default 10 minutes) */
  leaseMs?: number;
  /** told of each mail accepted by the sender (the CLI prints them) */
  onSent?: (orgId: string, mail: { to: string[]; subject: string }) => void;
}

export type DeliveryOutcome = 'sent' | 'duplicate' | 'failed';

const DEFAULT_LEASE_MS = 10 * 60_000;

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
  orgId: string,
  mailId: string,
  mail: OutgoingMail,
  what: string,
  actor: string,
) {
  const outbox = new OutboxRepository(deps.store);
  let messageId: string;
  try {
    ({ messageId } = await deps.mailer.send(mail));
  } catch (error) {
    // not sent: the next run resends it
    await persistently(() => outbox.settleFailed(orgId, mailId, error instanceof Error ? error.name : 'error'));
    return 'failed' as const;
  }
  deps.onSent?.(orgId, { to: mail.to, subject: mail.subject });
  // Sent. If recording that fails for good, the claim stays (not "failed") and is resent only after
  // its lease: the documented residual window of one duplicate.
  await persistently(() => outbox.settleSent({ orgId, mailId, messageId, actor, now: deps.wallClock(), what }));
  return 'sent' as const;
}

/**
 * Deliver items to one audience. Items whose markers another run already claimed are dropped and
 * the mail is rendered again for the rest; nothing left means a duplicate run.
 */
export async function deliverOnce<T>(
  deps: DeliveryDeps,
  input: {
    orgId: string;
    actor: string;
    what: string;
    items: T[];
    markerOf: (item: T) => SendMarker;
    render: (items: T[]) => OutgoingMail;
  },
): Promise<DeliveryOutcome[]> {
  const outcomes: DeliveryOutcome[] = [];
  for (let i = 0; i < input.items.length; i += MAX_MARKERS_PER_MAIL) {
    let items = input.items.slice(i, i + MAX_MARKERS_PER_MAIL);
    for (;;) {
      if (items.length === 0) {
        outcomes.push('duplicate');
        break;
      }
      const markers = items.map(input.markerOf);
      const mailId = mailIdOf(input.orgId, markers);
      const mail = input.render(items);
      const claim = await new OutboxRepository(deps.store).claim({
        orgId: input.orgId,
        mailId,
        markers,
        mail: { to: mail.to, subject: mail.subject, html: mail.html, text: mail.text },
        leaseUntil: deps.wallClock().getTime() + (deps.leaseMs ?? DEFAULT_LEASE_MS),
        now: deps.wallClock(),
      });
      if (claim.claimed) {
        outcomes.push(await sendAndSettle(deps, input.orgId, mailId, mail, input.what, input.actor));
        break;
      }
      const taken = new Set(claim.taken);
      if (taken.size === 0) {
        outcomes.push('duplicate');
        break;
      }
      items = items.filter((_, j) => !taken.has(j));
    }
  }
  return outcomes;
}

/** Resend what earlier runs claimed but did not confirm: failed sends, and claims whose lease ran out. */
export async function retryOutbox(deps: DeliveryDeps, orgId: string, actor: string): Promise<DeliveryOutcome[]> {
  const outbox = new OutboxRepository(deps.store);
  const now = deps.wallClock().getTime();
  const due = (await outbox.pending(orgId)).filter((i: OutboxItem) => i.status === 'failed' || i.leaseUntil < now);
  const outcomes: DeliveryOutcome[] = [];
  for (const item of due) {
    if (!(await outbox.reclaim(orgId, item, now + (deps.leaseMs ?? DEFAULT_LEASE_MS)))) continue;
    outcomes.push(await sendAndSettle(deps, orgId, item.mailId, item.mail, 'retry', actor));
  }
  return outcomes;
}
