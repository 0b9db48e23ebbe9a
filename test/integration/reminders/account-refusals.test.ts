// SES refusals of the account (sending paused, credentials, IAM, an unverified sender) stop the run
// like the daily quota: nothing is given up, the next run sends the day's ladder. Only refusals of
// one email (MessageRejected, an invalid address) are given up at once. Break attempt s28 #14, F4.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScheduledJob } from '../../../shared/jobs/run-scheduled-job.js';
import { runSummaryLines } from '../../../shared/jobs/run-summary.js';
import { auditTrail } from '../../../shared/store/audit-log.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';
import { mailFor } from '../../support/mailbox.js';
import { failSends } from '../../support/ses-faults.js';

let f: JobsFixture;
const ORG = 'acctrefusal';
const logged: string[] = [];
const daily = (local: string) =>
  runScheduledJob(f.deps({ log: (m) => logged.push(m) }), {
    kind: 'daily',
    scheduledTime: bangkok(`${local}T08:30:00`),
    orgId: ORG,
  });
const stopOf = (r: Awaited<ReturnType<typeof daily>>) => {
  const org = r.perOrg[0];
  return org && 'sendsStopped' in org ? org.sendsStopped?.kind : undefined;
};
const givenUpAudits = async () =>
  (await auditTrail(f.store, ORG, new Date())).filter((a) => a.action === 'mail.given-up').length;

beforeAll(async () => {
  f = await createJobsFixture(ORG);
});
afterAll(async () => f?.close());

describe('a refusal of the SES account defers the run, and the next run sends it', { timeout: 300_000 }, () => {
  // each a working day with a ladder stage, then the next working day once the account is fixed
  for (const [name, status, day, next] of [
    ['AccountSendingPausedException', 400, '2023-06-01', '2023-06-02'],
    ['InvalidClientTokenId', 403, '2023-06-08', '2023-06-09'],
    ['AccessDenied', 403, '2023-06-15', '2023-06-16'],
  ] as const) {
    it(`${name} on ${day}: one SES call, nothing given up, all sent on ${next}`, async () => {
      const before = (await mailFor(ORG)).length;
      const givenBefore = await givenUpAudits();
      logged.length = 0;
      const fault = failSends(f.ses, { to: () => true, name, status });
      const refused = await daily(day);
      fault.remove();
      expect(fault.failures).toBe(1);
      expect(refused.givenUp).toBe(0);
      expect(refused.sent).toBe(0);
      expect(refused.deferred).toBeGreaterThan(0);
      expect(logged.some((m) => m.startsWith('SES REFUSED THE ACCOUNT'))).toBe(true);
      expect(runSummaryLines(refused).join('\n')).toContain(`บัญชี SES ปฏิเสธการส่ง (${name})`);

      const fixed = await daily(next);
      expect(fixed.givenUp).toBe(0);
      expect(fixed.retried).toBe(1);
      // every email the refused run planned goes out now (a planned one may since be a duplicate)
      expect(fixed.sent + fixed.retried + fixed.duplicates).toBeGreaterThanOrEqual(refused.deferred);
      expect((await mailFor(ORG)).length - before).toBe(fixed.sent + fixed.retried);
      expect(await givenUpAudits()).toBe(givenBefore);
    });
  }

  it('an unverified sender stops the run; an unverified recipient (the sandbox) is given up alone', async () => {
    const unverified = (id: string) =>
      `Email address is not verified. The following identities failed the check in region AP-SOUTHEAST-1: ${id}`;
    const sender = failSends(f.ses, { to: () => true, name: 'MessageRejected', status: 400 });
    // the fixture's mailer sends as ita@demo.example.org
    const stub = f.ses.middlewareStack;
    stub.add(
      (next) => async (args) => {
        try {
          return await next(args);
        } catch (error) {
          throw Object.assign(error as Error, { message: unverified('ita@demo.example.org') });
        }
      },
      { step: 'finalizeRequest', name: 'unverifiedMessage', priority: 'high' },
    );
    const refused = await daily('2023-06-27');
    sender.remove();
    stub.remove('unverifiedMessage');
    expect(sender.failures).toBe(1);
    expect(refused.givenUp).toBe(0);
    expect(stopOf(refused)).toBe('account');
    await daily('2023-06-28');

    const staff = `staff.finance@${ORG}.example.org`;
    const recipient = failSends(f.ses, { to: (a) => a === staff, name: 'MessageRejected', status: 400 });
    stub.add(
      (next) => async (args) => {
        try {
          return await next(args);
        } catch (error) {
          throw Object.assign(error as Error, { message: unverified(staff) });
        }
      },
      { step: 'finalizeRequest', name: 'unverifiedMessage', priority: 'high' },
    );
    const one = await daily('2023-06-30');
    recipient.remove();
    stub.remove('unverifiedMessage');
    expect(recipient.failures).toBeGreaterThan(0);
    expect(stopOf(one)).toBeUndefined();
    expect(one.givenUp).toBe(recipient.failures);
    expect(one.sent).toBeGreaterThan(0);
  });

  it('a refusal of one email (MessageRejected) is still given up at once, and the rest goes out', async () => {
    const staff = `staff.clerk@${ORG}.example.org`;
    const fault = failSends(f.ses, { to: (a) => a === staff, name: 'MessageRejected', status: 400 });
    const run = await daily('2023-08-01');
    fault.remove();
    expect(fault.failures).toBeGreaterThan(0);
    expect(run.givenUp).toBe(fault.failures);
    expect(run.deferred).toBe(0);
    expect(run.sent).toBeGreaterThan(0);
  });
});
