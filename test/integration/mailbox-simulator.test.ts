// SES's mailbox simulator on the local system (infra/local/mailbox-simulator.ts). Before: `npm start`
// had no SES events, so an email to bounce@simulator.amazonses.com (which in AWS comes back as a
// bounce, marked on the person by the mail-events function) left nobody marked, and the
// undeliverable warnings could not be tried locally. Real parts: the SES emulator, the mailer the
// jobs use, the mail-events handler, DynamoDB Local.
import { SESClient } from '@aws-sdk/client-ses';
import type { SNSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailEventsHandler } from '../../functions/mail-events/mail-events.js';
import { startSesEmulator, type RunningSes } from '../../infra/local/ses-emulator.js';
import { sesMailer } from '../../shared/mail/ses-mailer.js';
import type { Mailer } from '../../shared/mail/outgoing-mail.js';
import { call } from '../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../support/api-fixture.js';
import { freePort } from '../support/free-port.js';

let f: ApiFixture;
let ses: RunningSes;
let mailer: Mailer;
const delivered: SNSEvent[] = [];
const at = new Date('2023-04-20T02:00:00.000Z');

beforeAll(async () => {
  f = await createApiFixture();
  const record = mailEventsHandler({ store: f.store, log: { info: () => undefined, warn: () => undefined } });
  ses = await startSesEmulator({
    port: await freePort(),
    simulator: { clock: () => at, deliver: (event) => void record(event).then(() => delivered.push(event)) },
  });
  mailer = sesMailer(new SESClient({ endpoint: ses.endpoint, region: 'ap-southeast-1', maxAttempts: 1 }), {
    from: 'ita@demo.example.org',
    maxPerSecond: 1000,
  });
});
afterAll(async () => Promise.all([ses?.stop(), f?.close()]));

const added = new Map<string, string>();
async function person(email: string) {
  const res = await call(f.handler, {
    method: 'POST',
    path: '/v1/people',
    as: who.coordinator,
    body: { email, name: 'นายทดลอง ส่งอีเมล', roles: ['staff'], unitId: 'finance' },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  added.set(email, res.body.personId as string);
  return res.body.personId as string;
}
const markOf = async (personId: string) => {
  const res = await call(f.handler, { method: 'GET', path: '/v1/people', as: who.coordinator });
  return (res.body.items as { personId: string; undeliverable?: { reason: string; kind: string; at: string } }[]).find(
    (p) => p.personId === personId,
  )?.undeliverable;
};
const send = (to: string[], attachments = false) =>
  mailer.send({
    to,
    subject: '[ITA] ทดลอง',
    text: 'ทดลอง',
    html: '<p>ทดลอง</p>',
    tags: { orgId: 'demo', kind: 'reminder' },
    ...(attachments
      ? { attachments: [{ filename: 'report.pdf', contentType: 'application/pdf', content: Buffer.from('%PDF-1.7') }] }
      : {}),
  });

describe("SES's mailbox simulator on the local system", () => {
  it('a reminder to bounce@simulator.amazonses.com marks its person bounced, at the local clock, as SES and the mail-events function do in AWS', async () => {
    const id = await person('bounce@simulator.amazonses.com');
    const before = delivered.length;
    await send(['bounce@simulator.amazonses.com']);
    await expect.poll(() => delivered.length, { timeout: 10_000 }).toBe(before + 1);
    expect(await markOf(id)).toEqual({ reason: 'bounced', kind: 'reminder', at: at.toISOString() });
  });

  it('complaint+label@ gives a complaint; suppressionlist@ in a raw email (with an attachment) a bounce', async () => {
    const complaint = await person('complaint+somchai@simulator.amazonses.com');
    const suppressed = await person('suppressionlist@simulator.amazonses.com');
    const before = delivered.length;
    await send(['complaint+somchai@simulator.amazonses.com']);
    await send(['suppressionlist@simulator.amazonses.com'], true);
    await expect.poll(() => delivered.length, { timeout: 10_000 }).toBe(before + 2);
    expect(await markOf(complaint)).toMatchObject({ reason: 'complained' });
    expect(await markOf(suppressed)).toMatchObject({ reason: 'bounced' });
  });

  it('success@simulator.amazonses.com and an ordinary address get no event and no mark', async () => {
    const success = await person('success@simulator.amazonses.com');
    const ordinary = await person(`somsri@${f.mailDomain}`);
    const before = delivered.length;
    await send(['success@simulator.amazonses.com']);
    await send([`somsri@${f.mailDomain}`], true);
    // a bounce sent after them is the first event: theirs would have come before it
    await send(['bounce@simulator.amazonses.com']);
    await expect.poll(() => delivered.length, { timeout: 10_000 }).toBe(before + 1);
    expect(await markOf(success)).toBeUndefined();
    expect(await markOf(ordinary)).toBeUndefined();
  });
});
