// A plan imported late (31 January 2023 for FY2566, which began 1 October 2022): its obligations
// already past due, or due that very day, get their unit's reminder first, and the escalations count
// from that reminder, not from the due date (break s31-u F4). A second replacement does not start
// them again; a follow-up added by it, already due, starts on its own day. docs/reminders.md
// ("Added late").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, type PlainDate } from '../../../shared/domain/plain-date.js';
import { runScheduledJob } from '../../../shared/jobs/run-scheduled-job.js';
import { bangkok, createJobsFixture, type JobsFixture, savePlanAt } from '../../support/jobs-fixture.js';
import { aboutOf, mailFor } from '../../support/mailbox.js';
import { importSeedPlan } from '../../support/seed-plan.js';
import { stageOf } from '../../support/reminder-stages.js';

let f: JobsFixture;
const ORG = 'lateplan';

const OCTOBER = 'i4.f2.2022-10.finance'; // due 31 October 2022: past its 60-day cut-off at the import
const DECEMBER = 'i4.f2.2022-12.finance'; // due 30 December 2022: past due at the import
const JANUARY = 'i4.f2.2023-01.finance'; // due 31 January 2023: due the very day of the import
const ADDED = 'i4.f9.ONCE.finance'; // a "once" follow-up due 20 January 2023, added on 3 February

/** Each day's stages per obligation (any recipient). */
const ledger = new Map<string, { day: PlainDate; stage: string; to: string; entry: string }[]>();

async function save(local: string, withAddedFollowUp: boolean) {
  const plan = importSeedPlan(ORG).plan;
  if (withAddedFollowUp)
    plan.measures
      .find((m) => m.measureId === 'i4')!
      .followUps.push({
        followUpNo: 9,
        text: 'รายงานผลการตรวจสอบพัสดุประจำปีต่อนายกเทศมนตรี',
        cadence: 'once',
        audience: ['mayor'],
        dueDate: '2023-01-20',
      });
  await savePlanAt(f, plan, local);
}

beforeAll(async () => {
  f = await createJobsFixture(ORG, { seedPlan: false });
  const at: Record<string, () => Promise<void>> = {
    // after that day's 08:30 pass
    '2023-01-31': () => save('2023-01-31T10:00:00', false),
    '2023-02-03': () => save('2023-02-03T10:00:00', true),
  };
  let seen = (await mailFor(ORG)).length;
  for (let day: PlainDate = '2023-01-30'; day <= '2023-02-22'; day = addDays(day, 1)) {
    await runScheduledJob(f.deps(), { kind: 'daily', scheduledTime: bangkok(`${day}T08:30:00`), orgId: ORG });
    const mail = await mailFor(ORG);
    for (const m of mail.slice(seen))
      for (const id of [OCTOBER, DECEMBER, JANUARY, ADDED])
        if (m.html.includes(id))
          ledger.set(id, [
            ...(ledger.get(id) ?? []),
            { day, stage: stageOf(m.subject), to: m.to[0]!, entry: aboutOf(m.text, id) },
          ]);
    seen = mail.length;
    await at[day]?.();
  }
}, 600_000);
afterAll(async () => f?.close());

/** "02-01 opening" once per day and stage, in order. */
const timeline = (id: string) => [...new Set((ledger.get(id) ?? []).map((e) => `${e.day.slice(5)} ${e.stage}`))];

describe('an obligation already due when it came into the plan is reminded before it is escalated', () => {
  const cases: [string, string, string[]][] = [
    [
      'December, past due at the import: the unit first; overdue once its report is no longer on time (3 days after the import), its head 7 and the executives 14 days after that',
      DECEMBER,
      ['02-01 opening', '02-04 overdue', '02-10 head', '02-17 executives'],
    ],
    [
      'January, due the very day of the import: the same, from the day after',
      JANUARY,
      ['02-01 opening', '02-04 overdue', '02-10 head', '02-17 executives'],
    ],
    [
      'October, already past its cut-off at the import: still reminded, from the import',
      OCTOBER,
      ['02-01 opening', '02-04 overdue', '02-10 head', '02-17 executives'],
    ],
    [
      'a once follow-up added past its due date by a second replacement: from the day it was added',
      ADDED,
      // on time until Wednesday 8 February, its third working day
      ['02-04 opening', '02-09 overdue', '02-15 head', '02-22 executives'],
    ],
  ];
  it.each(cases)('%s', (_, id, expected) => {
    expect(timeline(id)).toEqual(expected);
  });

  it('the unit, not its head or the executives, hears of it first, and each stage goes to each person once', () => {
    for (const id of [DECEMBER, JANUARY, ADDED]) {
      const entries = ledger.get(id)!;
      const firstDay = entries.filter((e) => e.day === entries[0]!.day);
      // the unit's members (its head among them), in the unit's opening email
      expect(firstDay.map((e) => `${e.stage} ${e.to}`).sort()).toEqual([
        `opening head.finance@${ORG}.example.org`,
        `opening staff.finance@${ORG}.example.org`,
      ]);
      const sent = ledger.get(id)!.map((e) => `${e.stage} ${e.to}`);
      expect(new Set(sent).size, id).toBe(sent.length);
    }
  });

  it.each([
    ['December, past due at the import', DECEMBER, '๓๑ มกราคม ๒๕๖๖'],
    ['January, due the very day of the import', JANUARY, '๓๑ มกราคม ๒๕๖๖'],
    ['the once follow-up added by the second replacement', ADDED, '๓ กุมภาพันธ์ ๒๕๖๖'],
  ])('every email about %s says the day it was added to the plan', (_, id, day) => {
    const entries = ledger.get(id)!;
    expect(entries.length).toBeGreaterThan(3);
    for (const e of entries)
      // under the item, or once above a list of items added alike (tester s48), beside others too (re-check 2 s48)
      expect(e.entry, `${e.day} ${e.stage}`).toMatch(
        new RegExp(
          `เพิ่มเข้าแผนมาตรการเมื่อ ${day} ซึ่งถึงกำหนดส่งแล้ว การแจ้งเตือนจึงนับจากวันนั้น|เพิ่มเข้าแผนมาตรการในระบบเมื่อ ${day} รายการต่อไปนี้(ที่กำหนดส่งไม่เกินวันนั้น)?เป็นรอบที่ผ่านมาแล้ว`,
        ),
      );
  });

  it('keeps, through the second replacement, the day the plan first had them (stored on the plan)', async () => {
    const plan = await f.repos.plans.getPlan(ORG, 2566);
    const i4 = plan!.measures.find((m) => m.measureId === 'i4')!;
    expect(i4.followUps.find((x) => x.followUpNo === 2)!.addedOn).toBe('2023-01-31');
    expect(i4.followUps.find((x) => x.followUpNo === 9)!.addedOn).toBe('2023-02-03');
  });
});
