// A closed unit (active: false) gets no reminders by design: nobody is in it, it owes nothing new.
// Its staff stages were still planned and counted "ไม่มีผู้รับ" (no recipients) in every run's counts,
// as if it were a unit to fix (tester s45), while the coordinators' digest rightly leaves it out of
// "หน่วยงานที่ไม่มีผู้รับอีเมลแจ้งเตือน". The runs now plan nothing for it, so count nothing either.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOrgJob } from '../../../shared/jobs/run-org-job.js';
import { ReportRepository } from '../../../shared/store/report-repository.js';
import { mailFor } from '../../support/mailbox.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';
import { seedReport } from '../../support/report-seeding.js';

const ORG = 'closedcount';
let f: JobsFixture;
/** The run's log lines (message and facts), as the org worker would log them. */
const logged: { message: string; facts: Record<string, string | number> }[] = [];

async function leave(personId: string, day: string) {
  const person = (await f.repos.orgs.getPerson(ORG, personId))!;
  await f.repos.orgs.putPerson(
    { ...person, active: false },
    { actor: 'test', now: bangkok(`${day}T12:00:00`) },
    { previous: person },
  );
}

const daily = (day: string) =>
  runOrgJob(f.deps({ log: (message, facts) => logged.push({ message, facts }) }), {
    orgId: ORG,
    kind: 'daily',
    scheduledTime: bangkok(`${day}T08:30:00`),
  });
const toEducation = async () => (await mailFor(ORG)).filter((m) => m.to.some((a) => a.includes('education')));

beforeAll(async () => {
  f = await createJobsFixture(ORG);
  // กองการศึกษา sent its March report on time; it is merged away on 1 May 2023, before the day's run:
  // its people leave, then the unit is closed (as the API allows it), owing April's report still
  await seedReport(f.store, ORG, 'i4.f2.2023-03.education', bangkok('2023-03-20T10:00:00'));
  await leave(`${ORG}-staff-education`, '2023-04-30');
  await leave(`${ORG}-head-education`, '2023-04-30');
  const education = (await f.repos.orgs.getUnit(ORG, 'education'))!;
  const closedAt = bangkok('2023-05-01T07:00:00');
  await f.repos.orgs.putUnit(
    { ...education, active: false, deactivatedAt: closedAt.toISOString() },
    { actor: 'test', now: closedAt },
    { previous: education },
  );
}, 120_000);
afterAll(async () => f?.close());

describe('a closed unit is not counted as a unit without recipients', { timeout: 120_000 }, () => {
  it('1 May 2023: its April reports are overdue, the other units are told, nobody counted as lacking', async () => {
    const result = await daily('2023-05-01');
    expect(result.sent).toBeGreaterThan(0);
    expect(result.noRecipients).toBe(0);
    expect(logged.filter((l) => l.message === 'no recipients')).toEqual([]);
    expect(await toEducation()).toEqual([]);
  });

  it('a report of it the coordinators return after it closed (neighbour): no email, and not counted either', async () => {
    await new ReportRepository(f.store).review(
      { orgId: ORG, fy: 2566, obligationId: 'i4.f2.2023-03.education' },
      { decision: 'return', version: 1, comment: 'ส่งกลับหลังปิดหน่วยงาน' },
      { actor: `${ORG}-coordinator`, now: bangkok('2023-05-02T10:00:00') },
    );
    const result = await daily('2023-05-03');
    expect(result.noRecipients).toBe(0);
    expect(await toEducation()).toEqual([]);
  });

  it('an open unit whose people all left (neighbour, unchanged): still counted, its emails only', async () => {
    await leave(`${ORG}-staff-engineering`, '2023-05-03');
    await leave(`${ORG}-head-engineering`, '2023-05-03');
    logged.length = 0;
    const result = await daily('2023-05-04');
    // May's opening and April's overdue, both still current, to กองช่าง's staff: nobody
    const nobody = logged.filter((l) => l.message === 'no recipients');
    expect(nobody.map((l) => [l.facts.audience, l.facts.stage]).sort()).toEqual([
      ['unit.engineering', 'opening'],
      ['unit.engineering', 'overdue'],
    ]);
    expect(result.noRecipients).toBe(2);
  });
});
