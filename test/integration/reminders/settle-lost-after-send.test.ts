// SES took an email, then recording it as sent failed for good (DynamoDB refused the settle write
// every time): the org's run fails and the claim stays. The next run after the claim's lease must not
// send it again (it was sent): it is given up as unsure and listed in the coordinators' next digest.
// Faults at the SDK level: the SES send goes through, then the settle's TransactWriteItems fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScheduledJob } from '../../../shared/jobs/run-scheduled-job.js';
import { failCalls } from '../../support/fault-injection.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';
import { mailFor } from '../../support/mailbox.js';

const ORG = 'settlelost';
const to = (who: string) => `${who}@${ORG}.example.org`;
/** the claim's lease (10 minutes) has passed: what a later run, or SQS's redelivery, sees */
const LATER_MS = 11 * 60_000;
const UNSURE = 'ไม่แน่ใจว่าส่งถึงหรือไม่: การส่งหยุดลงก่อนบันทึกว่าส่งแล้ว จึงไม่ส่งซ้ำอัตโนมัติ โปรดสอบถามผู้รับ';

let f: JobsFixture;
beforeAll(async () => {
  f = await createJobsFixture(ORG);
});
afterAll(async () => f?.close());

/**
 * Runs `kind` at `local` with every settle write failing from the moment SES took the first email to
 * `who` (with `subject`), then the same run again after the lease. Returns both runs and that email's copies.
 */
async function sendThenLoseTheRecord(kind: 'monthly' | 'daily', local: string, who: string, subject: string) {
  const scheduledTime = bangkok(local);
  const before = (await mailFor(ORG)).length;
  let armed = false;
  f.ses.middlewareStack.add(
    (next) => async (args) => {
      const input = args.input as {
        Destination?: { ToAddresses?: string[] };
        Message?: { Subject?: { Data?: string } };
      };
      const out = await next(args);
      if (input.Destination?.ToAddresses?.includes(to(who)) && input.Message?.Subject?.Data?.includes(subject))
        armed = true;
      return out;
    },
    { step: 'initialize', name: 'armSettleFault' },
  );
  // deliver-once tries a settle 6 times: all 6 fail
  const settle = failCalls(
    f.store.doc,
    (command, input) =>
      armed &&
      command === 'TransactWriteItemsCommand' &&
      ((input.TransactItems ?? []) as { Delete?: unknown }[]).some((t) => t.Delete),
    { times: 6, name: 'ProvisionedThroughputExceededException', status: 400, label: 'failSettle' },
  );
  const first = await runScheduledJob(f.deps(), { kind, scheduledTime, orgId: ORG });
  f.ses.middlewareStack.remove('armSettleFault');
  settle.remove();
  const later = () => new Date(Date.now() + LATER_MS);
  const again = await runScheduledJob(f.deps({ wallClock: later }), { kind, scheduledTime, orgId: ORG });
  const mails = (await mailFor(ORG)).slice(before);
  const copies = mails.filter((m) => m.to.includes(to(who)) && m.subject.includes(subject));
  // no email of the two runs arrived twice
  const keys = mails.map((m) => `${m.to.join()}|${m.subject}`);
  expect(new Set(keys).size).toBe(keys.length);
  return { first, again, copies, injected: settle.injected };
}

/** The coordinator's digest of `month` (Thai month and BE year), sent by the monthly run at `local` if given. */
async function coordinatorDigest(local: string | undefined, month: string) {
  if (local) await runScheduledJob(f.deps(), { kind: 'monthly', scheduledTime: bangkok(local), orgId: ORG });
  const digests = (await mailFor(ORG)).filter(
    (m) => m.to.includes(to('ita')) && m.subject.startsWith(`[ITA] สรุปเดือน${month}`),
  );
  expect(digests).toHaveLength(1);
  return digests[0]!;
}

describe('an email SES took whose record as sent was lost', () => {
  it('a monthly reminder is not sent again after the lease, and the next digest names it as unsure', async () => {
    const r = await sendThenLoseTheRecord('monthly', '2023-06-01T08:30:00', 'staff.finance', 'มิถุนายน');
    expect(r.injected).toBe(6);
    expect(r.first.erroredOrgs).toEqual([ORG]);
    expect(r.again).toMatchObject({ erroredOrgs: [], retried: 0, givenUp: 1 });
    expect(r.copies).toHaveLength(1);
    const digest = await coordinatorDigest('2023-07-01T08:30:00', 'มิถุนายน ๒๕๖๖');
    expect(digest.text).toContain('เจ้าหน้าที่ กองคลัง');
    expect(digest.text).toContain(UNSURE);
    // under the heading of emails that may have arrived, not "ส่งไม่สำเร็จ"
    expect(digest.text).toContain('อีเมลที่ไม่แน่ใจว่าส่งถึงหรือไม่ (๑ ฉบับ)');
    expect(digest.text).not.toContain('อีเมลที่ส่งไม่สำเร็จ');
    expect(digest.html).toContain('อีเมลที่ไม่แน่ใจว่าส่งถึงหรือไม่ (๑ ฉบับ)</h2>');
  });

  it("the executive's monthly digest is not sent again after the lease", async () => {
    const r = await sendThenLoseTheRecord('monthly', '2023-08-01T08:30:00', 'mayor', '[ITA] สรุปเดือนกรกฎาคม ๒๕๖๖:');
    expect(r.injected).toBe(6);
    expect(r.first.erroredOrgs).toEqual([ORG]);
    expect(r.again).toMatchObject({ erroredOrgs: [], retried: 0, givenUp: 1 });
    expect(r.copies).toHaveLength(1);
    // the coordinator's copy of that digest, sent by the second run after the give-up, lists it
    const digest = await coordinatorDigest(undefined, 'กรกฎาคม ๒๕๖๖');
    expect(digest.text).toContain('อีเมลสรุปผล');
    expect(digest.text).toContain(UNSURE);
  });

  it("a daily pass's escalation to a unit head is not sent again after the lease", async () => {
    const r = await sendThenLoseTheRecord('daily', '2023-09-18T08:30:00', 'head.engineering', '');
    expect(r.injected).toBe(6);
    expect(r.first.erroredOrgs).toEqual([ORG]);
    expect(r.again).toMatchObject({ erroredOrgs: [], retried: 0, givenUp: 1 });
    expect(r.copies).toHaveLength(1);
  });
});

describe('an email whose claim could not be marked as handed to SES', () => {
  it('is not sent that run and is sent once by the next', async () => {
    const scheduledTime = bangkok('2023-10-02T08:30:00');
    const before = (await mailFor(ORG)).length;
    const mark = failCalls(
      f.store.doc,
      (command, input) => command === 'UpdateItemCommand' && String(input.UpdateExpression).includes(':sending'),
      { times: 1, name: 'ProvisionedThroughputExceededException', status: 400, label: 'failMark' },
    );
    const first = await runScheduledJob(f.deps(), { kind: 'daily', scheduledTime, orgId: ORG });
    mark.remove();
    const again = await runScheduledJob(f.deps(), { kind: 'daily', scheduledTime, orgId: ORG });
    expect(mark.injected).toBe(1);
    expect(first.failed).toBe(1);
    expect(again).toMatchObject({ retried: 1, sent: 0, failed: 0, givenUp: 0 });
    const keys = (await mailFor(ORG)).slice(before).map((m) => `${m.to.join()}|${m.subject}`);
    expect(keys).toHaveLength(first.sent + 1);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
