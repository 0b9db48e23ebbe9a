// On 1 April the monthly digest (March) and the half-year summary go out the same day to the same
// readers (every executive and coordinator), and both ended with the same list, the year's backlog,
// word for word (tester F2). The half-year summary keeps the list; the digest that day lists its own
// month's unsent reports and says where the rest is. So does 1 September's August digest beside the
// year summary. Every other month's digest keeps the whole list (docs/reminders.md "Summaries").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOrgJob } from '../../../shared/jobs/run-org-job.js';
import { mailFor, type ReceivedMail } from '../../support/mailbox.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';

let f: JobsFixture;
let sent: ReceivedMail[];

const summaries = (day: string) =>
  Promise.all(
    (['monthly', 'april-september'] as const).map((kind) =>
      runOrgJob(f.deps(), { orgId: f.orgId, kind, scheduledTime: bangkok(`${day}T08:30:00`), parts: ['summaries'] }),
    ),
  );

beforeAll(async () => {
  f = await createJobsFixture('sameday');
  // nothing is ever reported: the backlog grows from October
  for (const day of ['2023-03-01', '2023-04-01', '2023-09-01']) await summaries(day);
  sent = await mailFor(f.orgId);
}, 120_000);
afterAll(async () => f?.close());

function mailTo(local: string, subject: string): ReceivedMail {
  const found = sent.filter((m) => m.to[0] === `${local}@${f.orgId}.example.org` && m.subject.startsWith(subject));
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** The report links an email's overdue list gives, in order. */
const listed = (m: ReceivedMail) => [...m.text.matchAll(/^ {3}(https:\/\/\S+\/o\/\S+)$/gm)].map((x) => x[1]!);
/** The months (Thai, with the BE year) the listed reports fall due in, each once, as the list says them. */
const dueMonths = (m: ReceivedMail) => [
  ...new Set([...m.text.matchAll(/^ {3}กำหนดส่ง [๐-๙]+ (\S+ [๐-๙]+)$/gm)].map((x) => x[1]!)),
];

describe('the digest sent beside a period summary refers to its list instead of repeating it', () => {
  it("1 April: the half-year summary lists the backlog; March's digest lists March's own and names the other email", () => {
    for (const who of ['mayor', 'ita']) {
      const half = mailTo(who, '[ITA] สรุปครึ่งปีแรก ปีงบฯ ๒๕๖๖:');
      const march = mailTo(who, '[ITA] สรุปเดือนมีนาคม ๒๕๖๖:');
      expect(listed(half).length).toBeGreaterThan(0);
      // not the same list: the digest's is March's, which the half-year list holds too
      expect(listed(march)).not.toEqual(listed(half));
      expect(dueMonths(march)).toEqual(['มีนาคม ๒๕๖๖']);
      for (const link of listed(march)) expect(listed(half)).toContain(link);
      const line =
        /\nรายงานที่ค้างส่งทั้ง ([๐-๙]+) รายการ อยู่ในอีเมล "สรุปครึ่งปีแรก ปีงบฯ ๒๕๖๖" ที่ส่งถึงคุณอีกฉบับหนึ่ง ที่นี่แสดงเฉพาะ ([๐-๙]+) รายการที่ครบกำหนดในเดือนมีนาคม ๒๕๖๖\n/;
      const [, whole, shown] = line.exec(march.text)!;
      expect(march.html).toContain('ที่ส่งถึงคุณอีกฉบับหนึ่ง');
      // the whole is the half-year list's count, as both headings say; what is shown, March's share
      const heading = (m: ReceivedMail) => /\nรายงานที่ค้างส่ง ตั้งแต่ต้นปีงบประมาณ \(([๐-๙]+) รายการ\)\n/.exec(m.text)?.[1];
      expect(heading(march)).toBe(whole);
      expect(heading(half)).toBe(whole);
      expect(march.text).toContain(`ในจำนวนนี้ ${shown!} รายการครบกำหนดระหว่าง ๑ มีนาคม ๒๕๖๖ ถึง ๓๑ มีนาคม ๒๕๖๖`);
    }
  });

  it("1 September (neighbour): the year summary lists the backlog; August's digest lists August's and names it", () => {
    const year = mailTo('mayor', '[ITA] สรุปปีงบฯ ๒๕๖๖ ณ');
    const august = mailTo('mayor', '[ITA] สรุปเดือนสิงหาคม ๒๕๖๖:');
    expect(dueMonths(august)).toEqual(['สิงหาคม ๒๕๖๖']);
    expect(listed(year).length).toBeGreaterThan(listed(august).length);
    expect(august.text).toMatch(
      /\nรายงานที่ค้างส่งทั้ง [๐-๙]+ รายการ อยู่ในอีเมล "สรุปปีงบฯ ๒๕๖๖" ที่ส่งถึงคุณอีกฉบับหนึ่ง ที่นี่แสดงเฉพาะ [๐-๙]+ รายการที่ครบกำหนดในเดือนสิงหาคม ๒๕๖๖\n/,
    );
  });

  it("1 March (neighbour, unchanged): February's digest, sent alone, lists the backlog itself and names no other email", () => {
    const february = mailTo('mayor', '[ITA] สรุปเดือนกุมภาพันธ์ ๒๕๖๖:');
    expect(dueMonths(february).length).toBeGreaterThan(1);
    expect(february.text).not.toContain('ที่ส่งถึงคุณอีกฉบับหนึ่ง');
  });
});
