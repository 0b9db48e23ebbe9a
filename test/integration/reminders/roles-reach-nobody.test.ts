// An org left with no active coordinator (คณะทำงาน ITA) or no active executive (session 56, task A):
// the escalations of that role reach nobody, counted "no recipients" only, and the summary section
// that names the units whose reminders reach nobody went to coordinators alone, so with none left
// nobody learned that กองช่าง had no head either. The other role's summaries now say so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '../../../shared/domain/organisation.js';
import { runOrgJob } from '../../../shared/jobs/run-org-job.js';
import { htmlWords, mailFor, type ReceivedMail } from '../../support/mailbox.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';

const NO_COORDINATOR =
  'ไม่มีคณะทำงาน ITA ที่ใช้งานอยู่ในระบบ อีเมลแจ้งรายงานค้างส่งเกิน ๗ วันถึงคณะทำงาน ITA และรายการที่คณะทำงาน ITA ต้องแก้ไขจึงไม่ถึงผู้ใด ระบบจึงแสดงไว้ในอีเมลนี้ กรุณาแต่งตั้งคณะทำงาน ITA และแจ้งผู้ดูแลระบบให้เพิ่มในหน้าผู้ใช้งานและหน่วยงาน';
const NO_EXECUTIVE =
  'ไม่มีผู้บริหารที่ใช้งานอยู่ในระบบ อีเมลแจ้งรายงานค้างส่งเกิน ๑๔ วันและอีเมลสรุปผลจึงไม่ถึงผู้บริหาร กรุณาเพิ่มผู้บริหารในหน้าผู้ใช้งานและหน่วยงาน';
const NO_HEAD = 'กองช่าง: ไม่มีหัวหน้าหน่วยงานรับอีเมลแจ้งรายงานค้างส่ง';
const UNREACHABLE = 'หน่วยงานที่ไม่มีผู้รับอีเมลแจ้งเตือน (๑ หน่วยงาน)';

const run = (f: JobsFixture, kind: 'monthly' | 'daily' | 'april-september', day: string) =>
  runOrgJob(f.deps(), { orgId: f.orgId, kind, scheduledTime: bangkok(`${day}T08:30:00`) });

async function change(f: JobsFixture, personId: string, edit: (p: Person) => Person, day: string) {
  const person = (await f.repos.orgs.getPerson(f.orgId, personId))!;
  await f.repos.orgs.putPerson(edit(person), { actor: 'test', now: bangkok(`${day}T12:00:00`) }, { previous: person });
}

const summariesTo = async (f: JobsFixture, local: string, subject: string): Promise<ReceivedMail[]> =>
  (await mailFor(f.orgId)).filter(
    (m) => m.to[0] === `${local}@${f.orgId}.example.org` && m.subject.startsWith(`[ITA] ${subject}`),
  );

/** The email's text and its HTML's words: what a reader sees in either part. */
const parts = (m: ReceivedMail) => [m.text, htmlWords(m.html)];

