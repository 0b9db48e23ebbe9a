// A change of the org's due rules (`npm run admin -- set-due-rule`) that moves due dates earlier
// makes reports due on the day of the change that were not due before: their unit never had their
// opening email. They are reminded from the next working day, as a report a plan save makes due is
// (break s32-d; the same mark, markLateAdditions' periodsAddedOn), not escalated to the unit head
// and the executives at once. Reports already due keep their ladder; a rule that moves dates later
// saves nothing. docs/reminders.md ("Added late").
import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditSummary } from '../../../shared/domain/audit-summary.js';
import { auditTrail } from '../../../shared/store/audit-log.js';
import type { Cadence, DueRule } from '../../../shared/domain/due-rules.js';
import type { FollowUp } from '../../../shared/domain/plan.js';
import { addDays, type PlainDate } from '../../../shared/domain/plain-date.js';
import { runScheduledJob } from '../../../shared/jobs/run-scheduled-job.js';
import { setDueRule, type DueRuleContext } from '../../../shared/use-cases/administer-org.js';
import { replaceOrgPlan } from '../../../shared/use-cases/replace-plan.js';
import { repairPlanDates } from '../../../shared/use-cases/repair-plan-dates.js';
import { fyPartition, prefixes } from '../../../shared/store/keys.js';
import { adminCliContext } from '../../support/admin-context.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';
import { keepWhole } from '../../../shared/mail/html.js';
import { mailFor } from '../../support/mailbox.js';
import { importSeedPlan } from '../../support/seed-plan.js';
import { stageOf } from '../../support/reminder-stages.js';

let f: JobsFixture;
const ORG = 'lateduerule';
const CHANGED = '2023-05-03'; // the rules changed at 10:00, after that day's 08:30 pass
const REFUSED = '2023-04-28'; // a rule change refused: the plan still has a BE-year date
const REPAIRED = '2023-05-01'; // repair-plan-dates, at 10:00

const APRIL = 'i4.f9.2023-04.finance'; // monthly: 5 May under "the 5th of the next month", 30 April by default
const MARCH = 'i4.f9.2023-03.finance'; // 5 April, now 31 March: due before the change either way
const QUARTER = 'i4.f10.Q2.finance'; // quarterly, January-March: 15 May (45 days after), now 31 March
const HALF = 'i4.f11.H1.finance'; // semiannual, October-March: 10 May (40 days after), now 3 April
const LATER = 'i4.f12.ONCE.finance'; // "once" 15 May, made 25 May (10 days after): later
const REPAIR = 'i4.f13.ONCE.finance'; // "once" stored as "2566-03-31" (BE), repaired on 1 May
const IDS = [APRIL, MARCH, QUARTER, HALF, LATER, REPAIR];

const ledger = new Map<string, { day: PlainDate; stage: string; to: string; html: string }[]>();
const versions: Record<string, number | undefined> = {};
let refusal: unknown;
let rulesAfterRefusal: unknown;

const followUp = (followUpNo: number, more: Partial<FollowUp>): FollowUp => ({
  followUpNo,
  text: `รายงานผลการตรวจสอบพัสดุต่อนายกเทศมนตรี ข้อ ${followUpNo}`,
  cadence: 'once',
  audience: ['mayor'],
  unitIds: ['finance'],
  ...more,
});

const admin = (local: string): DueRuleContext => adminCliContext(f.repos, bangkok(local));
const rule = (local: string, cadence: Cadence, r: DueRule) =>
  setDueRule(admin(local), { orgId: ORG, cadence, rule: r });

