// Re-check of the turn of the year (s48): the monthly digest's section for last year's backlog
// listed its oldest 50 reports first, long past their cut-off, and left out the returned and
// escalated ones the section exists for. It now lists the reports still chased (before their
// cut-off), by due date, and counts those past it after them: "และอีก N รายการที่พ้นกำหนดติดตามแล้ว".
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { assembleOrgYear } from '../../shared/domain/org-year.js';
import type { Person } from '../../shared/domain/organisation.js';
import type { PlainDate } from '../../shared/domain/plain-date.js';
import type { Report } from '../../shared/domain/report.js';
import type { JobDependencies } from '../../shared/jobs/job-dependencies.js';
import { type OrgRunContext, summaryMail } from '../../shared/jobs/mail-recipes.js';
import { importSeedPlan } from '../support/seed-plan.js';

const { plan } = importSeedPlan();
const stored = { ...plan, version: 1, updatedAt: '2022-10-01T00:00:00Z', updatedBy: 'seed' };
const units = MUNICIPAL_UNITS.map((u) => ({
  orgId: 'demo',
  unitId: u.unitId,
  name: u.name,
  aliases: [],
  active: true,
}));
const unitNames = new Map(units.map((u) => [u.unitId, u.name]));
const mayor: Person = {
  orgId: 'demo',
  personId: 'mayor',
  email: 'mayor@demo.example.org',
  name: 'นายกเทศมนตรี',
  unitId: 'clerk',
  roles: ['executive'],
  headOfUnit: false,
  active: true,
};

/** A report sent on `sentOn` and returned on `returnedOn`. */
const returned = (obligationId: string, unitId: string, sentOn: PlainDate, returnedOn: PlainDate): Report => ({
  orgId: 'demo',
  fy: 2566,
  obligationId,
  unitId,
  version: 1,
  progress: 'done',
  summary: 'ดำเนินการแล้ว',
  obstacles: '',
  suggestions: '',
  evidence: [],
  reviewState: 'returned',
  reviewComment: 'กรุณาแนบรายงานการประชุม',
  reviewedAt: `${returnedOn}T03:00:00.000Z`,
  submittedBy: 'staff',
  submittedAt: `${sentOn}T03:00:00.000Z`,
  firstSubmittedAt: `${sentOn}T03:00:00.000Z`,
});

/**
 * The October digest's text (FY2567, no plan saved yet) on `today`, FY2566's reports all unsent
 * but those in `sent` and those returned in `returns`.
 */
async function octoberDigest(today: PlainDate, reports: Report[] = []) {
  const year = assembleOrgYear({
    plan: stored,
    reports: new Map(reports.map((r) => [r.obligationId, r])),
    units,
    dueRules: undefined,
    asOf: today,
  });
  const ctx: OrgRunContext = {
    deps: { settings: { formUrl: 'https://ita.example.org' } } as unknown as JobDependencies,
    org: { orgId: 'demo', name: 'เทศบาลตำบลดอนอะระง' } as OrgRunContext['org'],
    units,
    unitNames,
    people: [mayor],
    today,
    year: (fy) => Promise.resolve(fy === 2566 ? year : undefined),
    ladder: {},
  };
  const plan = { id: 'digest-2023-10', title: 'สรุปเดือนตุลาคม', fy: 2567, from: '2023-10-01', to: '2023-10-31' } as const;
  const mail = await summaryMail(ctx, plan, mayor);
  const text = mail?.text ?? '';
  return { mail, text, section: text.slice(text.indexOf('รายงานที่ค้างส่ง ปีงบประมาณ ๒๕๖๖')), year };
}

/** The obligation ids the section links to, in order. */
const listed = (section: string) => [...section.matchAll(/\/fy\/2566\/o\/([^\s]+)\n/g)].map((m) => m[1]);

const arabic = (thai: string) => Number(thai.replace(/[๐-๙]/g, (d) => String('๐๑๒๓๔๕๖๗๘๙'.indexOf(d))));

describe("a digest's earlier-year section lists the reports still chased, and counts those past their cut-off", () => {
  it('on 1 November, a returned September report comes first although FY2566 has hundreds of older reports unsent', async () => {
    const report = returned('i4.f2.2023-09.finance', 'finance', '2023-09-28', '2023-10-02');
    const { section, year } = await octoberDigest('2023-11-01', [report]);
    const unsent = year.tracked.filter((t) => t.status === 'overdue').length;
    expect(unsent).toBeGreaterThan(200);
    const lines = section.split('\n');
    expect(lines[2]).toBe('แสดงรายงานที่ระบบยังแจ้งเตือนอยู่ รายงานที่ถูกส่งกลับให้แก้ไข ขึ้นก่อน แล้วจึงเรียงตามวันครบกำหนด จากเก่าไปใหม่');
    expect(lines[3]).toBe('- กองคลัง: ตัวชี้วัดที่ ๔ ข้อ ๒ รอบ กันยายน ๒๕๖๖');
    expect(section).toContain('ส่งกลับให้แก้ไข เมื่อ ๒ ตุลาคม ๒๕๖๖');
    // nothing past its cut-off is listed: October's, due 31 October 2022, long gone
    const ids = listed(section);
    expect(ids[0]).toBe('i4.f2.2023-09.finance');
    expect(ids.some((id) => /\.2022-1[0-2]\.|\.2023-0[1-7]\./.test(id!))).toBe(false);
  });

  it('counts those past their cut-off after the list, with where to find them, and heads the section with the whole backlog', async () => {
    const { section } = await octoberDigest('2023-11-01');
    const whole = arabic(section.split('\n')[0]!.match(/ \(([๐-๙]+) รายการ\)$/)![1]!);
    // re-check 2 s48: two lines both "และอีก N รายการ…" read alike; the chased rest says it is chased
    const more = arabic(section.match(/\nและอีก ([๐-๙]+) รายการที่ระบบยังแจ้งเตือนอยู่ ดูได้ที่หน้างานของแต่ละหน่วยงาน\n/)![1]!);
    const past = section.match(/\nและอีก ([๐-๙]+) รายการที่พ้นกำหนดติดตามแล้ว ดูได้ที่หน้างานของแต่ละหน่วยงาน\n/);
    expect(past).not.toBeNull();
    expect(listed(section)).toHaveLength(50);
    expect(arabic(past![1]!) + more + 50).toBe(whole);
    expect(section).toContain('#/org/demo/fy/2566/unit/engineering');
    expect(section.split('\n')[2]).toBe('แสดงรายงานที่ระบบยังแจ้งเตือนอยู่ เรียงตามวันครบกำหนด จากเก่าไปใหม่');
  });

  it('a returned report past its cut-off is counted, not listed; with none still chased there is no section', async () => {
    // 1 December: every FY2566 report is past its cut-off (September's: 29 November): no section,
    // and with no FY2567 plan saved, no digest
    const report = returned('i4.f2.2023-09.finance', 'finance', '2023-09-28', '2023-10-02');
    expect((await octoberDigest('2023-12-01', [report])).mail).toBeUndefined();
    // 29 November, September's last chased day: the returned one still listed, August's counted
    const { section } = await octoberDigest('2023-11-29', [report]);
    expect(section).toContain('- กองคลัง: ตัวชี้วัดที่ ๔ ข้อ ๒ รอบ กันยายน ๒๕๖๖');
    expect(listed(section)).not.toContain('i4.f2.2023-08.finance');
    expect(section).toMatch(/และอีก [๐-๙]+ รายการที่พ้นกำหนดติดตามแล้ว/);
  });
});