describe('an org with no active coordinator: the executives are told', { timeout: 300_000 }, () => {
  let f: JobsFixture;
  beforeAll(async () => {
    f = await createJobsFixture('nocoordinator');
    // the only coordinator leaves (as an org set up without one: the API refuses the last one's
    // deactivation, the admin CLI's add-person does not ask for one), and so does กองช่าง's head
    await change(f, 'nocoordinator-coordinator', (p) => ({ ...p, active: false }), '2023-03-20');
    await change(f, 'nocoordinator-head-engineering', (p) => ({ ...p, active: false }), '2023-03-20');
  });
  afterAll(async () => f?.close());

  it("the 7-day escalation of กองช่าง reaches nobody, counted 'no recipients' (its head and the coordinators)", async () => {
    const result = await run(f, 'daily', '2023-04-07');
    expect(result.noRecipients).toBe(2);
    const mails = await mailFor(f.orgId);
    expect(mails.filter((m) => m.subject.startsWith('[ITA] กองช่าง: รายงานค้างส่งเกิน ๗ วัน'))).toEqual([]);
  });

  it("the mayor's half-year summary of 1 April, digest of 1 May and year summary of 1 September say there is no coordinator and list กองช่าง", async () => {
    await run(f, 'april-september', '2023-04-01');
    await run(f, 'monthly', '2023-05-01');
    await run(f, 'april-september', '2023-09-01');
    for (const subject of ['สรุปครึ่งปีแรก ปีงบฯ ๒๕๖๖', 'สรุปเดือนเมษายน ๒๕๖๖', 'สรุปปีงบฯ ๒๕๖๖']) {
      const [mail, ...more] = await summariesTo(f, 'mayor', subject);
      expect(mail, subject).toBeDefined();
      expect(more).toEqual([]);
      for (const part of parts(mail!)) {
        expect(part).toContain(NO_COORDINATOR);
        expect(part).toContain(UNREACHABLE);
        expect(part).toContain(NO_HEAD);
        // the executive's greeting still
        expect(part).toContain('เรียน ผู้บริหาร');
      }
    }
  });

  it('each goes once: the same runs again send no second copy', async () => {
    await run(f, 'april-september', '2023-04-01');
    await run(f, 'monthly', '2023-05-01');
    await run(f, 'monthly', '2023-05-02');
    expect(await summariesTo(f, 'mayor', 'สรุปเดือนเมษายน ๒๕๖๖')).toHaveLength(1);
    expect(await summariesTo(f, 'mayor', 'สรุปครึ่งปีแรก ปีงบฯ ๒๕๖๖')).toHaveLength(1);
  });

  it('a coordinator appointed since: the next digest goes to them with the list, and the mayor reads it no more', async () => {
    await change(f, 'nocoordinator-coordinator', (p) => ({ ...p, active: true }), '2023-05-20');
    await run(f, 'monthly', '2023-06-01');
    const [mayor] = await summariesTo(f, 'mayor', 'สรุปเดือนพฤษภาคม ๒๕๖๖');
    const [ita] = await summariesTo(f, 'ita', 'สรุปเดือนพฤษภาคม ๒๕๖๖');
    expect(mayor!.text).not.toContain(NO_COORDINATOR);
    expect(mayor!.text).not.toContain('หน่วยงานที่ไม่มีผู้รับอีเมลแจ้งเตือน');
    expect(ita!.text).toContain(NO_HEAD);
    expect(ita!.text).not.toContain(NO_COORDINATOR);
  });
});

describe('the coordinator role taken away from the only coordinator, who stays staff', { timeout: 300_000 }, () => {
  let f: JobsFixture;
  beforeAll(async () => {
    f = await createJobsFixture('coordinatorrole');
    await change(f, 'coordinatorrole-coordinator', (p) => ({ ...p, roles: ['staff'] }), '2023-04-20');
  });
  afterAll(async () => f?.close());

  it("the mayor's digest says there is no coordinator; the former coordinator gets no summary", async () => {
    await run(f, 'monthly', '2023-05-01');
    const [mayor] = await summariesTo(f, 'mayor', 'สรุปเดือนเมษายน ๒๕๖๖');
    for (const part of parts(mayor!)) expect(part).toContain(NO_COORDINATOR);
    // every unit has its staff and head: no unit is listed
    expect(mayor!.text).not.toContain('หน่วยงานที่ไม่มีผู้รับอีเมลแจ้งเตือน');
    expect(await summariesTo(f, 'ita', 'สรุป')).toEqual([]);
  });
});

describe('an org with no active executive: the coordinators are told', { timeout: 300_000 }, () => {
  let f: JobsFixture;
  beforeAll(async () => {
    f = await createJobsFixture('noexecutive');
    await change(f, 'noexecutive-mayor', (p) => ({ ...p, active: false }), '2023-03-20');
  });
  afterAll(async () => f?.close());

  it("the 14-day escalation reaches nobody, counted 'no recipients'", async () => {
    const result = await run(f, 'daily', '2023-04-14');
    expect(result.noRecipients).toBe(1);
    expect((await mailFor(f.orgId)).filter((m) => m.subject.includes('ค้างส่งเกิน ๑๔ วัน'))).toEqual([]);
  });

  it("the coordinator's half-year summary, digest and year summary say there is no executive, once each", async () => {
    await run(f, 'april-september', '2023-04-01');
    await run(f, 'monthly', '2023-05-01');
    await run(f, 'april-september', '2023-09-01');
    await run(f, 'monthly', '2023-05-01');
    for (const subject of ['สรุปครึ่งปีแรก ปีงบฯ ๒๕๖๖', 'สรุปเดือนเมษายน ๒๕๖๖', 'สรุปปีงบฯ ๒๕๖๖']) {
      const mails = await summariesTo(f, 'ita', subject);
      expect(mails, subject).toHaveLength(1);
      for (const part of parts(mails[0]!)) {
        expect(part).toContain(NO_EXECUTIVE);
        expect(part).toContain('เรียน คณะทำงาน ITA');
      }
    }
  });

  it('the coordinator who is also the only executive: no warning, one digest, the coordinator’s', async () => {
    await change(
      f,
      'noexecutive-coordinator',
      (p) => ({ ...p, roles: ['staff', 'coordinator', 'executive'] }),
      '2023-05-20',
    );
    await run(f, 'monthly', '2023-06-01');
    const mails = await summariesTo(f, 'ita', 'สรุปเดือนพฤษภาคม ๒๕๖๖');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).not.toContain(NO_EXECUTIVE);
    expect(mails[0]!.text).not.toContain(NO_COORDINATOR);
    expect(mails[0]!.text).toContain('เรียน คณะทำงาน ITA');
  });
});