/** Writes follow-up 13's due date as the pre-B14 API stored it (a BE year: never due). */
async function storeLegacyDate() {
  const { Items } = await f.store.doc.send(
    new QueryCommand({
      TableName: f.store.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :p)',
      ExpressionAttributeValues: { ':pk': fyPartition(ORG, 2566), ':p': prefixes.measure },
    }),
  );
  const item = Items!.find((i) => i.measureId === 'i4')!;
  const followUps = item.followUps as Record<string, unknown>[];
  Object.assign(
    followUps.find((x) => x.followUpNo === 13)!,
    { dueDate: '2566-03-31' },
  );
  await f.store.doc.send(
    new UpdateCommand({
      TableName: f.store.tableName,
      Key: { pk: item.pk, sk: item.sk },
      UpdateExpression: 'SET followUps = :f',
      ExpressionAttributeValues: { ':f': followUps },
    }),
  );
}

beforeAll(async () => {
  f = await createJobsFixture(ORG, { seedPlan: false });
  await rule('2022-10-01T09:00:00', 'monthly', { kind: 'day-of-next-month', day: 5 });
  await rule('2022-10-01T09:00:00', 'quarterly', { kind: 'days-after', days: 45 });
  await rule('2022-10-01T09:00:00', 'semiannual', { kind: 'days-after', days: 40 });
  const plan = importSeedPlan(ORG).plan;
  plan.measures
    .find((m) => m.measureId === 'i4')!
    .followUps.push(
      followUp(9, { cadence: 'monthly' }),
      followUp(10, { cadence: 'quarterly' }),
      followUp(11, { cadence: 'semiannual' }),
      followUp(12, { dueDate: '2023-05-15' }),
      followUp(13, { dueDate: '2023-09-30' }),
    );
  await replaceOrgPlan(f.repos, {
    orgId: ORG,
    fy: 2566,
    plan,
    units: await f.repos.orgs.listUnits(ORG),
    actor: `${ORG}-coordinator`,
    now: bangkok('2022-10-01T10:00:00'),
    dueRules: (await f.repos.orgs.getOrg(ORG))!.dueRules,
    path: 'body',
  });
  await storeLegacyDate();
  let seen = (await mailFor(ORG)).length;
  for (let day: PlainDate = '2023-04-25'; day <= '2023-05-27'; day = addDays(day, 1)) {
    await runScheduledJob(f.deps(), { kind: 'daily', scheduledTime: bangkok(`${day}T08:30:00`), orgId: ORG });
    const mail = await mailFor(ORG);
    for (const m of mail.slice(seen))
      for (const id of IDS)
        if (m.html.includes(id))
          ledger.set(id, [...(ledger.get(id) ?? []), { day, stage: stageOf(m.subject), to: m.to[0]!, html: m.html }]);
    seen = mail.length;
    if (day === REFUSED) {
      versions.beforeRefusal = await f.repos.plans.getPlanVersion(ORG, 2566);
      refusal = await rule(`${REFUSED}T10:00:00`, 'quarterly', { kind: 'default' }).catch((e: unknown) => e);
      rulesAfterRefusal = (await f.repos.orgs.getOrg(ORG))!.dueRules;
      versions.afterRefusal = await f.repos.plans.getPlanVersion(ORG, 2566);
    }
    if (day === CHANGED) {
      const at = `${CHANGED}T10:00:00`;
      versions.before = await f.repos.plans.getPlanVersion(ORG, 2566);
      await rule(at, 'once', { kind: 'days-after', days: 10 });
      versions.afterLater = await f.repos.plans.getPlanVersion(ORG, 2566);
      await rule(at, 'monthly', { kind: 'default' });
      await rule(at, 'quarterly', { kind: 'default' });
      await rule(at, 'semiannual', { kind: 'days-after', days: 3 });
      versions.after = await f.repos.plans.getPlanVersion(ORG, 2566);
    }
    if (day === REPAIRED) {
      const found = await repairPlanDates(f.repos, {
        orgIds: [ORG],
        apply: true,
        actor: 'cli:repair-plan-dates',
        now: bangkok(`${REPAIRED}T10:00:00`),
      });
      expect(found.map((x) => x.outcome)).toEqual(['repaired']);
    }
  }
}, 600_000);
afterAll(async () => f?.close());

