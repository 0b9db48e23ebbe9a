import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScheduledJob } from '../../../shared/jobs/run-scheduled-job.js';
import { keepWhole } from '../../../shared/mail/html.js';
import { mailFor } from '../../support/mailbox.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';

const UNITS = ['clerk', 'finance', 'engineering', 'education', 'health'];
let f: JobsFixture;

beforeAll(async () => (f = await createJobsFixture('runs')));
afterAll(async () => f?.close());

const staffMail = async (unitId: string, subjectPart: string) =>
  (await mailFor('runs')).filter(
    (m) => m.to.includes(`staff.${unitId}@runs.example.org`) && m.subject.includes(subjectPart),
  );

describe('the kind runs', () => {
  it('the monthly run on 1 April 2023 sends each unit exactly one email listing its April 2023 obligations', async () => {
    const result = await runScheduledJob(f.deps(), { kind: 'monthly', scheduledTime: bangkok('2023-04-01T08:30:00') });
    expect(result.erroredOrgs).toEqual([]);
    for (const unit of UNITS) {
      const mails = await staffMail(unit, 'ถึงรอบรายงานผล');
      expect(mails, unit).toHaveLength(1);
      const mail = mails[0]!;
      expect(mail.subject).toContain('ประจำเดือนเมษายน ๒๕๖๖');
      // indicators 4 (2nd follow-up), 5 (1st) and 10 (1st and 4th)
      for (const id of ['i4.f2', 'i5.f1', 'i10.f1', 'i10.f4']) expect(mail.html).toContain(`${id}.2023-04.${unit}`);
      expect(mail.html).toContain(keepWhole('กำหนดส่ง ๓๐ เมษายน ๒๕๖๖'));
      expect(mail.text).toContain('รอบการรายงาน: เมษายน ๒๕๖๖');
      expect(mail.html).not.toContain('2023-03');
    }
  });

  // tester s39y: a unit got one "ถึงรอบรายงานผล" per run firing on the 1st (four on 1 September)
  it('the same email reminds the units of indicators 6, 7 and 9 about H1; the april-september run at the same time sends nothing more', async () => {
    await runScheduledJob(f.deps(), { kind: 'april-september', scheduledTime: bangkok('2023-04-01T08:30:00') });
    const clerk = await staffMail('clerk', 'ถึงรอบรายงานผล ประจำเดือนเมษายน ๒๕๖๖ และ ครึ่งปีแรก ปีงบประมาณ ๒๕๖๖ (');
    expect(clerk).toHaveLength(1);
    expect(await staffMail('clerk', 'ถึงรอบรายงานผล')).toHaveLength(1);
    for (const id of ['i6.f1.H1.clerk', 'i7.f1.H1.clerk', 'i9.f1.H1.clerk']) expect(clerk[0]!.html).toContain(id);
    const finance = await staffMail('finance', 'ถึงรอบรายงานผล ประจำเดือนเมษายน ๒๕๖๖ และ ครึ่งปีแรก ปีงบประมาณ ๒๕๖๖ (');
    expect(finance).toHaveLength(1);
    expect(finance[0]!.html).toContain('i7.f1.H1.finance');
    expect(finance[0]!.html).toContain('i9.f1.H1.finance');
    expect(finance[0]!.html).not.toContain('i6.f1');
    expect(finance[0]!.text).toContain('ครึ่งปีแรก');
  });

  it('the semiannual run on 1 March 2023 reminds of the indicator-5 procurement follow-up for H1', async () => {
    await runScheduledJob(f.deps(), { kind: 'semiannual', scheduledTime: bangkok('2023-03-01T08:30:00') });
    for (const unit of UNITS) {
      const mails = (await mailFor('runs')).filter(
        (m) => m.to.includes(`staff.${unit}@runs.example.org`) && m.html.includes(`i5.f4.H1.${unit}`),
      );
      expect(mails, unit).toHaveLength(1);
      expect(mails[0]!.text).toContain('กำหนดส่ง ๓๑ มีนาคม ๒๕๖๖');
      expect(mails[0]!.text).toContain('จัดซื้อจัดจ้าง');
    }
  });

  it('sends the executives and coordinators the March digest on the monthly run, and the first-half summary in April', async () => {
    const mail = await mailFor('runs');
    for (const reader of ['mayor@runs.example.org', 'ita@runs.example.org']) {
      // their summaries (a coordinator in a unit gets its openings too)
      const mine = mail.filter((m) => m.to.includes(reader) && !m.subject.includes('ถึงรอบรายงานผล'));
      expect(mine.filter((m) => m.subject.startsWith('[ITA] สรุปเดือนมีนาคม ๒๕๖๖:'))).toHaveLength(1);
      expect(mine.filter((m) => m.subject.startsWith('[ITA] สรุปครึ่งปีแรก ปีงบฯ ๒๕๖๖:'))).toHaveLength(1);
    }
  });
});

describe('duplicates', () => {
  it('running each kind again, or three times at once, sends nothing new', async () => {
    const before = (await mailFor('runs')).length;
    const runs = [
      { kind: 'monthly' as const, at: '2023-04-01T08:30:00' },
      { kind: 'april-september' as const, at: '2023-04-01T08:30:00' },
      { kind: 'semiannual' as const, at: '2023-03-01T08:30:00' },
    ];
    for (const run of runs) {
      const results = await Promise.all(
        [1, 2, 3].map(() => runScheduledJob(f.deps(), { kind: run.kind, scheduledTime: bangkok(run.at) })),
      );
      expect(results.reduce((n, r) => n + r.sent, 0)).toBe(0);
    }
    expect((await mailFor('runs')).length).toBe(before);
  });

  it('three concurrent first runs of a new month send each email once', async () => {
    const before = await mailFor('runs');
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        runScheduledJob(f.deps(), { kind: 'monthly', scheduledTime: bangkok('2023-05-01T08:30:00') }),
      ),
    );
    const after = await mailFor('runs');
    const fresh = after.filter((m) => !before.some((b) => b.messageId === m.messageId));
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(fresh.length);
    const keys = fresh.map((m) => `${m.to.join()}|${m.subject}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const unit of UNITS) {
      const mine = fresh.filter(
        (m) => m.to.includes(`staff.${unit}@runs.example.org`) && m.subject.includes('ประจำเดือนพฤษภาคม ๒๕๖๖'),
      );
      expect(mine, unit).toHaveLength(1);
    }
  });
});
