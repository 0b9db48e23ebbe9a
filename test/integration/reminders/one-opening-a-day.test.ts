// A unit hears of what opens on the 1st in one email, whichever of the runs that fire together at
// 08:30 (monthly, semiannual, april-september, the daily pass) runs first (tester s39y: on
// 1 September each run sent its own "ถึงรอบรายงานผล", four in all).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobKind } from '../../../shared/domain/job-kinds.js';
import { runScheduledJob } from '../../../shared/jobs/run-scheduled-job.js';
import { PlanRepository } from '../../../shared/store/plan-repository.js';
import { mailFor } from '../../support/mailbox.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';
import { SEED_TIME } from '../../support/seed-org.js';
import { importSeedPlan } from '../../support/seed-plan.js';

const fixtures: JobsFixture[] = [];

/** An org with the seed plan and a quarterly and an annual follow-up added to indicator 4. */
async function orgWithEveryCadence(orgId: string): Promise<JobsFixture> {
  const f = await createJobsFixture(orgId);
  fixtures.push(f);
  const plan = importSeedPlan(orgId).plan;
  plan.measures
    .find((m) => m.measureId === 'i4')!
    .followUps.push(
      { followUpNo: 3, text: 'รายงานผลรายไตรมาส', cadence: 'quarterly', audience: [] },
      { followUpNo: 4, text: 'รายงานผลประจำปี', cadence: 'annual', audience: [] },
    );
  await new PlanRepository(f.store).savePlan(plan, { actor: 'system:seed', expectedVersion: 1, now: SEED_TIME });
  return f;
}

/** The engineering unit's staff's opening emails. */
const openings = async (orgId: string) =>
  (await mailFor(orgId)).filter(
    (m) => m.to.includes(`staff.engineering@${orgId}.example.org`) && m.subject.includes('ถึงรอบรายงานผล'),
  );

afterAll(async () => {
  for (const f of fixtures) await f.close();
});

describe("the 1st's openings: one email per unit member, whichever run goes first", () => {
  const cases: [string, string, JobKind[], string, string[]][] = [
    [
      '1 September 2023 in the catalog order: September, the second halves and the year in one email',
      '2023-09-01',
      ['monthly', 'semiannual', 'april-september', 'daily'],
      'ประจำเดือนกันยายน ๒๕๖๖, ไตรมาสที่ ๔, ครึ่งปีหลัง และ ประจำปีงบประมาณ ๒๕๖๖',
      ['i4.f2.2023-09.engineering', 'i4.f3.Q4.engineering', 'i4.f4.FY.engineering', 'i10.f2.FY.engineering'],
    ],
    [
      '1 September 2023, the daily pass first: the same one email',
      '2023-09-01',
      ['daily', 'april-september', 'semiannual', 'monthly'],
      'ประจำเดือนกันยายน ๒๕๖๖, ไตรมาสที่ ๔, ครึ่งปีหลัง และ ประจำปีงบประมาณ ๒๕๖๖',
      ['i4.f2.2023-09.engineering', 'i4.f3.Q4.engineering', 'i4.f4.FY.engineering', 'i10.f2.FY.engineering'],
    ],
    [
      '1 March 2023: March, the first half and the second quarter in one email',
      '2023-03-01',
      ['semiannual', 'monthly', 'daily'],
      'ประจำเดือนมีนาคม ๒๕๖๖, ไตรมาสที่ ๒ และ ครึ่งปีแรก ปีงบประมาณ ๒๕๖๖',
      ['i4.f2.2023-03.engineering', 'i4.f3.Q2.engineering', 'i5.f4.H1.engineering'],
    ],
  ];
  for (const [i, [what, day, kinds, opens, listed]] of cases.entries())
    it(what, async () => {
      const f = await orgWithEveryCadence(`opening${i}`);
      for (const kind of kinds)
        await runScheduledJob(f.deps(), { kind, scheduledTime: bangkok(`${day}T08:30:00`), orgId: f.orgId });
      const mails = await openings(f.orgId);
      expect(mails.map((m) => m.subject)).toHaveLength(1);
      expect(mails[0]!.subject).toContain(`กองช่าง: ถึงรอบรายงานผล ${opens} (`);
      for (const id of listed) expect(mails[0]!.html, id).toContain(id);
    });

  // docs/reminders.md: the runs plan the same email and claim its markers in one transaction, so
  // runs at the same instant on separate workers cannot split it (session 42)
  it('1 September 2023, the four runs at the same instant: still one email with every opening', async () => {
    const f = await orgWithEveryCadence('openingatonce');
    const kinds: JobKind[] = ['monthly', 'semiannual', 'april-september', 'daily'];
    await Promise.all(
      kinds.map((kind) =>
        runScheduledJob(f.deps(), { kind, scheduledTime: bangkok('2023-09-01T08:30:00'), orgId: f.orgId }),
      ),
    );
    const mails = await openings(f.orgId);
    expect(mails.map((m) => m.subject)).toHaveLength(1);
    for (const id of cases[0]![4]) expect(mails[0]!.html, id).toContain(id);
  });
});

let rerun: JobsFixture;
beforeAll(async () => (rerun = await orgWithEveryCadence('openingrerun')));

describe('a kind run made on a later day of the month', () => {
  it("lists its own cadence's still-open reports of the 1st, as before, and nothing of the other cadences", async () => {
    await runScheduledJob(rerun.deps(), {
      kind: 'semiannual',
      scheduledTime: bangkok('2023-09-05T10:00:00'),
      orgId: rerun.orgId,
    });
    const mails = await openings(rerun.orgId);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.html).toContain('i5.f4.H2.engineering');
    expect(mails[0]!.html).not.toContain('i4.f1.2023-09.engineering');
  });
});
