// Tester s55: a summary's closing link opened the site's front, i.e. the reader's home of today's
// year: on 2 October, September's digest opened the new year's overview (no plan yet), not the
// figures it had just counted. And the text part gave every link of a summary as a bare address,
// where the HTML named it ("เปิดระบบติดตามมาตรการ", "เปิดหน้าผู้ใช้งานและหน่วยงาน"). Now a summary
// closes with the org's overview of its month (a digest) or its year, named as the escalations
// name it, and the text part names each link as the HTML does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobKind } from '../../../shared/domain/job-kinds.js';
import { runOrgJob } from '../../../shared/jobs/run-org-job.js';
import { OrgRepository } from '../../../shared/store/org-repository.js';
import { htmlWords, mailFor, type ReceivedMail } from '../../support/mailbox.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';
import { SEED_TIME } from '../../support/seed-org.js';

let f: JobsFixture;
beforeAll(async () => {
  f = await createJobsFixture('closelinks');
  // กองช่าง has no head: the coordinators' digest lists it, with the people page's link
  const orgs = new OrgRepository(f.store);
  const head = (await orgs.getPerson(f.orgId, `${f.orgId}-head-engineering`))!;
  await orgs.putPerson({ ...head, active: false }, { actor: 'system:seed', now: SEED_TIME });
}, 120_000);
afterAll(async () => f?.close());

const site = 'https://ita.example.org';

/** The summaries of `kind`'s run at 08:30 on `day` to `who`, by subject start. */
async function summaryOn(day: string, kind: JobKind, who: string, subject: string): Promise<ReceivedMail> {
  await runOrgJob(f.deps(), { orgId: f.orgId, kind, scheduledTime: bangkok(`${day}T08:30:00`), parts: ['summaries'] });
  const mails = (await mailFor(f.orgId)).filter(
    (m) => m.to[0] === `${who}@${f.orgId}.example.org` && m.subject.startsWith(subject),
  );
  expect(mails.map((m) => m.subject)).toHaveLength(1);
  return mails[0]!;
}

/** The email's last link before its footer: its text line, and the HTML's address and words. */
function closing(m: ReceivedMail) {
  const lines = m.text.split('\n').filter((l) => l.includes(site));
  const anchors = [...htmlWords(m.html).matchAll(/<a href="([^"]+)"[^>]*>([^<]*)<\/a>/g)];
  const last = anchors.at(-1)!;
  return { text: lines.at(-1), href: last[1], words: last[2] };
}

describe("a summary closes with the org's overview of what it counts, named in both parts", () => {
  it.each([
    [
      "April's digest (1 May) to the mayor: April's overview",
      '2023-05-01',
      'monthly',
      'mayor',
      '[ITA] สรุปเดือนเมษายน ๒๕๖๖',
      'ภาพรวมการรายงานทั้งองค์กร เดือนเมษายน ๒๕๖๖',
      '/fy/2566/overview/2023-04',
    ],
    [
      'the half-year summary (1 April) to the coordinator: the year overview',
      '2023-04-01',
      'april-september',
      'ita',
      '[ITA] สรุปครึ่งปีแรก ปีงบฯ ๒๕๖๖',
      'ภาพรวมการรายงานทั้งองค์กร ปีงบประมาณ ๒๕๖๖',
      '/fy/2566/overview',
    ],
    [
      "September's digest (1 October, the new year's first day): September 2566's overview, not 2567's",
      '2023-10-01',
      'monthly',
      'mayor',
      '[ITA] สรุปเดือนกันยายน ๒๕๖๖',
      'ภาพรวมการรายงานทั้งองค์กร เดือนกันยายน ๒๕๖๖',
      '/fy/2566/overview/2023-09',
    ],
    [
      "October's digest (1 November), with no plan of 2567 yet, about 2566's backlog: 2566's overview",
      '2023-11-01',
      'monthly',
      'mayor',
      '[ITA] สรุปเดือนตุลาคม ๒๕๖๖',
      'ภาพรวมการรายงานทั้งองค์กร ปีงบประมาณ ๒๕๖๖',
      '/fy/2566/overview',
    ],
  ] as const)('%s', async (_name, day, kind, who, subject, words, page) => {
    const link = closing(await summaryOn(day, kind, who, subject));
    const url = `${site}/#/org/${f.orgId}${page}`;
    expect(link).toEqual({ text: `${words}: ${url}`, href: url, words });
  });

  it("the coordinators' digest names the people page's link in its text part, as its HTML does", async () => {
    const m = await summaryOn('2023-06-01', 'monthly', 'ita', '[ITA] สรุปเดือนพฤษภาคม ๒๕๖๖');
    const url = `${site}/#/org/${f.orgId}/people`;
    expect(htmlWords(m.html)).toContain(`<a href="${url}" style="color:#1d4ed8">เปิดหน้าผู้ใช้งานและหน่วยงาน</a>`);
    expect(m.text.split('\n')).toContain(`เปิดหน้าผู้ใช้งานและหน่วยงาน: ${url}`);
    expect(m.text.split('\n')).not.toContain(url);
  });
});

// Tester s55 (neighbour): October's digest with no plan of 2567 yet read its own year's heading, then
// two blank lines, then last year's backlog: an empty section still left its blank line.
describe("a summary's text part never leaves two blank lines together", () => {
  it("October's digest (no plan of 2567 yet) to the mayor and the coordinator, and every summary above", async () => {
    for (const who of ['mayor', 'ita']) {
      const m = await summaryOn('2023-11-01', 'monthly', who, '[ITA] สรุปเดือนตุลาคม ๒๕๖๖');
      expect(m.text).toContain(
        'รายงานของปีงบประมาณ ๒๕๖๗ (ยังไม่มีแผนมาตรการปีงบประมาณ ๒๕๖๗ ในระบบ)\n\nรายงานที่ค้างส่ง ปีงบประมาณ ๒๕๖๖',
      );
    }
    const summaries = (await mailFor(f.orgId)).filter((m) => m.subject.startsWith('[ITA] สรุป'));
    expect(summaries.length).toBeGreaterThan(6);
    expect(summaries.filter((m) => m.text.includes('\n\n\n')).map((m) => m.subject)).toEqual([]);
  });
});
