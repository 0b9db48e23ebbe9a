// People whose email SES could not deliver to are named in the coordinators' monthly digest. Before:
// SES accepted an email to a suppressed address and dropped it, the app counted it sent, and no
// digest (its "given up" list included) ever named the person.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailEventsHandler } from '../../../functions/mail-events/mail-events.js';
import { runOrgJob } from '../../../shared/jobs/run-org-job.js';
import { recordedCalls, runAs } from '../../support/aws-call-recorder.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';
import { keepWhole } from '../../../shared/mail/html.js';
import { MUNICIPAL_UNITS } from '../../../shared/domain/municipal-units.js';
import { mailFor } from '../../support/mailbox.js';
import { bounceEvent, complaintEvent, snsEvent } from '../../support/ses-events.js';

const ORG = 'undeliverable';
let f: JobsFixture;

const HEADING = 'ผู้ใช้งานที่ส่งอีเมลถึงไม่ได้';
const FINANCE = 'เจ้าหน้าที่ กองคลัง (กองคลัง): ส่งอีเมลถึงที่อยู่นี้ไม่ได้ (ตีกลับ) เมื่อ ๑๐ เมษายน ๒๕๖๖: ตรวจที่อยู่อีเมล (อีเมลแจ้งเตือน)';
// 18:00 UTC on 20 April is 21 April in Bangkok
const EDUCATION =
  'ผู้อำนวยการกองการศึกษา (กองการศึกษา): ส่งอีเมลถึงที่อยู่นี้ไม่ได้ (ผู้รับแจ้งว่าเป็นอีเมลขยะ) เมื่อ ๒๑ เมษายน ๒๕๖๖: ตรวจที่อยู่อีเมล (อีเมลสรุปผล)';

const monthly = (day: string) =>
  runOrgJob(f.deps(), { orgId: ORG, kind: 'monthly', scheduledTime: bangkok(`${day}T08:30:00`) });

const digests = async (who: string, month: string) =>
  (await mailFor(ORG)).filter(
    (m) => m.to[0] === `${who}@${ORG}.example.org` && m.subject.startsWith(`[ITA] สรุป${month}:`),
  );

const handle = () => mailEventsHandler({ store: f.store, log: { info: () => undefined, warn: () => undefined } });

beforeAll(async () => {
  f = await createJobsFixture(ORG);
}, 120_000);
afterAll(async () => f?.close());

describe("the coordinators' digest names the people SES could not reach", { timeout: 120_000 }, () => {
  it('every email the run sends carries the org and its kind as SES tags (what the notifications bring back)', async () => {
    await runAs('OrgWorkerFunction', () => monthly('2023-04-03'));
    const sends = recordedCalls().filter(
      (c) => c.fn === 'OrgWorkerFunction' && (c.command === 'SendEmail' || c.command === 'SendRawEmail'),
    );
    expect(sends.length).toBeGreaterThan(0);
    for (const s of sends) {
      const tags = s.input.Tags as { Name: string; Value: string }[];
      expect(tags).toContainEqual({ Name: 'ita-org', Value: ORG });
      expect(['reminder', 'summary']).toContain(tags.find((t) => t.Name === 'ita-kind')?.Value);
    }
    const toMayor = sends.find((s) => JSON.stringify(s.input.Destination).includes(`mayor@${ORG}`));
    expect(toMayor?.input.Tags).toContainEqual({ Name: 'ita-kind', Value: 'summary' });
  });

  it('lists each marked person once, by name and unit, with the Thai reason, day and email kind, in the digest of 1 May 2023', async () => {
    await handle()(
      snsEvent(
        bounceEvent(
          { orgId: ORG, kind: 'reminder', to: [`staff.finance@${ORG}.example.org`], sentAt: '2023-04-10T02:59:58Z' },
          '2023-04-10T03:00:00Z',
          { subType: 'OnAccountSuppressionList' },
        ),
        complaintEvent(
          { orgId: ORG, kind: 'summary', to: [`head.education@${ORG}.example.org`], sentAt: '2023-04-20T01:30:00Z' },
          '2023-04-20T18:00:00Z',
        ),
      ),
    );
    await monthly('2023-05-01');
    const [digest] = await digests('ita', 'เดือนเมษายน ๒๕๖๖');
    expect(digest).toBeDefined();
    for (const [part, as] of [
      [digest!.text, (s: string) => s],
      // the HTML keeps the dates and the units' names whole
      [
        digest!.html,
        (s: string) =>
          keepWhole(
            s,
            MUNICIPAL_UNITS.map((u) => u.name),
          ),
      ],
    ] as const) {
      expect(part).toContain(`${HEADING} (๒ คน)`);
      expect(part.split(as(FINANCE))).toHaveLength(2);
      expect(part.split(as(EDUCATION))).toHaveLength(2);
      expect(part).toContain('https://ita.example.org/#/org/undeliverable/people');
      // nobody else is named in the section
      expect(part).not.toContain(as('เจ้าหน้าที่ กองช่าง (กองช่าง): ส่งอีเมล'));
    }
  });

  it("is the coordinators' alone: the mayor's digest does not carry it", async () => {
    const [digest] = await digests('mayor', 'เดือนเมษายน ๒๕๖๖');
    expect(digest).toBeDefined();
    expect(digest!.text).not.toContain(HEADING);
    expect(digest!.html).not.toContain(HEADING);
  });

  it('a person deactivated since is no longer listed the next month; the other still is', async () => {
    const person = (await f.repos.orgs.getPerson(ORG, `${ORG}-staff-finance`))!;
    await f.repos.orgs.putPerson(
      { ...person, active: false },
      { actor: 'test', now: bangkok('2023-05-10T12:00:00') },
      { previous: person },
    );
    await monthly('2023-06-01');
    const [may] = await digests('ita', 'เดือนพฤษภาคม ๒๕๖๖');
    expect(may!.text).toContain(`${HEADING} (๑ คน)`);
    expect(may!.text).toContain(EDUCATION);
    expect(may!.text).not.toContain(FINANCE);
  });
});
