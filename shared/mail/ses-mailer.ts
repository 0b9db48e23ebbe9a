// Sending through Amazon SES (v1 API): UTF-8 Thai subjects, HTML + text, throttling retried with backoff,
// and every attempt takes a slot of the send rate first (send-rate.ts). Failures are thrown as
// SendFailure (send-failure.ts).
// The SES client must have maxAttempts 1: a send is retried only here (throttling) or through the outbox.
import { SendEmailCommand, SendRawEmailCommand, type SESClient } from '@aws-sdk/client-ses';
import type { RawMessageComposer } from './mime-message.js';
import { classifySendError, SendFailure } from './send-failure.js';
import { localSendRate, type SendRateLimiter } from './send-rate.js';
import { MAIL_TAG, type Mailer, type OutgoingMail, type SendHooks } from './outgoing-mail.js';

export interface SesMailerConfig {
  from: string;
  configurationSet?: string;
  /** this process's own pace when no `rate` is given */
  maxPerSecond: number;
  /** the pace shared by every worker (sharedSendRate); default: localSendRate(maxPerSecond) */
  rate?: SendRateLimiter;
  /** attempts for a throttled send (default 4), first backoff (default 200 ms, doubling, with jitter) */
  retry?: { attempts?: number; baseDelayMs?: number };
  /** composes a mail with attachments for SendRawEmail (mime-message.ts); without it such mail is refused */
  rawMessage?: RawMessageComposer;
  /** From with a mail's senderName (mime-message.ts formatFrom); without it From is the address alone */
  formatFrom?: (address: string, name: string) => string;
}

/** Throttling: retried here with backoff, within the rate. */
export function isThrottled(error: unknown): boolean {
  return classifySendError(error) === 'throttled';
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function sesMailer(client: SESClient, config: SesMailerConfig): Mailer {
  const limiter = config.rate ?? localSendRate(config.maxPerSecond);
  const attempts = config.retry?.attempts ?? 4;
  const base = config.retry?.baseDelayMs ?? 200;
  // the org and kind as SES message tags: its bounce and complaint events carry them back
  const tags = ({ tags: t }: OutgoingMail) =>
    t
      ? {
          Tags: [
            { Name: MAIL_TAG.org, Value: t.orgId },
            { Name: MAIL_TAG.kind, Value: t.kind },
          ],
        }
      : {};
  /** `raw`: the mail composed with its attachments (composeRaw), sent as it is */
  const command = (mail: OutgoingMail, raw: Uint8Array | undefined) =>
    raw
      ? new SendRawEmailCommand({
          RawMessage: { Data: raw },
          ...(config.configurationSet ? { ConfigurationSetName: config.configurationSet } : {}),
          ...tags(mail),
        })
      : new SendEmailCommand({
          Source: mail.senderName && config.formatFrom ? config.formatFrom(config.from, mail.senderName) : config.from,
          Destination: { ToAddresses: mail.to },
          Message: {
            Subject: { Data: mail.subject, Charset: 'UTF-8' },
            Body: { Html: { Data: mail.html, Charset: 'UTF-8' }, Text: { Data: mail.text, Charset: 'UTF-8' } },
          },
          ...(config.configurationSet ? { ConfigurationSetName: config.configurationSet } : {}),
          ...tags(mail),
        });
  const composeRaw = (mail: OutgoingMail) => {
    if (!config.rawMessage) throw new Error('this mailer sends no attachments: give it rawMessage (mime-message.ts)');
    // MailComposer writes the display name itself, when this mailer shows one
    return config.rawMessage(config.from, config.formatFrom ? mail : { ...mail, senderName: undefined });
  };
  return {
    async send(mail, hooks?: SendHooks) {
      // composed once, before any send slot is taken: a mail that cannot be composed is no send failure
      const raw = mail.attachments?.length ? await composeRaw(mail) : undefined;
      for (let attempt = 1; ; attempt++) {
        await limiter.take();
        if (attempt === 1 && hooks?.sending)
          try {
            await hooks.sending();
          } catch (error) {
            throw new SendFailure('transient', error instanceof Error ? error.name : 'error');
          }
        try {
          const cmd = command(mail, raw);
          const out = cmd instanceof SendRawEmailCommand ? await client.send(cmd) : await client.send(cmd);
          return { messageId: out.MessageId ?? '' };
        } catch (error) {
          const kind = classifySendError(error, config.from);
          if (kind !== 'throttled' || attempt >= attempts)
            throw new SendFailure(kind, error instanceof Error ? error.name : 'error');
          await sleep(base * 2 ** (attempt - 1) * (0.5 + Math.random()));
        }
      }
    },
  };
}
