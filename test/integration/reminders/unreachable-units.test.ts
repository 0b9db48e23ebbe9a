// Units whose reminders reach nobody are named in the coordinators' digest (break s31 F8): the runs
// counted "no recipients" and sent nothing, and nobody was told which units' reminders went nowhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '../../../shared/domain/organisation.js';
import { runOrgJob } from '../../../shared/jobs/run-org-job.js';
import { htmlWords, mailFor } from '../../support/mailbox.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';

const ORG = 'unreachable';
let f: JobsFixture;

const HEADING = 'หน่วยงานที่ไม่มีผู้รับอีเมลแจ้งเตือน';
const ENGINEERING =
  'กองช่าง: ไม่มีผู้รับอีเมลแจ้งเตือน (ไม่มีทั้งเจ้าหน้าที่และหัวหน้าหน่วยงาน) กรุณาเพิ่มเจ้าหน้าที่และกำหนดหัวหน้าหน่วยงานในหน้าผู้ใช้งานและหน่วยงาน';
const EDUCATION = 'กองการศึกษา: ไม่มีหัวหน้าหน่วยงานรับอีเมลแจ้งรายงานค้างส่ง กรุณากำหนดหัวหน้าหน่วยงานในหน้าผู้ใช้งานและหน่วยงาน';
const HEALTH = 'กองสาธารณสุขและสิ่งแวดล้อม: ไม่มีผู้รับอีเมลแจ้งเตือน กรุณาเพิ่มเจ้าหน้าที่ในหน้าผู้ใช้งานและหน่วยงาน';

async function change(personId: string, edit: (p: Person) => Person, day: string) {
  const person = (await f.repos.orgs.getPerson(ORG, personId))!;
  await f.repos.orgs.putPerson(edit(person), { actor: 'test', now: bangkok(`${day}T12:00:00`) }, { previous: person });
}

const monthly = (day: string) =>
  runOrgJob(f.deps(), { orgId: ORG, kind: 'monthly', scheduledTime: bangkok(`${day}T08:30:00`) });

const digests = async (who: string, month: string) =>
  (await mailFor(ORG)).filter(
    (m) => m.to[0] === `${who}@${ORG}.example.org` && m.subject.startsWith(`[ITA] สรุป${month}:`),
  );

const count = (text: string, part: string) => text.split(part).length - 1;

beforeAll(async () => {
  f = await createJobsFixture(ORG);
  // กองช่าง: its staff member and its head have both left
  await change(`${ORG}-staff-engineering`, (p) => ({ ...p, active: false }), '2023-04-20');
  await change(`${ORG}-head-engineering`, (p) => ({ ...p, active: false }), '2023-04-20');
  // กองการศึกษา: staff, but nobody marked as its head
  await change(`${ORG}-head-education`, (p) => ({ ...p, headOfUnit: false }), '2023-04-20');
  // กองสาธารณสุขฯ: its staff member left; its head stays but is not staff (only an executive)
  await change(`${ORG}-staff-health`, (p) => ({ ...p, active: false }), '2023-04-20');
  await change(`${ORG}-head-health`, (p) => ({ ...p, roles: ['executive'] }), '2023-04-20');
}, 120_000);
afterAll(async () => f?.close());

