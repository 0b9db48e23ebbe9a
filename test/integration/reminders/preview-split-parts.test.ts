// Session 51: the preview counted a staff email's parts as ceil(items / 98), the most one claim
// holds; since session 50 a run also splits an email by size (MAX_PART_BYTES: a card each, about 70
// reports), so a long staff list went out in more emails than `npm run job -- preview` said. The
// preview's count is the run's: the same parts, by the same rule.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlainDate } from '../../../shared/domain/plain-date.js';
import { fromThaiDigits } from '../../../shared/domain/thai-format.js';
import { PlanRepository } from '../../../shared/store/plan-repository.js';
import { createJobsFixture, jobCli, type JobsFixture } from '../../support/jobs-fixture.js';
import { mailFor } from '../../support/mailbox.js';
import { SEED_TIME } from '../../support/seed-org.js';
import { importSeedPlan } from '../../support/seed-plan.js';

/** Monday 3 April 2023: กองคลัง's reports due on Friday 31 March are overdue. */
const DAY: PlainDate = '2023-04-03';
const FINANCE_STAFF = (orgId: string) => `staff.finance@${orgId}.example.org`;

/** An org whose plan gives กองคลัง `extra` more monthly reports (copies of i10, กองคลัง's alone). */
async function fixtureWith(orgId: string, extra: number): Promise<JobsFixture> {
  const f = await createJobsFixture(orgId, { seedPlan: false });
  const { plan } = importSeedPlan(orgId);
  const i10 = plan.measures.find((m) => m.measureId === 'i10')!;
  const { unitIds: _, ...followUp } = i10.followUps[0]!;
  for (let k = 1; k <= extra; k++)
    plan.measures.push({
      ...i10,
      measureId: `i10m${k}`,
      title: `${i10.title} ${k}`,
      followUps: [followUp],
      responsible: { allUnits: false, unitIds: ['finance'], text: 'กองคลัง' },
    });
  await new PlanRepository(f.store).savePlan(plan, { actor: 'system:seed', now: SEED_TIME });
  return f;
}

describe.each([
  { extra: 0, parts: 1 },
  { extra: 75, parts: 2 },
  { extra: 150, parts: 3 },
  { extra: 300, parts: 5 },
])("npm run job -- preview: กองคลัง's overdue email of 5 + $extra reports", { timeout: 240_000 }, ({ extra, parts }) => {
  const ORG = `pvparts${extra}`;
  let f: JobsFixture;

  beforeAll(async () => {
    f = await fixtureWith(ORG, extra);
  }, 60_000);
  afterAll(async () => f?.close());

  it('says as many emails as the day’s run then sends, the staff’s parts included', async () => {
    const preview = await jobCli(f, 'preview', '--org', ORG, '--from', DAY, '--to', DAY);
    const said = Number(fromThaiDigits(/จะส่งอีเมล ([๐-๙]+) ฉบับ/.exec(preview.stdout)![1]!));
    const staffLines = preview.stdout.split('\n').filter((l) => / overdue .* เจ้าหน้าที่ กองคลัง \(กองคลัง\)$/.test(l));
    expect(staffLines).toHaveLength(5 + extra);
    expect(await mailFor(ORG)).toEqual([]);
    await jobCli(f, 'day', '--at', DAY, '--org', ORG);
    const mails = await mailFor(ORG);
    expect(said).toBe(mails.length);
    // กองคลัง's staff: a card each, so past about 70 reports in more emails than 98 a claim would make
    const staff = mails.filter((m) => m.to.includes(FINANCE_STAFF(ORG)) && m.subject.includes('เลยกำหนดส่งรายงาน'));
    expect(staff.length).toBe(parts);
  });
});
