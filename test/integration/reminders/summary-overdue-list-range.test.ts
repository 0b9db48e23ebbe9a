// A summary's overdue list is the year's backlog, not its own month's (tester t36, P2): March's
// digest said "ยังไม่ส่ง …" for March, then "รายงานที่ค้างส่ง N รายการ" for every month since
// October, and an executive on a phone could not tell which was right. The list now says its range
// and how many of it fall in the summary's own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toThaiDigits as toTh } from '../../../shared/domain/thai-format.js';
import { runOrgJob } from '../../../shared/jobs/run-org-job.js';
import { keepWhole } from '../../../shared/mail/html.js';
import { ReportRepository } from '../../../shared/store/report-repository.js';
import { mailFor, type ReceivedMail } from '../../support/mailbox.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';
import { seedReport } from '../../support/report-seeding.js';

let f: JobsFixture;
let sent: ReceivedMail[];

/** กองคลัง's March 2566 report (due 31 March 2023): sent, then returned by the coordinator, never sent again. */
const RETURNED = 'i4.f2.2023-03.finance';

beforeAll(async () => {
  f = await createJobsFixture('overdue-range');
  await seedReport(f.store, f.orgId, RETURNED, bangkok('2023-03-20T10:00:00'));
  const reports = new ReportRepository(f.store);
  const key = { orgId: f.orgId, fy: 2566, obligationId: RETURNED };
  await reports.review(
    key,
    { decision: 'return', comment: 'กรุณาแนบรายงานการประชุม', version: (await reports.getLatest(key))!.version },
    { actor: `${f.orgId}-coordinator`, now: bangkok('2023-03-24T16:00:00') },
  );
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
    missing: num(/\nครบกำหนด [๐-๙]+ รายการ · ส่งตรงเวลา [๐-๙]+ · ส่งล่าช้า [๐-๙]+ · ยังไม่ส่ง ([๐-๙]+)/.exec(text)![1]!),
    listed: num(/\nรายงานที่ค้างส่ง ตั้งแต่ต้นปีงบประมาณ \(([๐-๙]+) รายการ\)/.exec(text)![1]!),
  };
}

describe("a summary's overdue list says it is the year's, and how many of it are the summary's own", () => {
  it("March's digest to the executive: the month's missing reports, then the year's list with its range", () => {
    const { text, html } = mailTo('mayor', '[ITA] สรุปเดือนมีนาคม ๒๕๖๖:');
    expect(text).toContain('ครบกำหนดระหว่าง ๑ มีนาคม ๒๕๖๖ ถึง ๓๑ มีนาคม ๒๕๖๖');
    const { missing, listed } = figures(text);
    expect(listed).toBeGreaterThan(missing);
    const heading = `รายงานที่ค้างส่ง ตั้งแต่ต้นปีงบประมาณ (${toTh(listed)} รายการ)`;
    const range = `ครบกำหนดระหว่าง ๑ ตุลาคม ๒๕๖๕ ถึง ๓๑ มีนาคม ๒๕๖๖ ในจำนวนนี้ ${toTh(missing)} รายการครบกำหนดระหว่าง ๑ มีนาคม ๒๕๖๖ ถึง ๓๑ มีนาคม ๒๕๖๖`;
    expect(text).toContain(`\n${heading}\n${range}\n`);
    // what a phone shows: the HTML part says the same, its dates whole
    expect(html).toContain(heading);
    expect(html).toContain(keepWhole(range));
  });

  it("March's digest to the coordinator says the same of the same list", () => {
    const { text } = mailTo('ita', '[ITA] สรุปเดือนมีนาคม ๒๕๖๖:');
    const { missing, listed } = figures(text);
    expect(text).toContain(`รายงานที่ค้างส่ง ตั้งแต่ต้นปีงบประมาณ (${toTh(listed)} รายการ)\n`);
    expect(text).toContain(
      `ครบกำหนดระหว่าง ๑ ตุลาคม ๒๕๖๕ ถึง ๓๑ มีนาคม ๒๕๖๖ ในจำนวนนี้ ${toTh(missing)} รายการครบกำหนดระหว่าง ๑ มีนาคม ๒๕๖๖`,
    );
  });

  // tester s38b: the list's range ran to 2 April under a summary to 31 March, listing nothing after it
  it('the half-year summary, counting from 1 October itself, gives its own range and no second count', () => {
    const { text } = mailTo('mayor', '[ITA] สรุปครึ่งปีแรก ปีงบฯ ๒๕๖๖:');
    expect(text).toContain('ครบกำหนดระหว่าง ๑ ตุลาคม ๒๕๖๕ ถึง ๓๑ มีนาคม ๒๕๖๖');
    const { missing, listed } = figures(text);
    expect(listed).toBe(missing);
    expect(text).toContain(
      `\nรายงานที่ค้างส่ง ตั้งแต่ต้นปีงบประมาณ (${toTh(listed)} รายการ)\nครบกำหนดระหว่าง ๑ ตุลาคม ๒๕๖๕ ถึง ๓๑ มีนาคม ๒๕๖๖\n`,
    );
  });
});

