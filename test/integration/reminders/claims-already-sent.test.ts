// A stage stays current until the next stage's day, so most reminders a daily pass plans were
// claimed by an earlier run. The run reads those markers first (one BatchGetItem) and claims only
// the emails that go out: no refused TransactWriteItems for each email sent before.
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobKind } from '../../../shared/domain/job-kinds.js';
import { runScheduledJob } from '../../../shared/jobs/run-scheduled-job.js';
import { mailFor } from '../../support/mailbox.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';

const ORG = 'claimsent';
let f: JobsFixture;

/** DynamoDB commands sent (refused ones included), by name, while `body` runs. */
async function commandsOf<T>(doc: DynamoDBDocumentClient, body: () => Promise<T>) {
  const sent = new Map<string, number>();
  const name = `countCommands-${Math.random()}`;
  doc.middlewareStack.add(
    (next, context) => async (args) => {
      sent.set(String(context.commandName), (sent.get(String(context.commandName)) ?? 0) + 1);
      return next(args);
    },
    { step: 'initialize', name },
  );
  try {
    return { result: await body(), claims: sent.get('TransactWriteItemsCommand') ?? 0, sent };
  } finally {
    doc.middlewareStack.remove(name);
  }
}

const run = (kind: JobKind, day: string) =>
  commandsOf(f.store.doc, () =>
    runScheduledJob(f.deps(), { kind, scheduledTime: bangkok(`${day}T08:30:00`), orgId: ORG }),
  );

beforeAll(async () => {
  f = await createJobsFixture(ORG);
});
afterAll(async () => f?.close());

describe('a run whose reminders an earlier run sent', () => {
  it('the daily pass delivered again the same day sends nothing and tries no claim', async () => {
    const first = await run('daily', '2023-05-01');
    expect(first.result.sent).toBeGreaterThan(0);
    const before = (await mailFor(ORG)).length;
    const again = await run('daily', '2023-05-01');
    expect(again.result).toMatchObject({ sent: 0, duplicates: first.result.sent + first.result.duplicates });
    expect(again.claims).toBe(0);
    // the markers read in BatchGetItems of 100 keys: fewer requests in all than emails planned
    expect(again.sent.get('BatchGetItemCommand')).toBeGreaterThanOrEqual(1);
    expect([...again.sent.values()].reduce((a, b) => a + b, 0)).toBeLessThan(again.result.duplicates);
    expect((await mailFor(ORG)).length).toBe(before);
  });

  it('the next day, with the overdue stage still current, sends nothing and tries no claim', async () => {
    const before = (await mailFor(ORG)).length;
    const next = await run('daily', '2023-05-02');
    expect(next.result.sent).toBe(0);
    expect(next.result.duplicates).toBeGreaterThan(0);
    expect(next.claims).toBe(0);
    expect((await mailFor(ORG)).length).toBe(before);
  });

  it('a day with new escalations claims only the emails that go out, each once', async () => {
    const before = (await mailFor(ORG)).length;
    const escalation = await run('daily', '2023-05-07');
    const mails = (await mailFor(ORG)).slice(before);
    expect(escalation.result.sent).toBeGreaterThan(0);
    expect(mails).toHaveLength(escalation.result.sent);
    expect(mails.some((m) => m.subject.includes('รายงานค้างส่งเกิน ๗ วัน'))).toBe(true);
    // one claim and one settle per email sent; none for the overdue emails of 1 May
    expect(escalation.claims).toBe(2 * escalation.result.sent);
  });

  it("the monthly run delivered again sends nothing and tries only the digests' claims", async () => {
    const digest = (m: { subject: string }) => m.subject.startsWith('[ITA] สรุปเดือนพฤษภาคม ๒๕๖๖:');
    const first = await run('monthly', '2023-06-01');
    const digests = (await mailFor(ORG)).filter(digest);
    expect(first.result.sent).toBeGreaterThan(digests.length);
    expect(digests.map((m) => m.to).sort()).toEqual([[`ita@${ORG}.example.org`], [`mayor@${ORG}.example.org`]]);
    const before = (await mailFor(ORG)).length;
    const again = await run('monthly', '2023-06-01');
    expect(again.result.sent).toBe(0);
    // a summary's marker is not read first: its claim is tried and refused, one per reader
    expect(again.claims).toBe(digests.length);
    expect((await mailFor(ORG)).length).toBe(before);
  });
});
