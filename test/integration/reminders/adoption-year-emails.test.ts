// Tester s48/s49: an อบต. adopting the system on 12 May 2027 saved its FY2570 plan that day; its units
// then sent back reports (earlier periods, within or after their grace) in May. Two emails misread
// that year:
// - 1 June, May's digest, counted by due date only, showed none of the month's back reports: a
//   month of work read as nothing. It now says what was sent in May for earlier periods.
// - 1 October, the results report's email, called September's reports due the day before
//   "ไม่ได้ส่ง" (not sent: lost), where every other email calls a report past its due date
//   "ยังไม่ส่ง" (it can still be sent, late). It now says ยังไม่ส่ง, and how many fell due last.
import { SESClient } from '@aws-sdk/client-ses';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Plan } from '../../../shared/domain/plan.js';
import { thaiWorkingDaysBetween } from '../../../shared/domain/thai-working-days.js';
import type { JobDependencies } from '../../../shared/jobs/job-dependencies.js';
import { previewMail } from '../../../shared/jobs/preview-reminders.js';
import { runScheduledJob } from '../../../shared/jobs/run-scheduled-job.js';
import { replaceOrgPlan } from '../../../shared/use-cases/replace-plan.js';
import { createApiFixture, type ApiFixture } from '../../support/api-fixture.js';
import { fixtureJobDeps } from '../../support/fixture-job-deps.js';
import { bangkok } from '../../support/jobs-fixture.js';
import { htmlWords, mailFor, type ReceivedMail } from '../../support/mailbox.js';
import { importSeedPlan } from '../../support/seed-plan.js';

const ORG = 'demo';
let f: ApiFixture;
let ses: SESClient;
let deps: JobDependencies;
let mail: ReceivedMail[];
/** the preview made on 29 September 2027, before the runs, over 30 September to 2 October */
let previewed: { day: string; stage: string }[];

/** the seed's measures as FY2570's plan (its "once" dates belong to FY2566) */
function plan2570(): Plan {
  const seed = importSeedPlan(ORG).plan;
  return {
    ...seed,
    fy: 2570,
    measures: seed.measures.map((m) => ({
      ...m,
      followUps: m.followUps.map(({ dueDate: _d, firstMonth: _f, lastMonth: _l, ...rest }) => rest),
    })),
  };
}

const send = (obligationId: string, unitId: string, local: string) =>
  f.repos.reports.saveVersion(
    { orgId: ORG, fy: 2570, obligationId, unitId },
    { progress: 'done', summary: 'ดำเนินการแล้ว', obstacles: '', suggestions: '', evidence: [] },
    { actor: `${ORG}-staff-${unitId}`, now: bangkok(local) },
  );

beforeAll(async () => {
  f = await createApiFixture({ now: bangkok('2027-05-12T09:00:00') });
  ses = new SESClient({ endpoint: inject('sesEndpoint'), region: 'ap-southeast-1' });
  await replaceOrgPlan(f.repos, {
    orgId: ORG,
    fy: 2570,
    plan: plan2570(),
    units: await f.repos.orgs.listUnits(ORG),
    actor: `${ORG}-coordinator`,
    now: bangkok('2027-05-12T10:00:00'),
    dueRules: {},
    path: 'body',
  });
  // on time within the grace (to 17 May): October's and December's; after it, late: November's, January's
  await send('i4.f2.2026-10.finance', 'finance', '2027-05-13T10:00:00');
  await send('i4.f2.2026-12.clerk', 'clerk', '2027-05-14T10:00:00');
  await send('i4.f2.2026-11.finance', 'finance', '2027-05-20T10:00:00');
  await send('i4.f2.2027-01.finance', 'finance', '2027-05-31T10:00:00');
  // May's own report, due 31 May: counted in May's figures already, not a back report
  await send('i4.f2.2027-05.finance', 'finance', '2027-05-31T11:00:00');
  deps = fixtureJobDeps(f, ses, {
    calendar: await thaiWorkingDaysBetween('2026-10-01', '2028-06-30', []),
    wallClock: () => bangkok('2027-05-31T20:00:00'),
  });
  previewed = (
    await previewMail({ ...deps, wallClock: () => bangkok('2027-09-29T09:00:00') }, ORG, '2027-09-30', '2027-10-02')
  ).lines;
  await runScheduledJob(deps, { kind: 'monthly', scheduledTime: bangkok('2027-06-01T08:30:00'), orgId: ORG });
  await runScheduledJob(deps, { kind: 'annual-report', scheduledTime: bangkok('2027-10-01T06:00:00'), orgId: ORG });
  await f.documentsSettled();
  await runScheduledJob(deps, { kind: 'monthly', scheduledTime: bangkok('2027-10-01T08:30:00'), orgId: ORG });
  // September's report sent late in October, after the year ended: the October digest's back report
  await send('i4.f2.2027-09.finance', 'finance', '2027-10-05T10:00:00');
  await runScheduledJob(deps, { kind: 'monthly', scheduledTime: bangkok('2027-11-01T08:30:00'), orgId: ORG });
  mail = (await mailFor(f.mailDomain)).filter((m) => m.to[0] === `mayor@${f.mailDomain}`);
}, 300_000);
afterAll(async () => {
  ses?.destroy();
  await f?.close();
});

