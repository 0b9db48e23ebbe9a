// The coordinators can act on a given-up email: the digest names the person (name and unit), the day,
// the email (stage, obligations with links) and the real reason; the preview names the person too.
// Break attempt s28 #14, F10 and F7.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewReminders } from '../../../shared/jobs/preview-reminders.js';
import { runScheduledJob } from '../../../shared/jobs/run-scheduled-job.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';
import { mailFor } from '../../support/mailbox.js';
import { failSends } from '../../support/ses-faults.js';

let f: JobsFixture;
const ORG = 'givenupnamed';
const to = (who: string) => `${who}@${ORG}.example.org`;
const daily = (local: string) =>
  runScheduledJob(f.deps(), { kind: 'daily', scheduledTime: bangkok(`${local}T08:30:00`), orgId: ORG });
let digest = '';

beforeAll(async () => {
  f = await createJobsFixture(ORG);
  const refusals = [
    // May's overdue notice to กองคลัง's staff: SES rejects the message
    [() => daily('2023-06-01'), { to: (a: string) => a === to('staff.finance'), name: 'MessageRejected', status: 400 }],
    // the unit head's escalation to สำนักปลัดฯ's head: an invalid address
    [
      () => daily('2023-06-08'),
      { to: (a: string) => a === to('head.clerk'), name: 'InvalidParameterValue', status: 400 },
    ],
    // the executives' escalation: SES took it, then answered 503
    [
      () => daily('2023-06-15'),
      { to: (a: string) => a === to('mayor'), name: 'ServiceUnavailable', status: 503, afterAcceptance: true },
    ],
  ] as const;
  for (const [run, fault] of refusals) {
    const stub = failSends(f.ses, { ...fault, times: 1 });
    const result = await run();
    stub.remove();
    expect(result.givenUp).toBe(1);
  }
  await runScheduledJob(f.deps(), { kind: 'monthly', scheduledTime: bangkok('2023-07-03T08:30:00'), orgId: ORG });
  const [mail] = (await mailFor(ORG)).filter(
    (m) => m.to.includes(to('ita')) && m.subject.startsWith('[ITA] สรุปเดือนมิถุนายน'),
  );
  digest = mail!.text.slice(mail!.text.indexOf('อีเมลที่ส่งไม่สำเร็จ'));
}, 300_000);
afterAll(async () => f?.close());

describe("the coordinators' list of given-up emails can be acted on", () => {
  it('a message SES rejected names the unit staff member, the day, the overdue email, its reports and the reason', () => {
    // the day's first email to them: June's opening or May's overdue notice
    expect(digest).toMatch(
      /- ๑ มิถุนายน ๒๕๖๖ เจ้าหน้าที่ กองคลัง \(กองคลัง\): อีเมล "(ถึงรอบรายงานผล|เลยกำหนดส่งรายงาน)" \(๔ รายการ\)/,
    );
    expect(digest).toMatch(
      /กองคลัง: ตัวชี้วัดที่ ๔ ข้อ ๒ รอบ (พฤษภาคม|มิถุนายน) ๒๕๖๖: https:\/\/ita\.example\.org\/#\/org\/givenupnamed\/fy\/2566\/o\/i4\.f2\.2023-0[56]\.finance/,
    );
    expect(digest).toContain('สาเหตุ: ระบบอีเมล (Amazon SES) ไม่รับอีเมลฉบับนี้ (MessageRejected)');
  });

  it("an invalid address names the unit head and asks to fix the person's address", () => {
    expect(digest).toContain('- ๘ มิถุนายน ๒๕๖๖ ผู้อำนวยการสำนักปลัดเทศบาล (สำนักปลัดเทศบาล): อีเมล "รายงานค้างส่งเกิน ๗ วัน"');
    expect(digest).toContain('สาเหตุ: ที่อยู่อีเมลของผู้รับไม่ถูกต้อง (InvalidParameterValue)');
  });

  it('an email SES may have taken names the executive and says to ask them', () => {
    expect(digest).toContain('- ๑๕ มิถุนายน ๒๕๖๖ นายกเทศมนตรี (ผู้บริหาร): อีเมล "รายงานค้างส่งเกิน ๑๔ วัน"');
    expect(digest).toContain('สาเหตุ: ไม่แน่ใจว่าส่งถึงหรือไม่: ระบบอีเมลขัดข้องขณะส่ง (ServiceUnavailable)');
    expect(digest).not.toContain('***@');
  });
});

describe('the digest keeps the emails that may have arrived apart from those that did not', () => {
  const failedPart = () => digest.slice(0, digest.indexOf('อีเมลที่ไม่แน่ใจว่าส่งถึงหรือไม่'));
  const unsurePart = () => digest.slice(digest.indexOf('อีเมลที่ไม่แน่ใจว่าส่งถึงหรือไม่'));

  it('"ส่งไม่สำเร็จ" counts and lists only the two SES refused: the rejected message and the invalid address', () => {
    expect(digest.startsWith('อีเมลที่ส่งไม่สำเร็จ (๒ ฉบับ)\n')).toBe(true);
    expect(failedPart()).toContain('(MessageRejected)');
    expect(failedPart()).toContain('(InvalidParameterValue)');
    expect(failedPart()).not.toContain('นายกเทศมนตรี');
  });

  it('the executive\'s email SES may have taken is under "ไม่แน่ใจว่าส่งถึงหรือไม่", which asks to check before sending again', () => {
    expect(unsurePart()).toMatch(
      /^อีเมลที่ไม่แน่ใจว่าส่งถึงหรือไม่ \(๑ ฉบับ\)\nระบบขัดข้องระหว่างส่ง ผู้รับอาจได้รับอีเมลเหล่านี้แล้ว โปรดสอบถามผู้รับก่อนส่งให้ซ้ำ\n- ๑๕ มิถุนายน ๒๕๖๖ นายกเทศมนตรี \(ผู้บริหาร\)/,
    );
    expect(unsurePart()).not.toContain('(MessageRejected)');
  });
});

describe('the preview names who is reminded', () => {
  it('each unit staff member by name and unit, though their masked addresses are all s***', async () => {
    const lines = await previewReminders(f.deps(), ORG, '2023-08-01', '2023-08-01');
    const overdue = lines.filter((l) => l.stage === 'overdue' && l.subject.startsWith('i4.f2.2023-07.'));
    const staff = overdue.filter((l) => l.recipient === `s***@${ORG}.example.org`);
    expect(new Set(staff.map((l) => l.person))).toEqual(
      new Set([
        'เจ้าหน้าที่ สำนักปลัดเทศบาล (สำนักปลัดเทศบาล)',
        'เจ้าหน้าที่ กองคลัง (กองคลัง)',
        'เจ้าหน้าที่ กองช่าง (กองช่าง)',
        'เจ้าหน้าที่ กองการศึกษา (กองการศึกษา)',
        'เจ้าหน้าที่ กองสาธารณสุขและสิ่งแวดล้อม (กองสาธารณสุขและสิ่งแวดล้อม)',
      ]),
    );
  });
});
