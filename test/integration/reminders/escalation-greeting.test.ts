// An escalation greets its reader once (tester t36, P3): the executives' email opened "เรียน ผู้บริหาร
// เทศบาล…" and then "เรียนผู้บริหาร รายงานผลตามมาตรการต่อไปนี้…", under the subject "[ITA] ผู้บริหาร:
// เรียนผู้บริหาร: …"; the coordinators' copy of a unit head's escalation greeted "ผู้ประสานงาน ITA" and
// then "หัวหน้าส่วนราชการ/ผู้ประสานงาน", and the head's own greeted the unit, not its head. Since session
// 37 the coordinators are named as everywhere else in the product, "คณะทำงาน ITA" (tester s37, P3).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScheduledJob } from '../../../shared/jobs/run-scheduled-job.js';
import { PlanRepository } from '../../../shared/store/plan-repository.js';
import { htmlWords, mailFor, type ReceivedMail } from '../../support/mailbox.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';
import { SEED_TIME } from '../../support/seed-org.js';
import { failSends } from '../../support/ses-faults.js';
import { importSeedPlan } from '../../support/seed-plan.js';

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
      // under its headline (session 51), the one greeting
      expect(m.text).toMatch(
        new RegExp(`^[^\n]+\n\nเรียน ผู้บริหาร ${NAME}\n\nรายงานผลตามมาตรการต่อไปนี้ค้างส่งเกิน ๑๔ วัน กรุณาติดตาม\n`),
      );
      expect(greetings(m.text)).toBe(1);
      expect(greetings(m.html)).toBe(1);
    }
  });

  it("the coordinators' copy of the unit heads' escalation: addressed to the coordinators, not to a head", () => {
    const mails = to('ita', 'ค้างส่งเกิน ๗ วัน');
    expect(mails.length).toBeGreaterThan(0);
    for (const m of mails) {
      expect(m.subject).toMatch(/^\[ITA\] คณะทำงาน ITA: รายงานค้างส่งเกิน ๗ วัน/);
      expect(m.text).toMatch(
        new RegExp(`^[^\n]+\n\nเรียน คณะทำงาน ITA ${NAME}\n\nรายงานต่อไปนี้ค้างส่งเกิน ๗ วัน กรุณาติดตาม\n`),
      );
      expect(htmlWords(m.html)).toContain(`เรียน คณะทำงาน ITA ${NAME}`);
      expect(`${m.subject}\n${m.text}\n${m.html}`).not.toContain('ผู้ประสานงาน');
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
      expect(m.text).toMatch(
        new RegExp(`^[^\n]+\n\nเรียน หัวหน้าส่วนราชการ กองช่าง ${NAME}\n\nรายงานต่อไปนี้ค้างส่งเกิน ๗ วัน กรุณาติดตาม\n`),
      );
      expect(greetings(m.text)).toBe(1);
      expect(greetings(m.html)).toBe(1);
    }
  });

  it('every reminder of those days greets once (openings, overdue, escalations), and no subject says เรียน', () => {
    const reminders = sent.filter((m) => !m.subject.startsWith('[ITA] สรุป'));
    expect(new Set(reminders.map((m) => m.to[0])).size).toBeGreaterThan(5);
    for (const m of reminders) {
      expect(m.subject).not.toContain('เรียน');
      expect(greetings(m.text), m.subject).toBe(1);
      expect(greetings(m.html), m.subject).toBe(1);
    }
  });
});