// Tester s37 (P2): a report returned by the coordinator and not sent again was counted "ยังไม่ส่ง"
// but left out of the list (it listed status "overdue" only), and no email said "ส่งกลับ".
describe('a returned report not sent again is counted and listed as returned, in every summary', () => {
  /** The text part's entry (its lines) of the returned report, or undefined when not listed. */
  const entryOf = (text: string) => {
    const at = text.indexOf(`/o/${RETURNED}\n`);
    if (at < 0) return undefined;
    const start = text.lastIndexOf('\n- ', at);
    return text.slice(start + 1, at);
  };
  const returnedLine = 'ส่งกลับให้แก้ไข เมื่อ ๒๔ มีนาคม ๒๕๖๖ ยังไม่ได้ส่งฉบับแก้ไข';

  it('the half-year summary to the mayor: ยังไม่ส่ง and the list agree, and the report says it was returned', () => {
    const { text, html } = mailTo('mayor', '[ITA] สรุปครึ่งปีแรก ปีงบฯ ๒๕๖๖:');
    const { missing, listed } = figures(text);
    expect(listed).toBe(missing);
    expect(entryOf(text)).toContain('- กองคลัง: ตัวชี้วัดที่ ๔ ข้อ ๒ รอบ มีนาคม ๒๕๖๖');
    expect(entryOf(text)).toContain(`\n   กำหนดส่ง ๓๑ มีนาคม ๒๕๖๖\n   ${returnedLine}\n`);
    expect(html).toContain(keepWhole(returnedLine));
  });

  it("March's digest to the mayor (neighbour): the month's ยังไม่ส่ง is the list's count of March, the returned one listed", () => {
    const { text } = mailTo('mayor', '[ITA] สรุปเดือนมีนาคม ๒๕๖๖:');
    const { missing } = figures(text);
    expect(text).toContain(`ในจำนวนนี้ ${toTh(missing)} รายการครบกำหนดระหว่าง ๑ มีนาคม ๒๕๖๖ ถึง ๓๑ มีนาคม ๒๕๖๖`);
    expect(entryOf(text)).toContain(returnedLine);
  });

  it("March's digest to the coordinator (neighbour) lists it as returned too", () => {
    const { text, html } = mailTo('ita', '[ITA] สรุปเดือนมีนาคม ๒๕๖๖:');
    const { missing } = figures(text);
    expect(text).toContain(`ในจำนวนนี้ ${toTh(missing)} รายการครบกำหนดระหว่าง ๑ มีนาคม ๒๕๖๖`);
    expect(entryOf(text)).toContain(returnedLine);
    expect(html).toContain(keepWhole(returnedLine));
  });
});
