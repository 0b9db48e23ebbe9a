// Tester s50 (P2): an escalation carried one card per report (about 1.47 KB of HTML each) and split
// only at 98 items, so an email of more than ~70 items passed Gmail's 102 KB and was clipped ("View
// entire message"), hiding the later items and the closing "และอีก … รายการ ในอีเมลฉบับอื่น": the
// demo's own 16 October 2023 escalation (76 reports due 30 September) was 101,300 bytes, a 151-item
// one 144,442 bytes. Every part stays under 100,000 bytes, each report is listed once over the parts,
// the executives get no "เปิดแบบรายงาน" button (they cannot use the form), a part counts each unit in
// the whole list, and a rerun sends nothing new.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Measure } from '../../../shared/domain/plan.js';
import { fromThaiDigits } from '../../../shared/domain/thai-format.js';
import { runScheduledJob } from '../../../shared/jobs/run-scheduled-job.js';
import { PlanRepository } from '../../../shared/store/plan-repository.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';
import { mailFor, type ReceivedMail } from '../../support/mailbox.js';
import { obligationIdsIn } from '../../support/mail-ledger.js';
import { SEED_TIME } from '../../support/seed-org.js';
import { failSends } from '../../support/ses-faults.js';
import { FIVE_UNITS, importSeedPlan } from '../../support/seed-plan.js';

/** Gmail clips a message whose HTML passes 102 KB; every part stays under this. */
const MAX_PART_BYTES = 100_000;
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/**
 * An org whose FY2566 plan has `n` reports due 30 September 2023: the seed's 76, then copies of i10
 * (20 each: four follow-ups, five units) and of its first follow-up for fewer units.
 */
async function fixtureWith(orgId: string, n: number): Promise<JobsFixture> {
  const f = await createJobsFixture(orgId, { seedPlan: false });
  const { plan } = importSeedPlan(orgId);
  const i10 = plan.measures.find((m) => m.measureId === 'i10')!;
  const copy = (k: number, units?: string[]): Measure => ({
    ...i10,
    measureId: `i10m${k}`,
    title: `${i10.title} ${k}`,
    followUps: units ? [{ ...i10.followUps[0]!, unitIds: units }] : i10.followUps,
  });
  let rest = n - 76;
  let k = 0;
  for (; rest >= 20; rest -= 20) plan.measures.push(copy(++k));
  for (; rest > 0; rest -= Math.min(rest, 5)) plan.measures.push(copy(++k, FIVE_UNITS.slice(0, Math.min(rest, 5))));
  await new PlanRepository(f.store).savePlan(plan, { actor: 'system:seed', now: SEED_TIME });
  return f;
}

const EXECUTIVES = 'ผู้บริหาร: รายงานค้างส่งเกิน ๑๔ วัน';
const COORDINATORS = 'คณะทำงาน ITA: รายงานค้างส่งเกิน ๗ วัน';

/** "(ฉบับที่ ๒/๓: รายการที่ ๙๙–๑๙๖ จาก ๒๖๒)" read as numbers; a whole email as part 1 of 1. */
function partOf(subject: string, count: number) {
  const m = /\(ฉบับที่ ([๐-๙]+)\/([๐-๙]+): รายการที่ ([๐-๙]+)–([๐-๙]+) จาก ([๐-๙]+)\)/.exec(subject);
  if (!m) {
    const whole = /\(([๐-๙]+) รายการ\)/.exec(subject)!;
    const all = Number(fromThaiDigits(whole[1]!));
    return { index: 1, of: 1, first: 1, last: all, all, listed: count };
  }
  const [index, of, first, last, all] = m.slice(1).map((d) => Number(fromThaiDigits(d)));
  return { index: index!, of: of!, first: first!, last: last!, all: all!, listed: count };
}

/** The parts of one audience's escalation: numbered on, 1..of, every report once, n in all. */
function expectWholeList(parts: ReceivedMail[], n: number) {
  const read = parts
    .map((m) => ({ mail: m, ...partOf(m.subject, obligationIdsIn(m.html).length) }))
    .sort((a, b) => a.index - b.index);
  expect(read.map((p) => p.index)).toEqual(read.map((_, i) => i + 1));
  for (const p of read) {
    expect(p.of).toBe(read.length);
    expect(p.all).toBe(n);
    expect(p.listed).toBe(p.last - p.first + 1);
  }
  expect(read.map((p) => p.first)).toEqual(read.map((_, i) => 1 + read.slice(0, i).reduce((s, x) => s + x.listed, 0)));
  const ids = read.flatMap((p) => obligationIdsIn(p.mail.html));
  expect(new Set(ids).size).toBe(n);
  expect(ids).toHaveLength(n);
  return read;
}

