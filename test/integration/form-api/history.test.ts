// The history (audit trail) of an obligation's reports and of the plan, as people read it.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import { PlanRepository } from '../../../shared/store/plan-repository.js';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { SEED_DOCUMENT } from '../../support/seed-plan.js';

let f: ApiFixture;
const fy = 2566;
const obligation = 'i4.f2.2023-03.finance';
beforeAll(async () => {
  f = await createApiFixture();
  const submit = await call(f.handler, {
    method: 'PUT',
    path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report', { fy, obligationId: obligation }),
    as: who.financeStaff,
    body: { progress: 'in_progress', summary: 'ตรวจนับพัสดุแล้วครึ่งหนึ่ง' },
  });
  expect(submit.status).toBe(200);
  const back = await call(f.handler, {
    method: 'POST',
    path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/review', { fy, obligationId: obligation }),
    as: who.coordinator,
    body: { decision: 'return', comment: 'กรุณาแนบรูปถ่าย' },
  });
  expect(back.status).toBe(200);
});
afterAll(async () => f?.close());

describe("an obligation's history", () => {
  it('shows the submission and the return, newest first, with names and Bangkok time, to staff, coordinator and executive', async () => {
    for (const as of [who.financeStaff, who.coordinator, who.executive, who.financeHead]) {
      const res = await call(f.handler, {
        method: 'GET',
        path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/audit', { fy, obligationId: obligation }),
        as,
      });
      expect(res.status, as).toBe(200);
      expect(res.body.items).toEqual([
        expect.objectContaining({
          actor: { personId: who.coordinator, name: 'คณะทำงาน ITA' },
          action: 'report.return',
          summary_th: 'ส่งรายงาน ฉบับที่ ๑ กลับให้แก้ไข: "กรุณาแนบรูปถ่าย"',
          summary_en: 'returned version 1 for changes: "กรุณาแนบรูปถ่าย"',
          atBangkok: '๒๐ เมษายน ๒๕๖๖ เวลา ๑๐:๐๐ น.',
        }),
        expect.objectContaining({
          actor: { personId: who.financeStaff, name: 'เจ้าหน้าที่ กองคลัง' },
          action: 'report.submit',
          summary_th: 'ส่งรายงานผล ฉบับที่ ๑',
        }),
      ]);
    }
  });

  it("another unit's staff get 403; an unknown obligation is 404", async () => {
    const other = await call(f.handler, {
      method: 'GET',
      path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/audit', { fy, obligationId: obligation }),
      as: who.engineeringStaff,
    });
    expect(other.status).toBe(403);
    const unknown = await call(f.handler, {
      method: 'GET',
      path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/audit', {
        fy,
        obligationId: 'i99.f9.2023-03.finance',
      }),
      as: who.coordinator,
    });
    expect(unknown.status).toBe(404);
  });

  it('shows a reopen of an accepted report in Thai words, not as the raw action name', async () => {
    const reopened = 'i4.f2.2023-01.finance';
    const params = { fy, obligationId: reopened };
    const report = apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report', params);
    const review = apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/review', params);
    const steps = [
      { method: 'PUT', path: report, as: who.financeStaff, body: { progress: 'done', summary: 'เสร็จแล้ว' } },
      { method: 'POST', path: review, as: who.coordinator, body: { decision: 'accept' } },
      { method: 'POST', path: review, as: who.coordinator, body: { decision: 'reopen', comment: 'แก้ตัวเลข' } },
    ] as const;
    for (const step of steps) {
      const res = await call(f.handler, step);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    const res = await call(f.handler, {
      method: 'GET',
      path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/audit', params),
      as: who.financeStaff,
    });
    expect(res.body.items[0]).toMatchObject({
      action: 'report.reopen',
      summary_th: 'เปิดรายงาน ฉบับที่ ๑ ที่ตรวจรับแล้วให้แก้ไขอีกครั้ง: "แก้ตัวเลข"',
      summary_en: 'reopened the accepted version 1 for changes: "แก้ตัวเลข"',
    });
  });

  it("another obligation's history is empty (the history is per obligation)", async () => {
    const res = await call(f.handler, {
      method: 'GET',
      path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/audit', {
        fy,
        obligationId: 'i4.f2.2023-02.finance',
      }),
      as: who.coordinator,
    });
    expect(res.body.items).toEqual([]);
  });
});

describe("the plan's history", () => {
  it('shows a plan import to anyone in the org', async () => {
    const replaced = await call(f.handler, {
      method: 'PUT',
      path: apiPath('/v1/fiscal-years/{fy}/plan', { fy }),
      as: who.coordinator,
      // the title's slip mended: a plan that differs from the saved one (the same plan saves nothing)
      body: {
        format: 'document',
        text: readFileSync(SEED_DOCUMENT, 'utf8').replace('เทศบาลตำบลลดอนอะระง', 'เทศบาลตำบลดอนอะระง'),
        expectedVersion: 1,
      },
    });
    expect(replaced.status, JSON.stringify(replaced.body).slice(0, 300)).toBe(200);
    const res = await call(f.handler, {
      method: 'GET',
      path: apiPath('/v1/fiscal-years/{fy}/plan/audit', { fy }),
      as: who.engineeringStaff,
    });
    expect(res.status).toBe(200);
    expect(res.body.items[0]).toMatchObject({
      actor: { name: 'คณะทำงาน ITA' },
      action: 'plan.save',
      summary_th: expect.stringMatching(/^บันทึกแผนมาตรการ ฉบับที่ ๒ \([๐-๙]+ มาตรการ\)$/),
    });
  });

  it.each([
    ['npm run import', 'cli:import', 3],
    ['npm run admin', 'cli:admin', 4],
  ])(
    'names a save made with %s as the administrator in Thai, not its raw actor id',
    async (command, actor, version) => {
      const plans = new PlanRepository(f.store);
      const plan = (await plans.getPlan('demo', fy))!;
      await plans.savePlan(
        { orgId: 'demo', fy, title: plan.title, measures: plan.measures },
        { expectedVersion: version - 1, now: new Date(), actor },
      );
      const res = await call(f.handler, {
        method: 'GET',
        path: apiPath('/v1/fiscal-years/{fy}/plan/audit', { fy }),
        as: who.coordinator,
      });
      expect(res.body.items[0].actor).toEqual({ personId: actor, name: `ผู้ดูแลระบบ (คำสั่ง ${command})` });
    },
  );

  // re-check s46: a scheduled job's entry read "ระบบ (annual-report)", a job's id in Latin
  it.each([
    ['system:annual-report', 5],
    ['system:monthly', 6],
    ['system:daily', 7],
  ])('names a save by a scheduled job (%s) as the system, in Thai words only', async (actor, version) => {
    const plans = new PlanRepository(f.store);
    const plan = (await plans.getPlan('demo', fy))!;
    await plans.savePlan(
      { orgId: 'demo', fy, title: plan.title, measures: plan.measures },
      { expectedVersion: version - 1, now: new Date(), actor },
    );
    const res = await call(f.handler, {
      method: 'GET',
      path: apiPath('/v1/fiscal-years/{fy}/plan/audit', { fy }),
      as: who.coordinator,
    });
    expect(res.body.items[0].actor).toEqual({ personId: actor, name: 'ระบบอัตโนมัติ' });
  });
});
