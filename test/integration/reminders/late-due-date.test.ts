// A replacement that keeps a follow-up (same measure, number and cadence) but makes one of its
// obligations due by the save day when it was not due before (a "once" date moved earlier, a
// monthly follow-up's first month moved earlier) has had no reminder either: it is reminded from the
// day after the save, as a new follow-up is (break s31-u F4), not escalated to the unit head and the
// executives at once (break s32-a). One already due before keeps its ladder. docs/reminders.md
// ("Added late").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FollowUp } from '../../../shared/domain/plan.js';
import { addDays, type PlainDate } from '../../../shared/domain/plain-date.js';
import { runScheduledJob } from '../../../shared/jobs/run-scheduled-job.js';
import { bangkok, createJobsFixture, type JobsFixture, savePlanAt } from '../../support/jobs-fixture.js';
import { aboutOf, mailFor } from '../../support/mailbox.js';
import { importSeedPlan } from '../../support/seed-plan.js';
import { stageOf } from '../../support/reminder-stages.js';

let f: JobsFixture;
const ORG = 'latedue';
const SAVED = '2023-05-10'; // the replacement, after that day's 08:30 pass

const MOVED = 'i4.f9.ONCE.finance'; // "once", due 30 June 2023, moved to 31 March
const FEBRUARY = 'i4.f10.2023-02.finance'; // monthly from April, from February since the save
const MARCH = 'i4.f10.2023-03.finance';
const APRIL = 'i4.f10.2023-04.finance'; // due 30 April: already due before the save
const TO_SAVE_DAY = 'i4.f11.ONCE.finance'; // "once", due 30 June 2023, moved to the save day
const ALREADY_DUE = 'i4.f12.ONCE.finance'; // "once", due 20 April 2023, moved to 10 April
const OPENED = 'i4.f13.ONCE.finance'; // "once", due 20 May 2023 (opened 1 May), moved to 5 May
const IDS = [MOVED, FEBRUARY, MARCH, APRIL, TO_SAVE_DAY, ALREADY_DUE, OPENED];

/** Each email's lines about one obligation (its plain-text entry), by obligation, day and recipient. */
const ledger = new Map<string, { day: PlainDate; stage: string; to: string; entry: string }[]>();

const followUp = (followUpNo: number, more: Partial<FollowUp>): FollowUp => ({
  followUpNo,
  text: `รายงานผลการตรวจสอบพัสดุต่อนายกเทศมนตรี ข้อ ${followUpNo}`,
  cadence: 'once',
  audience: ['mayor'],
  unitIds: ['finance'],
  ...more,
});

async function save(local: string, replaced: boolean) {
  const plan = importSeedPlan(ORG).plan;
  plan.measures
    .find((m) => m.measureId === 'i4')!
    .followUps.push(
      followUp(9, { dueDate: replaced ? '2023-03-31' : '2023-06-30' }),
      followUp(10, { cadence: 'monthly', firstMonth: replaced ? '2023-02' : '2023-04' }),
      followUp(11, { dueDate: replaced ? SAVED : '2023-06-30' }),
      followUp(12, { dueDate: replaced ? '2023-04-10' : '2023-04-20' }),
      followUp(13, { dueDate: replaced ? '2023-05-05' : '2023-05-20' }),
    );
  await savePlanAt(f, plan, local);
}

beforeAll(async () => {
  f = await createJobsFixture(ORG, { seedPlan: false });
  await save('2022-10-01T10:00:00', false);
  let seen = (await mailFor(ORG)).length;
  for (let day: PlainDate = '2023-04-28'; day <= '2023-05-29'; day = addDays(day, 1)) {
    await runScheduledJob(f.deps(), { kind: 'daily', scheduledTime: bangkok(`${day}T08:30:00`), orgId: ORG });
    const mail = await mailFor(ORG);
    for (const m of mail.slice(seen))
      for (const id of IDS)
        if (m.html.includes(id))
          ledger.set(id, [
            ...(ledger.get(id) ?? []),
            { day, stage: stageOf(m.subject), to: m.to[0]!, entry: aboutOf(m.text, id) },
          ]);
    seen = mail.length;
    if (day === SAVED) await save(`${SAVED}T10:00:00`, true);
  }
}, 600_000);
afterAll(async () => f?.close());

