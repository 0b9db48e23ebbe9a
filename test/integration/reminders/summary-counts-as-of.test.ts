// A summary counts as ครบกำหนด only what is due on or before its as-of day (break s31 F5): the
// September year summary (its period ends 30 September, it runs on 1 September) counted the whole
// month's obligations as ครบกำหนด, and the ones due that very day as neither due nor missing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOrgJob } from '../../../shared/jobs/run-org-job.js';
import { OrgRepository } from '../../../shared/store/org-repository.js';
import { mailFor } from '../../support/mailbox.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';
import { seedReport } from '../../support/report-seeding.js';
import { SEED_TIME } from '../../support/seed-org.js';

let plain: JobsFixture;
let firstOfMonth: JobsFixture;

// FY2566, 1 September 2023, as of that day: the seed plan's 312 obligations of the year (5 units),
// with the default due dates 236 fall due by 31 August and 76 on 30 September; with monthly reports
// due on the 1st of the next month, August's 20 are due on 1 September itself, September's 20 on
// 1 October (still the year's: counted as not yet due, break s32 F2) and 56 on 30 September.
beforeAll(async () => {
  [plain, firstOfMonth] = await Promise.all([createJobsFixture('asof-plain'), createJobsFixture('asof-first')]);
  // กองคลัง: August on time, and September's report sent early (due 30 September)
  await seedReport(plain.store, plain.orgId, 'i4.f2.2023-08.finance', bangkok('2023-08-20T10:00:00'));
  await seedReport(plain.store, plain.orgId, 'i4.f2.2023-09.finance', bangkok('2023-09-01T08:00:00'));
  const orgs = new OrgRepository(firstOfMonth.store);
  await orgs.putOrg(
    {
      ...(await orgs.getOrg(firstOfMonth.orgId))!,
      dueRules: { monthly: { kind: 'day-of-next-month', day: 1 } },
    },
    { actor: 'system:seed', now: SEED_TIME },
  );
  // กองคลัง sends August's report on its due day, before the run
  await seedReport(firstOfMonth.store, firstOfMonth.orgId, 'i4.f2.2023-08.finance', bangkok('2023-09-01T07:00:00'));
}, 120_000);
afterAll(async () => Promise.all([plain?.close(), firstOfMonth?.close()]));

async function yearSummary(f: JobsFixture): Promise<string> {
  await runOrgJob(f.deps(), {
    orgId: f.orgId,
    kind: 'april-september',
    scheduledTime: bangkok('2023-09-01T08:30:00'),
    parts: ['summaries'],
  });
  const mails = (await mailFor(f.orgId)).filter(
    (m) => m.to[0] === `mayor@${f.orgId}.example.org` && m.subject.startsWith('[ITA] สรุปปีงบฯ ๒๕๖๖ ณ ๑ ก.ย.:'),
  );
  expect(mails).toHaveLength(1);
  return mails[0]!.text;
}

describe('the September year summary, run on 1 September, counts as ครบกำหนด only what is due by then', () => {
  it("leaves out September's obligations, and a report sent early for one of them, and says how many it left out", async () => {
    const text = await yearSummary(plain);
    expect(text).toContain('ครบกำหนดระหว่าง ๑ ตุลาคม ๒๕๖๕ ถึง ๑ กันยายน ๒๕๖๖ (ข้อมูล ณ ๑ กันยายน ๒๕๖๖)');
    expect(text).toContain(
      'ยังไม่ถึงกำหนด ๗๖ รายการ (ครบกำหนดระหว่าง ๒ กันยายน ๒๕๖๖ ถึง ๓๐ กันยายน ๒๕๖๖) ไม่นับรวมในตัวเลขข้างล่าง',
    );
    expect(text).toContain('ครบกำหนด ๒๓๖ รายการ · ส่งตรงเวลา ๑ · ส่งล่าช้า ๐ · ยังไม่ส่ง ๒๓๕');
    expect(text).toContain('- กองคลัง: ครบกำหนด ๔๗ ตรงเวลา ๑ ล่าช้า ๐ ยังไม่ส่ง ๔๖');
    expect(text).toContain('- กองช่าง: ครบกำหนด ๔๗ ตรงเวลา ๐ ล่าช้า ๐ ยังไม่ส่ง ๔๗');
    expect(text).toContain('- ๔. การใช้ทรัพย์สินของราชการ: ครบกำหนด ๕๕ ตรงเวลา ๑ ล่าช้า ๐ ยังไม่ส่ง ๕๔ (๒%)');
  });

  it('counts the obligations due on the day itself: sent that morning is on time, not yet sent is ยังไม่ส่ง', async () => {
    const text = await yearSummary(firstOfMonth);
    expect(text).toContain('ครบกำหนดระหว่าง ๑ ตุลาคม ๒๕๖๕ ถึง ๑ กันยายน ๒๕๖๖ (ข้อมูล ณ ๑ กันยายน ๒๕๖๖)');
    expect(text).toContain('ยังไม่ถึงกำหนด ๗๖ รายการ (ครบกำหนดระหว่าง ๒ กันยายน ๒๕๖๖ ถึง ๑ ตุลาคม ๒๕๖๖)');
    expect(text).toContain('ครบกำหนด ๒๓๖ รายการ · ส่งตรงเวลา ๑ · ส่งล่าช้า ๐ · ยังไม่ส่ง ๒๓๕');
    expect(text).toContain('- กองคลัง: ครบกำหนด ๔๗ ตรงเวลา ๑ ล่าช้า ๐ ยังไม่ส่ง ๔๖');
    expect(text).toContain('- ๔. การใช้ทรัพย์สินของราชการ: ครบกำหนด ๕๕ ตรงเวลา ๑ ล่าช้า ๐ ยังไม่ส่ง ๕๔ (๒%)');
  });

  it('the monthly digest of August, whose month ended before the run, counts every obligation due in it', async () => {
    await runOrgJob(plain.deps(), {
      orgId: plain.orgId,
      kind: 'monthly',
      scheduledTime: bangkok('2023-09-01T08:30:00'),
      parts: ['summaries'],
    });
    const digest = (await mailFor(plain.orgId)).find(
      (m) => m.to[0] === `mayor@${plain.orgId}.example.org` && m.subject.startsWith('[ITA] สรุปเดือนสิงหาคม ๒๕๖๖:'),
    )!;
    expect(digest.text).toContain('ครบกำหนดระหว่าง ๑ สิงหาคม ๒๕๖๖ ถึง ๓๑ สิงหาคม ๒๕๖๖ (ข้อมูล ณ ๑ กันยายน ๒๕๖๖)');
    expect(digest.text).not.toContain('ยังไม่ถึงกำหนด');
    expect(digest.text).toContain('ครบกำหนด ๒๐ รายการ · ส่งตรงเวลา ๑ · ส่งล่าช้า ๐ · ยังไม่ส่ง ๑๙');
  });
});
