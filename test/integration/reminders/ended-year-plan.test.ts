// Tester s37 u1: a past year's plan saved after the year ended (FY2566's, on 5 December 2566, so that
// next year's can be copied from it) put its whole year on the ladder: every unit, its head and the
// executives were emailed hundreds of items "เลยกำหนด ๔๐๓ วัน". Such a plan is recorded, not
// reminded; a plan saved late within its year still is (late-plan.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, type PlainDate } from '../../../shared/domain/plain-date.js';
import { runScheduledJob } from '../../../shared/jobs/run-scheduled-job.js';
import { bangkok, createJobsFixture, type JobsFixture, savePlanAt } from '../../support/jobs-fixture.js';
import { mailFor } from '../../support/mailbox.js';
import { importSeedPlan } from '../../support/seed-plan.js';

let f: JobsFixture;
const ORG = 'endedyear';
const sent: { day: PlainDate; subject: string; fy2566: boolean }[] = [];

async function save(local: string) {
  await savePlanAt(f, importSeedPlan(ORG).plan, local);
}

beforeAll(async () => {
  f = await createJobsFixture(ORG, { seedPlan: false });
  // saved on 5 December 2023 (FY2567), two months after FY2566 ended; a second save a week later
  const saves: Record<string, string> = { '2023-12-05': '2023-12-05T10:00:00', '2023-12-12': '2023-12-12T10:00:00' };
  let seen = (await mailFor(ORG)).length;
  for (let day: PlainDate = '2023-12-05'; day <= '2023-12-27'; day = addDays(day, 1)) {
    await runScheduledJob(f.deps(), { kind: 'daily', scheduledTime: bangkok(`${day}T08:30:00`), orgId: ORG });
    const mail = await mailFor(ORG);
    for (const m of mail.slice(seen)) sent.push({ day, subject: m.subject, fy2566: /\/fy\/2566\//.test(m.html) });
    seen = mail.length;
    const at = saves[day];
    if (at) await save(at);
  }
}, 600_000);
afterAll(async () => f?.close());

describe("a year's plan saved after the year ended sends no reminders", () => {
  it('no unit, head or executive is emailed about its reports in the three weeks after the save', () => {
    expect(sent.filter((m) => m.fy2566)).toEqual([]);
  });

  it('the plan is saved, its obligations counted as the year had them', async () => {
    const plan = await f.repos.plans.getPlan(ORG, 2566);
    expect(plan?.measures.length).toBeGreaterThan(0);
    const i4 = plan!.measures.find((m) => m.measureId === 'i4')!;
    expect(i4.followUps.find((x) => x.followUpNo === 2)!.addedOn).toBe('2023-12-05');
  });
});