describe("the coordinators' digest names the units whose reminders reach nobody", { timeout: 120_000 }, () => {
  it('lists each such unit once, by its Thai name, with what to do, in the digest of 1 May 2023', async () => {
    const result = await monthly('2023-05-01');
    expect(result.noRecipients).toBeGreaterThan(0);
    const [digest] = await digests('ita', 'เดือนเมษายน ๒๕๖๖');
    expect(digest).toBeDefined();
    for (const part of [digest!.text, htmlWords(digest!.html)]) {
      expect(part).toContain(`${HEADING} (๓ หน่วยงาน)`);
      for (const line of [ENGINEERING, EDUCATION, HEALTH]) expect(count(part, line)).toBe(1);
      expect(part).not.toContain('กองคลัง: ไม่มี');
      expect(part).not.toContain('สำนักปลัดเทศบาล: ไม่มี');
      expect(part).toContain('https://ita.example.org/#/org/unreachable/people');
      // in the order units are listed to a reader: the usual units' official order, not by id (tester s44 F4)
      expect([ENGINEERING, EDUCATION, HEALTH].map((line) => part.indexOf(line))).toEqual(
        [ENGINEERING, EDUCATION, HEALTH].map((line) => part.indexOf(line)).sort((a, b) => a - b),
      );
    }
    // its per-unit counts likewise, สำนักปลัด first (the run names the units for the order)
    const lines = digest!.text.split('\n');
    const perUnit = lines.slice(lines.indexOf('รายหน่วยงาน') + 1, lines.indexOf('รายหน่วยงาน') + 6);
    expect(perUnit.map((l) => l.slice(2, l.indexOf(':')))).toEqual([
      'สำนักปลัดเทศบาล',
      'กองคลัง',
      'กองช่าง',
      'กองการศึกษา',
      'กองสาธารณสุขและสิ่งแวดล้อม',
    ]);
  });

  // tester s47 (P3): "(รายงานที่ยังไม่ได้ส่ง ๔ รายการ)" under a list showing 5 of the unit's reports, the
  // one past its cut-off left out unsaid: the count says it is of the reports still reminded
  it('each line says its count is of the reports the system still reminds', async () => {
    const [digest] = await digests('ita', 'เดือนเมษายน ๒๕๖๖');
    for (const line of [ENGINEERING, EDUCATION, HEALTH]) {
      const at = digest!.text.indexOf(line);
      expect(digest!.text.slice(at + line.length).split('\n')[0]).toMatch(
        /^ \(รายงานที่ยังไม่ได้ส่งซึ่งระบบยังแจ้งเตือนอยู่ [๐-๙]+ รายการ\)$/,
      );
    }
    expect(digest!.text).not.toContain('(รายงานที่ยังไม่ได้ส่ง ');
  });

  it("is the coordinators' alone: the mayor's digest does not carry it", async () => {
    const [digest] = await digests('mayor', 'เดือนเมษายน ๒๕๖๖');
    expect(digest!.text).not.toContain(HEADING);
    expect(digest!.html).not.toContain(HEADING);
  });

  it('a rerun of the run sends no second digest, and a unit fixed since is no longer listed the next month', async () => {
    await monthly('2023-05-01');
    await monthly('2023-05-02');
    expect(await digests('ita', 'เดือนเมษายน ๒๕๖๖')).toHaveLength(1);
    await change(`${ORG}-staff-engineering`, (p) => ({ ...p, active: true }), '2023-05-20');
    await change(`${ORG}-head-engineering`, (p) => ({ ...p, active: true }), '2023-05-20');
    await monthly('2023-06-01');
    const [june] = await digests('ita', 'เดือนพฤษภาคม ๒๕๖๖');
    expect(june!.text).toContain(`${HEADING} (๒ หน่วยงาน)`);
    expect(june!.text).not.toContain('กองช่าง: ไม่มี');
    expect(june!.text).toContain(EDUCATION);
    expect(june!.text).toContain(HEALTH);
  });

  // tester s44: a closed unit was listed too ("(ปิดการใช้งานแล้ว): ไม่มีผู้รับอีเมลแจ้งเตือน …"), every
  // month to its cut-off; it owes nothing new and takes no people: left out, its reports counted
  it('a unit closed since is left out of the list, its reports counted under its closed name; reopened with nobody, it is listed again', async () => {
    // กองช่าง merged away: its people leave, then the unit is closed (as the API allows it)
    await change(`${ORG}-staff-engineering`, (p) => ({ ...p, active: false }), '2023-06-10');
    await change(`${ORG}-head-engineering`, (p) => ({ ...p, active: false }), '2023-06-10');
    const engineering = (await f.repos.orgs.getUnit(ORG, 'engineering'))!;
    const closedAt = bangkok('2023-06-10T13:00:00');
    await f.repos.orgs.putUnit(
      { ...engineering, active: false, deactivatedAt: closedAt.toISOString() },
      { actor: 'test', now: closedAt },
      { previous: engineering },
    );
    await monthly('2023-07-01');
    const [june] = await digests('ita', 'เดือนมิถุนายน ๒๕๖๖');
    for (const part of [june!.text, htmlWords(june!.html)]) {
      expect(part).toContain(`${HEADING} (๒ หน่วยงาน)`);
      expect(part).not.toContain('กองช่าง (ปิดการใช้งานแล้ว): ไม่มี');
      expect(part).not.toContain('กองช่าง: ไม่มี');
      expect(part).toContain(EDUCATION);
      expect(part).toContain(HEALTH);
      // its reports still unsent (due before it closed) are listed by its closed name
      expect(part).toContain('กองช่าง (ปิดการใช้งานแล้ว)');
    }
    // reopened with nobody in it: the advice to add staff and a head is right again
    await f.repos.orgs.putUnit(
      { ...engineering, active: true },
      { actor: 'test', now: bangkok('2023-07-05T12:00:00') },
    );
    await monthly('2023-08-01');
    const [july] = await digests('ita', 'เดือนกรกฎาคม ๒๕๖๖');
    expect(july!.text).toContain(ENGINEERING);
    expect(july!.text).not.toContain('ปิดการใช้งานแล้ว');
  });
});

