// A raw MIME message (for SES SendRawEmail): UTF-8 headers, text + HTML alternatives, attachments.
import { randomUUID } from 'node:crypto';
import type { OutgoingMail } from './outgoing-mail.js';

const encodeHeader = (value: string) =>
  /^[\x20-\x7e]*$/.test(value) ? value : `=?UTF-8?B?${Buffer.from(value, 'utf8').toString('base64')}?=`;

const base64Lines = (data: Uint8Array | string) =>
  (
    Buffer.from(data)
      .toString('base64')
      .match(/.{1,76}/g) ?? []
  ).join('\r\n');

export function rawMimeMessage(from: string, mail: OutgoingMail): Uint8Array {
  const mixed = `mixed-${randomUUID()}`;
  const alt = `alt-${randomUUID()}`;
  const lines = [
    `From: ${from}`,
    `To: ${mail.to.join(', ')}`,
    `Subject: ${encodeHeader(mail.subject)}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${mixed}"`,
    '',
    `--${mixed}`,
    `Content-Type: multipart/alternative; boundary="${alt}"`,
    '',
    `--${alt}`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(mail.text),
    `--${alt}`,
    'Content-Type: text/html; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(mail.html),
    `--${alt}--`,
    ...(mail.attachments ?? []).flatMap((a) => [
      `--${mixed}`,
      `Content-Type: ${a.contentType}; name="${encodeHeader(a.filename)}"`,
      `Content-Disposition: attachment; filename="${encodeHeader(a.filename)}"`,
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(a.content),
    ]),
    `--${mixed}--`,
    '',
  ];
  return Buffer.from(lines.join('\r\n'), 'utf8');
}
