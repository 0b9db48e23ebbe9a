// The history says who did what under the names people and units had then (break 18 F11), names
// units in English too and quotes a review's comment (break 18 F5).
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import { auditPut } from '../../../shared/store/audit-entry.js';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { obligationPaths } from '../../support/report-requests.js';

let f: ApiFixture;
const fy = 2566;
beforeAll(async () => {
  f = await createApiFixture();
});
afterAll(async () => f?.close());

type Item = { action: string; actor: { personId: string; name: string }; summary_th: string; summary_en: string };

const ok = async (request: Parameters<typeof call>[1]) => {
  const res = await call(f.handler, request);
  expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
  return res.body as { items: Item[] } & Record<string, unknown>;
};
const rename = (personId: string, name: string) =>
  ok({ method: 'PUT', path: `/v1/people/${personId}`, as: who.admin, body: { name } });
const history = async (path: string) => (await ok({ method: 'GET', path, as: who.coordinator })).items;

describe('the history names people as they were named when they acted (break 18 F11)', () => {
  it('an acceptance by คณะทำงาน ITA still reads คณะทำงาน ITA after the account is renamed for a successor, whose own acts carry the new name', async () => {
    const p = obligationPaths('i4.f2.2023-03.finance');
    await ok({
      method: 'PUT',
      path: p.report,
      as: who.financeStaff,
      body: { progress: 'done', summary: 'ตรวจนับพัสดุแล้ว' },
    });
    await ok({ method: 'POST', path: p.review, as: who.coordinator, body: { decision: 'accept', version: 1 } });
    await rename(who.coordinator, 'นายใหม่ ชื่อเปลี่ยน');
    await ok({
      method: 'POST',
      path: p.review,
      as: who.coordinator,
      body: { decision: 'reopen', comment: 'ขอรูปถ่ายเพิ่ม' },
    });
    expect((await history(p.audit)).map((i) => [i.action, i.actor.name])).toEqual([
      ['report.reopen', 'นายใหม่ ชื่อเปลี่ยน'],
      ['report.accept', 'คณะทำงาน ITA'],
      ['report.submit', 'เจ้าหน้าที่ กองคลัง'],
    ]);
    await rename(who.coordinator, 'คณะทำงาน ITA');
  });

  it('a submission keeps the name its author had after the author is renamed and deactivated', async () => {
    const p = obligationPaths('i4.f2.2023-03.clerk');
    await ok({ method: 'PUT', path: p.report, as: who.clerkStaff, body: { progress: 'done', summary: 'ประชุมแล้ว' } });
    const before = (await history(p.audit))[0]!.actor.name;
    await rename(who.clerkStaff, 'ผู้รับงานต่อ');
    await ok({ method: 'PUT', path: `/v1/people/${who.clerkStaff}`, as: who.admin, body: { active: false } });
    expect((await history(p.audit)).map((i) => i.actor.name)).toEqual([before]);
    expect(before).not.toBe('ผู้รับงานต่อ');
    await ok({ method: 'PUT', path: `/v1/people/${who.clerkStaff}`, as: who.admin, body: { active: true } });
  });

  it("the plan's history keeps the name of whoever saved last year's scores", async () => {
    const scores = apiPath('/v1/fiscal-years/{fy}/ita-scores', { fy });
    await ok({ method: 'PUT', path: scores, as: who.coordinator, body: { indicators: [{ no: 1, score: 70 }] } });
    await rename(who.coordinator, 'ชื่อใหม่อีกครั้ง');
    const plan = await history(apiPath('/v1/fiscal-years/{fy}/plan/audit', { fy }));
    expect(plan[0]).toMatchObject({ action: 'plan.itaScores', actor: { name: 'คณะทำงาน ITA' } });
    await rename(who.coordinator, 'คณะทำงาน ITA');
  });

  it("a person's history names the units they were added to and moved from as those units were named then, in Thai and English", async () => {
    const unit = await ok({ method: 'POST', path: '/v1/units', as: who.coordinator, body: { name: 'กองสวัสดิการสังคม' } });
    const unitId = String(unit.unitId);
    expect(unitId).toMatch(/^unit-/);
    const person = await ok({
      method: 'POST',
      path: '/v1/people',
      as: who.coordinator,
      body: { email: 'somchai.w@demo.example.org', name: 'นายสมชาย วงศ์ดี', roles: ['staff'], unitId },
    });
    const personId = String(person.personId);
    await ok({ method: 'PUT', path: `/v1/people/${personId}`, as: who.coordinator, body: { unitId: 'finance' } });
    await ok({ method: 'PUT', path: `/v1/units/${unitId}`, as: who.coordinator, body: { name: 'กองพัฒนาชุมชน' } });
    await ok({ method: 'PUT', path: '/v1/units/finance', as: who.coordinator, body: { name: 'กองการเงินและบัญชี' } });
    const items = await history(`/v1/people/${personId}/audit`);
    expect(items.map((i) => [i.summary_th, i.summary_en])).toEqual([
      ['นายสมชาย วงศ์ดี: ย้ายจาก กองสวัสดิการสังคม ไป กองคลัง', 'นายสมชาย วงศ์ดี: moved from กองสวัสดิการสังคม to กองคลัง'],
      ['เพิ่มผู้ใช้งาน นายสมชาย วงศ์ดี บทบาท เจ้าหน้าที่ (กองสวัสดิการสังคม)', 'added นายสมชาย วงศ์ดี as staff (กองสวัสดิการสังคม)'],
    ]);
    await ok({ method: 'PUT', path: '/v1/units/finance', as: who.coordinator, body: { name: 'กองคลัง' } });
  });

  it('an entry written before names were kept shows the names of today, units named in English too', async () => {
    const at = new Date('2023-04-19T03:00:00Z');
    const put = auditPut(f.store.tableName, {
      orgId: 'demo',
      actor: who.coordinator,
      action: 'person.update',
      target: `person:${who.financeHead}`,
      at,
      details: {
        name: 'ผู้อำนวยการกองคลัง',
        roles: 'staff',
        unitId: 'finance',
        headOfUnit: true,
        active: true,
        changed: 'unitId',
        previousUnitId: 'clerk',
      },
    }).Put!;
    // written as an older release did: no actorName, no unit names
    await f.store.doc.send(new PutCommand({ TableName: put.TableName, Item: put.Item }));
    const [entry] = await history(`/v1/people/${who.financeHead}/audit`);
    expect(entry).toMatchObject({
      actor: { personId: who.coordinator, name: 'คณะทำงาน ITA' },
      summary_th: 'ผู้อำนวยการกองคลัง: ย้ายจาก สำนักปลัดเทศบาล ไป กองคลัง',
      summary_en: 'ผู้อำนวยการกองคลัง: moved from สำนักปลัดเทศบาล to กองคลัง',
    });
  });
});

