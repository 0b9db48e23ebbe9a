// A run's counts count emails: an escalation split over several emails (parts of at most 98) is
// counted part by part when sent and when found already sent (tester s45: a day's run said "ส่งแล้ว
// ๘๑, เคยส่งแล้ว ๖๙" and its rerun "เคยส่งแล้ว ๑๔๒": a batch found already sent counted once per person,
// whatever its parts). A rerun's "already sent" is the first run's "sent" and "already sent".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromThaiDigits } from '../../../shared/domain/thai-format.js';
import { runScheduledJob } from '../../../shared/jobs/run-scheduled-job.js';
import { PlanRepository } from '../../../shared/store/plan-repository.js';
import { bangkok, createJobsFixture, jobCli, type JobsFixture } from '../../support/jobs-fixture.js';
import { mailFor } from '../../support/mailbox.js';
import { SEED_TIME } from '../../support/seed-org.js';
import { importSeedPlan } from '../../support/seed-plan.js';
import { failSends } from '../../support/ses-faults.js';

/** An org whose plan has 105 reports falling due on 31 March 2023 (the seed and eight more measures like i10's). */
async function splitFixture(orgId: string): Promise<JobsFixture> {
  const f = await createJobsFixture(orgId, { seedPlan: false });
  const { plan } = importSeedPlan(orgId);
  const i10 = plan.measures.find((m) => m.measureId === 'i10')!;
  for (let k = 1; k <= 8; k++) plan.measures.push({ ...i10, measureId: `i10m${k}`, title: `${i10.title} ${k}` });
  await new PlanRepository(f.store).savePlan(plan, { actor: 'system:seed', now: SEED_TIME });
  return f;
}

const COORDINATORS_SPLIT = 'รายงานค้างส่งเกิน ๗ วัน (ฉบับที่ ';

describe("a rerun's already sent counts the emails the first run sent, parts one by one", () => {
  const ORG = 'splitcount';
  let f: JobsFixture;
  const daily = (day: string) =>
    runScheduledJob(f.deps(), { kind: 'daily', scheduledTime: bangkok(`${day}T08:30:00`), orgId: ORG });

  beforeAll(async () => {
    f = await splitFixture(ORG);
  }, 60_000);
  afterAll(async () => f?.close());

  it("7 April: the coordinators' escalation in two parts, the rerun finds each part already sent", async () => {
    const first = await daily('2023-04-07');
    const mails = await mailFor(ORG);
    expect(mails.filter((m) => m.subject.includes(COORDINATORS_SPLIT))).toHaveLength(2);
    expect(first).toMatchObject({ sent: mails.length, duplicates: 0, failed: 0 });
    const again = await daily('2023-04-07');
    expect(again).toMatchObject({ sent: 0, duplicates: first.sent });
    expect(await mailFor(ORG)).toHaveLength(mails.length);
  });

  it("14 April (neighbour): the executives' two parts and the emails of 7 April still current, counted alike both times", async () => {
    const before = (await mailFor(ORG)).length;
    const first = await daily('2023-04-14');
    const mails = (await mailFor(ORG)).slice(before);
    expect(mails.filter((m) => m.subject.includes('รายงานค้างส่งเกิน ๑๔ วัน (ฉบับที่ '))).toHaveLength(2);
    expect(first.sent).toBe(mails.length);
    const again = await daily('2023-04-14');
    expect(again).toMatchObject({ sent: 0, duplicates: first.sent + first.duplicates });
  });
});

describe('a part that failed and is resent by the rerun is counted as resent, not also as already sent (neighbour)', () => {
  const ORG = 'splitretry';
  let f: JobsFixture;
  const daily = () =>
    runScheduledJob(f.deps(), { kind: 'daily', scheduledTime: bangkok('2023-04-07T08:30:00'), orgId: ORG });

  beforeAll(async () => {
    f = await splitFixture(ORG);
  }, 60_000);
  afterAll(async () => f?.close());

  it("the coordinators' second part fails once (no answer); the rerun resends it and finds the rest already sent", async () => {
    const fault = failSends(f.ses, {
      to: (a) => a.startsWith('ita@'),
      subject: (s) => s.includes('(ฉบับที่ ๒/๒: รายการที่ ๙๙–๑๐๕ จาก ๑๐๕)'),
      name: 'NetworkingError',
      status: 0,
      times: 1,
    });
    const first = await daily();
    fault.remove();
    expect(first).toMatchObject({ failed: 1, duplicates: 0 });
    const again = await daily();
    expect(again).toMatchObject({ sent: 0, retried: 1, failed: 0, duplicates: first.sent });
    expect(await mailFor(ORG)).toHaveLength(first.sent + 1);
  });
});

describe('the job CLI says the same counts (neighbour): its rerun says "เคยส่งแล้ว" what the first said "ส่งแล้ว"', () => {
  const ORG = 'splitcli';
  let f: JobsFixture;
  /** The org's counts line as `npm run job` prints it: its Thai figures, by their words. */
  const counts = (stdout: string) => {
    const line = stdout.split('\n').find((l) => l.startsWith(`องค์กร ${ORG}: `))!;
    return {
      sent: Number(fromThaiDigits(/ส่งแล้ว ([๐-๙]+),/.exec(line)![1]!)),
      already: Number(fromThaiDigits(/เคยส่งแล้ว ([๐-๙]+),/.exec(line)![1]!)),
    };
  };

  beforeAll(async () => {
    f = await splitFixture(ORG);
  }, 60_000);
  afterAll(async () => f?.close());

  it("18 April 2566, the executives' escalation after the Songkran holidays, in three parts", async () => {
    const at = ['escalation', '--at', '2023-04-18T08:30:00+07:00', '--org', ORG];
    const first = await jobCli(f, ...at);
    // February's and March's reports, none reminded before: 205 in parts of 98
    expect(first.stdout).toContain('รายงานค้างส่งเกิน ๑๔ วัน (ฉบับที่ ๓/๓: รายการที่ ๑๙๗–๒๐๕ จาก ๒๐๕)');
    const sent = counts(first.stdout);
    expect(sent).toEqual({ sent: (await mailFor(ORG)).length, already: 0 });
    const again = counts((await jobCli(f, ...at)).stdout);
    expect(again).toEqual({ sent: 0, already: sent.sent });
  });
});