/** "05-04 opening" once per day and stage, in order. */
const timeline = (id: string) => [...new Set((ledger.get(id) ?? []).map((e) => `${e.day.slice(5)} ${e.stage}`))];
/** The timeline after the day of the change. */
const after = (id: string) => timeline(id).filter((t) => `2023-${t.slice(0, 5)}` > CHANGED);
// on time until 10 May (the 3rd working day after the change: 4-5 May holidays, 6-7 a weekend):
// overdue the day after (the jobs' days here are every day)
const LATE = ['05-04 opening', '05-11 overdue', '05-17 head', '05-24 executives'];

describe('a due rule that makes reports due at once: reminded from the next day, not escalated', () => {
  const cases: [string, string, string[]][] = [
    ['monthly from "the 5th of the next month" back to the month’s last day: April, from 4 May', APRIL, LATE],
    ['quarterly from 45 days after the quarter back to its last day: January-March, from 4 May', QUARTER, LATE],
    ['semiannual from 40 days after the half to 3 days after: October-March, from 4 May', HALF, LATE],
    ['March of the monthly follow-up, due before the change too: nothing more after it', MARCH, []],
  ];
  it.each(cases)('%s', (_, id, expected) => {
    expect(after(id)).toEqual(expected);
  });

  // each report's new due date, on time until 10 May (3 working days after the change): not "เลยกำหนด ๔ วัน" (tester s38)
  const DUE_LINES = [
    [APRIL, 'กำหนดส่ง ๓๐ เมษายน ๒๕๖๖ ส่งได้ตรงเวลาถึง ๑๐ พฤษภาคม ๒๕๖๖'],
    [QUARTER, 'กำหนดส่ง ๓๑ มีนาคม ๒๕๖๖ ส่งได้ตรงเวลาถึง ๑๐ พฤษภาคม ๒๕๖๖'],
    [HALF, 'กำหนดส่ง ๓ เมษายน ๒๕๖๖ ส่งได้ตรงเวลาถึง ๑๐ พฤษภาคม ๒๕๖๖'],
  ] as const;

  it('on the day after the change only the unit hears of them, with the new due date, each stage once per person', () => {
    for (const [id, due] of DUE_LINES) {
      const entries = ledger.get(id)!;
      const next = entries.filter((e) => e.day === '2023-05-04');
      expect(next.map((e) => `${e.stage} ${e.to}`).sort(), id).toEqual([
        `opening head.finance@${ORG}.example.org`,
        `opening staff.finance@${ORG}.example.org`,
      ]);
      for (const e of next) expect(e.html, id).toContain(keepWhole(due));
      const sent = entries.filter((e) => e.day > CHANGED).map((e) => `${e.stage} ${e.to}`);
      expect(new Set(sent).size, id).toBe(sent.length);
    }
  });

  it('their overdue email, the day after the grace, counts the days from its end', () => {
    for (const [id, due] of DUE_LINES) {
      const overdue = ledger.get(id)!.filter((e) => e.day === '2023-05-11');
      expect(
        overdue.map((e) => e.stage),
        id,
      ).toContain('overdue');
      for (const e of overdue) expect(e.html, id).toContain(keepWhole(`${due} (เลยกำหนด ๑ วัน)`));
    }
  });

  it('stores the day on the plan, for the periods the rules made due only, in one plan save per rule', async () => {
    const plan = await f.repos.plans.getPlan(ORG, 2566);
    const i4 = plan!.measures.find((m) => m.measureId === 'i4')!;
    const days = (no: number) => i4.followUps.find((x) => x.followUpNo === no)!.periodsAddedOn ?? null;
    expect([9, 10, 11, 12].map(days)).toEqual([{ '2023-04': CHANGED }, { Q2: CHANGED }, { H1: CHANGED }, null]);
    expect(versions.after).toBe(versions.before! + 3);
  });

  it('records each rule change, and each plan save it made (versions 3 to 5), in the org’s audit trail, in Thai', async () => {
    const trail = (await auditTrail(f.store, ORG, bangkok(`${CHANGED}T10:00:00`))).filter((e) =>
      e.at.startsWith(CHANGED),
    );
    // one instant: in no particular order
    const thai = trail.map((e) => `${e.actor}: ${auditSummary(e, (id) => id).th}`).sort();
    expect(thai).toEqual([
      'cli:admin: ตั้งกำหนดส่งของการรายงานรอบ "ครั้งเดียว (ระบุวันครบกำหนด)"',
      'cli:admin: ตั้งกำหนดส่งของการรายงานรอบ "ทุก ๖ เดือน"',
      'cli:admin: บันทึกแผนมาตรการ ฉบับที่ ๓ (๗ มาตรการ)',
      'cli:admin: บันทึกแผนมาตรการ ฉบับที่ ๔ (๗ มาตรการ)',
      'cli:admin: บันทึกแผนมาตรการ ฉบับที่ ๕ (๗ มาตรการ)',
      'cli:admin: ใช้กำหนดส่งตามปกติกับการรายงานรอบ "ทุกเดือน"',
      'cli:admin: ใช้กำหนดส่งตามปกติกับการรายงานรอบ "ทุกไตรมาส (ทุก ๓ เดือน)"',
    ]);
  });
});

