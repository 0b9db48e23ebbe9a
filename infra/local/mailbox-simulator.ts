// SES's mailbox simulator on the local system. In AWS, an email SES accepts for
// bounce@simulator.amazonses.com, complaint@… or suppressionlist@… (a +label allowed) comes back as
// a bounce or complaint event, which the configuration set publishes to SNS and the mail-events
// function records on the person (docs/operations.md). The SES emulator has no such events: this
// reads what it accepted and hands the mail-events handler the SNS event SES would have sent.
// https://docs.aws.amazon.com/ses/latest/dg/send-an-email-from-console.html#send-email-simulator
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SNSEvent } from 'aws-lambda';

/** What SES does with an email to a simulator address (success@ and ooto@ publish no mark). */
export type SimulatedOutcome = 'bounce' | 'complaint' | 'suppressionlist';

const SIMULATOR = /^(bounce|complaint|suppressionlist)(?:\+[^@]*)?@simulator\.amazonses\.com$/i;

/** The outcome SES's mailbox simulator gives `address`, or undefined for any other address. */
export function simulatedOutcome(address: string): SimulatedOutcome | undefined {
  return SIMULATOR.exec(address.trim())?.[1]?.toLowerCase() as SimulatedOutcome | undefined;
}

/** An email as an SES v1 SendEmail or SendRawEmail request (query protocol) describes it. */
export interface AcceptedMail {
  to: string[];
  /** message tags, name -> value (ours: MAIL_TAG) */
  tags: Record<string, string>;
}

/**
 * The recipients and tags of an SES v1 SendEmail or SendRawEmail request body
 * (application/x-www-form-urlencoded), or undefined for any other action. A raw email without
 * `Destinations` goes to its MIME To, Cc and Bcc headers, as SES sends it.
 */
export function acceptedMail(body: string): AcceptedMail | undefined {
  const form = new URLSearchParams(body);
  const action = form.get('Action');
  if (action !== 'SendEmail' && action !== 'SendRawEmail') return undefined;
  const members = (prefix: string) =>
    [...form.entries()].filter(([k]) => k.startsWith(`${prefix}.member.`)).map(([, v]) => v);
  const tags: Record<string, string> = {};
  for (let n = 1; form.has(`Tags.member.${n}.Name`); n++)
    tags[form.get(`Tags.member.${n}.Name`)!] = form.get(`Tags.member.${n}.Value`) ?? '';
  let to =
    action === 'SendEmail'
      ? ['ToAddresses', 'CcAddresses', 'BccAddresses'].flatMap((f) => members(`Destination.${f}`))
      : members('Destinations');
  if (action === 'SendRawEmail' && to.length === 0) {
    const raw = Buffer.from(form.get('RawMessage.Data') ?? '', 'base64').toString('utf8');
    const head = raw.split(/\r?\n\r?\n/, 1)[0]!.replace(/\r?\n[ \t]+/g, ' ');
    to = head
      .split(/\r?\n/)
      .filter((line) => /^(to|cc|bcc):/i.test(line))
      .flatMap((line) => line.slice(line.indexOf(':') + 1).match(/[^\s<>,"]+@[^\s<>,"]+/g) ?? []);
  }
  return { to, tags };
}

/**
 * The SNS event SES publishes for an accepted email's simulator recipients (one record per
 * outcome), in AWS's documented event shape, at `at`; undefined when none is a simulator address.
 * https://docs.aws.amazon.com/ses/latest/dg/event-publishing-retrieving-sns-contents.html
 */
export function simulatedEvents(mail: AcceptedMail, messageId: string, at: Date): SNSEvent | undefined {
  const byOutcome = new Map<SimulatedOutcome, string[]>();
  for (const address of mail.to) {
    const outcome = simulatedOutcome(address);
    if (outcome) byOutcome.set(outcome, [...(byOutcome.get(outcome) ?? []), address]);
  }
  if (byOutcome.size === 0) return undefined;
  const timestamp = at.toISOString();
  const common = {
    timestamp,
    messageId,
    destination: mail.to,
    tags: Object.fromEntries(Object.entries(mail.tags).map(([k, v]) => [k, [v]])),
  };
  const event = (outcome: SimulatedOutcome, addresses: string[]) =>
    outcome === 'complaint'
      ? {
          eventType: 'Complaint',
          mail: common,
          complaint: { complainedRecipients: addresses.map((emailAddress) => ({ emailAddress })), timestamp },
        }
      : {
          eventType: 'Bounce',
          mail: common,
          bounce: {
            bounceType: 'Permanent',
            bounceSubType: outcome === 'bounce' ? 'General' : 'OnAccountSuppressionList',
            bouncedRecipients: addresses.map((emailAddress) => ({ emailAddress, action: 'failed', status: '5.1.1' })),
            timestamp,
          },
        };
  return {
    Records: [...byOutcome].map(([outcome, addresses]) => ({
      EventSource: 'aws:sns',
      EventVersion: '1.0',
      EventSubscriptionArn: 'arn:aws:sns:local:000000000000:mail-events:local',
      Sns: {
        Type: 'Notification',
        MessageId: randomUUID(),
        TopicArn: 'arn:aws:sns:local:000000000000:mail-events',
        Subject: '',
        Message: JSON.stringify(event(outcome, addresses)),
        Timestamp: timestamp,
        SignatureVersion: '1',
        Signature: 'local',
        SigningCertUrl: '',
        UnsubscribeUrl: '',
        MessageAttributes: {},
      },
    })),
  };
}

/**
 * How long after SES's answer the simulated event comes. In AWS a bounce comes seconds after the
 * send, after the sender's own bookkeeping (e.g. an invitation sent again sets deliverableSince
 * once the send returns): an event stamped at the answer would be older than that and ignored.
 */
export const SIMULATED_EVENT_DELAY_MS = 1000;

/**
 * Watches one request to the SES emulator: once it has answered 200 to a send with simulator
 * recipients, `later` is handed the delivery, which gives `deliver` the SNS event stamped with
 * `clock` at that time (events come after the response, as SES's do). The request's body is seen
 * as the emulator reads it (its `data` events), not consumed.
 */
export function watchSend(
  req: IncomingMessage,
  res: ServerResponse,
  deliver: (event: SNSEvent) => void,
  clock: () => Date,
  later: (delivery: () => void) => void,
): void {
  if (req.method !== 'POST') return;
  const chunks: Buffer[] = [];
  const emit = req.emit.bind(req);
  req.emit = ((name: string, ...args: unknown[]) => {
    if (name === 'data') chunks.push(Buffer.from(args[0] as Buffer));
    return emit(name, ...args);
  }) as typeof req.emit;
  res.on('finish', () => {
    if (res.statusCode !== 200) return;
    const mail = acceptedMail(Buffer.concat(chunks).toString('utf8'));
    if (!mail?.to.some((address) => simulatedOutcome(address))) return;
    const messageId = `local-${randomUUID()}`;
    later(() => {
      const event = simulatedEvents(mail, messageId, clock());
      if (event) deliver(event);
    });
  });
}