// Tester s37 (P2), neighbour: an email lists at most 98 reports (its send markers claimed in one
// transaction), so a bigger batch went out as several emails, each reading as the whole list:
// "(๙๘ รายการ)" and "(๗ รายการ)" to the mayor, and nothing said there was another.
describe('an escalation too long for one email says, in each part, which part it is and how many are in the other', () => {
  const SPLIT = 'escsplit';
  let g: JobsFixture;
  /** Each pass's emails, by its day. */
  const sentOn = new Map<string, ReceivedMail[]>();
  const daily = async (day: string) => {
    const before = (await mailFor(SPLIT)).length;
    await runScheduledJob(g.deps(), { kind: 'daily', scheduledTime: bangkok(`${day}T08:30:00`), orgId: SPLIT });
    sentOn.set(day, (await mailFor(SPLIT)).slice(before));
  };
  const mails = (day: string, who: string, subject: string) =>
    (sentOn.get(day) ?? []).filter((m) => m.to[0] === `${who}@${SPLIT}.example.org` && m.subject.includes(subject));
  /** The report links a part lists. */
  const listed = (m: ReceivedMail) => [...m.text.matchAll(/(?:แบบรายงาน|ดูรายงาน): \S+\/o\/(\S+)/g)].map((x) => x[1]!);

  beforeAll(async () => {
    g = await createJobsFixture(SPLIT, { seedPlan: false });
    // the seed plan and eight more measures like indicator 10's: 105 reports fall due on 31 March 2023
    const { plan } = importSeedPlan(SPLIT);
    const i10 = plan.measures.find((m) => m.measureId === 'i10')!;
    for (let k = 1; k <= 8; k++) plan.measures.push({ ...i10, measureId: `i10m${k}`, title: `${i10.title} ${k}` });
    await new PlanRepository(g.store).savePlan(plan, { actor: 'system:seed', now: SEED_TIME });
    // the coordinators' copy of the heads' escalation (7 April): the part of 7 fails once (no answer)
    const fault = failSends(g.ses, {
      to: (a) => a.startsWith('ita@'),
      subject: (s) => s.includes('(ฉบับที่ ๒/๒: รายการที่ ๙๙–๑๐๕ จาก ๑๐๕)'),
      name: 'NetworkingError',
      status: 0,
      times: 1,
    });
    await daily('2023-04-07');
    fault.remove();
    await daily('2023-04-08');
    await daily('2023-04-14');
  }, 180_000);
  afterAll(async () => g?.close());

  // tester s44 F1: a city's executives got three parts, two of them "(๙๘ จาก ๒๖๒ รายการ)", each numbered
  // from ๑: the subjects now say which part and which items, and a later part numbers on
  it("the executives' escalation of 14 April: two emails, items 1-98 and 99-105 of 105, each naming the other", () => {
    const parts = mails('2023-04-14', 'mayor', 'ค้างส่งเกิน ๑๔ วัน');
    expect(parts.map((m) => m.subject).sort()).toEqual([
      '[ITA] ผู้บริหาร: รายงานค้างส่งเกิน ๑๔ วัน (ฉบับที่ ๑/๒: รายการที่ ๑–๙๘ จาก ๑๐๕)',
      '[ITA] ผู้บริหาร: รายงานค้างส่งเกิน ๑๔ วัน (ฉบับที่ ๒/๒: รายการที่ ๙๙–๑๐๕ จาก ๑๐๕)',
    ]);
    const big = parts.find((m) => m.subject.includes('ฉบับที่ ๑/๒'))!;
    const small = parts.find((m) => m.subject.includes('ฉบับที่ ๒/๒'))!;
    expect(listed(big)).toHaveLength(98);
    expect(listed(small)).toHaveLength(7);
    expect(new Set([...listed(big), ...listed(small)]).size).toBe(105);
    expect(big.text).toContain('\nและอีก ๗ รายการ ในอีเมลฉบับอื่นที่ส่งถึงคุณ (ฉบับที่ ๒)\n');
    expect(small.text).toContain('\nและอีก ๙๘ รายการ ในอีเมลฉบับอื่นที่ส่งถึงคุณ (ฉบับที่ ๑)\n');
    expect(big.html).toContain('และอีก ๗ รายการ ในอีเมลฉบับอื่นที่ส่งถึงคุณ (ฉบับที่ ๒)');
    // the list numbers on: ๑–๙๘, then ๙๙–๑๐๕
    const numbers = (m: ReceivedMail) => [...m.text.matchAll(/^([๐-๙]+)\. /gm)].map((x) => x[1]);
    expect(numbers(big).slice(0, 2)).toEqual(['๑', '๒']);
    expect(numbers(big).at(-1)).toBe('๙๘');
    expect(numbers(small)).toEqual(['๙๙', '๑๐๐', '๑๐๑', '๑๐๒', '๑๐๓', '๑๐๔', '๑๐๕']);
    // the inbox's preview line names the same range, not "และอีก ๖ รายการ" of its own list (tester s45)
    const preheader = (m: ReceivedMail) => /<div class="preheader"[^>]*>([^<]*)</.exec(m.html)?.[1] ?? '';
    expect(preheader(big)).toMatch(/^ฉบับที่ ๑\/๒: รายการที่ ๑–๙๘ จาก ๑๐๕ · ครบกำหนด /);
    expect(preheader(small)).toMatch(/^ฉบับที่ ๒\/๒: รายการที่ ๙๙–๑๐๕ จาก ๑๐๕ · ครบกำหนด /);
    expect(preheader(small)).not.toContain('และอีก');
  });

  it("the coordinators' copy of the heads' escalation is split the same way (neighbour)", () => {
    const parts = [...mails('2023-04-07', 'ita', 'ค้างส่งเกิน ๗ วัน'), ...mails('2023-04-08', 'ita', 'ค้างส่งเกิน ๗ วัน')];
    expect(parts.map((m) => m.subject).sort()).toEqual([
      '[ITA] คณะทำงาน ITA: รายงานค้างส่งเกิน ๗ วัน (ฉบับที่ ๑/๒: รายการที่ ๑–๙๘ จาก ๑๐๕)',
      '[ITA] คณะทำงาน ITA: รายงานค้างส่งเกิน ๗ วัน (ฉบับที่ ๒/๒: รายการที่ ๙๙–๑๐๕ จาก ๑๐๕)',
    ]);
  });

  it('a part retried on the next day, rendered again from its recipe, still says which part it is and how many are in the other (neighbour)', () => {
    // the failed send never reached SES; the 8 April pass sent it once
    const second = 'ฉบับที่ ๒/๒: รายการที่ ๙๙–๑๐๕ จาก ๑๐๕';
    expect(mails('2023-04-07', 'ita', second)).toHaveLength(0);
    const parts = mails('2023-04-08', 'ita', second);
    expect(parts).toHaveLength(1);
    expect(parts[0]!.text).toContain('\nและอีก ๙๘ รายการ ในอีเมลฉบับอื่นที่ส่งถึงคุณ (ฉบับที่ ๑)\n');
    expect(parts[0]!.text).toMatch(/^๙๙\. /m);
  });

  it('a unit head, whose 21 reports fit one email, reads as before: no "จาก", no "และอีก"', () => {
    const [head, ...more] = mails('2023-04-07', 'head.engineering', 'ค้างส่งเกิน ๗ วัน');
    expect(more).toHaveLength(0);
    expect(head!.subject).toMatch(/^\[ITA\] กองช่าง: รายงานค้างส่งเกิน ๗ วัน \([๐-๙]+ รายการ\)$/);
    expect(head!.text).not.toContain('และอีก');
  });
});
