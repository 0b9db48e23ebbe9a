import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobKind } from '../../../shared/domain/job-kinds.js';
import type { JobDependencies } from '../../../shared/jobs/job-dependencies.js';
import { thaiWorkingDays } from '../../../shared/domain/thai-working-days.js';
import { previewMail, previewReminders } from '../../../shared/jobs/preview-reminders.js';
import { runScheduledJob } from '../../../shared/jobs/run-scheduled-job.js';
import { runSummaryLines } from '../../../shared/jobs/run-summary.js';
import { PlanRepository } from '../../../shared/store/plan-repository.js';
import { mailFor } from '../../support/mailbox.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';
import { SEED_TIME } from '../../support/seed-org.js';
import { importSeedPlan } from '../../support/seed-plan.js';

// Break s30-u F1: from an org's second fiscal year, the runs of January to March still follow last
// year's obligations back to October of the year before last; the calendar covered only today's year
// and its neighbours, so the run aborted (RangeError) and the monthly digests were never sent.
let f: JobsFixture;
let deps: JobDependencies;

beforeAll(async () => {
  f = await createJobsFixture('secondyear');
  deps = f.deps();
  delete deps.calendar; // the Thai official calendar, as in production
  for (const fy of [2567, 2568])
    await new PlanRepository(f.store).savePlan(
      { ...importSeedPlan(f.orgId).plan, fy },
      { actor: 'system:seed', now: SEED_TIME },
    );
});
afterAll(async () => f?.close());

const run = (kind: JobKind, day: string) =>
  runScheduledJob(deps, { kind, scheduledTime: bangkok(`${day}T08:30:00`), orgId: f.orgId });
const digestsTo = async (who: string, month: string) =>
  (await mailFor(f.orgId)).filter(
    (m) => m.to.includes(`${who}@${f.orgId}.example.org`) && m.subject.startsWith(`[ITA] สรุปเดือน${month}`),
  );

describe("the runs of January to March in an org's second and third year", { timeout: 120_000 }, () => {
  it('the preview of late January to early February 2567 and 2568 lists the digests instead of failing (before any run)', async () => {
    for (const [from, to, digest] of [
      ['2024-01-25', '2024-02-05', 'digest-2024-01'],
      ['2025-01-25', '2025-02-05', 'digest-2025-01'],
    ] as const) {
      const lines = await previewReminders(deps, f.orgId, from, to);
      expect(lines.filter((l) => l.stage === 'summary').map((l) => l.subject)).toContain(digest);
    }
  });

  it('the monthly run of 1 February 2567 sends the mayor and the coordinator the January digest', async () => {
    const result = await run('monthly', '2024-02-01');
    expect(result.erroredOrgs).toEqual([]);
    expect(await digestsTo('mayor', 'มกราคม ๒๕๖๗')).toHaveLength(1);
    expect(await digestsTo('ita', 'มกราคม ๒๕๖๗')).toHaveLength(1);
  });

  it('the daily pass of 2 January 2567 carries the held-back monthly run: the December digest goes out', async () => {
    expect((await run('monthly', '2024-01-01')).perOrg).toEqual([
      expect.objectContaining({ notWorkingDay: '2024-01-01' }),
    ]);
    const result = await run('daily', '2024-01-02');
    expect(result.erroredOrgs).toEqual([]);
    expect(await digestsTo('mayor', 'ธันวาคม ๒๕๖๖')).toHaveLength(1);
  });

  it('the monthly run of 1 March 2567 and the daily pass of the same day do not abort', async () => {
    expect((await run('monthly', '2024-03-01')).erroredOrgs).toEqual([]);
    expect((await run('daily', '2024-03-01')).erroredOrgs).toEqual([]);
    expect(await digestsTo('ita', 'กุมภาพันธ์ ๒๕๖๗')).toHaveLength(1);
  });

  it('the third year: the daily pass of 2 January 2568 and the run of 3 February 2568 send their digests', async () => {
    expect((await run('daily', '2025-01-02')).erroredOrgs).toEqual([]);
    expect(await digestsTo('mayor', 'ธันวาคม ๒๕๖๗')).toHaveLength(1);
    // 1 February 2568 is a Saturday: Monday's daily pass carries it
    expect((await run('monthly', '2025-02-01')).erroredOrgs).toEqual([]);
    expect((await run('daily', '2025-02-03')).erroredOrgs).toEqual([]);
    expect(await digestsTo('mayor', 'มกราคม ๒๕๖๘')).toHaveLength(1);
  });
});

