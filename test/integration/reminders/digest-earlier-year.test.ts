// Break s32 F2: under an org due rule a fiscal year's last reports fall due after 30 September
// (September's monthly report under "the 5th of the next month" on 5 October, the second half's
// semiannual one under "30 days after" on 30 October, the fourth quarter's under "45 days after" on
// 14 November). No summary counted them: the digest of that month read the new year's plan only
// ("ครบกำหนด ๐ … รายงานที่ค้างส่ง ๐ รายการ" while they were overdue and escalated), and the September
// year summary stopped at 30 September, not even counting them as ยังไม่ถึงกำหนด. The digest now has
// a section for the previous year's reports due in its month, named by that year; the year summary
// counts the whole plan.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DueRules } from '../../../shared/domain/due-rules.js';
import { previewReminders } from '../../../shared/jobs/preview-reminders.js';
import { runScheduledJob } from '../../../shared/jobs/run-scheduled-job.js';
import { PlanRepository } from '../../../shared/store/plan-repository.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';
import { mailFor, type ReceivedMail } from '../../support/mailbox.js';
import { seedReport } from '../../support/report-seeding.js';
import { SEED_TIME } from '../../support/seed-org.js';
import { importSeedPlan } from '../../support/seed-plan.js';

type SeedPlan = ReturnType<typeof importSeedPlan>['plan'];

let fifth: JobsFixture;
let thirtyDays: JobsFixture;
let quarterly: JobsFixture;
let noNewPlan: JobsFixture;

/** The org with `rules`, the FY2566 seed plan (changed by `change`) and a FY2567 plan. */
async function orgWith(
  orgId: string,
  rules: DueRules,
  change: (plan: SeedPlan) => SeedPlan = (p) => p,
  nextYear = true,
) {
  const f = await createJobsFixture(orgId, { seedPlan: false });
  const org = (await f.repos.orgs.getOrg(orgId))!;
  await f.repos.orgs.putOrg({ ...org, dueRules: rules }, { actor: 'system:seed', now: SEED_TIME });
  const seed = change(importSeedPlan(orgId).plan);
  const plans = new PlanRepository(f.store);
  await plans.savePlan(seed, { actor: 'system:seed', now: SEED_TIME });
  if (!nextYear) return f;
  // the next year's plan, its months and due dates in its own year
  const measures = seed.measures.map((m) => ({
    ...m,
    followUps: m.followUps.map(({ dueDate: _d, firstMonth: _f, lastMonth: _l, ...rest }) => rest),
  }));
  await plans.savePlan({ ...seed, fy: 2567, measures }, { actor: 'system:seed', now: SEED_TIME });
  return f;
}

beforeAll(async () => {
  [fifth, thirtyDays, quarterly, noNewPlan] = await Promise.all([
    orgWith('early5', { monthly: { kind: 'day-of-next-month', day: 5 } }),
    orgWith('early30', { semiannual: { kind: 'days-after', days: 30 } }),
    // the seed plan has no quarterly follow-up: ตัวชี้วัดที่ ๘ ข้อ ๑ becomes one
    orgWith('earlyq', { quarterly: { kind: 'days-after', days: 45 } }, (plan) => ({
      ...plan,
      measures: plan.measures.map((m) =>
        m.measureId === 'i8'
          ? { ...m, followUps: m.followUps.map((f) => (f.followUpNo === 1 ? { ...f, cadence: 'quarterly' } : f)) }
          : m,
      ),
    })),
    // FY2567's plan not saved yet on 1 November
    orgWith('earlynp', { monthly: { kind: 'day-of-next-month', day: 5 } }, undefined, false),
  ]);
  // กองคลัง sends September's report on 3 October, before it is due
  await seedReport(fifth.store, fifth.orgId, 'i10.f1.2023-09.finance', bangkok('2023-10-03T10:00:00'));
}, 180_000);
afterAll(async () => Promise.all([fifth?.close(), thirtyDays?.close(), quarterly?.close(), noNewPlan?.close()]));

/** What a scheduled run sent the mayor, and how many emails it sent in all. */
async function run(f: JobsFixture, kind: 'monthly' | 'april-september', day: string) {
  const before = (await mailFor(f.orgId)).length;
  await runScheduledJob(f.deps(), { kind, scheduledTime: bangkok(`${day}T08:30:00`), orgId: f.orgId });
  const sent = (await mailFor(f.orgId)).slice(before);
  const mayor = sent.filter((m) => m.to[0] === `mayor@${f.orgId}.example.org` && m.subject.includes('[ITA]'));
  return { sent, mayor };
}

const digestOf = (mails: ReceivedMail[], monthTh: string) => {
  const found = mails.filter((m) => m.subject.startsWith(`[ITA] สรุปเดือน${monthTh}`));
  expect(found).toHaveLength(1);
  return found[0]!;
};

/** The text part from a heading on. */
const from = (text: string, heading: string) => text.slice(text.indexOf(heading));

