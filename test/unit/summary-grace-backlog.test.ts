// Re-check tester s49 (P3): the monthly digests of an org adopting the system mid-year.
// 1. The overdue list's section said "รายงานที่ค้างส่ง ๐ รายการ … ไม่มีรายงานค้างส่ง" while every earlier
//    report was still in its grace (รอส่งย้อนหลัง), and "๗๖ รายการ" with no word of the 235 that could
//    still be sent on time. It now says how many wait to be back-reported, and until when.
// 2. October's digest with no plan of the new year: subject "ยังไม่มีรายงานครบกำหนด" above last year's
//    backlog, and the headings รายหน่วยงาน / รายตัวชี้วัด over nothing. The subject names the backlog;
//    tables without rows are left out.
import { describe, expect, it } from 'vitest';
import { assembleOrgYear, type OrgYear } from '../../shared/domain/org-year.js';
import type { PlainDate } from '../../shared/domain/plain-date.js';
import type { Plan } from '../../shared/domain/plan.js';
import type { Report } from '../../shared/domain/report.js';
import { type OrgRunContext, summaryMail } from '../../shared/jobs/mail-recipes.js';
import { summariesFor } from '../../shared/jobs/summary-plans.js';
import { htmlWords } from '../support/mailbox.js';
import { sentReport } from '../support/late-addition-year.js';
import { FIVE_UNITS, importSeedPlan } from '../support/seed-plan.js';

const { plan } = importSeedPlan();

/** FY2566's seed plan saved on `adopted` (every follow-up added that day); every second measure on `later.on`. */
function adoptedPlan(adopted?: PlainDate, later?: { on: PlainDate }): Plan {
  return {
    ...plan,
    measures: plan.measures.map((m, i) => ({
      ...m,
      followUps: m.followUps.map((f) => {
        const on = later && i % 2 === 1 ? later.on : adopted;
        return on ? { ...f, addedOn: on } : f;
      }),
    })),
  };
}

/** FY2566's report of `obligationId`, sent and settled on 20 April 2023. */
const report = (obligationId: string): Report => sentReport(obligationId, '2023-04-20T04:00:00.000Z', { fy: 2566 });

/** The digest of the month before `today`, as an executive gets it from a run that day (no report sent). */
async function digest(p: Plan, today: PlainDate, sent: readonly string[] = []) {
  const year = assembleOrgYear({
    plan: { ...p, version: 1, updatedAt: '2022-10-01T00:00:00Z', updatedBy: 'x' },
    reports: new Map(sent.map((id) => [id, report(id)])),
    units: FIVE_UNITS.map((unitId) => ({ unitId, active: true })),
    dueRules: undefined,
    asOf: today,
  });
  const ctx = {
    deps: { settings: { formUrl: 'https://ita.example.org' } },
    org: { orgId: 'demo', name: 'เทศบาลตำบลดอนอะระง' },
    unitNames: new Map([['clerk', 'สำนักปลัดเทศบาล']]),
    today,
    units: [],
    people: [],
    ladder: {},
    year: (fy: number) => Promise.resolve<OrgYear | undefined>(fy === year.fy ? year : undefined),
  } as unknown as OrgRunContext;
  const person = {
    orgId: 'demo',
    personId: 'mayor',
    email: 'mayor@demo.example.org',
    name: 'นายก',
    roles: ['executive' as const],
    headOfUnit: false,
    active: true,
  };
  const plans = summariesFor('monthly', today).filter((s) => s.id.startsWith('digest-'));
  return (await summaryMail(ctx, plans[0]!, person))!;
}

const lines = (text: string) => text.split('\n');
/** The text part's overdue section: from its heading to the next blank line. */
const backlog = (text: string) => {
  const all = lines(text);
  const at = all.findIndex((l) => l.startsWith('รายงานที่ค้างส่ง'));
  const end = all.indexOf('', at);
  return all.slice(at, end === -1 ? undefined : end);
};

