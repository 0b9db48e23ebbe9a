import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewReminders } from '../../../shared/jobs/preview-reminders.js';
import { runScheduledJob } from '../../../shared/jobs/run-scheduled-job.js';
import { OrgRepository } from '../../../shared/store/org-repository.js';
import { PlanRepository } from '../../../shared/store/plan-repository.js';
import { ReportRepository } from '../../../shared/store/report-repository.js';
import { remindersIn } from '../../support/mail-ledger.js';
import { mailFor } from '../../support/mailbox.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';
import { SEED_TIME } from '../../support/seed-org.js';
import { importSeedPlan } from '../../support/seed-plan.js';

// Fault 1: from 1 October the daily pass loaded only the new fiscal year.
let f: JobsFixture;
let g: JobsFixture;
let h: JobsFixture;
const daily = (fx: JobsFixture, local: string) =>
  runScheduledJob(fx.deps(), { kind: 'daily', scheduledTime: bangkok(`${local}T08:30:00`), orgId: fx.orgId });
const mails = async (fx: JobsFixture, who: string, subjectPart: string) =>
  (await mailFor(fx.orgId)).filter(
    (m) => m.to.includes(`${who}@${fx.orgId}.example.org`) && m.subject.includes(subjectPart),
  );

beforeAll(async () => {
  [f, g, h] = await Promise.all([
    createJobsFixture('yearend'),
    createJobsFixture('duefifth'),
    createJobsFixture('duefifth24'),
  ]);
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
  // g: monthly on the 5th of the next month; quarterly 10 days after the quarter; semiannual on the 5th
  const orgs = new OrgRepository(g.store);
  const org = (await orgs.getOrg(g.orgId))!;
  await orgs.putOrg(
    {
      ...org,
      dueRules: {
        monthly: { kind: 'day-of-next-month', day: 5 },
        quarterly: { kind: 'days-after', days: 10 },
        semiannual: { kind: 'day-of-next-month', day: 5 },
      },
    },
    { actor: 'system:seed', now: SEED_TIME },
  );
  const plan = importSeedPlan(g.orgId).plan;
  plan.measures[0]!.followUps.push({ followUpNo: 91, text: 'รายงานผลรายไตรมาส', cadence: 'quarterly', audience: [] });
  await new PlanRepository(g.store).savePlan(plan, { actor: 'system:seed', expectedVersion: 1, now: SEED_TIME });
  // h: the same monthly rule across 1 October 2024, a Tuesday: FY2567 ends, FY2568 begins
  const hOrgs = new OrgRepository(h.store);
  await hOrgs.putOrg(
    { ...(await hOrgs.getOrg(h.orgId))!, dueRules: { monthly: { kind: 'day-of-next-month', day: 5 } } },
    { actor: 'system:seed', now: SEED_TIME },
  );
  for (const fy of [2567, 2568])
    await new PlanRepository(h.store).savePlan(
      { ...importSeedPlan(h.orgId).plan, fy },
      { actor: 'system:seed', now: SEED_TIME },
    );
});
afterAll(async () => Promise.all([f?.close(), g?.close(), h?.close()]));

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
    const executives = (await mails(f, 'mayor', 'รายงานค้างส่งเกิน ๑๔ วัน')).filter((m) => m.html.includes('.2023-09.'));
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

