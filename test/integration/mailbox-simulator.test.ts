// SES's mailbox simulator on the local system (infra/local/mailbox-simulator.ts). Before: `npm start`
// had no SES events, so an email to bounce@simulator.amazonses.com (which in AWS comes back as a
// bounce, marked on the person by the mail-events function) left nobody marked, and the
// undeliverable warnings could not be tried locally. Real parts: the SES emulator, the mailer the
// jobs use, the mail-events handler, DynamoDB Local.
import { SESClient } from '@aws-sdk/client-ses';
import type { SNSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../shared/api/api-path.js';
import { mailEventsHandler } from '../../functions/mail-events/mail-events.js';
import { startSesEmulator, type RunningSes } from '../../infra/local/ses-emulator.js';
import { sesMailer } from '../../shared/mail/ses-mailer.js';
import { rawMimeMessage } from '../../shared/mail/mime-message.js';
import type { Mailer } from '../../shared/mail/outgoing-mail.js';
import { call } from '../support/api-events.js';
import { API_NOW, createApiFixture, who, type ApiFixture } from '../support/api-fixture.js';
import { freePort } from '../support/free-port.js';
import { addStaff, listedPerson } from '../support/people-requests.js';

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
    simulator: {
      clock: () => at,
      deliver: (event) => void record(event).then(() => delivered.push(event)),
      // the clock stands still here: how long after the answer an event comes changes nothing but
      // the wait (SIMULATED_EVENT_DELAY_MS, 1 s, is kept below, where it is the point)
      delayMs: 50,
    },
  });
  mailer = sesMailer(new SESClient({ endpoint: ses.endpoint, region: 'ap-southeast-1', maxAttempts: 1 }), {
    from: 'ita@demo.example.org',
    maxPerSecond: 1000,
    rawMessage: rawMimeMessage,
  });
});
afterAll(async () => Promise.all([ses?.stop(), f?.close()]));

const person = async (email: string) => (await addStaff(f, email, 'นายทดลอง ส่งอีเมล')).personId;
const markOf = async (personId: string) => (await listedPerson(f, personId))?.undeliverable;
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

// t36 P2: after "ส่งอีเมลเชิญอีกครั้ง" to a still-wrong address the warning never came back. The
// event was stamped when the emulator answered, before the API set deliverableSince once the send
// returned, so the bounce looked older than the resend and was ignored. As in AWS, the event now
// comes a moment after the answer. The API and the simulator share one ticking clock, as in npm start.
describe('an invitation sent again to a simulator address is marked again', () => {
  let g: ApiFixture;
  let sim: RunningSes;
  const t0 = Date.now();
  const ticking = () => new Date(API_NOW.getTime() + (Date.now() - t0));

  beforeAll(async () => {
    const port = await freePort();
    const events: { record?: (event: SNSEvent) => Promise<void> } = {};
    sim = await startSesEmulator({
      port,
      simulator: { clock: ticking, deliver: (event) => void events.record?.(event) },
    });
    g = await createApiFixture({
      clock: ticking,
      invitationMailer: sesMailer(new SESClient({ endpoint: sim.endpoint, region: 'ap-southeast-1', maxAttempts: 1 }), {
        from: 'ita-noreply@demo.example.org',
        maxPerSecond: 1000,
      }),
    });
    events.record = mailEventsHandler({ store: g.store, log: { info: () => undefined, warn: () => undefined } });
  });
  afterAll(async () => Promise.all([sim?.stop(), g?.close()]));

  const undeliverableOf = async (personId: string) => (await listedPerson(g, personId))?.undeliverable;

  it.each([
    ['bounce@simulator.amazonses.com', 'bounced'],
    ['bounce+upper@simulator.amazonses.com', 'bounced'],
    ['complaint+again@simulator.amazonses.com', 'complained'],
  ])('%s: marked after the invitation, cleared by the resend, marked again after it', async (email, reason) => {
    const { personId } = await addStaff(g, email, 'นายทดลอง เชิญซ้ำ');
    await expect
      .poll(() => undeliverableOf(personId), { timeout: 10_000 })
      .toMatchObject({ reason, kind: 'invitation' });
    const first = (await undeliverableOf(personId))!;

    const resent = await call(g.handler, {
      method: 'POST',
      path: apiPath('/v1/people/{personId}/invitation', { personId }),
      as: who.coordinator,
    });
    expect(resent.status, JSON.stringify(resent.body)).toBe(200);
    await expect
      .poll(async () => (await undeliverableOf(personId))?.at ?? 'none', { timeout: 10_000 })
      .not.toBe('none');
    const again = (await undeliverableOf(personId))!;
    expect(again).toMatchObject({ reason, kind: 'invitation' });
    expect(again.at > first.at).toBe(true);
  });
});
