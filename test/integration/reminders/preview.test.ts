import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, type PlainDate } from '../../../shared/domain/plain-date.js';
import { thaiWorkingDays } from '../../../shared/domain/thai-working-days.js';
import type { JobDependencies } from '../../../shared/jobs/job-dependencies.js';
import { previewMail, previewReminders } from '../../../shared/jobs/preview-reminders.js';
import { runScheduledJob } from '../../../shared/jobs/run-scheduled-job.js';
import { maskAddress } from '../../../shared/mail/deliver-once.js';
import { kindsFiringOn } from '../../../shared/schedules/schedule-catalog.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';
import { remindersIn, stageOfSubject } from '../../support/mail-ledger.js';
import { mailFor } from '../../support/mailbox.js';

// "Who will be reminded, when?": the preview lists what the runs then send, and sends nothing.
const ORG = 'preview';
const FROM: PlainDate = '2023-09-25';
const TO: PlainDate = '2023-10-20';
let f: JobsFixture;
let deps: JobDependencies;

beforeAll(async () => {
  f = await createJobsFixture(ORG);
  deps = f.deps();
  delete deps.calendar; // the Thai official calendar, as in production
});
afterAll(async () => f?.close());

// runs three weeks of scheduled runs: more than the default 30 s on a busy machine
describe('npm run job -- preview', { timeout: 180_000 }, () => {
  it("lists, without sending, FY2566 September's overdue notice on Monday 2 October 2023 and no weekend day", async () => {
    const lines = await previewReminders(deps, ORG, FROM, TO);
    expect(await mailFor(ORG)).toEqual([]);
    expect(lines).toContainEqual({
      day: '2023-10-02',
      stage: 'overdue',
      subject: 'i4.f2.2023-09.engineering',
      recipient: `s***@${ORG}.example.org`,
      person: 'เจ้าหน้าที่ กองช่าง (กองช่าง)',
    });
    const calendar = await thaiWorkingDays([2023]);
    expect(lines.filter((l) => !calendar.isWorkingDay(l.day))).toEqual([]);
    expect(lines.some((l) => l.stage === 'summary' && l.subject === 'digest-2023-09')).toBe(true);
  });

  it('is exactly what the scheduled runs then send, day by day; afterwards it lists nothing already sent', async () => {
    const { lines: preview, emails } = await previewMail(deps, ORG, FROM, TO);
    const sent = new Set<string>();
    let seen = 0;
    for (let day = FROM; day <= TO; day = addDays(day, 1)) {
      for (const kind of kindsFiringOn(day).filter((k) => k !== 'annual-report'))
        await runScheduledJob(deps, { kind, scheduledTime: bangkok(`${day}T08:30:00`), orgId: ORG });
      const mails = await mailFor(ORG);
      for (const m of mails.slice(seen)) {
        if (stageOfSubject(m.subject) === 'summary') sent.add(`${day}|summary|${maskAddress(m.to[0]!)}`);
        else for (const r of remindersIn(m)) sent.add(`${day}|${r.stage}|${r.id}|${maskAddress(m.to[0]!)}`);
      }
      seen = mails.length;
    }
    const previewed = new Set(
      preview.map((l) =>
        l.stage === 'summary' ? `${l.day}|summary|${l.recipient}` : `${l.day}|${l.stage}|${l.subject}|${l.recipient}`,
      ),
    );
    expect(
      [...previewed].filter((k) => !sent.has(k)),
      'previewed, not sent',
    ).toEqual([]);
    expect(
      [...sent].filter((k) => !previewed.has(k)),
      'sent, not previewed',
    ).toEqual([]);
    // and its count is of emails, as the runs group them, not of lines
    expect((await mailFor(ORG)).length).toBe(emails);
    expect(emails).toBeLessThan(preview.length);
    expect(await previewReminders(deps, ORG, FROM, TO)).toEqual([]);
  });
});
