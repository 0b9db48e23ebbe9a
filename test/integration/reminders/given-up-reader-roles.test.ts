// Session 45's re-check: the coordinators' digest listed a summary given up as sent to "คณะทำงาน ITA
// (สำนักปลัดเทศบาล)", by unit, while `npm run job -- preview` names a summary's reader by the role
// they get it in (readerLabel). The digest's lists now name them as the preview does
// (recipientLabel); a reminder's recipient keeps their unit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScheduledJob } from '../../../shared/jobs/run-scheduled-job.js';
import { OrgRepository } from '../../../shared/store/org-repository.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';
import { mailFor } from '../../support/mailbox.js';
import { failSends } from '../../support/ses-faults.js';
import { SEED_TIME } from '../../support/seed-org.js';

const ORG = 'givenuproles';
const to = (who: string) => `${who}@${ORG}.example.org`;
let f: JobsFixture;
let digest = '';
let whole = '';

beforeAll(async () => {
  f = await createJobsFixture(ORG);
  const orgs = new OrgRepository(f.store);
  const ctx = { actor: 'system:seed', now: SEED_TIME };
  const person = (id: string, name: string, unitId: string, roles: ('staff' | 'coordinator' | 'executive')[]) =>
    orgs.putPerson(
      { orgId: ORG, personId: `${ORG}-${id}`, email: to(id), name, unitId, roles, headOfUnit: false, active: true },
      ctx,
    );
  // an executive placed in a unit (the deputy), and one both executive and coordinator
  await person('wilai', 'นางวิไล ศรีสุข', 'clerk', ['executive']);
  await person('kanda', 'นางกานดา มีสุข', 'finance', ['staff', 'coordinator', 'executive']);
  // an executive in กองช่าง whose address bounced a summary (SES's notification, mail-events)
  await orgs.putPerson(
    {
      orgId: ORG,
      personId: `${ORG}-somchai`,
      email: to('somchai'),
      name: 'นายสมชาย รักถิ่น',
      unitId: 'engineering',
      roles: ['executive'],
      headOfUnit: false,
      active: true,
      undeliverable: { reason: 'bounced', at: '2023-06-20T03:00:00.000Z', kind: 'summary' },
    },
    ctx,
  );
  // 1 June: SES refuses May's summary to three readers, and กองคลัง staff's reminder
  const summaries = failSends(
    f.ses,
    {
      to: (a) => [to('ita'), to('wilai'), to('kanda')].includes(a),
      subject: (s) => s.startsWith('[ITA] สรุป'),
      name: 'MessageRejected',
      status: 400,
      times: 3,
    },
    'summaryFault',
  );
  const reminder = failSends(
    f.ses,
    { to: (a) => a === to('staff.finance'), name: 'MessageRejected', status: 400, times: 1 },
    'reminderFault',
  );
  await runScheduledJob(f.deps(), { kind: 'monthly', scheduledTime: bangkok('2023-06-01T08:30:00'), orgId: ORG });
  summaries.remove();
  reminder.remove();
  expect(summaries.failures).toBe(3);
  await runScheduledJob(f.deps(), { kind: 'monthly', scheduledTime: bangkok('2023-07-03T08:30:00'), orgId: ORG });
  const [mail] = (await mailFor(ORG)).filter(
    (m) => m.to.includes(to('ita')) && m.subject.startsWith('[ITA] สรุปเดือนมิถุนายน'),
  );
  whole = mail!.text;
  digest = mail!.text.slice(mail!.text.indexOf('อีเมลที่ส่งไม่สำเร็จ'));
}, 300_000);
afterAll(async () => f?.close());

describe("the coordinators' list of given-up emails names a summary's reader by the role they get it in", () => {
  it('the coordinator in สำนักปลัดเทศบาล: (คณะทำงาน ITA), not the unit', () => {
    expect(digest).toContain('- ๑ มิถุนายน ๒๕๖๖ คณะทำงาน ITA (คณะทำงาน ITA): อีเมลสรุปผล "');
    expect(digest).not.toContain('คณะทำงาน ITA (สำนักปลัดเทศบาล)');
  });

  it('an executive placed in สำนักปลัดเทศบาล (neighbour): (ผู้บริหาร)', () => {
    expect(digest).toContain('- ๑ มิถุนายน ๒๕๖๖ นางวิไล ศรีสุข (ผู้บริหาร): อีเมลสรุปผล "');
  });

  it('one both executive and coordinator, in กองคลัง (neighbour): by both roles', () => {
    expect(digest).toContain('- ๑ มิถุนายน ๒๕๖๖ นางกานดา มีสุข (ผู้บริหาร, คณะทำงาน ITA): อีเมลสรุปผล "');
  });

  it('an executive in กองช่าง whose address bounced a summary (neighbour): the undeliverable list says (ผู้บริหาร)', () => {
    expect(whole).toContain(
      '- นายสมชาย รักถิ่น (ผู้บริหาร): ส่งอีเมลถึงที่อยู่นี้ไม่ได้ (ตีกลับ) เมื่อ ๒๐ มิถุนายน ๒๕๖๖: ตรวจที่อยู่อีเมล (อีเมลสรุปผล)',
    );
  });

  it("a reminder's recipient keeps their unit", () => {
    expect(digest).toMatch(/- ๑ มิถุนายน ๒๕๖๖ เจ้าหน้าที่ กองคลัง \(กองคลัง\): อีเมล "/);
  });
});