describe("a monthly digest shows the previous fiscal year's reports due in its month", () => {
  it("October's digest, sent 1 November, counts FY2566 September's reports due 5 October and lists the overdue ones", async () => {
    const { mayor } = await run(fifth, 'monthly', '2023-11-01');
    const digest = digestOf(mayor, 'ตุลาคม ๒๕๖๖');
    // the digest's own year, named
    expect(digest.text).toContain('รายงานของปีงบประมาณ ๒๕๖๗\nครบกำหนด ๐ รายการ · ส่งตรงเวลา ๐ · ส่งล่าช้า ๐ · ยังไม่ส่ง ๐');
    expect(digest.text).toContain('รายงานที่ค้างส่ง ตั้งแต่ต้นปีงบประมาณ ๒๕๖๗ (๐ รายการ)');
    const section = from(digest.text, 'รายงานของปีงบประมาณ ๒๕๖๖ ที่ครบกำหนดในเดือนนี้');
    expect(section).toContain('ครบกำหนดระหว่าง ๑ ตุลาคม ๒๕๖๖ ถึง ๓๑ ตุลาคม ๒๕๖๖ (ข้อมูล ณ ๑ พฤศจิกายน ๒๕๖๖)');
    expect(section).toContain('ครบกำหนด ๒๐ รายการ · ส่งตรงเวลา ๑ · ส่งล่าช้า ๐ · ยังไม่ส่ง ๑๙');
    expect(section).toContain('- กองคลัง: ครบกำหนด ๔ ตรงเวลา ๑ ล่าช้า ๐ ยังไม่ส่ง ๓');
    // the year's backlog, still chased (tester s47 P2), the month's first
    expect(section).toContain(
      'รายงานที่ค้างส่ง ปีงบประมาณ ๒๕๖๖ (๓๑๑ รายการ)\nครบกำหนดระหว่าง ๑ ตุลาคม ๒๕๖๕ ถึง ๕ ตุลาคม ๒๕๖๖ ในจำนวนนี้ ๑๙ รายการครบกำหนดระหว่าง ๑ ตุลาคม ๒๕๖๖ ถึง ๓๑ ตุลาคม ๒๕๖๖',
    );
    expect(section).toContain('- กองช่าง: ตัวชี้วัดที่ ๑๐ ข้อ ๑ รอบ กันยายน ๒๕๖๖');
    expect(section).toContain('   กำหนดส่ง ๕ ตุลาคม ๒๕๖๖');
    // the report sent on time is not listed as overdue
    expect(section).not.toContain('- กองคลัง: ตัวชี้วัดที่ ๑๐ ข้อ ๑ รอบ กันยายน ๒๕๖๖');
    // what a phone shows: the HTML part has the section, named by its year
    expect(digest.html).toContain('รายงานของปีงบประมาณ ๒๕๖๖ ที่ครบกำหนดในเดือนนี้');
    expect(digest.html).toContain('รายงานที่ค้างส่ง ปีงบประมาณ ๒๕๖๖ (๓๑๑ รายการ)');
  });

  it('a rerun of the 1 November run sends nothing again', async () => {
    const { sent } = await run(fifth, 'monthly', '2023-11-01');
    expect(sent).toHaveLength(0);
    const digests = (await mailFor(fifth.orgId)).filter(
      (m) => m.to[0] === `mayor@${fifth.orgId}.example.org` && m.subject.startsWith('[ITA] สรุปเดือนตุลาคม ๒๕๖๖:'),
    );
    expect(digests).toHaveLength(1);
  });

  it("October's digest counts the second half's semiannual reports due 30 October (30 days after)", async () => {
    const { mayor } = await run(thirtyDays, 'monthly', '2023-11-01');
    const section = from(digestOf(mayor, 'ตุลาคม ๒๕๖๖').text, 'รายงานของปีงบประมาณ ๒๕๖๖ ที่ครบกำหนดในเดือนนี้');
    expect(section).toContain('ครบกำหนด ๕ รายการ · ส่งตรงเวลา ๐ · ส่งล่าช้า ๐ · ยังไม่ส่ง ๕');
    expect(section).toContain('ในจำนวนนี้ ๕ รายการครบกำหนดระหว่าง ๑ ตุลาคม ๒๕๖๖ ถึง ๓๑ ตุลาคม ๒๕๖๖');
    expect(section).toContain('   กำหนดส่ง ๓๐ ตุลาคม ๒๕๖๖');
  });

  it("November's digest counts the fourth quarter's reports due 14 November; October's, with none due, lists the year's backlog only", async () => {
    const october = digestOf((await run(quarterly, 'monthly', '2023-11-01')).mayor, 'ตุลาคม ๒๕๖๖');
    expect(october.text).not.toContain('รายงานของปีงบประมาณ ๒๕๖๖ ที่ครบกำหนดในเดือนนี้');
    // as under the default rules: October's monthly reports of FY2567, due 31 October, now named by their year
    expect(october.text).toContain('รายงานของปีงบประมาณ ๒๕๖๗\nครบกำหนด ๒๐ รายการ · ส่งตรงเวลา ๐ · ส่งล่าช้า ๐ · ยังไม่ส่ง ๒๐');
    expect(october.text).toContain('\nรายงานที่ค้างส่ง ตั้งแต่ต้นปีงบประมาณ ๒๕๖๗ (๒๐ รายการ)');
    // FY2566's September reports are still chased (tester s47 P2)
    expect(october.text).toContain(
      'รายงานที่ค้างส่ง ปีงบประมาณ ๒๕๖๖ (๓๒๒ รายการ)\nครบกำหนดระหว่าง ๑ ตุลาคม ๒๕๖๕ ถึง ๓๐ กันยายน ๒๕๖๖',
    );
    const { mayor } = await run(quarterly, 'monthly', '2023-12-01');
    const section = from(digestOf(mayor, 'พฤศจิกายน ๒๕๖๖').text, 'รายงานของปีงบประมาณ ๒๕๖๖ ที่ครบกำหนดในเดือนนี้');
    expect(section).toContain('ครบกำหนดระหว่าง ๑ พฤศจิกายน ๒๕๖๖ ถึง ๓๐ พฤศจิกายน ๒๕๖๖');
    expect(section).toContain('ครบกำหนด ๕ รายการ · ส่งตรงเวลา ๐ · ส่งล่าช้า ๐ · ยังไม่ส่ง ๕');
    expect(section).toContain('- กองคลัง: ตัวชี้วัดที่ ๘ ข้อ ๑');
    expect(section).toContain('   กำหนดส่ง ๑๔ พฤศจิกายน ๒๕๖๖');
  });
});