/** "05-11 opening" once per day and stage, in order. */
const timeline = (id: string) => [...new Set((ledger.get(id) ?? []).map((e) => `${e.day.slice(5)} ${e.stage}`))];
// on time until 15 May (the 3rd working day after the save; 13-14 May a weekend): overdue the day
// after (the jobs' days here are every day)
const LATE = ['05-11 opening', '05-16 overdue', '05-22 head', '05-29 executives'];

describe('a kept follow-up made due by a replacement is reminded before it is escalated', () => {
  const cases: [string, string, string[]][] = [
    ['a "once" report due 30 June moved to 31 March on 10 May: the unit first, from 11 May', MOVED, LATE],
    [
      'a monthly follow-up whose first month moved from April to February: February, from the day after',
      FEBRUARY,
      LATE,
    ],
    ['the same follow-up: March, from the day after', MARCH, LATE],
    ['a "once" report due 30 June moved to the very day of the save: from the day after', TO_SAVE_DAY, LATE],
    [
      'April of that follow-up, due before the save too: its own ladder, not started again',
      APRIL,
      ['04-28 due-soon', '04-30 due', '05-01 overdue', '05-07 head', '05-14 executives'],
    ],
    [
      'a "once" report already overdue moved earlier still: its own ladder, nothing more after the save',
      ALREADY_DUE,
      // the unit head's stage (27 April) caught up by the first pass run here
      ['04-28 head', '05-04 executives'],
    ],
    [
      'a "once" report already opened (1 May), due 20 May, moved to 5 May: opened again from the day after (break s32-d)',
      OPENED,
      ['05-01 opening', ...LATE],
    ],
  ];
  it.each(cases)('%s', (_, id, expected) => {
    expect(timeline(id)).toEqual(expected);
  });

  it('on the first day after the save only the unit hears of them, each stage once per person', () => {
    for (const id of [MOVED, FEBRUARY, MARCH, TO_SAVE_DAY]) {
      const entries = ledger.get(id)!;
      expect(
        entries
          .filter((e) => e.day === '2023-05-11')
          .map((e) => `${e.stage} ${e.to}`)
          .sort(),
        id,
      ).toEqual([`opening head.finance@${ORG}.example.org`, `opening staff.finance@${ORG}.example.org`]);
      const sent = entries.map((e) => `${e.stage} ${e.to}`);
      expect(new Set(sent).size, id).toBe(sent.length);
    }
  });

  it('each email about them after the save says the plan change of 10 May made the report due; the others say nothing of it', () => {
    // under the item, or once above a list of items made due alike (tester s48)
    const note =
      /แผนมาตรการแก้ไขเมื่อ ๑๐ พฤษภาคม ๒๕๖๖ ทำให้(รอบรายงานนี้|รายการต่อไปนี้)ถึงกำหนดส่งแล้ว (การแจ้งเตือนจึงนับจากวันนั้น|ส่งได้ตรงเวลาถึง|กรุณาบันทึกผลย้อนหลังภายใน)/;
    for (const id of [MOVED, FEBRUARY, TO_SAVE_DAY]) {
      const after = ledger.get(id)!.filter((e) => e.day > SAVED);
      expect(after.map((e) => e.stage)).toContain('executives');
      for (const e of after) expect(e.entry, `${id} ${e.day} ${e.stage}`).toMatch(note);
    }
    for (const id of [APRIL, ALREADY_DUE])
      for (const e of ledger.get(id)!) expect(e.entry, `${id} ${e.day}`).not.toContain('แผนมาตรการแก้ไขเมื่อ');
  });

  it('stores the day on the plan, for the periods it made due only', async () => {
    const plan = await f.repos.plans.getPlan(ORG, 2566);
    const i4 = plan!.measures.find((m) => m.measureId === 'i4')!;
    const days = (no: number) => i4.followUps.find((x) => x.followUpNo === no)!.periodsAddedOn ?? null;
    expect([9, 10, 11, 12].map(days)).toEqual([
      { ONCE: SAVED },
      { '2023-02': SAVED, '2023-03': SAVED },
      { ONCE: SAVED },
      null,
    ]);
  });
});