describe.each([76, 151, 300])('%i reports due 30 September 2023, escalated in October', (n) => {
  const ORG = `escsize${n}`;
  let f: JobsFixture;
  const daily = (day: string) =>
    runScheduledJob(f.deps(), { kind: 'daily', scheduledTime: bangkok(`${day}T08:30:00`), orgId: ORG });

  beforeAll(async () => {
    f = await fixtureWith(ORG, n);
  }, 120_000);
  afterAll(async () => f?.close());

  it("2 October: the units' overdue emails (a card a report): every part under 100 KB, every report once", async () => {
    await daily('2023-10-02');
    const mails = (await mailFor(ORG)).filter((m) => m.subject.includes('เลยกำหนดส่งรายงาน'));
    for (const m of mails) {
      expect.soft(bytes(m.html), m.subject).toBeLessThan(MAX_PART_BYTES);
      expect.soft(bytes(m.text), m.subject).toBeLessThan(MAX_PART_BYTES);
    }
    // each unit's officer: the unit's reports, each once over the parts
    const units = FIVE_UNITS.map((u) => mails.filter((m) => m.to[0] === `staff.${u}@${ORG}.example.org`));
    const listed = units.flatMap((parts) =>
      expectWholeList(parts, partOf(parts[0]!.subject, 0).all).flatMap((p) => obligationIdsIn(p.mail.html)),
    );
    expect(listed.length).toBeGreaterThanOrEqual(n);
  });

  it("9 October: every part of every email (the coordinators', the unit heads', the units') under 100 KB, HTML and text", async () => {
    await daily('2023-10-09');
    const mails = await mailFor(ORG);
    expect(mails.length).toBeGreaterThan(0);
    for (const m of mails) {
      expect.soft(bytes(m.html), m.subject).toBeLessThan(MAX_PART_BYTES);
      expect.soft(bytes(m.text), m.subject).toBeLessThan(MAX_PART_BYTES);
    }
    expectWholeList(
      mails.filter((m) => m.subject.includes(COORDINATORS)),
      n,
    );
  });

  it("16 October: the executives' escalation under 100 KB a part, every report once, no form button, each unit counted in all", async () => {
    const before = (await mailFor(ORG)).length;
    await daily('2023-10-16');
    const mails = (await mailFor(ORG)).slice(before);
    const executives = mails.filter((m) => m.subject.includes(EXECUTIVES) && m.to[0]!.startsWith('mayor@'));
    for (const m of mails) {
      expect.soft(bytes(m.html), m.subject).toBeLessThan(MAX_PART_BYTES);
      expect.soft(bytes(m.text), m.subject).toBeLessThan(MAX_PART_BYTES);
    }
    const parts = expectWholeList(executives, n);
    for (const { mail } of parts) {
      // the executives read the reports; the form is the units' (a link to the report's page instead)
      expect(mail.html).not.toContain('เปิดแบบรายงาน');
      expect(mail.text).not.toContain('แบบรายงาน:');
      // the overview of the year: one link for the whole org
      expect(mail.html).toContain('https://ita.example.org/#/org/' + ORG + '/fy/2566/overview');
    }
    if (parts.length > 1)
      for (const { mail } of parts) {
        // a part counts each unit in the whole list, and in itself
        expect(mail.html).toMatch(/แยกตามหน่วยงาน \(ทั้งหมด [๐-๙]+ รายการ\)/);
        expect(mail.text).toMatch(/แยกตามหน่วยงาน \(ทั้งหมด [๐-๙]+ รายการ\)/);
      }
  });

  it('a rerun of the three days sends nothing new', async () => {
    const before = (await mailFor(ORG)).length;
    const again = [await daily('2023-10-02'), await daily('2023-10-09'), await daily('2023-10-16')];
    expect(again.map((r) => r.sent)).toEqual([0, 0, 0]);
    expect(await mailFor(ORG)).toHaveLength(before);
  });
});

describe("a part resent by the next run counts each unit in the whole list as the first run's parts do", () => {
  const ORG = 'escsizeretry';
  let f: JobsFixture;
  const daily = () =>
    runScheduledJob(f.deps(), { kind: 'daily', scheduledTime: bangkok('2023-10-16T08:30:00'), orgId: ORG });
  /** "แยกตามหน่วยงาน (ทั้งหมด …): กองช่าง ๘๐ รายการ, …" without what each part holds. */
  const wholeCounts = (m: ReceivedMail) =>
    /แยกตามหน่วยงาน \(ทั้งหมด [^\n]+/.exec(m.text)![0].replace(/ \((?:ในฉบับนี้ [๐-๙]+|ในฉบับอื่น)\)/g, '');

  beforeAll(async () => {
    f = await fixtureWith(ORG, 151);
    // August's reports reach the executives on 9 October: 16 October's email is September's alone
    await runScheduledJob(f.deps(), { kind: 'daily', scheduledTime: bangkok('2023-10-09T08:30:00'), orgId: ORG });
  }, 120_000);
  afterAll(async () => f?.close());

  it("the executives' second part fails once (no answer); the rerun resends it with the whole list's counts", async () => {
    const fault = failSends(f.ses, {
      to: (a) => a.startsWith('mayor@'),
      subject: (s) => s.includes(`${EXECUTIVES} ปีงบประมาณ ๒๕๖๖ (ฉบับที่ ๒/`),
      name: 'NetworkingError',
      status: 0,
      times: 1,
    });
    const first = await daily();
    fault.remove();
    expect(first.failed).toBe(1);
    const again = await daily();
    expect(again).toMatchObject({ retried: 1, failed: 0, sent: 0 });
    const parts = (await mailFor(ORG)).filter(
      (m) => m.subject.includes(EXECUTIVES) && m.subject.includes('จาก ๑๕๑)') && m.to[0]!.startsWith('mayor@'),
    );
    const read = expectWholeList(parts, 151);
    expect(read.length).toBeGreaterThan(1);
    expect(new Set(read.map((p) => wholeCounts(p.mail)))).toEqual(new Set([wholeCounts(read[0]!.mail)]));
    expect(wholeCounts(read[0]!.mail)).toContain('(ทั้งหมด ๑๕๑ รายการ)');
  });
});
