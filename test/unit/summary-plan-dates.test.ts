// Break 16 s28, B14: a due date stored with its BE year ("2566-03-31", saved before PUT /plan refused
// it) left its obligation "not yet due" for ever and no email said so. The coordinators' digest now
// lists such dates with the plan page's link; the executives' does not.
import { describe, expect, it } from 'vitest';
import { assembleOrgYear } from '../../shared/domain/org-year.js';
import type { Person } from '../../shared/domain/organisation.js';
import type { StoredPlan } from '../../shared/domain/plan.js';
import { type OrgRunContext, summaryMail } from '../../shared/jobs/mail-recipes.js';
import type { SummaryPlan } from '../../shared/jobs/summary-plans.js';
import { FIVE_UNITS, importSeedPlan } from '../support/seed-plan.js';

const { plan: seed } = importSeedPlan();

/** The seed plan as stored, with follow-up values as the pre-fix save kept them (no schema). */
function storedWith(change: (measures: StoredPlan['measures']) => void): StoredPlan {
  const measures = structuredClone(seed.measures);
  change(measures);
  return { ...seed, measures, version: 3, updatedAt: '2022-10-01T00:00:00Z', updatedBy: 'x' };
}

async function digestFor(roles: Person['roles'], plan: StoredPlan) {
  const year = assembleOrgYear({
    plan,
    reports: new Map(),
    units: FIVE_UNITS.map((unitId) => ({ unitId, active: true })),
    dueRules: undefined,
    asOf: '2023-04-03',
  });
  const ctx = {
    deps: { settings: { formUrl: 'https://ita.example.org' } },
    org: { orgId: 'demo', name: 'เทศบาลตำบลดอนอะระง' },
    unitNames: new Map([['clerk', 'สำนักปลัดเทศบาล']]),
    today: '2023-04-03',
    units: [],
    // an org with its coordinator and executive (one with nobody in a role carries the lists to the executives)
    people: [
      { personId: 'ita', roles: ['coordinator'], active: true },
      { personId: 'mayor', roles: ['executive'], active: true },
    ],
    ladder: {},
    year: (fy: number) => Promise.resolve(fy === year.fy ? year : undefined),
  } as unknown as OrgRunContext;
  const summary: SummaryPlan = {
    id: 'm-2023-03',
    title: 'สรุปผลประจำเดือนมีนาคม ๒๕๖๖',
    fy: 2566,
    from: '2023-03-01',
    to: '2023-03-31',
  };
  const person = {
    orgId: 'demo',
    personId: 'p',
    email: 'p@demo.example.org',
    name: 'ป',
    roles,
    headOfUnit: false,
    active: true,
  };
  return (await summaryMail(ctx, summary, person))!;
}

const section = (text: string) =>
  text.slice(text.indexOf('วันที่ในแผนที่ต้องแก้ไข'), text.indexOf('https://ita.example.org/#/org/demo/fy/2566/plan') + 48);

describe("the coordinators' digest names stored dates outside the plan's year", () => {
  const legacy = storedWith((ms) => {
    Object.assign(ms.find((m) => m.measureId === 'i10')!.followUps[2]!, { cadence: 'once', dueDate: '2566-03-31' });
    Object.assign(ms.find((m) => m.measureId === 'i5')!.followUps[0]!, { firstMonth: '2566-04' });
    Object.assign(ms.find((m) => m.measureId === 'i9')!.followUps[0]!, { cadence: 'once', dueDate: '2566-12-31' });
  });

  it('a BE one-off date, a BE first month and a date no reading puts in the year: each listed, with the repair when there is one', async () => {
    const mail = await digestFor(['coordinator'], legacy);
    const text = section(mail.text);
    expect(text).toMatch(/^วันที่ในแผนที่ต้องแก้ไข \(๓ รายการ\)/);
    expect(text).toContain('(i10) การติดตามผลรายการที่ ๓: วันครบกำหนดต้องอยู่ในปีงบประมาณ พ.ศ. ๒๕๖๖');
    expect(text).toContain('(ค่าที่ส่งมา: 2566-03-31 ใช้ปี ค.ศ. เช่น 2023-03-31 สำหรับ พ.ศ. ๒๕๖๖) ควรเป็น 2023-03-31');
    expect(text).toContain('(ค่าที่ส่งมา: 2566-04) ใช้ปี ค.ศ. เช่น 2023-04 สำหรับ พ.ศ. ๒๕๖๖ ควรเป็น 2023-04');
    expect(text).toMatch(
      /\(i9\) การติดตามผลรายการที่ ๑: .*\(ค่าที่ส่งมา: 2566-12-31 ใช้ปี ค\.ศ\. เช่น 2023-12-31 สำหรับ พ\.ศ\. ๒๕๖๖\)\n/,
    );
    expect(text).not.toMatch(/๓๑๐๙/);
    expect(text).toContain('https://ita.example.org/#/org/demo/fy/2566/plan');
    expect(mail.html).toContain('href="https://ita.example.org/#/org/demo/fy/2566/plan"');
  });

  it("an executive's digest does not carry it (the plan is the coordinators' to fix)", async () => {
    const mail = await digestFor(['executive'], legacy);
    expect(mail.text).not.toContain('วันที่ในแผนที่ต้องแก้ไข');
  });

  it('a plan with every date inside its year adds nothing', async () => {
    const mail = await digestFor(
      ['coordinator'],
      storedWith(() => undefined),
    );
    expect(mail.text).not.toContain('วันที่ในแผนที่ต้องแก้ไข');
  });
});