describe("a review's entry quotes the coordinator's comment (break 18 F5)", () => {
  it('a return says what the coordinator asked for, in Thai and English', async () => {
    const p = obligationPaths('i4.f2.2023-02.finance');
    await ok({
      method: 'PUT',
      path: p.report,
      as: who.financeStaff,
      body: { progress: 'done', summary: 'ดำเนินการแล้ว' },
    });
    await ok({
      method: 'POST',
      path: p.review,
      as: who.coordinator,
      body: { decision: 'return', comment: 'กรุณาแนบรูปถ่าย' },
    });
    expect(await history(p.audit)).toEqual([
      expect.objectContaining({
        action: 'report.return',
        summary_th: 'ส่งรายงาน ฉบับที่ ๑ กลับให้แก้ไข: "กรุณาแนบรูปถ่าย"',
        summary_en: 'returned version 1 for changes: "กรุณาแนบรูปถ่าย"',
      }),
      expect.objectContaining({ action: 'report.submit' }),
    ]);
  });

  it('a reopen quotes its reason, an acceptance its comment, and a long comment only its start', async () => {
    const p = obligationPaths('i4.f2.2023-01.finance');
    const long = `${'ก'.repeat(150)} ${'ข'.repeat(150)}`;
    await ok({ method: 'PUT', path: p.report, as: who.financeStaff, body: { progress: 'done', summary: 'เสร็จแล้ว' } });
    await ok({
      method: 'POST',
      path: p.review,
      as: who.coordinator,
      body: { decision: 'accept', comment: 'เรียบร้อยดี' },
    });
    await ok({ method: 'POST', path: p.review, as: who.coordinator, body: { decision: 'reopen', comment: long } });
    const [reopen, accept] = await history(p.audit);
    expect(reopen!.summary_th).toBe(`เปิดรายงาน ฉบับที่ ๑ ที่ตรวจรับแล้วให้แก้ไขอีกครั้ง: "${long.slice(0, 199)}…"`);
    expect(reopen!.summary_en).toBe(`reopened the accepted version 1 for changes: "${long.slice(0, 199)}…"`);
    expect(accept).toMatchObject({
      summary_th: 'ตรวจรับรายงาน ฉบับที่ ๑: "เรียบร้อยดี"',
      summary_en: 'accepted version 1 of the report: "เรียบร้อยดี"',
    });
  });
});
