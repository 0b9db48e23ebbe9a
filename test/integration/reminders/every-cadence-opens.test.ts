import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { thaiWorkingDays } from '../../../shared/domain/thai-working-days.js';
import { runScheduledJob } from '../../../shared/jobs/run-scheduled-job.js';
import { PlanRepository } from '../../../shared/store/plan-repository.js';
import { mailFor } from '../../support/mailbox.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';
import { SEED_TIME } from '../../support/seed-org.js';
import { importSeedPlan } from '../../support/seed-plan.js';

// Fault 2: quarterly, annual, unspecified and once obligations got no opening reminder.
let f: JobsFixture;
const openings = async () =>
  (await mailFor(f.orgId)).filter(
    (m) => m.to.includes(`staff.engineering@${f.orgId}.example.org`) && m.subject.includes('ถึงรอบรายงานผล'),
  );

beforeAll(async () => {
  f = await createJobsFixture('cadences');
  const plan = importSeedPlan(f.orgId).plan;
  const i4 = plan.measures.find((m) => m.measureId === 'i4')!;
  i4.followUps.push(
    { followUpNo: 3, text: 'รายงานผลรายไตรมาส', cadence: 'quarterly', audience: [] },
    { followUpNo: 4, text: 'รายงานผลประจำปี', cadence: 'annual', audience: [] },
    { followUpNo: 5, text: 'จัดประชุมชี้แจงครั้งเดียว', cadence: 'once', audience: [], dueDate: '2023-06-15' },
    { followUpNo: 6, text: 'ส่งแผนครั้งเดียว วันที่ ๑', cadence: 'once', audience: [], dueDate: '2023-06-01' },
    { followUpNo: 7, text: 'ส่งแผนครั้งเดียว วันที่ ๒', cadence: 'once', audience: [], dueDate: '2023-03-02' },
    { followUpNo: 8, text: 'ส่งแผนหลังวันหยุดปีใหม่', cadence: 'once', audience: [], dueDate: '2023-01-03' },
  );
  await new PlanRepository(f.store).savePlan(plan, { actor: 'system:seed', expectedVersion: 1, now: SEED_TIME });
});
afterAll(async () => f?.close());

describe('every cadence gets an opening reminder from the daily pass', () => {
  it('quarterly: Q2 opens on 1 March 2023', async () => {
    await runScheduledJob(f.deps(), { kind: 'daily', scheduledTime: bangkok('2023-03-01T08:30:00'), orgId: f.orgId });
    expect((await openings()).some((m) => m.html.includes('i4.f3.Q2.engineering'))).toBe(true);
  });

  it('once: a follow-up due 15 June 2023 opens on 1 June', async () => {
    await runScheduledJob(f.deps(), { kind: 'daily', scheduledTime: bangkok('2023-06-01T08:30:00'), orgId: f.orgId });
    expect((await openings()).some((m) => m.html.includes('i4.f5.ONCE.engineering'))).toBe(true);
  });

  it('annual and unspecified: the year opens on 1 September 2023, each listed once', async () => {
    await runScheduledJob(f.deps(), { kind: 'daily', scheduledTime: bangkok('2023-09-01T08:30:00'), orgId: f.orgId });
    await runScheduledJob(f.deps(), { kind: 'daily', scheduledTime: bangkok('2023-09-04T08:30:00'), orgId: f.orgId });
    const listed = (await openings()).filter((m) => m.html.includes('.FY.engineering'));
    expect(listed).toHaveLength(1);
    for (const id of ['i4.f4.FY.engineering', 'i4.f1.FY.engineering', 'i8.f3.FY.engineering'])
      expect(listed[0]!.html).toContain(id);
  });
});

describe('a "once" follow-up due early in a month still gets its opening and "due soon" before the due date', () => {
  const unitMail = async (subjectPart: string, id: string) =>
    (await mailFor(f.orgId)).filter(
      (m) =>
        m.to.includes(`staff.engineering@${f.orgId}.example.org`) &&
        m.subject.includes(subjectPart) &&
        m.html.includes(id),
    );
  const cases: [string, string, string, string][] = [
    ['due 1 June 2023: opening 1 May, due soon 29 May', 'i4.f6.ONCE.engineering', '2023-05-01', '2023-05-29'],
    [
      'due 2 March 2023: opening 1 February, due soon 27 February',
      'i4.f7.ONCE.engineering',
      '2023-02-01',
      '2023-02-27',
    ],
    [
      'due 3 January 2023, right after the New Year holidays: opening 1 December, due soon 29 December',
      'i4.f8.ONCE.engineering',
      '2022-12-01',
      '2022-12-29',
    ],
  ];
  for (const [what, id, opening, dueSoon] of cases)
    it(what, async () => {
      // the Thai official calendar: the New Year holidays run from 30 December 2022 to 2 January 2023
      const deps = f.deps({ calendar: await thaiWorkingDays([2022, 2023]) });
      for (const day of [opening, dueSoon])
        await runScheduledJob(deps, { kind: 'daily', scheduledTime: bangkok(`${day}T08:30:00`), orgId: f.orgId });
      expect(await unitMail('ถึงรอบรายงานผล', id)).toHaveLength(1);
      expect(await unitMail('ใกล้ครบกำหนดส่งรายงาน', id)).toHaveLength(1);
    });
});
