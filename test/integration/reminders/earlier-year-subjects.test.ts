// Tester s47 (P3): on the first days of a fiscal year a unit gets this year's openings and last
// year's returned, overdue and escalated reports, and only the month in the list told which year an
// email was about. A reminder about a year before the one running on its day says that year in its
// subject; this year's, and an opening (its periods name their years), read as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScheduledJob } from '../../../shared/jobs/run-scheduled-job.js';
import { PlanRepository } from '../../../shared/store/plan-repository.js';
import { ReportRepository } from '../../../shared/store/report-repository.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';
import { mailFor } from '../../support/mailbox.js';
import { seedReport } from '../../support/report-seeding.js';
import { SEED_TIME } from '../../support/seed-org.js';
import { importSeedPlan } from '../../support/seed-plan.js';

const ORG = 'turnsubj';
let f: JobsFixture;

async function run(kind: 'daily' | 'monthly', day: string) {
  const before = (await mailFor(ORG)).length;
  await runScheduledJob(f.deps(), { kind, scheduledTime: bangkok(`${day}T08:30:00`), orgId: ORG });
  return (await mailFor(ORG)).slice(before).map((m) => ({ to: m.to[0]!, subject: m.subject }));
}
const finance = `staff.finance@${ORG}.example.org`;

beforeAll(async () => {
  f = await createJobsFixture(ORG);
  const seed = importSeedPlan(ORG).plan;
  const measures = seed.measures.map((m) => ({
    ...m,
    followUps: m.followUps.map(({ dueDate: _d, firstMonth: _f, lastMonth: _l, ...rest }) => rest),
  }));
  await new PlanRepository(f.store).savePlan({ ...seed, fy: 2567, measures }, { actor: 'system:seed', now: SEED_TIME });
  // กองคลัง's September report, sent on 20 September (returned on 30 September, below)
  await seedReport(f.store, ORG, 'i4.f2.2023-09.finance', bangkok('2023-09-20T10:00:00'));
}, 120_000);
afterAll(async () => f?.close());

describe('a reminder about last fiscal year says the year in its subject', { timeout: 120_000 }, () => {
  it('in September, FY2566 running, its reminders name no year', async () => {
    const sent = await run('daily', '2023-09-27');
    const mine = sent.filter((m) => m.to === finance);
    expect(mine.length).toBeGreaterThan(0);
    for (const m of mine) expect(m.subject).not.toContain('ปีงบประมาณ ๒๕๖๖ (');
  });

  it("on 1 October: last year's returned and overdue reports say ปีงบประมาณ ๒๕๖๖; this year's opening reads as before", async () => {
    await new ReportRepository(f.store).review(
      { orgId: ORG, fy: 2566, obligationId: 'i4.f2.2023-09.finance' },
      { decision: 'return', version: 1, comment: 'แนบภาพถ่าย' },
      { actor: `${ORG}-coordinator`, now: bangkok('2023-09-30T10:00:00') },
    );
    const sent = [...(await run('monthly', '2023-10-01')), ...(await run('daily', '2023-10-01'))];
    const subjects = sent.filter((m) => m.to === finance).map((m) => m.subject);
    expect(subjects).toContain('[ITA] กองคลัง: รายงานถูกส่งกลับให้แก้ไข ปีงบประมาณ ๒๕๖๖ (๑ รายการ)');
    expect(subjects.filter((s) => s.startsWith('[ITA] กองคลัง: เลยกำหนดส่งรายงาน ปีงบประมาณ ๒๕๖๖ ('))).toHaveLength(1);
    const opening = subjects.filter((s) => s.startsWith('[ITA] กองคลัง: ถึงรอบรายงานผล'));
    expect(opening).toHaveLength(1);
    expect(opening[0]).toMatch(/^\[ITA\] กองคลัง: ถึงรอบรายงานผล ประจำเดือนตุลาคม ๒๕๖๖ \([๐-๙]+ รายการ\)$/);
  });

  it("a week later the unit head's escalation of last year's reports says the year too", async () => {
    const sent = await run('daily', '2023-10-07');
    const head = sent.filter((m) => m.to === `head.finance@${ORG}.example.org`).map((m) => m.subject);
    expect(head.filter((s) => s.startsWith('[ITA] กองคลัง: รายงานค้างส่งเกิน ๗ วัน ปีงบประมาณ ๒๕๖๖ ('))).toHaveLength(1);
  });
});