const one = (subjectPart: string) => {
  const found = mail.filter((m) => m.subject.includes(subjectPart));
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe("May's digest after adopting on 12 May 2027 says what was sent in May for earlier periods", () => {
  it('the back reports sent in May: 4, on time 2 (within the grace), late 2, by unit, not in the figures by due date', () => {
    const may = one('สรุปเดือนพฤษภาคม ๒๕๗๐');
    const line =
      'รายงานย้อนหลังที่ส่งในเดือนพฤษภาคม ๒๕๗๐ ๔ รายการ (ของรอบที่ครบกำหนดก่อน ๑ พฤษภาคม ๒๕๗๐ จึงไม่นับรวมในตัวเลขของสรุปนี้ ซึ่งนับตามวันครบกำหนด): ส่งตรงเวลา ๒ · ส่งล่าช้า ๒ · สำนักปลัดเทศบาล ๑ · กองคลัง ๓';
    expect(may.text.split('\n')).toContain(line);
    expect(htmlWords(may.html)).toContain(line);
    // May's own figures stay by due date: May's report is one of them, sent on time
    expect(may.text).toContain('ครบกำหนด ๒๐ รายการ · ส่งตรงเวลา ๑ · ส่งล่าช้า ๐ · ยังไม่ส่ง ๑๙');
  });
});

describe("October's digest, the next fiscal year's first", () => {
  // the line names the report's fiscal year, the digest's being the next (tester s50)
  it("counts last year's September report sent in October as its back report", () => {
    const october = one('สรุปเดือนตุลาคม ๒๕๗๐');
    expect(october.text.split('\n')).toContain(
      'รายงานย้อนหลังที่ส่งในเดือนตุลาคม ๒๕๗๐ ๑ รายการ ของปีงบประมาณ ๒๕๗๐ (ของรอบที่ครบกำหนดก่อน ๑ ตุลาคม ๒๕๗๐ จึงไม่นับรวมในตัวเลขของสรุปนี้ ซึ่งนับตามวันครบกำหนด): ส่งตรงเวลา ๐ · ส่งล่าช้า ๑ · กองคลัง ๑',
    );
  });
});

describe('the results report email of 1 October 2027 calls reports past their due date ยังไม่ส่ง, as every other email does', () => {
  it('its subject and figures say ยังไม่ส่ง, never ไม่ได้ส่ง, and that they can still be sent, late', () => {
    const annual = one('รายงานผลปีงบฯ ๒๕๗๐');
    expect(annual.subject).toBe('[ITA] รายงานผลปีงบฯ ๒๕๗๐: ยังไม่ส่ง ๓๐๗ จาก ๓๑๒ รายการ');
    expect(annual.text).toContain('ส่งตรงเวลา ๓ · ส่งล่าช้า ๒ · ยังไม่ส่ง ๓๐๗');
    expect(annual.text).toContain(
      'รายงานที่ยังไม่ส่ง ๓๐๗ รายการ (ในจำนวนนี้ ๗๖ รายการครบกำหนดเมื่อ ๓๐ กันยายน ๒๕๗๐) หน่วยงานยังส่งได้ โดยนับเป็นส่งล่าช้า',
    );
    // "ไม่ได้ส่ง" only where it says what the attached file calls them
    expect(annual.subject).not.toContain('ไม่ได้ส่ง');
    expect(annual.text.split('\n').filter((l) => l.includes('ไม่ได้ส่ง'))).toEqual([
      expect.stringContaining('ในไฟล์รายงานนับเป็น "ไม่ได้ส่ง" ณ วันที่จัดทำ'),
    ]);
  });

  it("the same day's September digest says ยังไม่ส่ง for the same reports", () => {
    expect(one('สรุปเดือนกันยายน ๒๕๗๐').subject).toBe('[ITA] สรุปเดือนกันยายน ๒๕๗๐: ยังไม่ส่ง ๗๖ จาก ๗๖ รายการ');
  });

  it('the preview over 30 September to 2 October lists the results report email once per reader, on 1 October only', () => {
    const annual = previewed.filter((l) => l.stage === 'annual-report');
    expect(annual.map((l) => l.day)).toEqual(['2027-10-01', '2027-10-01']);
  });
});