describe("a digest before the new year's plan is saved", () => {
  it("the preview lists it and the run sends it: the previous year's reports due in its month, and no plan for its own year", async () => {
    const preview = await previewReminders(noNewPlan.deps(), noNewPlan.orgId, '2023-11-01', '2023-11-01');
    expect(
      preview.filter((l) => l.stage === 'summary' && l.subject === 'digest-2023-10').map((l) => l.recipient),
    ).toHaveLength(2);
    const { mayor } = await run(noNewPlan, 'monthly', '2023-11-01');
    const digest = digestOf(mayor, 'ตุลาคม ๒๕๖๖');
    expect(digest.text).toContain('รายงานของปีงบประมาณ ๒๕๖๗ (ยังไม่มีแผนมาตรการปีงบประมาณ ๒๕๖๗ ในระบบ)');
    const section = from(digest.text, 'รายงานของปีงบประมาณ ๒๕๖๖ ที่ครบกำหนดในเดือนนี้');
    expect(section).toContain('ครบกำหนด ๒๐ รายการ · ส่งตรงเวลา ๐ · ส่งล่าช้า ๐ · ยังไม่ส่ง ๒๐');
    expect(section).toContain('ในจำนวนนี้ ๒๐ รายการครบกำหนดระหว่าง ๑ ตุลาคม ๒๕๖๖ ถึง ๓๑ ตุลาคม ๒๕๖๖');
    expect((await run(noNewPlan, 'monthly', '2023-11-01')).sent).toHaveLength(0);
  });
});

describe('the September year summary counts every report of the year, those due after 30 September as not yet due', () => {
  it.each([
    ['the 5th of the next month', () => fifth, 'ยังไม่ถึงกำหนด ๙๖ รายการ (ครบกำหนดระหว่าง ๒ กันยายน ๒๕๖๖ ถึง ๕ ตุลาคม ๒๕๖๖)'],
    [
      '30 days after the half year',
      () => thirtyDays,
      'ยังไม่ถึงกำหนด ๗๖ รายการ (ครบกำหนดระหว่าง ๒ กันยายน ๒๕๖๖ ถึง ๓๐ ตุลาคม ๒๕๖๖)',
    ],
    [
      '45 days after the quarter',
      () => quarterly,
      'ยังไม่ถึงกำหนด ๗๖ รายการ (ครบกำหนดระหว่าง ๒ กันยายน ๒๕๖๖ ถึง ๑๔ พฤศจิกายน ๒๕๖๖)',
    ],
  ])('%s', async (_, f, line) => {
    const { mayor } = await run(f(), 'april-september', '2023-09-01');
    const summary = mayor.filter((m) => m.subject.startsWith('[ITA] สรุปปีงบฯ ๒๕๖๖ ณ ๑ ก.ย.:'));
    expect(summary).toHaveLength(1);
    expect(summary[0]!.text).toContain('ครบกำหนดระหว่าง ๑ ตุลาคม ๒๕๖๕ ถึง ๑ กันยายน ๒๕๖๖ (ข้อมูล ณ ๑ กันยายน ๒๕๖๖)');
    expect(summary[0]!.text).toContain(`${line} ไม่นับรวมในตัวเลขข้างล่าง`);
  });
});