// The coordinators' digest lists the people SES cannot deliver to, but when every coordinator's own
// address bounces it goes to those addresses alone: nobody learns of it (session 56, task A).
describe("every coordinator's address undeliverable: the executives are told", { timeout: 300_000 }, () => {
  const UNDELIVERABLE =
    'อีเมลถึงคณะทำงาน ITA ส่งไม่ถึงผู้ใด ระบบส่งอีเมลแจ้งว่าส่งถึงที่อยู่อีเมลของคณะทำงาน ITA ทุกคนไม่ได้ รายการที่คณะทำงาน ITA ต้องแก้ไขจึงแสดงไว้ในอีเมลนี้ด้วย กรุณาแจ้งผู้ดูแลระบบให้ตรวจที่อยู่อีเมลของคณะทำงาน ITA ในหน้าผู้ใช้งานและหน่วยงาน';
  let f: JobsFixture;
  const mark = (reason: 'bounced' | 'complained') => (p: Person) => ({
    ...p,
    undeliverable: { reason, at: '2023-04-10T03:00:00.000Z', kind: 'reminder' },
  });
  beforeAll(async () => {
    f = await createJobsFixture('coordinatorbounces');
  });
  afterAll(async () => f?.close());

  it("the only coordinator's address bounced: the mayor's digest says so and lists them among the undeliverable", async () => {
    await change(f, 'coordinatorbounces-coordinator', mark('bounced'), '2023-04-20');
    await run(f, 'monthly', '2023-05-01');
    await run(f, 'monthly', '2023-05-01');
    const mails = await summariesTo(f, 'mayor', 'สรุปเดือนเมษายน ๒๕๖๖');
    expect(mails).toHaveLength(1);
    for (const part of parts(mails[0]!)) {
      expect(part).toContain(UNDELIVERABLE);
      expect(part).toContain('ผู้ใช้งานที่ส่งอีเมลถึงไม่ได้ (๑ คน)');
      expect(part).toContain('ส่งอีเมลถึงที่อยู่นี้ไม่ได้ (ตีกลับ)');
      expect(part).not.toContain(NO_COORDINATOR);
    }
    // the coordinator's own copy still goes (a bounce may pass), with no warning about themselves
    const [own] = await summariesTo(f, 'ita', 'สรุปเดือนเมษายน ๒๕๖๖');
    expect(own!.text).not.toContain(UNDELIVERABLE);
  });

  it('marked as spam by the only coordinator: the same', async () => {
    await change(f, 'coordinatorbounces-coordinator', mark('complained'), '2023-05-20');
    await run(f, 'monthly', '2023-06-01');
    const [mayor] = await summariesTo(f, 'mayor', 'สรุปเดือนพฤษภาคม ๒๕๖๖');
    expect(mayor!.text).toContain(UNDELIVERABLE);
    expect(mayor!.text).toContain('ผู้ใช้งานที่ส่งอีเมลถึงไม่ได้ (๑ คน)');
  });

  it('a second coordinator whose address works: the mayor reads no warning and no list', async () => {
    const first = (await f.repos.orgs.getPerson(f.orgId, 'coordinatorbounces-coordinator'))!;
    await f.repos.orgs.putPerson(
      {
        ...first,
        personId: 'coordinatorbounces-second',
        email: `ita2@${f.orgId}.example.org`,
        undeliverable: undefined,
      },
      { actor: 'test', now: bangkok('2023-06-20T12:00:00') },
    );
    await run(f, 'monthly', '2023-07-01');
    const [mayor] = await summariesTo(f, 'mayor', 'สรุปเดือนมิถุนายน ๒๕๖๖');
    expect(mayor!.text).not.toContain(UNDELIVERABLE);
    expect(mayor!.text).not.toContain('ผู้ใช้งานที่ส่งอีเมลถึงไม่ได้');
    const [second] = await summariesTo(f, 'ita2', 'สรุปเดือนมิถุนายน ๒๕๖๖');
    expect(second!.text).toContain('ผู้ใช้งานที่ส่งอีเมลถึงไม่ได้ (๑ คน)');
  });
});
