// An org with neither an active coordinator (คณะทำงาน ITA) nor an active executive, as one set up
// with the admin CLI before those roles are given (tester s56 A's lead): every summary went to
// nobody, so nobody learned that the org reports to no one, nor that กองช่าง has no head. The org's
// admins (ผู้ดูแลระบบ) now read the summaries in their place, with the coordinators' lists and both
// roles' notes, once each; the preview says so too. docs/reminders.md "A role with nobody in it".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '../../../shared/domain/organisation.js';
import { previewMail } from '../../../shared/jobs/preview-reminders.js';
import { runOrgJob } from '../../../shared/jobs/run-org-job.js';
import { maskAddress } from '../../../shared/mail/deliver-once.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';
import { htmlWords, mailFor, type ReceivedMail } from '../../support/mailbox.js';

const ORG = 'onlyadmins';
const NO_COORDINATOR =
  'ไม่มีคณะทำงาน ITA ที่ใช้งานอยู่ในระบบ อีเมลแจ้งรายงานค้างส่งเกิน ๗ วันถึงคณะทำงาน ITA และรายการที่คณะทำงาน ITA ต้องแก้ไขจึงไม่ถึงผู้ใด ระบบจึงแสดงไว้ในอีเมลนี้';
const NO_EXECUTIVE = 'ไม่มีผู้บริหารที่ใช้งานอยู่ในระบบ อีเมลแจ้งรายงานค้างส่งเกิน ๑๔ วันและอีเมลสรุปผลจึงไม่ถึงผู้บริหาร';
const NO_HEAD = 'กองช่าง: ไม่มีหัวหน้าหน่วยงานรับอีเมลแจ้งรายงานค้างส่ง';

const run = (f: JobsFixture, kind: 'monthly' | 'april-september', day: string) =>
  runOrgJob(f.deps(), { orgId: f.orgId, kind, scheduledTime: bangkok(`${day}T08:30:00`) });

async function change(f: JobsFixture, personId: string, edit: (p: Person) => Person, day: string) {
  const person = (await f.repos.orgs.getPerson(f.orgId, personId))!;
  await f.repos.orgs.putPerson(edit(person), { actor: 'test', now: bangkok(`${day}T12:00:00`) }, { previous: person });
}

const admin = (local: string, name: string): Person => ({
  orgId: ORG,
  personId: `${ORG}-${local}`,
  email: `${local}@${ORG}.example.org`,
  name,
  unitId: 'clerk',
  roles: ['admin'],
  headOfUnit: false,
  active: true,
});

const summariesTo = async (local: string, subject: string): Promise<ReceivedMail[]> =>
  (await mailFor(ORG)).filter(
    (m) => m.to[0] === `${local}@${ORG}.example.org` && m.subject.startsWith(`[ITA] ${subject}`),
  );

describe(
  'an org with no active coordinator and no active executive: its admins read the summaries',
  { timeout: 300_000 },
  () => {
    let f: JobsFixture;
    beforeAll(async () => {
      f = await createJobsFixture(ORG);
      const ctx = { actor: 'test', now: bangkok('2023-03-20T12:00:00') };
      await f.repos.orgs.putPerson(admin('it', 'นายไอที ดูแลระบบ'), ctx);
      await f.repos.orgs.putPerson(admin('it2', 'นางสาวระบบ สองคน'), ctx);
      for (const who of ['coordinator', 'mayor', 'head-engineering'])
        await change(f, `${ORG}-${who}`, (p) => ({ ...p, active: false }), '2023-03-20');
    });
    afterAll(async () => f?.close());

    it('the preview of 1 May says the digest goes to each admin, named as ผู้ดูแลระบบ', async () => {
      const deps = f.deps({ wallClock: () => bangkok('2023-04-28T09:00:00') });
      const lines = (await previewMail(deps, ORG, '2023-05-01', '2023-05-01')).lines.filter(
        (l) => l.stage === 'summary',
      );
      expect(lines.map((l) => [l.recipient, l.person])).toEqual([
        [maskAddress(`it@${ORG}.example.org`), 'นายไอที ดูแลระบบ (ผู้ดูแลระบบ)'],
        [maskAddress(`it2@${ORG}.example.org`), 'นางสาวระบบ สองคน (ผู้ดูแลระบบ)'],
      ]);
    });

    it('the digest of 1 May and the half-year summary of 1 April reach each admin once, greeting them as ผู้ดูแลระบบ, with both notes and กองช่าง listed', async () => {
      await run(f, 'april-september', '2023-04-01');
      await run(f, 'monthly', '2023-05-01');
      await run(f, 'monthly', '2023-05-01');
      for (const local of ['it', 'it2'])
        for (const subject of ['สรุปครึ่งปีแรก ปีงบฯ ๒๕๖๖', 'สรุปเดือนเมษายน ๒๕๖๖']) {
          const mails = await summariesTo(local, subject);
          expect(mails, `${local} ${subject}`).toHaveLength(1);
          for (const part of [mails[0]!.text, htmlWords(mails[0]!.html)]) {
            expect(part).toContain(`เรียน ผู้ดูแลระบบ`);
            expect(part).toContain(NO_COORDINATOR);
            expect(part).toContain(NO_EXECUTIVE);
            expect(part).toContain(NO_HEAD);
          }
        }
    });

    it('an executive appointed since: the next digest goes to the executive, and the admins read it no more', async () => {
      await change(f, `${ORG}-mayor`, (p) => ({ ...p, active: true }), '2023-05-20');
      await run(f, 'monthly', '2023-06-01');
      expect(await summariesTo('mayor', 'สรุปเดือนพฤษภาคม ๒๕๖๖')).toHaveLength(1);
      expect(await summariesTo('it', 'สรุปเดือนพฤษภาคม ๒๕๖๖')).toEqual([]);
      expect(await summariesTo('it2', 'สรุปเดือนพฤษภาคม ๒๕๖๖')).toEqual([]);
    });
  },
);

describe(
  'the roles taken away rather than the people: the coordinator kept as staff, the mayor kept as admin',
  { timeout: 300_000 },
  () => {
    const org = 'rolesgone';
    let f: JobsFixture;
    beforeAll(async () => {
      f = await createJobsFixture(org);
      await change(f, `${org}-coordinator`, (p) => ({ ...p, roles: ['staff', 'admin'] }), '2023-04-20');
      await change(f, `${org}-mayor`, (p) => ({ ...p, roles: ['admin'] }), '2023-04-20');
    });
    afterAll(async () => f?.close());

    it('both read the digest of 1 May as ผู้ดูแลระบบ, once each, with both notes', async () => {
      await run(f, 'monthly', '2023-05-01');
      await run(f, 'monthly', '2023-05-01');
      const digests = (await mailFor(org)).filter((m) => m.subject.startsWith('[ITA] สรุปเดือนเมษายน ๒๕๖๖'));
      expect(digests.map((m) => m.to[0]).sort()).toEqual([`ita@${org}.example.org`, `mayor@${org}.example.org`]);
      for (const mail of digests) {
        expect(mail.text).toContain('เรียน ผู้ดูแลระบบ');
        expect(mail.text).toContain(NO_COORDINATOR);
        expect(mail.text).toContain(NO_EXECUTIVE);
      }
    });
  },
);
