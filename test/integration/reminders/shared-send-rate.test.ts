// Workers together never exceed the account's maximum send rate: several org runs at once, each
// with its own limiter (as separate Lambda workers would have), share one DynamoDB bucket item.
// Checked on the limiter's own accounting (the slots it granted, on a fake clock), not on durations.
import { SESClient } from '@aws-sdk/client-ses';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SEND_CLIENT_MAX_ATTEMPTS } from '../../../shared/jobs/job-config.js';
import { runScheduledJob } from '../../../shared/jobs/run-scheduled-job.js';
import { sesMailer } from '../../../shared/mail/ses-mailer.js';
import { localSendRate, type RateClock, type SendRateLimiter } from '../../../shared/mail/send-rate.js';
import { keys } from '../../../shared/store/keys.js';
import { PlanRepository } from '../../../shared/store/plan-repository.js';
import { sharedSendRate } from '../../../shared/store/send-rate-bucket.js';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { injectFaults } from '../../support/fault-injection.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';
import { mailFor } from '../../support/mailbox.js';
import { SEED_TIME, seedOrg } from '../../support/seed-org.js';
import { importSeedPlan } from '../../support/seed-plan.js';

const ORGS = ['ratea', 'rateb', 'ratec', 'rated', 'ratee'];
let f: JobsFixture;

beforeAll(async () => {
  f = await createJobsFixture(ORGS[0]!);
  for (const orgId of ORGS.slice(1)) {
    await seedOrg(f.store, orgId);
    await new PlanRepository(f.store).savePlan(importSeedPlan(orgId).plan, { actor: 'system:seed', now: SEED_TIME });
  }
}, 120_000);
afterAll(async () => f?.close());

/** A fake clock shared by the workers: time moves only when a worker waits for its slot. */
function fakeClock(): RateClock {
  let t = Date.UTC(2023, 2, 1, 1, 30);
  return {
    now: () => t,
    sleepUntil: async (ms) => {
      t = Math.max(t, ms);
      await new Promise((r) => setImmediate(r));
    },
  };
}

/** The most slots granted in any one-second window [t, t + 1 s). */
function busiestSecond(grantsMs: number[]): number {
  const us = grantsMs.map((ms) => Math.round(ms * 1000)).sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < us.length; i++) {
    while (us[j]! < us[i]! - 999_999) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

/** Monthly runs of `orgs` at once, one worker each with the limiter `limiterFor` gives it. */
async function concurrentRuns(
  orgs: string[],
  month: string,
  limiterFor: (grants: number[]) => SendRateLimiter,
  throttleRate = 0,
) {
  const grants: number[] = [];
  const ses = new SESClient({
    endpoint: inject('sesEndpoint'),
    region: 'ap-southeast-1',
    maxAttempts: SEND_CLIENT_MAX_ATTEMPTS,
  });
  const throttling = injectFaults(ses, {
    rate: throttleRate,
    errors: [{ name: 'Throttling', status: 400 }],
    retried: false,
    name: 'throttling',
  });
  const before = (await Promise.all(orgs.map(mailFor))).flat().length;
  const results = await Promise.all(
    orgs.map((orgId) =>
      runScheduledJob(
        f.deps({
          mailer: sesMailer(ses, {
            from: 'ita@demo.example.org',
            maxPerSecond: 1000,
            rate: limiterFor(grants),
            retry: { attempts: 20, baseDelayMs: 1 },
          }),
        }),
        { kind: 'monthly', scheduledTime: bangkok(`${month}-01T08:30:00`), orgId },
      ),
    ),
  );
  const emails = (await Promise.all(orgs.map(mailFor))).flat().length - before;
  throttling.remove();
  ses.destroy();
  return { grants, emails, throttled: throttling.injected, results };
}

describe("the account's send rate, shared by every worker", { timeout: 120_000 }, () => {
  const cases = [
    { workers: 3, rate: 4, month: '2023-03', throttleRate: 0, what: 'three workers at 4 emails a second' },
    { workers: 5, rate: 7, month: '2023-05', throttleRate: 0, what: 'five workers at 7 a second (slots not whole ms)' },
    {
      workers: 3,
      rate: 3,
      month: '2023-06',
      throttleRate: 0.3,
      what: 'three workers at 3 a second with 30% throttling (every retry takes a slot)',
    },
  ];
  for (const c of cases)
    it(`${c.what}: no one-second window holds more than the rate`, async () => {
      const clock = fakeClock();
      const scope = `test-${c.month}`;
      const run = await concurrentRuns(
        ORGS.slice(0, c.workers),
        c.month,
        (grants) =>
          sharedSendRate(f.store, {
            scope,
            maxPerSecond: c.rate,
            clock,
            onGrant: (ms) => grants.push(ms),
          }),
        c.throttleRate,
      );
      expect(run.results.flatMap((r) => r.erroredOrgs)).toEqual([]);
      expect(run.results.reduce((n, r) => n + r.sent, 0)).toBe(run.emails);
      // every SES call, throttled ones included, took exactly one slot
      expect(run.grants.length).toBe(run.emails + run.throttled);
      expect(run.emails).toBeGreaterThan(c.rate * 3);
      if (c.throttleRate > 0) expect(run.throttled).toBeGreaterThan(0);
      expect(busiestSecond(run.grants)).toBe(c.rate);
      // one bucket item for the whole account (region), read by key
      const bucket = await f.store.doc.send(
        new GetCommand({ TableName: f.store.tableName, Key: keys.sendRate(scope), ConsistentRead: true }),
      );
      expect(bucket.Item?.nextSlot).toBe(Math.round(Math.max(...run.grants) * 1000) + Math.ceil(1e6 / c.rate));
    });

  it('workers that each keep their own pace (before the shared bucket) together send several times the rate', async () => {
    const clock = fakeClock();
    const run = await concurrentRuns(ORGS.slice(0, 3), '2023-07', (grants) =>
      localSendRate(4, clock, (ms) => grants.push(ms)),
    );
    expect(run.grants.length).toBe(run.emails);
    expect(busiestSecond(run.grants)).toBeGreaterThan(4);
  });
});
