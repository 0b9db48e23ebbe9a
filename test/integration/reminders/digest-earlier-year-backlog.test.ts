// Tester s47 (P2): after the turn of the year the monthly digest no longer listed the previous
// fiscal year's open reports. September's digest (1 October) listed them; October's (1 November)
// showed FY2567 only, although FY2566's returned September report was still escalated. The digests
// now keep a section "รายงานที่ค้างส่ง ปีงบประมาณ ๒๕๖๖ (N รายการ)" while any report of that year is
// still chased (unsent or returned, before its cut-off: the rule that keeps its reminders going),
// and none once nothing is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScheduledJob } from '../../../shared/jobs/run-scheduled-job.js';
import { PlanRepository } from '../../../shared/store/plan-repository.js';
import { ReportRepository } from '../../../shared/store/report-repository.js';
import { bangkok, createJobsFixture, type JobsFixture } from '../../support/jobs-fixture.js';
import { mailFor, type ReceivedMail } from '../../support/mailbox.js';
import { seedReport } from '../../support/report-seeding.js';
import { SEED_TIME } from '../../support/seed-org.js';
import { importSeedPlan } from '../../support/seed-plan.js';

let withNext: JobsFixture;
let noNext: JobsFixture;

const MONTHS = [
  '2022-10',
  '2022-11',
  '2022-12',
  '2023-01',
  '2023-02',
  '2023-03',
  '2023-04',
  '2023-05',
  '2023-06',
  '2023-07',
  '2023-08',
  '2023-09',
];
const UNSENT = ['i4.f2.2023-03.engineering', 'i4.f2.2023-08.engineering'];
const RETURNED = 'i4.f2.2023-09.finance';

/**
 * FY2566: one monthly follow-up (ตัวชี้วัดที่ ๔ ข้อ ๒) of กองช่าง and กองคลัง, every report sent but
 * กองช่าง's March and August; กองคลัง's September report returned on 2 October. FY2567's plan the same.
 */
async function orgWith(orgId: string, nextYear: boolean) {
  const f = await createJobsFixture(orgId, { seedPlan: false });
  const seed = importSeedPlan(orgId).plan;
  const i4 = seed.measures.find((m) => m.measureId === 'i4')!;
  const measure = {
    ...i4,
    responsible: { ...i4.responsible, allUnits: false, unitIds: ['engineering', 'finance'] },
    followUps: i4.followUps.filter((fu) => fu.followUpNo === 2).map(({ unitIds: _u, ...fu }) => fu),
  };
  const plans = new PlanRepository(f.store);
  await plans.savePlan({ ...seed, measures: [measure] }, { actor: 'system:seed', now: SEED_TIME });
  if (nextYear) {
    const next = {
      ...measure,
      followUps: measure.followUps.map(({ dueDate: _d, firstMonth: _f, lastMonth: _l, ...rest }) => rest),
    };
    await plans.savePlan({ ...seed, fy: 2567, measures: [next] }, { actor: 'system:seed', now: SEED_TIME });
  }
  for (const month of MONTHS)
    for (const unit of ['engineering', 'finance']) {
      const id = `i4.f2.${month}.${unit}`;
      if (!UNSENT.includes(id)) await seedReport(f.store, orgId, id, bangkok(`${month}-20T10:00:00`));
    }
  await new ReportRepository(f.store).review(
    { orgId, fy: 2566, obligationId: RETURNED },
    { decision: 'return', version: 1, comment: 'แนบหลักฐานการประชุมด้วย' },
    { actor: `${orgId}-coordinator`, now: bangkok('2023-10-02T10:00:00') },
  );
  return f;
}

beforeAll(async () => {
  [withNext, noNext] = await Promise.all([orgWith('turnback', true), orgWith('turnbacknp', false)]);
}, 180_000);
afterAll(async () => Promise.all([withNext?.close(), noNext?.close()]));

async function monthly(f: JobsFixture, day: string) {
  const before = (await mailFor(f.orgId)).length;
  await runScheduledJob(f.deps(), { kind: 'monthly', scheduledTime: bangkok(`${day}T08:30:00`), orgId: f.orgId });
  return (await mailFor(f.orgId)).slice(before);
}