describe('a fault in the reminders part of a run', { timeout: 120_000 }, () => {
  it("still lets the month's digests go out, and fails the org's run so it is retried", async () => {
    const g = await createJobsFixture('reminderfault');
    try {
      await new PlanRepository(g.store).savePlan(
        { ...importSeedPlan(g.orgId).plan, fy: 2567 },
        { actor: 'system:seed', now: SEED_TIME },
      );
      // the calendar the runs loaded before the fix: 2023-2025, so October 2022 throws
      const calendar = await thaiWorkingDays([2024]);
      const result = await runScheduledJob(
        { ...g.deps(), calendar },
        { kind: 'monthly', scheduledTime: bangkok('2024-02-01T08:30:00'), orgId: g.orgId },
      );
      expect(result.erroredOrgs).toEqual([g.orgId]);
      const digests = (await mailFor(g.orgId)).filter((m) => m.subject.startsWith('[ITA] สรุปเดือน'));
      expect(digests.map((m) => m.to[0]).sort()).toEqual([
        `ita@${g.orgId}.example.org`,
        `mayor@${g.orgId}.example.org`,
      ]);
    } finally {
      await g.close();
    }
  });
});

// Tester s37 (P3): every run of April 2026 printed "ปฏิทินวันหยุดปี 2570 (2027) ยังไม่มีประกาศ
// คณะรัฐมนตรีในระบบ …", in Arabic digits, though nothing of the run reached 2027 (no FY2570 plan): the
// years were today's and its neighbours. Now only the years whose holidays a run used are said.
describe(
  'the note on a year without a Cabinet holiday list: only when a run uses that year',
  { timeout: 120_000 },
  () => {
    let g: JobsFixture;
    let thai: JobDependencies;
    const plan = (fy: number) =>
      new PlanRepository(g.store).savePlan(
        { ...importSeedPlan(g.orgId).plan, fy },
        { actor: 'system:seed', now: SEED_TIME },
      );
    const note = (lines: string[]) => lines.filter((l) => l.includes('ปฏิทินวันหยุด'));
    /** `kind`'s run of `day` at 08:30 Bangkok, with the Thai official calendar */
    const runOn = (kind: JobKind, day: string) =>
      runScheduledJob(thai, { kind, scheduledTime: bangkok(`${day}T08:30:00`), orgId: g.orgId });

    beforeAll(async () => {
      g = await createJobsFixture('holidaynote', { seedPlan: false });
      thai = g.deps();
      delete thai.calendar; // the Thai official calendar, as in production
      await plan(2569);
    });
    afterAll(async () => g?.close());

    // Tester s42 (F3): only the CLI said a year used computed holidays; in AWS nobody reads it. The
    // coordinators' digest says it once; the executives' digest and the units' reminders do not.
    const HOLIDAY_LINE = 'ยังไม่มีประกาศคณะรัฐมนตรีในระบบ';
    /** the mail of `who` from index `from` on whose subject starts with `subject` */
    const mailSince = async (from: number, who: string, subject: string) =>
      (await mailFor(g.orgId))
        .slice(from)
        .filter((m) => m.to.includes(`${who}@${g.orgId}.example.org`) && m.subject.startsWith(subject));
    const everyMailSince = async (from: number) => (await mailFor(g.orgId)).slice(from);

    it('the digest of December 2568 (5 January 2026: every year used has a Cabinet list) says nothing of holidays', async () => {
      const from = (await mailFor(g.orgId)).length;
      await runOn('monthly', '2026-01-01'); // วันขึ้นปีใหม่, then 2 January's extra day off
      const result = await runOn('daily', '2026-01-05');
      expect(result.erroredOrgs).toEqual([]);
      expect(result.fallbackHolidayYears).toEqual([]);
      const [digest, ...more] = await mailSince(from, 'ita', '[ITA] สรุปเดือนธันวาคม ๒๕๖๘');
      expect(more).toEqual([]);
      expect(digest!.text).toContain('เรียน คณะทำงาน ITA');
      for (const mail of await everyMailSince(from)) expect(`${mail.text}${mail.html}`).not.toContain(HOLIDAY_LINE);
    });

    it('the April-September run of 1 April 2026 (FY2569 plan, no FY2570 plan) says nothing of 2027', async () => {
      const result = await runOn('april-september', '2026-04-01');
      expect(result.erroredOrgs).toEqual([]);
      expect(result.sent).toBeGreaterThan(0);
      expect(result.fallbackHolidayYears).toEqual([]);
      expect(note(runSummaryLines(result))).toEqual([]);
    });

    it('the preview of April 2026 (neighbour) says nothing of 2027 either', async () => {
      const preview = await previewMail(thai, g.orgId, '2026-04-01', '2026-04-30');
      expect(preview.lines.length).toBeGreaterThan(0);
      expect(preview.fallbackHolidayYears).toEqual([]);
    });

    it('with an FY2570 plan, the daily pass of 1 October 2026 (neighbour) uses 2027 and says so, Thai digits first', async () => {
      await plan(2570);
      const result = await runOn('daily', '2026-10-01');
      expect(result.erroredOrgs).toEqual([]);
      expect(result.fallbackHolidayYears).toEqual([2027]);
      const [line, ...more] = note(runSummaryLines(result));
      expect(more).toEqual([]);
      expect(line).toMatch(/^ปฏิทินวันหยุดปี พ\.ศ\. ๒๕๗๐ ยังไม่มีประกาศคณะรัฐมนตรีในระบบ ใช้วันหยุดที่คำนวณไว้ /);
      expect(line!.slice(0, line!.indexOf(' (no Cabinet'))).not.toMatch(/[0-9]/);
      expect(line).toContain('(no Cabinet holiday list for 2027: the computed list fills in');
      // and its preview of October
      expect((await previewMail(thai, g.orgId, '2026-10-01', '2026-10-31')).fallbackHolidayYears).toEqual([2027]);
    });

    it("the monthly run of 1 December 2026: FY2570 ladders reach 2027, and the coordinator's November digest says its holidays are computed", async () => {
      const from = (await mailFor(g.orgId)).length;
      const result = await runOn('monthly', '2026-12-01');
      expect(result.erroredOrgs).toEqual([]);
      expect(result.fallbackHolidayYears).toEqual([2027]);
      const [digest] = await mailSince(from, 'ita', '[ITA] สรุปเดือนพฤศจิกายน ๒๕๖๙');
      const line =
        'ปฏิทินวันหยุดปี พ.ศ. ๒๕๗๐ ยังไม่มีประกาศคณะรัฐมนตรีในระบบ อีเมลแจ้งเตือนในปีนั้นเว้นวันหยุดตามที่ระบบคำนวณไว้ ' +
        'ซึ่งยังไม่รวมวันหยุดพิเศษที่คณะรัฐมนตรีอาจประกาศเพิ่มภายหลัง หากมีวันหยุดพิเศษ โปรดแจ้งผู้ดูแลระบบให้กำหนดวันนั้นเป็นวันปิดทำการขององค์กร ระบบจะไม่ส่งอีเมลแจ้งเตือนในวันนั้น';
      expect(digest!.text.split(HOLIDAY_LINE)).toHaveLength(2);
      expect(digest!.text).toContain(line);
      expect(digest!.html).toContain(line);
      // the executives' digest and the units' reminders of the same run do not say it
      const [executives] = await mailSince(from, 'mayor', '[ITA] สรุปเดือนพฤศจิกายน ๒๕๖๙');
      expect(executives!.text).not.toContain(HOLIDAY_LINE);
      const others = (await everyMailSince(from)).filter((m) => m.messageId !== digest!.messageId);
      expect(others.some((m) => m.subject.includes('ถึงรอบรายงานผล'))).toBe(true);
      for (const mail of others) expect(`${mail.text}${mail.html}`, mail.subject).not.toContain(HOLIDAY_LINE);
    });

    // Tester s37 (P3): December 2569's reports are due 31 December, วันสิ้นปี; the "due" email of 30
    // December said only "กรุณาส่งภายในวันครบกำหนด … กำหนดส่ง ๓๑ ธันวาคม ๒๕๖๙"
    it('the daily pass of 30 December 2569 (neighbour): the "due" email names วันสิ้นปี and says why it came a day early', async () => {
      const result = await runOn('daily', '2026-12-30');
      expect(result.erroredOrgs).toEqual([]);
      const due = (await mailFor(g.orgId)).filter((m) => m.subject.startsWith('[ITA] กองคลัง: ถึงกำหนดส่งรายงาน'));
      expect(due.length).toBeGreaterThan(0);
      for (const mail of due) {
        expect(mail.text).toContain('กำหนดส่ง ๓๑ ธันวาคม ๒๕๖๙ ตรงกับวันหยุด (วันสิ้นปี)');
        expect(mail.text).toContain('วันครบกำหนดเป็นวันหยุด อีเมลนี้จึงส่งในวันทำการก่อนหน้า ส่งรายงานผ่านหน้าเว็บได้จนถึงวันครบกำหนด');
      }
    });

    it('the digest of December 2569, sent Monday 4 January 2027 (a run in 2027), tells the coordinator once', async () => {
      const from = (await mailFor(g.orgId)).length;
      await runOn('monthly', '2027-01-01'); // วันขึ้นปีใหม่, a Friday
      const result = await runOn('daily', '2027-01-04');
      expect(result.erroredOrgs).toEqual([]);
      const [digest, ...more] = await mailSince(from, 'ita', '[ITA] สรุปเดือนธันวาคม ๒๕๖๙');
      expect(more).toEqual([]);
      expect(digest!.text.split(HOLIDAY_LINE)).toHaveLength(2);
      expect(digest!.text).toContain('ปฏิทินวันหยุดปี พ.ศ. ๒๕๗๐ ยังไม่มีประกาศคณะรัฐมนตรีในระบบ');
      expect(digest!.text).toContain('วันปิดทำการขององค์กร');
      for (const mail of (await everyMailSince(from)).filter((m) => m.messageId !== digest!.messageId))
        expect(`${mail.text}${mail.html}`, mail.subject).not.toContain(HOLIDAY_LINE);
    });
  },
);
