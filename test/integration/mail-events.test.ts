// SES's bounce, complaint and reject notifications reach the app (mail-events function): the person
// whose address SES could not deliver to is marked on their item, once, and nothing names an address
// in the logs. Before: no event destination and no handler; a suppressed address was "sent".
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailEventsHandler, UNKNOWN_ADDRESS } from '../../functions/mail-events/mail-events.js';
import { keys } from '../../shared/store/keys.js';
import { OrgRepository } from '../../shared/store/org-repository.js';
import { seedOrg } from '../support/seed-org.js';
import { bounceEvent, complaintEvent, deliveryDelayEvent, rejectEvent, snsEvent } from '../support/ses-events.js';
import { createTestStore, type TestStore } from '../support/test-store.js';

const ORG = 'mail-events';
const OTHER = 'mail-events-other';
const staff = (unit: string) => `staff.${unit}@${ORG}.example.org`;
let store: TestStore;
let lines: { level: string; message: string; facts: Record<string, string | number> }[];
let handle: ReturnType<typeof mailEventsHandler>;

const personItem = async (personId: string) =>
  (await store.doc.send(new GetCommand({ TableName: store.tableName, Key: keys.person(ORG, personId) }))).Item!;

beforeAll(async () => {
  store = await createTestStore();
  await seedOrg(store, ORG);
  await seedOrg(store, OTHER);
  lines = [];
  handle = mailEventsHandler({
    store,
    log: {
      info: (message, facts) => lines.push({ level: 'info', message, facts }),
      warn: (message, facts) => lines.push({ level: 'warn', message, facts }),
    },
  });
});
afterAll(async () => store?.drop());

describe("SES's notifications mark the person SES could not reach", () => {
  it('a permanent bounce of a reminder marks the staff member "bounced", when, from a reminder; the same notification twice changes nothing', async () => {
    const sent = { orgId: ORG, kind: 'reminder', to: [staff('finance')], sentAt: '2023-04-03T01:30:00.000Z' };
    const bounce = bounceEvent(sent, '2023-04-03T01:30:05.120Z', { subType: 'OnAccountSuppressionList' });
    await handle(snsEvent(bounce));
    const first = await personItem(`${ORG}-staff-finance`);
    expect(first.undeliverable).toEqual({ reason: 'bounced', at: '2023-04-03T01:30:05.120Z', kind: 'reminder' });
    // SNS delivers at least once: the very same notification again
    await handle(snsEvent(bounce));
    expect(await personItem(`${ORG}-staff-finance`)).toEqual(first);
    expect(lines.at(-1)).toMatchObject({ message: 'mail event recorded', facts: { marked: 0, unchanged: 1 } });
    // the OrgRepository reads the mark as the people page and the digest do
    const person = await new OrgRepository(store).getPerson(ORG, `${ORG}-staff-finance`);
    expect(person?.undeliverable?.reason).toBe('bounced');
  });

  it('a complaint marks "complained" and a rejection "rejected"; an address typed in capitals is still found', async () => {
    await handle(
      snsEvent(
        complaintEvent(
          { orgId: ORG, kind: 'summary', to: [`MAYOR@${ORG}.example.org`], sentAt: '2023-05-01T01:30:00.000Z' },
          '2023-05-02T04:00:00.000Z',
        ),
        rejectEvent({ orgId: ORG, kind: 'invitation', to: [staff('engineering')], sentAt: '2023-05-03T02:00:00.000Z' }),
      ),
    );
    expect((await personItem(`${ORG}-mayor`)).undeliverable).toEqual({
      reason: 'complained',
      at: '2023-05-02T04:00:00.000Z',
      kind: 'summary',
    });
    expect((await personItem(`${ORG}-staff-engineering`)).undeliverable).toEqual({
      reason: 'rejected',
      at: '2023-05-03T02:00:00.000Z',
      kind: 'invitation',
    });
  });

  it('a transient bounce, a delivery delay and an older notification arriving late leave the person as they were', async () => {
    const before = await personItem(`${ORG}-staff-finance`);
    const clerk = await personItem(`${ORG}-staff-clerk`);
    const sent = { orgId: ORG, kind: 'reminder', to: [staff('clerk')], sentAt: '2023-04-03T01:30:00.000Z' };
    await handle(
      snsEvent(
        bounceEvent(sent, '2023-04-03T01:31:00.000Z', { type: 'Transient', subType: 'MailboxFull' }),
        deliveryDelayEvent(sent, '2023-04-03T02:00:00.000Z'),
        // an earlier bounce of the finance staff member's address, delivered after the later one
        bounceEvent({ ...sent, to: [staff('finance')] }, '2023-04-01T01:00:00.000Z'),
      ),
    );
    expect(await personItem(`${ORG}-staff-clerk`)).toEqual(clerk);
    expect(clerk.undeliverable).toBeUndefined();
    expect(await personItem(`${ORG}-staff-finance`)).toEqual(before);
  });

  it('an address no person of the org holds, or another org, or no org tag, is ignored with a log line that names no address', async () => {
    const other = await personItem(`${ORG}-staff-education`);
    const before = lines.length;
    await handle(
      snsEvent(
        bounceEvent(
          { orgId: ORG, kind: 'reminder', to: ['nobody.here@unknown.example.org'], sentAt: '2023-04-03T01:30:00.000Z' },
          '2023-04-03T01:30:05.000Z',
        ),
        // the other org's address under this org's tag: not this org's person
        bounceEvent(
          {
            orgId: ORG,
            kind: 'reminder',
            to: [`staff.education@${OTHER}.example.org`],
            sentAt: '2023-04-03T01:30:00.000Z',
          },
          '2023-04-03T01:30:05.000Z',
        ),
        bounceEvent(
          { orgId: 'no-such-org', kind: 'reminder', to: [staff('education')], sentAt: '2023-04-03T01:30:00.000Z' },
          '2023-04-03T01:30:05.000Z',
        ),
        bounceEvent({ to: [staff('education')], sentAt: '2023-04-03T01:30:00.000Z' }, '2023-04-03T01:30:05.000Z'),
      ),
    );
    expect(await personItem(`${ORG}-staff-education`)).toEqual(other);
    const otherOrgs = await store.doc.send(
      new GetCommand({ TableName: store.tableName, Key: keys.person(OTHER, `${OTHER}-staff-education`) }),
    );
    expect(otherOrgs.Item!.undeliverable).toBeUndefined();
    const written = lines.slice(before);
    expect(written.filter((l) => l.message === UNKNOWN_ADDRESS).map((l) => l.facts.orgId)).toEqual([
      ORG,
      ORG,
      'no-such-org',
      'none',
    ]);
    const text = JSON.stringify(written);
    expect(text).not.toMatch(/@/);
    expect(text).not.toContain('nobody.here');
  });
});
