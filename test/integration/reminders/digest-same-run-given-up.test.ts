// A reminder given up in the run that also sends the month's digest is listed in that digest: the
// run reads the outbox once for its retries and keeps that read for the digest only while it holds
// (shared/mail/deliver-once.ts, RunState.outboxRead).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScheduledJob } from '../../../shared/jobs/run-scheduled-job.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';
import { mailFor } from '../../support/mailbox.js';
import { failSends } from '../../support/ses-faults.js';

let f: JobsFixture;
const ORG = 'samerundigest';
const to = (who: string) => `${who}@${ORG}.example.org`;
/** the coordinator's digest of each month, as the 1st's monthly run sent it */
const digests = new Map<string, string>();
const givenUp: number[] = [];

const runs = [
  // July 3rd (Monday): June's digest; SES rejects กองช่าง's staff member's first email
  {
    day: '2023-07-03',
    month: 'มิถุนายน',
    fault: { to: (a: string) => a === to('staff.engineering'), name: 'MessageRejected', status: 400 },
  },
  // 1 August: July's digest; the head of สำนักปลัดเทศบาล has an address SES refuses
  {
    day: '2023-08-01',
    month: 'กรกฎาคม',
    fault: { to: (a: string) => a === to('head.clerk'), name: 'InvalidParameterValue', status: 400 },
  },
  // 1 September: August's digest; SES took กองสาธารณสุขฯ's staff member's email, then answered 503
  {
    day: '2023-09-01',
    month: 'สิงหาคม',
    fault: {
      to: (a: string) => a === to('staff.health'),
      name: 'ServiceUnavailable',
      status: 503,
      afterAcceptance: true,
    },
  },
] as const;

beforeAll(async () => {
  f = await createJobsFixture(ORG);
  for (const { day, month, fault } of runs) {
    const stub = failSends(f.ses, { ...fault, times: 1 });
    const result = await runScheduledJob(f.deps(), {
      kind: 'monthly',
      scheduledTime: bangkok(`${day}T08:30:00`),
      orgId: ORG,
    });
    stub.remove();
    givenUp.push(result.givenUp);
    const [mail] = (await mailFor(ORG)).filter(
      (m) => m.to.includes(to('ita')) && m.subject.startsWith('[ITA] สรุปเดือน') && m.subject.includes(month),
    );
    digests.set(day, mail!.text);
  }
}, 300_000);
afterAll(async () => f?.close());

describe("the month's digest lists the emails its own run gave up", () => {
  it('each run gave one email up', () => {
    expect(givenUp).toEqual([1, 1, 1]);
  });

  it("a message SES rejected that morning: กองช่าง's staff member, the day and the reason", () => {
    const digest = digests.get('2023-07-03')!;
    expect(digest).toContain('อีเมลที่ส่งไม่สำเร็จ');
    expect(digest).toMatch(/- ๓ กรกฎาคม ๒๕๖๖ เจ้าหน้าที่ กองช่าง \(กองช่าง\): อีเมล "/);
    expect(digest).toContain('สาเหตุ: ระบบอีเมล (Amazon SES) ไม่รับอีเมลฉบับนี้ (MessageRejected)');
  });

  it("an invalid address that morning: the unit head, and not July's email again", () => {
    const digest = digests.get('2023-08-01')!;
    expect(digest).toMatch(/- ๑ สิงหาคม ๒๕๖๖ ผู้อำนวยการสำนักปลัดเทศบาล \(สำนักปลัดเทศบาล\): อีเมล "/);
    expect(digest).toContain('สาเหตุ: ที่อยู่อีเมลของผู้รับไม่ถูกต้อง (InvalidParameterValue)');
    expect(digest).not.toContain('๓ กรกฎาคม ๒๕๖๖ เจ้าหน้าที่ กองช่าง');
  });

  it('an email SES may have taken that morning: the staff member, and ask them', () => {
    const digest = digests.get('2023-09-01')!;
    expect(digest).toMatch(/- ๑ กันยายน ๒๕๖๖ เจ้าหน้าที่ กองสาธารณสุขและสิ่งแวดล้อม \(กองสาธารณสุขและสิ่งแวดล้อม\): อีเมล "/);
    expect(digest).toContain('สาเหตุ: ไม่แน่ใจว่าส่งถึงหรือไม่: ระบบอีเมลขัดข้องขณะส่ง (ServiceUnavailable)');
    expect(digest).not.toContain('***@');
  });
});
