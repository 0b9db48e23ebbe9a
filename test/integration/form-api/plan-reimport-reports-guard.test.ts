// Review 17 s21, S21-3 (rest): a file read over a saved plan that takes a reported unit off a
// measure (RI-unit-changed: i2's กองคลัง written กองช่าง after กองคลัง reported Q1) or changes a
// reported follow-up's cadence (RI-cad-changed) was previewed with no warning at all; the save then
// got 409 "แผนใหม่ตัดรอบการรายงานหรือหน่วยงานที่หน่วยงานรายงานผลไปแล้ว". The preview now says what the
// save's guard would refuse (the guard's own decision, replace-plan.ts reportsOrphanedBySave),
// beside the measure, exactly when the save refuses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportWarning } from '../../../shared/import/import-warning.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { previewPlanText, putPlan } from '../../support/plan-requests.js';
import { REVIEWER_FY, reportDone, reviewerPlanText } from '../../support/reviewer-plan-2569.js';

let f: ApiFixture;
const fy = REVIEWER_FY; // the clock is 20 April 2026: October to March are reported
const planText = reviewerPlanText;
const report = (as: string, obligationId: string) => reportDone(f, as, obligationId);

beforeAll(async () => {
  f = await createApiFixture({ now: new Date('2026-04-20T03:00:00Z') });
  const saved = await putPlan(f, { format: 'document', text: planText() }, fy);
  expect(saved.status, JSON.stringify(saved.body.error)).toBe(200);
  expect(saved.body.plan.measures.map((m: { measureId: string }) => m.measureId)).toEqual(['i1', 'i2', 'i9']);
  await report(who.financeStaff, 'i2.f1.Q1.finance');
  await report(who.engineeringStaff, 'i9.f1.H1.engineering');
  await report(who.clerkStaff, 'i1.f1.2025-10.clerk');
});
afterAll(async () => f?.close());

const cut = (warnings: ImportWarning[]) => warnings.filter((w) => w.code === 'reports-cut');

/** The preview of `text` and what saving it answers (nothing saved when refused). */
async function previewAndSave(text: string) {
  const preview = await previewPlanText(f, text, fy);
  expect(preview.status, JSON.stringify(preview.body.error)).toBe(200);
  const save = await putPlan(f, { format: 'document', text }, fy);
  return { warnings: preview.body.warnings as ImportWarning[], save };
}

describe('a file previewed over a saved plan with reports foresees what the save refuses', () => {
  it("warns beside i2 that กองคลัง's report of quarter 1 would be cut when the file names กองช่าง instead, and the save is refused", async () => {
    const { warnings, save } = await previewAndSave(planText((r) => (r.i2[3] = 'กองช่าง')));
    const [warning, ...more] = cut(warnings);
    expect(more).toEqual([]);
    expect(warning).toMatchObject({ measureId: 'i2', followUpNo: 1, source: 'รายงานผลทุกไตรมาส' });
    expect(warning!.message_th).toMatch(/^ถ้าบันทึกแผนจากไฟล์นี้ ระบบจะไม่ให้บันทึก/);
    expect(warning!.message_th).toContain('ตัวชี้วัดที่ ๒ (i2) การติดตามผลข้อ ๑ "รายงานผลทุกไตรมาส"');
    expect(warning!.message_th).toContain('กองคลัง ไตรมาสที่ ๑ ปีงบประมาณ ๒๕๖๙');
    expect(warning!.message_th).toContain('เอากองคลังออกจากผู้รับผิดชอบไม่ได้');
    expect(warning!.message_en).toContain('indicator 2 (i2), follow-up 1');
    expect(save.status).toBe(409);
    expect(save.body.error.changedFollowUps).toBe('i2.f1');
    // the save's own words: the preview is the guard's decision, not a second copy of it
    const refusals = save.body.error.fields.map((field: { message_th: string }) => field.message_th);
    expect(cut(warnings).map((w) => w.message_th.replace('ถ้าบันทึกแผนจากไฟล์นี้ ระบบจะไม่ให้บันทึก: ', ''))).toEqual(refusals);
  });

  it('warns beside i9 when the file takes กองช่าง, which reported the first half-year, off a measure of two units', async () => {
    const { warnings, save } = await previewAndSave(planText((r) => (r.i9[3] = 'กองคลัง')));
    const [warning, ...more] = cut(warnings);
    expect(more).toEqual([]);
    expect(warning).toMatchObject({ measureId: 'i9', followUpNo: 1 });
    expect(warning!.message_th).toContain('กองช่าง ครึ่งปีแรก ปีงบประมาณ ๒๕๖๙');
    expect(warning!.message_th).toContain('เอากองช่างออกจากผู้รับผิดชอบไม่ได้');
    expect(save.status).toBe(409);
    expect(save.body.error.changedFollowUps).toBe('i9.f1');
  });

  it("warns beside i1 when its monthly follow-up is written quarterly, so สำนักปลัด's October report has no period", async () => {
    const { warnings, save } = await previewAndSave(planText((r) => (r.i1[2] = 'รายงานผลทุกไตรมาส')));
    const [warning, ...more] = cut(warnings);
    expect(more).toEqual([]);
    expect(warning!.measureId).toBe('i1');
    expect(warning!.message_th).toContain('สำนักปลัดเทศบาล ตุลาคม ๒๕๖๘');
    expect(save.status).toBe(409);
  });

  it('warns beside i2 when its quarterly follow-up is written monthly (RI-cad-changed), and the save is refused', async () => {
    const { warnings, save } = await previewAndSave(planText((r) => (r.i2[2] = '1. รายงานผลทุกเดือน 2. สรุปผลปีละครั้ง')));
    const [warning, ...more] = cut(warnings);
    expect(more).toEqual([]);
    expect(warning!.measureId).toBe('i2');
    expect(warning!.message_th).toContain('การติดตามผลข้อ ๑ "รายงานผลทุกไตรมาส"');
    expect(warning!.message_th).toContain('กองคลัง ไตรมาสที่ ๑ ปีงบประมาณ ๒๕๖๙');
    expect(save.status).toBe(409);
  });

  it('warns of nothing when the file keeps what was reported: a unit added, the reported unit written with its section', async () => {
    const added = await previewPlanText(
      f,
      planText((r) => (r.i2[3] = 'กองคลัง กองช่าง')),
      fy,
    );
    expect(added.status).toBe(200);
    expect(cut(added.body.warnings)).toEqual([]);
    const section = await previewPlanText(
      f,
      planText((r) => (r.i2[3] = 'งานพัสดุ กองคลัง')),
      fy,
    );
    expect(cut(section.body.warnings)).toEqual([]);
    const save = await putPlan(f, { format: 'document', text: planText((r) => (r.i2[3] = 'กองคลัง กองช่าง')) }, fy);
    expect(save.status, JSON.stringify(save.body.error)).toBe(200);
  });
});
