// The API's person carries the "email undeliverable" mark that SES's notifications set (mail-events
// function), so the people page can show it; an invitation sent again clears it. Before: nothing
// recorded a bounce, and a coordinator saw every email as sent.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailEventsHandler } from '../../../functions/mail-events/mail-events.js';
import { cognitoIdentityProvider } from '../../../shared/identity/identity-provider.js';
import { CalendarFeedRepository } from '../../../shared/store/calendar-feed-repository.js';
import { OrgRepository } from '../../../shared/store/org-repository.js';
import { erasedEmail, erasePerson } from '../../../shared/use-cases/erase-person.js';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { bounceEvent, complaintEvent, snsEvent } from '../../support/ses-events.js';

let f: ApiFixture;
beforeAll(async () => (f = await createApiFixture()));
afterAll(async () => f?.close());

const domain = `undeliverable-${randomUUID().slice(0, 8)}.example.org`;
const events = () => mailEventsHandler({ store: f.store, log: { info: () => undefined, warn: () => undefined } });
const listed = async (personId: string) => {
  const res = await call(f.handler, { method: 'GET', path: '/v1/people', as: who.coordinator });
  expect(res.status).toBe(200);
  return (res.body.items as { personId: string; undeliverable?: unknown }[]).find((p) => p.personId === personId)!;
};
const add = async (local: string) => {
  const res = await call(f.handler, {
    method: 'POST',
    path: '/v1/people',
    as: who.coordinator,
    body: { email: `${local}@${domain}`, name: 'นายพิมพ์ ผิด', roles: ['staff'], unitId: 'finance' },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { personId: string; email: string; undeliverable?: unknown };
};
const invitationBounce = (email: string, at: string) =>
  snsEvent(bounceEvent({ orgId: 'demo', kind: 'invitation', to: [email], sentAt: at }, at));

describe("the person's email marked undeliverable, through the API", () => {
  it('a new person has no mark; after their invitation bounces, GET /v1/people carries reason, time and kind', async () => {
    const person = await add('somchai.typo');
    expect(person.undeliverable).toBeUndefined();
    await events()(invitationBounce(person.email, '2023-04-20T03:05:00.000Z'));
    expect((await listed(person.personId)).undeliverable).toEqual({
      reason: 'bounced',
      at: '2023-04-20T03:05:00.000Z',
      kind: 'invitation',
    });
  });

  it('an edit of something else (the name) keeps the mark; the PUT answer carries it too', async () => {
    const person = await add('kept.mark');
    await events()(
      snsEvent(
        complaintEvent(
          { orgId: 'demo', kind: 'reminder', to: [person.email], sentAt: '2023-04-19T01:00:00Z' },
          '2023-04-19T05:00:00Z',
        ),
      ),
    );
    const res = await call(f.handler, {
      method: 'PUT',
      path: `/v1/people/${person.personId}`,
      as: who.coordinator,
      body: { name: 'นายพิมพ์ ถูกแล้ว' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.undeliverable).toEqual({ reason: 'complained', at: '2023-04-19T05:00:00.000Z', kind: 'reminder' });
    expect((await listed(person.personId)).undeliverable).toMatchObject({ reason: 'complained' });
  });

  it('sending the invitation again clears it; that old bounce delivered again does not bring it back, a new one does', async () => {
    const person = await add('resent');
    const old = invitationBounce(person.email, '2023-04-20T02:00:00.000Z');
    await events()(old);
    expect((await listed(person.personId)).undeliverable).toBeDefined();
    const res = await call(f.handler, {
      method: 'POST',
      path: `/v1/people/${person.personId}/invitation`,
      as: who.coordinator,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((await listed(person.personId)).undeliverable).toBeUndefined();
    await events()(old);
    expect((await listed(person.personId)).undeliverable).toBeUndefined();
    await events()(invitationBounce(person.email, '2023-04-21T02:00:00.000Z'));
    expect((await listed(person.personId)).undeliverable).toMatchObject({ reason: 'bounced', kind: 'invitation' });
  });

  it("an erased person's new (placeholder) email drops the old email's mark", async () => {
    const person = await add('leaving');
    await events()(invitationBounce(person.email, '2023-04-20T02:30:00.000Z'));
    const off = await call(f.handler, {
      method: 'PUT',
      path: `/v1/people/${person.personId}`,
      as: who.coordinator,
      body: { active: false },
    });
    expect(off.status, JSON.stringify(off.body)).toBe(200);
    expect(off.body.undeliverable).toMatchObject({ reason: 'bounced' });
    await erasePerson(
      {
        orgs: new OrgRepository(f.store),
        feeds: new CalendarFeedRepository(f.store),
        identity: cognitoIdentityProvider(f.cognito.client, 'ap-southeast-1_test'),
        actor: 'cli:admin',
        now: new Date('2023-04-20T03:00:00Z'),
      },
      { orgId: 'demo', personId: person.personId },
    );
    const erased = await listed(person.personId);
    expect((erased as unknown as { email: string }).email).toBe(erasedEmail(person.personId));
    expect(erased.undeliverable).toBeUndefined();
  });
});
