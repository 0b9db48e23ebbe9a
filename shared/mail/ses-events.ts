// SES's sending events, as the configuration set's event destination publishes them to SNS, read
// into what the app records: an address that SES could not deliver to, for which org and email.
//
// The shape is AWS's documented one (only the fields read here; others pass through):
// https://docs.aws.amazon.com/ses/latest/dg/event-publishing-retrieving-sns-contents.html
// (examples: https://docs.aws.amazon.com/ses/latest/dg/event-publishing-retrieving-sns-examples.html).
// Tags are in `mail.tags` as name -> [values], ours among them (MAIL_TAG, outgoing-mail.ts).
import * as z from 'zod';
import { MAIL_TAG, type MailKind } from './outgoing-mail.js';

const Recipients = (field: string) =>
  z.array(z.object({ emailAddress: z.string() }).loose()).describe(`${field}: one entry per recipient`);

const Mail = z
  .object({
    timestamp: z.iso.datetime({ offset: true }),
    messageId: z.string(),
    destination: z.array(z.string()),
    tags: z.record(z.string(), z.array(z.string())).optional(),
  })
  .loose();

/** One event record (the SNS message's JSON). Event types other than these three are read as `other`. */
export const SesEvent = z.discriminatedUnion('eventType', [
  z
    .object({
      eventType: z.literal('Bounce'),
      mail: Mail,
      bounce: z
        .object({
          bounceType: z.string(),
          bounceSubType: z.string().optional(),
          bouncedRecipients: Recipients('bouncedRecipients'),
          timestamp: z.iso.datetime({ offset: true }),
        })
        .loose(),
    })
    .loose(),
  z
    .object({
      eventType: z.literal('Complaint'),
      mail: Mail,
      complaint: z
        .object({
          complainedRecipients: Recipients('complainedRecipients'),
          timestamp: z.iso.datetime({ offset: true }),
        })
        .loose(),
    })
    .loose(),
  z.object({ eventType: z.literal('Reject'), mail: Mail, reject: z.object({ reason: z.string() }).loose() }).loose(),
]);
export type SesEvent = z.infer<typeof SesEvent>;

export type UndeliverableReason = 'bounced' | 'complained' | 'rejected';

/** What one event says: these addresses of this org could not be reached by this email. */
export interface Undeliverable {
  reason: UndeliverableReason;
  /** ISO UTC: the bounce's or complaint's time; a rejection's, the send's */
  at: string;
  /** from our tags; undefined when the email carried none (sent by something else) */
  orgId: string | undefined;
  kind: MailKind | 'unknown';
  addresses: string[];
}

const KINDS: readonly string[] = ['invitation', 'reminder', 'summary', 'annual-report'];

/**
 * The undeliverable addresses an SNS message reports, or why it reports none: a transient or
 * undetermined bounce (SES tries again itself; a mailbox that is full today is not a wrong address),
 * another event type (delivery delays, deliveries), or a message that is not an SES event.
 */
export function undeliverableOf(message: string): Undeliverable | { ignored: string } {
  let json: unknown;
  try {
    json = JSON.parse(message);
  } catch {
    return { ignored: 'not JSON' };
  }
  const parsed = SesEvent.safeParse(json);
  if (!parsed.success) {
    const type = (json as { eventType?: unknown } | null)?.eventType;
    return { ignored: typeof type === 'string' ? `event type ${type}` : 'not an SES event' };
  }
  const event = parsed.data;
  const tag = (name: string) => event.mail.tags?.[name]?.[0];
  const kind = tag(MAIL_TAG.kind);
  const base = {
    orgId: tag(MAIL_TAG.org),
    kind: kind && KINDS.includes(kind) ? (kind as MailKind) : 'unknown',
  } as const;
  const marked = (reason: UndeliverableReason, at: string, addresses: readonly string[]): Undeliverable => ({
    ...base,
    reason,
    at: new Date(at).toISOString(),
    addresses: [...addresses],
  });
  const emails = (recipients: readonly { emailAddress: string }[]) => recipients.map((r) => r.emailAddress);
  switch (event.eventType) {
    case 'Bounce':
      if (event.bounce.bounceType !== 'Permanent') return { ignored: `${event.bounce.bounceType} bounce` };
      return marked('bounced', event.bounce.timestamp, emails(event.bounce.bouncedRecipients));
    case 'Complaint':
      return marked('complained', event.complaint.timestamp, emails(event.complaint.complainedRecipients));
    case 'Reject':
      return marked('rejected', event.mail.timestamp, event.mail.destination);
  }
}