const digestTo = (mails: ReceivedMail[], who: string, monthTh: string) => {
  const found = mails.filter((m) => m.to[0] === who && m.subject.startsWith(`[ITA] สรุปเดือน${monthTh}`));
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe("a monthly digest keeps the previous fiscal year's reports still chased", () => {
  it("October's digest (1 November) lists FY2566's unsent and returned reports under that year, its own under FY2567", async () => {
    const sent = await monthly(withNext, '2023-11-01');
    for (const who of [`mayor@turnback.example.org`, `ita@turnback.example.org`]) {
      const digest = digestTo(sent, who, 'ตุลาคม ๒๕๖๖');
      // the subject counts October's reports, as before
      expect(digest.subject).toBe('[ITA] สรุปเดือนตุลาคม ๒๕๖๖: ยังไม่ส่ง ๒ จาก ๒ รายการ');
      expect(digest.text).toContain('รายงานที่ค้างส่ง ตั้งแต่ต้นปีงบประมาณ ๒๕๖๗ (๒ รายการ)');
      const section = digest.text.slice(digest.text.indexOf('รายงานที่ค้างส่ง ปีงบประมาณ ๒๕๖๖'));
      expect(section).toContain('รายงานที่ค้างส่ง ปีงบประมาณ ๒๕๖๖ (๓ รายการ)');
      expect(section).toContain('ครบกำหนดระหว่าง ๑ ตุลาคม ๒๕๖๕ ถึง ๓๐ กันยายน ๒๕๖๖');
      expect(section).toContain('- กองคลัง: ตัวชี้วัดที่ ๔ ข้อ ๒ รอบ กันยายน ๒๕๖๖');
      // March's and August's are past their cut-off: counted after the list, not listed (s48)
      expect(section).not.toContain('- กองช่าง: ตัวชี้วัดที่ ๔ ข้อ ๒ รอบ มีนาคม ๒๕๖๖');
      expect(section).not.toContain('- กองช่าง: ตัวชี้วัดที่ ๔ ข้อ ๒ รอบ สิงหาคม ๒๕๖๖');
      expect(section).toContain('และอีก ๒ รายการที่พ้นกำหนดติดตามแล้ว ดูได้ที่หน้างานของแต่ละหน่วยงาน');
      expect(section).toContain('   กองช่าง ๒ รายการ: https://ita.example.org/#/org/turnback/fy/2566/unit/engineering');
      expect(section).toContain('ส่งกลับให้แก้ไข เมื่อ ๒ ตุลาคม ๒๕๖๖');
      // a report sent is not listed
      expect(section).not.toContain('- กองช่าง: ตัวชี้วัดที่ ๔ ข้อ ๒ รอบ กันยายน ๒๕๖๖');
      expect(digest.html).toContain('รายงานที่ค้างส่ง ปีงบประมาณ ๒๕๖๖ (๓ รายการ)');
    }
  });

  it('a rerun of the 1 November run sends no digest again', async () => {
    const sent = await monthly(withNext, '2023-11-01');
    expect(sent.filter((m) => m.subject.startsWith('[ITA] สรุปเดือน'))).toHaveLength(0);
  });

  it("November's digest (1 December), with every FY2566 report past its cut-off, has no FY2566 section", async () => {
    const digest = digestTo(await monthly(withNext, '2023-12-01'), 'mayor@turnback.example.org', 'พฤศจิกายน ๒๕๖๖');
    expect(digest.text).not.toContain('ปีงบประมาณ ๒๕๖๖');
    expect(digest.text).toContain('\nรายงานที่ค้างส่ง ตั้งแต่ต้นปีงบประมาณ (๔ รายการ)');
  });

  it("before FY2567's plan is saved, October's digest still goes out with FY2566's section", async () => {
    const digest = digestTo(await monthly(noNext, '2023-11-01'), 'mayor@turnbacknp.example.org', 'ตุลาคม ๒๕๖๖');
    expect(digest.text).toContain('รายงานของปีงบประมาณ ๒๕๖๗ (ยังไม่มีแผนมาตรการปีงบประมาณ ๒๕๖๗ ในระบบ)');
    expect(digest.text).toContain('รายงานที่ค้างส่ง ปีงบประมาณ ๒๕๖๖ (๓ รายการ)');
    expect(digest.text).toContain('- กองคลัง: ตัวชี้วัดที่ ๔ ข้อ ๒ รอบ กันยายน ๒๕๖๖');
  });
});
