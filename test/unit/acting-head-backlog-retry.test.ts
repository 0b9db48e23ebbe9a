// Re-check s48 #3, the retry: an acting head's backlog email that failed is rendered again from the
// day's data (mail-recipes.ts rerender), to them as the unit's head, in the acting-head wording, with
// the reports past their cut-off counted again; dropped when they no longer act for the unit or
// every report was sent meanwhile.
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_UNITS } from '../../shared/domain/municipal-units.js';
import { assembleOrgYear } from '../../shared/domain/org-year.js';
import type { Person } from '../../shared/domain/organisation.js';
import type { PlainDate } from '../../shared/domain/plain-date.js';
import type { Report } from '../../shared/domain/report.js';
import type { JobDependencies } from '../../shared/jobs/job-dependencies.js';
import { type OrgRunContext, rerender } from '../../shared/jobs/mail-recipes.js';
import type { OutboxItem } from '../../shared/store/outbox-repository.js';
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
const today = '2023-05-16' as PlainDate;
const acting: Person = {
  orgId: 'demo',
  personId: 'acting',
  email: 'acting@demo.example.org',
  name: 'ผู้อำนวยการกองคลัง',
  unitId: 'finance',
  roles: ['staff'],
  headOfUnit: true,
  active: true,
  actingHeadOf: ['education'],
  actingHeadSince: { education: '2023-05-15' },
};
const MARCH = 'i4.f2.2023-03.education';
const APRIL = 'i4.f2.2023-04.education';

const sent = (obligationId: string): Report => ({
  orgId: 'demo',
  fy: 2566,
  obligationId,
  unitId: 'education',
  version: 1,
  progress: 'done',
  summary: 'ดำเนินการแล้ว',
  obstacles: '',
  suggestions: '',
  evidence: [],
  reviewState: 'submitted',
  submittedBy: 'staff',
  submittedAt: '2023-05-15T03:00:00.000Z',
  firstSubmittedAt: '2023-05-15T03:00:00.000Z',
});

function retry(person: Person, reports: Report[] = []) {
  const year = assembleOrgYear({
    plan: stored,
    reports: new Map(reports.map((r) => [r.obligationId, r])),
    units,
    dueRules: undefined,
    asOf: today,
  });
  const ctx: OrgRunContext = {
    deps: {
      settings: { formUrl: 'https://ita.example.org' },
      repos: { outbox: { markedSubjects: () => Promise.resolve(new Set<string>()) } },
    } as unknown as JobDependencies,
    org: { orgId: 'demo', name: 'เทศบาลตำบลดอนอะระง' } as OrgRunContext['org'],
    units,
    unitNames: new Map(units.map((u) => [u.unitId, u.name])),
    people: [person],
    today,
    year: (fy) => Promise.resolve(fy === 2566 ? year : undefined),
    ladder: {},
  };
  const item = {
    mailId: 'm1',
    status: 'failed',
    leaseUntil: 0,
    attempts: 1,
    recipient: 'a***@demo.example.org',
    what: 'backlog:unit-head.education',
    recipe: {
      type: 'reminder',
      stage: 'backlog',
      audience: 'unit-head',
      unitId: 'education',
      personId: 'acting',
      fy: 2566,
      ids: [`${MARCH}|backlog|2566`, `${APRIL}|backlog|2566`],
    },
  } as unknown as OutboxItem;
  return rerender(ctx, item);
}

describe("an acting head's backlog email, retried", () => {
  it('is rendered again to them as the unit’s head, in the acting-head wording, its reports past the cut-off counted', async () => {
    const mail = await retry(acting);
    expect('text' in mail).toBe(true);
    const { subject, text } = mail as { subject: string; text: string };
    expect(subject).toMatch(
      /^\[ITA\] กองการศึกษา: รายงานค้างส่งของหน่วยงานที่คุณเข้ามารับผิดชอบ \(๒ รายการ และเลยกำหนดนานกว่า ๖๐ วันอีก [๐-๙]+ รายการ\)$/,
    );
    expect(text).toContain('เรียน ผู้รักษาราชการแทนหัวหน้าส่วนราชการ กองการศึกษา');
    expect(text).toContain('คุณเพิ่งเข้ามารักษาราชการแทนหัวหน้าหน่วยงานนี้');
  });

  it('is dropped when they no longer act for the unit', async () => {
    const { actingHeadOf: _a, actingHeadSince: _s, ...notActing } = acting;
    expect(await retry(notActing)).toEqual({ drop: 'no longer in the audience' });
  });

  it('is dropped when both reports were sent meanwhile; lists the one still unsent', async () => {
    expect(await retry(acting, [sent(MARCH), sent(APRIL)])).toEqual({ drop: 'settled' });
    const one = (await retry(acting, [sent(MARCH)])) as { text: string };
    expect(one.text).toContain(`/o/${APRIL}`);
    expect(one.text).not.toContain(`/o/${MARCH}`);
  });
});
