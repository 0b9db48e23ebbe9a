// A summary's overdue list is the year's backlog, not its own month's (tester t36, P2): March's
// digest said "ยังไม่ส่ง …" for March, then "รายงานที่ค้างส่ง N รายการ" for every month since
// October, and an executive on a phone could not tell which was right. The list now says its range
// and how many of it fall in the summary's own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toThaiDigits as toTh } from '../../../shared/domain/thai-format.js';
import { runOrgJob } from '../../../shared/jobs/run-org-job.js';
import { mailFor, type ReceivedMail } from '../../support/mailbox.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';

let f: JobsFixture;
let sent: ReceivedMail[];

beforeAll(async () => {
  f = await createJobsFixture('overdue-range');
  for (const kind of ['monthly', 'april-september'] as const)
    await runOrgJob(f.deps(), {
      orgId: f.orgId,
      kind,
      scheduledTime: bangkok('2023-04-03T08:30:00'),
      parts: ['summaries'],
    });
  sent = await mailFor(f.orgId);
}, 120_000);
afterAll(async () => f?.close());

function mailTo(local: string, subject: string): ReceivedMail {
  const found = sent.filter((m) => m.to[0] === `${local}@${f.orgId}.example.org` && m.subject.includes(subject));
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** "๑๒๓" -> 123 */
const num = (thai: string) => Number(thai.replace(/[๐-๙]/g, (d) => String('๐๑๒๓๔๕๖๗๘๙'.indexOf(d))));

/** The summary's "ยังไม่ส่ง" total and the overdue list's count, as the text part says them. */
function figures(text: string) {
  return {
    missing: num(/\nรวม: ครบกำหนด [๐-๙]+ ตรงเวลา [๐-๙]+ ล่าช้า [๐-๙]+ ยังไม่ส่ง ([๐-๙]+)/.exec(text)![1]!),
    listed: num(/\nรายงานที่ค้างส่ง ([๐-๙]+) รายการ/.exec(text)![1]!),
  };
}

describe("a summary's overdue list says it is the year's, and how many of it are the summary's own", () => {
  it("March's digest to the executive: the month's missing reports, then the year's list with its range", () => {
    const { text, html } = mailTo('mayor', 'ประจำเดือนมีนาคม ๒๕๖๖');
    expect(text).toContain('ครบกำหนดระหว่าง ๑ มีนาคม ๒๕๖๖ ถึง ๓๑ มีนาคม ๒๕๖๖');
    const { missing, listed } = figures(text);
    expect(listed).toBeGreaterThan(missing);
    const heading = `รายงานที่ค้างส่ง ${toTh(listed)} รายการ ตั้งแต่ต้นปีงบประมาณ`;
    const range = `ครบกำหนดระหว่าง ๑ ตุลาคม ๒๕๖๕ ถึง ๒ เมษายน ๒๕๖๖ ในจำนวนนี้ ${toTh(missing)} รายการครบกำหนดระหว่าง ๑ มีนาคม ๒๕๖๖ ถึง ๓๑ มีนาคม ๒๕๖๖`;
    expect(text).toContain(`\n${heading}\n${range}\n`);
    // what a phone shows: the HTML part says the same
    expect(html).toContain(heading);
    expect(html).toContain(range);
  });

  it("March's digest to the coordinator says the same of the same list", () => {
    const { text } = mailTo('ita', 'ประจำเดือนมีนาคม ๒๕๖๖');
    const { missing, listed } = figures(text);
    expect(text).toContain(`รายงานที่ค้างส่ง ${toTh(listed)} รายการ ตั้งแต่ต้นปีงบประมาณ\n`);
    expect(text).toContain(
      `ครบกำหนดระหว่าง ๑ ตุลาคม ๒๕๖๕ ถึง ๒ เมษายน ๒๕๖๖ ในจำนวนนี้ ${toTh(missing)} รายการครบกำหนดระหว่าง ๑ มีนาคม ๒๕๖๖`,
    );
  });

  it('the half-year summary, counting from 1 October itself, gives the range and no second count', () => {
    const { text } = mailTo('mayor', 'รอบ ๖ เดือนแรก ปีงบประมาณ ๒๕๖๖');
    expect(text).toContain('ครบกำหนดระหว่าง ๑ ตุลาคม ๒๕๖๕ ถึง ๓๑ มีนาคม ๒๕๖๖');
    const { missing, listed } = figures(text);
    expect(listed).toBe(missing);
    expect(text).toContain(
      `\nรายงานที่ค้างส่ง ${toTh(listed)} รายการ ตั้งแต่ต้นปีงบประมาณ\nครบกำหนดระหว่าง ๑ ตุลาคม ๒๕๖๕ ถึง ๒ เมษายน ๒๕๖๖\n`,
    );
  });
});