// several runs each: more than the default 30 s on a busy machine
describe(
  'the 1 October monthly run lists every open monthly report, whatever its fiscal year',
  { timeout: 120_000 },
  () => {
    // on the Thai official calendar (1 October 2024 is a Tuesday; 5 October a Saturday)
    const run = (kind: 'monthly' | 'daily', local: string) => {
      const deps = h.deps();
      delete deps.calendar;
      return runScheduledJob(deps, { kind, scheduledTime: bangkok(`${local}T08:30:00`), orgId: h.orgId });
    };
    const onDay = async (fx: JobsFixture, who: string, fromIndex: number) =>
      (await mailFor(fx.orgId)).slice(fromIndex).filter((m) => m.to.includes(`${who}@${fx.orgId}.example.org`));

    it("lists FY2567's September reports (due 5 October 2024) with FY2568's October reports, in one email", async () => {
      await run('monthly', '2024-09-02'); // 1 September 2024 is a Sunday
      const deps = h.deps();
      delete deps.calendar;
      expect(await previewReminders(deps, h.orgId, '2024-10-01', '2024-10-01')).toContainEqual({
        day: '2024-10-01',
        stage: 'still-open',
        subject: 'i4.f2.2024-09.clerk',
        recipient: `s***@${h.orgId}.example.org`,
        person: 'เจ้าหน้าที่ สำนักปลัดเทศบาล (สำนักปลัดเทศบาล)',
      });
      const before = (await mailFor(h.orgId)).length;
      // the daily pass and the monthly run both fire at 08:30 on 1 October: whichever comes first
      await run('daily', '2024-10-01');
      await run('monthly', '2024-10-01');
      const first = await onDay(h, 'staff.clerk', before);
      const listing = first.filter((m) => m.html.includes('i4.f2.2024-09.clerk'));
      expect(listing.map((m) => m.subject)).toEqual([
        '[ITA] สำนักปลัดเทศบาล: ถึงรอบรายงานผล ประจำเดือนตุลาคม ๒๕๖๗ (๘ รายการ)',
      ]);
      for (const id of ['i4.f2.2024-09.clerk', 'i10.f4.2024-09.clerk', 'i4.f2.2024-10.clerk', 'i10.f4.2024-10.clerk'])
        expect(listing[0]!.html).toContain(id);
      // September's below October's, under their own heading: opened before, still to be sent
      expect(
        remindersIn(listing[0]!)
          .filter((r) => r.stage === 'still-open')
          .map((r) => r.id),
      ).toEqual(['i10.f1.2024-09.clerk', 'i10.f4.2024-09.clerk', 'i4.f2.2024-09.clerk', 'i5.f1.2024-09.clerk']);
      expect(listing[0]!.html).toContain('/fy/2567/o/i4.f2.2024-09.clerk');
      expect(listing[0]!.html).toContain('/fy/2568/o/i4.f2.2024-10.clerk');
      expect(listing[0]!.text).toContain('กำหนดส่ง ๕ ตุลาคม ๒๕๖๗');
      expect(listing[0]!.text).toContain('กำหนดส่ง ๕ พฤศจิกายน ๒๕๖๗');
      // exactly once: nothing else on 1 October names them, and a second delivery sends nothing
      expect(first.filter((m) => m.html.includes('.2024-10.clerk'))).toHaveLength(1);
      const again = await run('monthly', '2024-10-01');
      expect(again.sent).toBe(0);
    });

    it('September 2024 reports still get "due soon" on 2 October and "due" on 4 October 2024', async () => {
      const before = (await mailFor(h.orgId)).length;
      await run('daily', '2024-10-02');
      const [soon] = (await onDay(h, 'staff.clerk', before)).filter((m) => m.subject.includes('ใกล้ครบกำหนดส่งรายงาน'));
      expect(soon?.html).toContain('i4.f2.2024-09.clerk');
      await run('daily', '2024-10-04');
      const due = (await onDay(h, 'staff.clerk', before)).filter((m) => m.subject.includes('ถึงกำหนดส่งรายงาน'));
      expect(due.map((m) => m.html.includes('i10.f4.2024-09.clerk'))).toEqual([true]);
    });
  },
);

describe('other due rules that put the due date into the next fiscal year', { timeout: 120_000 }, () => {
  it('quarterly, 10 days after the quarter: FY2566 Q4 (due 10 October 2023) is due soon on 7 October and overdue on 11 October', async () => {
    const soon = (await mails(g, 'staff.clerk', 'ใกล้ครบกำหนดส่งรายงาน')).length;
    await daily(g, '2023-10-07');
    const dueSoon = (await mails(g, 'staff.clerk', 'ใกล้ครบกำหนดส่งรายงาน')).slice(soon);
    expect(dueSoon.map((m) => m.html.includes('f91.Q4.clerk'))).toEqual([true]);
    expect(dueSoon[0]!.text).toContain('กำหนดส่ง ๑๐ ตุลาคม ๒๕๖๖');
    await daily(g, '2023-10-11');
    const overdue = (await mails(g, 'staff.clerk', 'เลยกำหนดส่งรายงาน')).filter((m) => m.html.includes('f91.Q4.clerk'));
    expect(overdue).toHaveLength(1);
  });

  it('semiannual on the 5th of the next month: FY2566 H2 (due 5 October 2023) is due on 5 October and escalated to the executives on 19 October', async () => {
    const [due] = (await mails(g, 'staff.clerk', 'ถึงกำหนดส่งรายงาน')).filter((m) => m.html.includes('i5.f4.H2.clerk'));
    expect(due?.text).toContain('กำหนดส่ง ๕ ตุลาคม ๒๕๖๖');
    await daily(g, '2023-10-19');
    const executives = (await mails(g, 'mayor', 'รายงานค้างส่งเกิน ๑๔ วัน')).filter((m) =>
      m.html.includes('i5.f4.H2.clerk'),
    );
    expect(executives).toHaveLength(1);
  });
});