describe('the overdue section says how many earlier reports wait in their grace, and until when', () => {
  it("May's digest of an org adopted on 31 May 2566: none overdue, the grace's reports counted, never ไม่มีรายงานค้างส่ง", async () => {
    const mail = await digest(adoptedPlan('2023-05-31'), '2023-06-01');
    const section = backlog(mail.text);
    expect(section[0]).toBe('รายงานที่ค้างส่ง ตั้งแต่ต้นปีงบประมาณ (๐ รายการ)');
    const grace = section.find((l) => l.startsWith('รอส่งย้อนหลัง'));
    expect(grace).toMatch(/^รอส่งย้อนหลัง [๐-๙]+ รายการ ส่งได้ตรงเวลาถึง ๖ มิถุนายน ๒๕๖๖$/);
    expect(htmlWords(mail.html)).toContain(grace);
    expect(mail.text).not.toContain('ไม่มีรายงานค้างส่ง');
    expect(mail.html).not.toContain('ไม่มีรายงานค้างส่ง');
  });

  it("September's digest of an org adopted on 29 September 2566: the overdue listed, the rest in grace to 4 October", async () => {
    const mail = await digest(adoptedPlan('2023-09-29'), '2023-10-01');
    const section = backlog(mail.text);
    const overdue = Number(
      /รายงานที่ค้างส่ง ตั้งแต่ต้นปีงบประมาณ(?: [๐-๙]+)? \(([๐-๙]+) รายการ\)/
        .exec(section[0]!)![1]!
        .replace(/[๐-๙]/g, (d) => String('๐๑๒๓๔๕๖๗๘๙'.indexOf(d))),
    );
    expect(overdue).toBeGreaterThan(0);
    const grace = section.find((l) => l.startsWith('รอส่งย้อนหลัง'));
    expect(grace).toMatch(/^รอส่งย้อนหลังอีก [๐-๙]+ รายการ ส่งได้ตรงเวลาถึง ๔ ตุลาคม ๒๕๖๖$/);
    expect(htmlWords(mail.html)).toContain(grace);
  });

  it('measures added on two days: the grace rule and its first and last days', async () => {
    const mail = await digest(adoptedPlan('2023-05-31', { on: '2023-06-01' }), '2023-06-01');
    const grace = backlog(mail.text).find((l) => l.startsWith('รอส่งย้อนหลัง'));
    expect(grace).toMatch(
      /^รอส่งย้อนหลัง [๐-๙]+ รายการ ส่งได้ตรงเวลาถึงวันทำการที่ ๓ หลังวันที่เพิ่มเข้าแผน \(๖ มิถุนายน ๒๕๖๖ ถึง ๗ มิถุนายน ๒๕๖๖ แล้วแต่รายการ\)$/,
    );
  });

  // re-check 2 s49: on the grace's last day the digest left these reports out (counted neither
  // overdue nor in grace), though sent that day they are on time
  it.each<[PlainDate, PlainDate, string]>([
    ['2023-08-29', '2023-09-01', '๑ กันยายน ๒๕๖๖'],
    ['2023-05-29', '2023-06-01', '๑ มิถุนายน ๒๕๖๖'],
  ])(
    "adopted on %s, the digest run on its grace's last day (%s) counts them, on time until that day",
    async (on, today, th) => {
      const mail = await digest(adoptedPlan(on), today);
      const grace = backlog(mail.text).find((l) => l.startsWith('รอส่งย้อนหลัง'));
      expect(grace).toMatch(new RegExp(`^รอส่งย้อนหลัง(อีก)? [๐-๙]+ รายการ ส่งได้ตรงเวลาถึง ${th}$`));
      expect(mail.text).not.toContain('ไม่มีรายงานค้างส่ง');
    },
  );

  it('a plan in place from the start: no grace line, as before', async () => {
    const mail = await digest(adoptedPlan(), '2023-06-01');
    expect(mail.text).not.toContain('รอส่งย้อนหลัง');
  });
});

describe("a digest with no plan of its own year yet, over last year's backlog", () => {
  it.each<[string, PlainDate, string[]]>([
    ['October 2566, sent 1 November', '2023-11-01', []],
    ['October 2566, retried 3 November', '2023-11-03', []],
    ['October 2566, some of the year sent', '2023-11-01', ['i4.f2.2022-10.finance', 'i4.f2.2022-11.finance']],
  ])('%s: the subject names the backlog, no heading stands over nothing', async (_n, today, sent) => {
    const month = 'ตุลาคม ๒๕๖๖';
    const mail = await digest(adoptedPlan(), today, sent);
    const count = /รายงานที่ค้างส่ง ปีงบประมาณ ๒๕๖๖ \(([๐-๙]+) รายการ\)/.exec(mail.text)![1];
    // the figure before the year (tester s55: "ค้างส่งปีงบประมาณ ๒๕๖๖ ๒๙๒ รายการ" put it past a phone's 40 columns)
    expect(mail.subject).toBe(`[ITA] สรุปเดือน${month}: ค้างส่ง ${count} รายการ (ปีงบประมาณ ๒๕๖๖)`);
    // a phone's inbox line: at most 60 columns (Thai vowels above and below share their letter's), the figure in the first 40
    const columns = mail.subject.match(/.[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]*/gsu)!;
    expect(columns.length).toBeLessThanOrEqual(60);
    expect(columns.slice(0, 40).join('')).toContain(`ค้างส่ง ${count}`);
    const text = lines(mail.text);
    for (const heading of ['รายหน่วยงาน', 'รายตัวชี้วัด']) expect(text).not.toContain(heading);
    expect(mail.html).not.toContain('>รายหน่วยงาน</h2>');
    expect(mail.html).not.toContain('>รายตัวชี้วัด</h2>');
    expect(mail.html).not.toContain('ร้อยละการส่งรายงาน รายตัวชี้วัด');
    // the own year's headline says why it has no rows; last year's backlog follows
    expect(text).toContain('รายงานของปีงบประมาณ ๒๕๖๗ (ยังไม่มีแผนมาตรการปีงบประมาณ ๒๕๖๗ ในระบบ)');
    // no all-zero totals and no empty own-year backlog under it (re-check 2 s49)
    expect(text.filter((l) => l.startsWith('ครบกำหนด '))).toEqual([]);
    expect(mail.text).not.toContain('รายงานที่ค้างส่ง ตั้งแต่ต้นปีงบประมาณ ๒๕๖๗');
    expect(mail.html).not.toContain('รายงานที่ค้างส่ง ตั้งแต่ต้นปีงบประมาณ ๒๕๖๗');
    expect(mail.html).not.toContain('ครบกำหนด <b>๐</b>');
    expect(mail.text).not.toContain('ไม่มีรายงานค้างส่ง');
    expect(Number(count!.replace(/[๐-๙]/g, (d) => String('๐๑๒๓๔๕๖๗๘๙'.indexOf(d))))).toBeGreaterThan(sent.length);
  });
});
