// A report sent and returned by the coordinator: the unit gets a grace from the return before the
// after-due stages (overdue, unit head, executives) count, in that order, and escalations say the
// report was sent and returned. Break attempt s28 #14, F8; docs/reminders.md ("The ladder").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, type PlainDate } from '../../../shared/domain/plain-date.js';
import { runScheduledJob } from '../../../shared/jobs/run-scheduled-job.js';
import { ReportRepository } from '../../../shared/store/report-repository.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';
import { mailFor } from '../../support/mailbox.js';
import { seedReport } from '../../support/report-seeding.js';
import { stageOf } from '../../support/reminder-stages.js';

let f: JobsFixture;
const ORG = 'returngrace';

// April 2023's monthly report of four units, each due 30 April 2023
const A = 'i4.f2.2023-04.finance'; // sent on time, returned 20 days after the due date
const B = 'i4.f2.2023-04.engineering'; // sent on time, returned 2 days after the due date
const C = 'i4.f2.2023-04.education'; // sent late (after the unit head's step), returned 2 days later
const D = 'i4.f2.2023-04.health'; // sent early, returned before the due date: the plain ladder

/** Each day's stages per obligation, with the emails that carried them. */
const ledger = new Map<string, { day: PlainDate; stage: string; text: string }[]>();
const reports = () => new ReportRepository(f.store);
const returnAt = (id: string, local: string) => async () => {
  const latest = await reports().getLatest({ orgId: ORG, fy: 2566, obligationId: id });
  await reports().review(
    { orgId: ORG, fy: 2566, obligationId: id },
    { decision: 'return', comment: 'ขอแก้ตัวเลข', version: latest!.version },
    { actor: `${ORG}-coordinator`, now: bangkok(local) },
  );
};

beforeAll(async () => {
  f = await createJobsFixture(ORG);
  const at: Record<string, (() => Promise<void>)[]> = {};
  const on = (day: string, run: () => Promise<void>) => (at[day] ??= []).push(run);
  on('2023-04-05', () => seedReport(f.store, ORG, D, bangkok('2023-04-05T10:00:00')));
  on('2023-04-10', returnAt(D, '2023-04-10T16:00:00'));
  on('2023-04-25', () => seedReport(f.store, ORG, A, bangkok('2023-04-25T10:00:00')));
  on('2023-04-25', () => seedReport(f.store, ORG, B, bangkok('2023-04-25T10:00:00')));
  on('2023-05-02', returnAt(B, '2023-05-02T16:00:00'));
  on('2023-05-10', () => seedReport(f.store, ORG, C, bangkok('2023-05-10T10:00:00')));
  on('2023-05-12', returnAt(C, '2023-05-12T16:00:00'));
  on('2023-05-20', returnAt(A, '2023-05-20T16:00:00'));
  let seen = (await mailFor(ORG)).length;
  for (let day: PlainDate = '2023-04-01'; day <= '2023-06-12'; day = addDays(day, 1)) {
    await runScheduledJob(f.deps(), { kind: 'daily', scheduledTime: bangkok(`${day}T08:30:00`), orgId: ORG });
    const mail = await mailFor(ORG);
    for (const m of mail.slice(seen))
      for (const id of [A, B, C, D])
        if (m.html.includes(id)) {
          const list = ledger.get(id) ?? [];
          if (!list.some((e) => e.day === day && e.stage === stageOf(m.subject)))
            list.push({ day, stage: stageOf(m.subject), text: m.text });
          ledger.set(id, list);
        }
    seen = mail.length;
    for (const run of at[day] ?? []) await run();
  }
}, 600_000);
afterAll(async () => f?.close());

const timeline = (id: string) => (ledger.get(id) ?? []).map((e) => `${e.day} ${e.stage}`);

describe('after a return the unit has a grace, then its head, then the executives', () => {
  const cases: [string, string, string[]][] = [
    [
      'a report sent on time and returned 20 days after the due date: returned, then overdue, head, executives, days apart',
      A,
      ['04-01 opening', '05-21 returned', '05-24 overdue', '05-30 head', '06-06 executives'],
    ],
    [
      'returned 2 days after the due date: the overdue notice waits for the grace too',
      B,
      ['04-01 opening', '05-03 returned', '05-06 overdue', '05-12 head', '05-19 executives'],
    ],
    [
      'a late report returned after its head was told: the executives wait for the grace, nothing is repeated',
      C,
      [
        '04-01 opening',
        '04-27 due-soon',
        '04-30 due',
        '05-01 overdue',
        '05-07 head',
        '05-13 returned',
        '05-29 executives',
      ],
    ],
    [
      'returned before the due date: the plain ladder, with no stage sent on the morning of the return email',
      D,
      [
        '04-01 opening',
        '04-11 returned',
        '04-27 due-soon',
        '04-30 due',
        '05-01 overdue',
        '05-07 head',
        '05-14 executives',
      ],
    ],
  ];
  for (const [what, id, expected] of cases)
    it(what, () => {
      expect(timeline(id)).toEqual(expected.map((e) => `2023-${e}`));
    });

  it('the escalations say the report was sent and returned, with the dates', () => {
    const exec = ledger.get(A)!.find((e) => e.stage === 'executives')!;
    expect(exec.text).toContain('ส่งรายงานแล้วเมื่อ ๒๕ เมษายน ๒๕๖๖ ส่งกลับให้แก้ไข เมื่อ ๒๐ พฤษภาคม ๒๕๖๖');
    const head = ledger.get(B)!.find((e) => e.stage === 'head')!;
    expect(head.text).toContain('ส่งกลับให้แก้ไข เมื่อ ๒ พฤษภาคม ๒๕๖๖');
    const overdue = ledger.get(C)!.find((e) => e.stage === 'overdue')!;
    expect(overdue.text).not.toContain('ส่งกลับให้แก้ไข');
  });
});