describe('a due rule that moves dates later changes nothing else', () => {
  it('saves no plan: the version stays, and no day is stored', () => {
    expect(versions.afterLater).toBe(versions.before);
  });

  it('the "once" report due 15 May, now 25 May, climbs its ladder from 25 May: its opening is not sent again', () => {
    expect(timeline(LATER)).toEqual(['05-01 opening', '05-22 due-soon', '05-25 due', '05-26 overdue']);
  });
});

describe('npm run admin -- repair-plan-dates: a repaired date already past counts as added late', () => {
  it('a "once" report stored as 2566-03-31 and repaired on 1 May: the unit first, from 2 May', () => {
    // on time until 8 May: 2, 3 and 8 May (4-5 May holidays, 6-7 a weekend)
    expect(timeline(REPAIR)).toEqual(['05-02 opening', '05-09 overdue', '05-15 head', '05-22 executives']);
  });

  it('before the repair, a rule that would make that plan’s reports due is refused, Thai first, and changes nothing', () => {
    expect(refusal).toMatchObject({
      code: 'conflict',
      message_th: expect.stringMatching(/^ยังไม่เปลี่ยนกำหนดส่ง: .*แผนปีงบประมาณ ๒๕๖๖.*repair-plan-dates --apply/),
    });
    expect((refusal as { fields: unknown[] }).fields).toEqual([
      {
        path: 'plan.measures.0.followUps.6.dueDate',
        message_th: 'มาตรการลำดับที่ ๑ (i4) การติดตามผลรายการที่ ๗: ใช้ปี ค.ศ. เช่น 2023-03-31 สำหรับ พ.ศ. ๒๕๖๖',
        message_en: 'measure 1 (i4), follow-up 7: use the Gregorian (CE) year, e.g. 2023-03-31 for BE 2566',
      },
    ]);
    expect(rulesAfterRefusal).toMatchObject({ quarterly: { kind: 'days-after', days: 45 } });
    expect(versions.afterRefusal).toBe(versions.beforeRefusal);
  });

  it('stores the day on the repaired follow-up', async () => {
    const plan = await f.repos.plans.getPlan(ORG, 2566);
    const f13 = plan!.measures.find((m) => m.measureId === 'i4')!.followUps.find((x) => x.followUpNo === 13)!;
    expect([f13.dueDate, f13.periodsAddedOn]).toEqual(['2023-03-31', { ONCE: REPAIRED }]);
  });
});
