import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScheduledJob } from '../../../shared/jobs/run-scheduled-job.js';
import { OrgRepository } from '../../../shared/store/org-repository.js';
import { PlanRepository } from '../../../shared/store/plan-repository.js';
import { ReportRepository } from '../../../shared/store/report-repository.js';
import { mailFor } from '../../support/mailbox.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';
import { SEED_TIME } from '../../support/seed-org.js';
import { importSeedPlan } from '../../support/seed-plan.js';

// Fault 1: from 1 October the daily pass loaded only the new fiscal year.
let f: JobsFixture;
let g: JobsFixture;
const daily = (fx: JobsFixture, local: string) =>
  runScheduledJob(fx.deps(), { kind: 'daily', scheduledTime: bangkok(`${local}T08:30:00`), orgId: fx.orgId });
const mails = async (fx: JobsFixture, who: string, subjectPart: string) =>
  (await mailFor(fx.orgId)).filter(
    (m) => m.to.includes(`${who}@${fx.orgId}.example.org`) && m.subject.includes(subjectPart),
  );

beforeAll(async () => {
  [f, g] = await Promise.all([createJobsFixture('yearend'), createJobsFixture('duefifth')]);
  // กองคลัง's September report is a one-character not_started placeholder, sent in October.
  await new ReportRepository(f.store).saveVersion(
    { orgId: f.orgId, fy: 2566, obligationId: 'i4.f2.2023-09.finance', unitId: 'finance' },
    { progress: 'not_started', summary: 'ก', obstacles: '', suggestions: '', evidence: [] },
    { actor: 'yearend-staff-finance', now: bangkok('2023-10-01T10:00:00') },
  );
  // The next year's plan exists too: the pass must read both years.
  await new PlanRepository(f.store).savePlan(
    { ...importSeedPlan(f.orgId).plan, fy: 2567 },
    { actor: 'system:seed', now: SEED_TIME },
  );
  const orgs = new OrgRepository(g.store);
  const org = (await orgs.getOrg(g.orgId))!;
  await orgs.putOrg(
    { ...org, dueRules: { monthly: { kind: 'day-of-next-month', day: 5 } } },
    { actor: 'system:seed', now: SEED_TIME },
  );
});
afterAll(async () => Promise.all([f?.close(), g?.close()]));

describe("the daily pass after 1 October still follows the old year's obligations", () => {
  it("sends FY2566's September, H2 and annual obligations as overdue on 2 October 2023", async () => {
    await daily(f, '2023-10-02');
    const [overdue] = await mails(f, 'staff.engineering', 'เลยกำหนดส่งรายงาน');
    for (const id of [
      'i4.f2.2023-09.engineering',
      'i5.f4.H2.engineering',
      'i7.f1.H2.engineering',
      'i4.f1.FY.engineering',
    ])
      expect(overdue?.html).toContain(id);
  });

  it('escalates them to the unit head on 9 October and to the executives on 16 October', async () => {
    await daily(f, '2023-10-09');
    const head = await mails(f, 'head.engineering', 'รายงานค้างส่งเกิน ๗ วัน');
    expect(head.filter((m) => m.html.includes('i4.f2.2023-09.engineering'))).toHaveLength(1);
    await daily(f, '2023-10-16');
    const executives = (await mails(f, 'mayor', 'เรียนผู้บริหาร')).filter((m) => m.html.includes('.2023-09.'));
    expect(executives).toHaveLength(1);
    expect(executives[0]!.html).toContain('i8.f3.FY.health');
  });

  it("a not_started placeholder does not stop the reminders: กองคลัง's September report is still overdue", async () => {
    const [overdue] = await mails(f, 'staff.finance', 'เลยกำหนดส่งรายงาน');
    expect(overdue?.html).toContain('i4.f2.2023-09.finance');
  });

  it('sends the new year its openings in the same pass, and nothing after the cut-off', async () => {
    const openings = await mails(f, 'staff.engineering', 'ถึงรอบรายงานผล');
    expect(openings.some((m) => m.html.includes('i4.f2.2023-10.engineering'))).toBe(true);
    const before = (await mailFor(f.orgId)).length;
    await daily(f, '2023-12-01');
    const late = (await mailFor(f.orgId)).slice(before);
    expect(late.filter((m) => m.html.includes('/fy/2566/'))).toEqual([]);
  });
});

describe('monthly reports due on the 5th of the next month', () => {
  it('September 2023 reports are listed, due 5 October, by the monthly run that opens them on 1 September', async () => {
    await runScheduledJob(g.deps(), { kind: 'monthly', scheduledTime: bangkok('2023-09-01T08:30:00'), orgId: g.orgId });
    const [opening] = await mails(g, 'staff.clerk', 'ถึงรอบรายงานผล');
    for (const id of ['i4.f2.2023-09.clerk', 'i10.f4.2023-09.clerk']) expect(opening?.html).toContain(id);
    expect(opening?.text).toContain('กำหนดส่ง ๕ ตุลาคม ๒๕๖๖');
  });

  it('September 2023 reports get "due soon" on 2 October and "due" on 5 October', async () => {
    await daily(g, '2023-10-02');
    const [soon] = await mails(g, 'staff.clerk', 'ใกล้ครบกำหนดส่งรายงาน');
    expect(soon?.html).toContain('i4.f2.2023-09.clerk');
    expect(soon?.text).toContain('กำหนดส่ง ๕ ตุลาคม ๒๕๖๖');
    await daily(g, '2023-10-05');
    const [due] = await mails(g, 'staff.clerk', 'ถึงกำหนดส่งรายงาน');
    expect(due?.html).toContain('i10.f4.2023-09.clerk');
  });
});
