// An escalation greets its reader once (tester t36, P3): the executives' email opened "เรียน ผู้บริหาร
// เทศบาล…" and then "เรียนผู้บริหาร รายงานผลตามมาตรการต่อไปนี้…", under the subject "[ITA] ผู้บริหาร:
// เรียนผู้บริหาร: …"; the coordinators' copy of a unit head's escalation greeted "ผู้ประสานงาน ITA" and
// then "หัวหน้าส่วนราชการ/ผู้ประสานงาน", and the head's own greeted the unit, not its head.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScheduledJob } from '../../../shared/jobs/run-scheduled-job.js';
import { mailFor, type ReceivedMail } from '../../support/mailbox.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';

const ORG = 'greeting';
const NAME = 'เทศบาลตำบลดอนอะระง';
let f: JobsFixture;
let sent: ReceivedMail[];

beforeAll(async () => {
  f = await createJobsFixture(ORG);
  // October's monthly reports fall due 31 October: +7 days on 7 November, +14 on 14 November
  for (const day of ['2022-11-01', '2022-11-08', '2022-11-15'])
    await runScheduledJob(f.deps(), { kind: 'daily', scheduledTime: bangkok(`${day}T08:30:00`), orgId: ORG });
  sent = await mailFor(ORG);
}, 120_000);
afterAll(async () => f?.close());

const to = (who: string, subject: string) =>
  sent.filter((m) => m.to[0] === `${who}@${ORG}.example.org` && m.subject.includes(subject));
/** How many times a part says "เรียน". */
const greetings = (part: string) => part.split('เรียน').length - 1;

describe('an escalation greets its reader once, and its subject greets no one', () => {
  it("the executives' email: one greeting to the executives, a subject without เรียน", () => {
    const mails = to('mayor', 'ค้างส่งเกิน ๑๔ วัน');
    expect(mails.length).toBeGreaterThan(0);
    for (const m of mails) {
      expect(m.subject).toMatch(/^\[ITA\] ผู้บริหาร: รายงานค้างส่งเกิน ๑๔ วัน \([๐-๙]+ รายการ\)$/);
      expect(m.text).toMatch(new RegExp(`^เรียน ผู้บริหาร ${NAME}\n\nรายงานผลตามมาตรการต่อไปนี้ค้างส่งเกิน ๑๔ วัน กรุณาติดตาม\n`));
      expect(greetings(m.text)).toBe(1);
      expect(greetings(m.html)).toBe(1);
    }
  });

  it("the coordinators' copy of the unit heads' escalation: addressed to the coordinators, not to a head", () => {
    const mails = to('ita', 'ค้างส่งเกิน ๗ วัน');
    expect(mails.length).toBeGreaterThan(0);
    for (const m of mails) {
      expect(m.subject).toMatch(/^\[ITA\] ผู้ประสานงาน ITA: รายงานค้างส่งเกิน ๗ วัน/);
      expect(m.text).toMatch(new RegExp(`^เรียน ผู้ประสานงาน ITA ${NAME}\n\nรายงานต่อไปนี้ค้างส่งเกิน ๗ วัน กรุณาติดตาม\n`));
      expect(m.text).not.toContain('หัวหน้าส่วนราชการ');
      expect(greetings(m.text)).toBe(1);
      expect(greetings(m.html)).toBe(1);
    }
  });

  it("a unit head's escalation greets the head of the unit once", () => {
    const mails = to('head.engineering', 'ค้างส่งเกิน ๗ วัน');
    expect(mails.length).toBeGreaterThan(0);
    for (const m of mails) {
      expect(m.subject).toMatch(/^\[ITA\] กองช่าง: รายงานค้างส่งเกิน ๗ วัน/);
      expect(m.text).toMatch(new RegExp(`^เรียน หัวหน้าส่วนราชการ กองช่าง ${NAME}\n\nรายงานต่อไปนี้ค้างส่งเกิน ๗ วัน กรุณาติดตาม\n`));
      expect(greetings(m.text)).toBe(1);
      expect(greetings(m.html)).toBe(1);
    }
  });

  it('every reminder of those days greets once (openings, overdue, escalations), and no subject says เรียน', () => {
    const reminders = sent.filter((m) => !m.subject.includes('สรุปผล'));
    expect(new Set(reminders.map((m) => m.to[0])).size).toBeGreaterThan(5);
    for (const m of reminders) {
      expect(m.subject).not.toContain('เรียน');
      expect(greetings(m.text), m.subject).toBe(1);
      expect(greetings(m.html), m.subject).toBe(1);
    }
  });
});