describe('a unit closed with overdue reports (tester s43 F7: merged into สำนักปลัด)', { timeout: 120_000 }, () => {
  const daily = (day: string) =>
    runOrgJob(f.deps(), { orgId: ORG, kind: 'daily', scheduledTime: bangkok(`${day}T08:30:00`) });
  /** The escalations `who` got (over 7 and over 14 days), each email's text. */
  const escalations = async (who: string) =>
    (await mailFor(ORG))
      .filter((m) => m.to[0] === `${who}@${ORG}.example.org` && m.subject.includes('รายงานค้างส่งเกิน'))
      .map((m) => m.text);

  it("is escalated to nobody: the coordinators and the mayor get the other units' escalations, none naming it", async () => {
    await change(`${ORG}-staff-education`, (p) => ({ ...p, active: false }), '2023-08-10');
    const education = (await f.repos.orgs.getUnit(ORG, 'education'))!;
    const closedAt = bangkok('2023-08-10T13:00:00');
    await f.repos.orgs.putUnit(
      { ...education, active: false, deactivatedAt: closedAt.toISOString() },
      { actor: 'test', now: closedAt },
      { previous: education },
    );
    // July's reports, due 31 July, reach their escalations on these working days
    for (const day of ['2023-08-08', '2023-08-15', '2023-08-16']) await daily(day);
    for (const who of ['ita', 'mayor']) {
      const texts = await escalations(who);
      // the other units' overdue reports are still escalated
      expect(texts.some((t) => t.includes('. กองคลัง: ตัวชี้วัดที่ '))).toBe(true);
      expect(texts.join('\n')).not.toContain('กองการศึกษา');
    }
  });

  // 1 September: August's digest lists August's reports only and points to the year summary of the
  // same day, which lists the backlog (s45 mail #4); the closed unit's July reports are there
  it("the year's summary, sent with August's digest, counts its reports under 'กองการศึกษา (ปิดการใช้งานแล้ว)', the coordinators' and the mayor's", async () => {
    await monthly('2023-09-01');
    await runOrgJob(f.deps(), { orgId: ORG, kind: 'april-september', scheduledTime: bangkok('2023-09-01T08:30:00') });
    for (const who of ['ita', 'mayor']) {
      const [august] = await digests(who, 'เดือนสิงหาคม ๒๕๖๖');
      expect(august!.text).toContain('อยู่ในอีเมล "สรุปปีงบฯ ๒๕๖๖" ที่ส่งถึงคุณอีกฉบับหนึ่ง');
      const year = (await mailFor(ORG)).find(
        (m) => m.to[0] === `${who}@${ORG}.example.org` && m.subject.startsWith('[ITA] สรุปปีงบฯ ๒๕๖๖ ณ'),
      );
      for (const part of [year!.text, htmlWords(year!.html)]) {
        expect(part).toContain('กองการศึกษา (ปิดการใช้งานแล้ว)');
        expect(part).not.toMatch(/กองการศึกษา(?! \(ปิดการใช้งานแล้ว\))/);
        // an active unit as it is
        expect(part).toContain('กองคลัง');
        expect(part).not.toContain('กองคลัง (ปิดการใช้งานแล้ว)');
      }
    }
  });
});
