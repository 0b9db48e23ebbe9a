// A raw MIME message (for SES SendRawEmail) built by nodemailer's MailComposer: UTF-8 headers
// encoded per RFC 2047 (folded, never splitting a character), attachment names per RFC 2231, text
// and HTML alternatives (RFC 2046). Loaded only where mail carries attachments (the jobs): the
// API's mail has none and does not bundle it.
import MailComposer from 'nodemailer/lib/mail-composer';
import type { OutgoingMail } from './outgoing-mail.js';

/** Composes `mail` from `from` into the bytes SendRawEmail takes. */
export type RawMessageComposer = (from: string, mail: OutgoingMail) => Promise<Uint8Array>;

export const rawMimeMessage: RawMessageComposer = (from, mail) =>
  new MailComposer({
    from: mail.senderName ? { name: mail.senderName, address: from } : from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    attachments: (mail.attachments ?? []).map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      content: Buffer.from(a.content),
    })),
  })
    .compile()
    .build();
