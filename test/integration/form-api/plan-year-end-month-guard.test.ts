// Session 53 (P1's neighbour): a plan stored before a follow-up's September stop was stored as none
// still holds lastMonth "…-09". A save refused by the guard on reports for another reason (a unit
// that reported taken off) was told its months leave out reported periods, because the stored
// September was compared with the new plan's none. The guard's words now read the year's own
// bounds as none, as the save stores them (yearBoundsAsNone).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { previewPlanText, putPlan } from '../../support/plan-requests.js';
import { REVIEWER_FY, reportDone, reviewerPlanText, type ReviewerRows } from '../../support/reviewer-plan-2569.js';

let f: ApiFixture;
const fy = REVIEWER_FY; // the clock is 20 April 2026: October to March are reported
const planText = reviewerPlanText;
const report = (as: string, obligationId: string) => reportDone(f, as, obligationId);

beforeAll(async () => {
  f = await createApiFixture({ now: new Date('2026-04-20T03:00:00Z') });
  const saved = await putPlan(f, { format: 'document', text: planText() }, fy);
  expect(saved.status, JSON.stringify(saved.body.error)).toBe(200);
  await report(who.financeStaff, 'i2.f1.Q1.finance');
  await report(who.engineeringStaff, 'i9.f1.H1.engineering');
  await report(who.clerkStaff, 'i1.f1.2025-10.clerk');
  // as a save before session 53 stored it: each follow-up stopped after September, the year's last month
  const stored = (await f.repos.plans.getPlan('demo', fy))!;
  const plan = structuredClone(stored);
  for (const m of plan.measures) for (const x of m.followUps) x.lastMonth = '2026-09';
  await f.repos.plans.savePlan(plan, {
    actor: 'system:seed',
    expectedVersion: stored.version,
    replaced: stored,
    now: new Date('2026-04-20T02:00:00Z'),
  });
});
afterAll(async () => f?.close());

describe('a plan stored with September stops: the guard names the real reason of a refusal', () => {
  it.each([
    ['i2: กองคลัง, which reported quarter 1, written กองช่าง', (r: ReviewerRows) => (r.i2[3] = 'กองช่าง'), 'i2', 'กองคลัง'],
    ['i9: กองช่าง, which reported the first half, taken off', (r: ReviewerRows) => (r.i9[3] = 'กองคลัง'), 'i9', 'กองช่าง'],
    [
      'i1: สำนักปลัด, which reported October, written กองคลัง',
      (r: ReviewerRows) => (r.i1[3] = 'กองคลัง'),
      'i1',
      'สำนักปลัดเทศบาล',
    ],
  ])(
    '%s: the 409 and the preview say the unit cannot be taken off, not the months',
    async (_what, change, id, unit) => {
      const text = planText(change);
      const save = await putPlan(f, { format: 'document', text }, fy);
      expect(save.status, JSON.stringify(save.body)).toBe(409);
      expect(save.body.error.changedFollowUps).toBe(`${id}.f1`);
      const [field, ...more] = save.body.error.fields as { path: string; message_th: string }[];
      expect(more).toEqual([]);
      expect(field!.path).not.toMatch(/Month$/);
      expect(field!.message_th).toContain(`เอา${unit}ออกจากผู้รับผิดชอบไม่ได้`);
      expect(field!.message_th).not.toContain('ช่วงเดือน');
      const preview = await previewPlanText(f, text, fy);
      const cut = (preview.body.warnings as { code: string; message_th: string }[]).filter(
        (w) => w.code === 'reports-cut',
      );
      expect(cut.map((w) => w.message_th.replace('ถ้าบันทึกแผนจากไฟล์นี้ ระบบจะไม่ให้บันทึก: ', ''))).toEqual([
        field!.message_th,
      ]);
    },
  );
});
