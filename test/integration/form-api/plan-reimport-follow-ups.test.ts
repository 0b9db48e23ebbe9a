// Review 17 s9, entry 16: re-importing a revised document with a follow-up inserted above the
// others renumbered them by place, so กองคลัง's reports on "the monthly meeting" (i4.f2) were shown
// under another follow-up (or, since the guard on obligations, the save was refused).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import type { Measure } from '../../../shared/domain/plan.js';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { previewPlanText } from '../../support/plan-requests.js';
import { ownObligation } from '../../support/route-requests.js';
import { SEED_DOCUMENT } from '../../support/seed-plan.js';

let f: ApiFixture;
const fy = 2566;

beforeAll(async () => {
  f = await createApiFixture();
  const res = await call(f.handler, {
    method: 'PUT',
    path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report', { fy, obligationId: ownObligation(0) }),
    as: who.financeStaff,
    body: { progress: 'done', summary: 'รายงานต่อที่ประชุมประจำเดือนแล้ว' },
  });
  expect(res.status).toBe(200);
});
afterAll(async () => f?.close());

describe('a revised document with a follow-up inserted above the others keeps each report with its follow-up', () => {
  const revised = () =>
    readFileSync(SEED_DOCUMENT, 'utf8')
      .replace('๑. จัดทำคำสั่ง คณะกรรมการกำกับ', '๑. ส่งสำเนาคู่มือให้นายกเทศมนตรีทุกเดือน ๒. จัดทำคำสั่ง คณะกรรมการกำกับ')
      .replace('๒. มีการรายงานผลใน ที่ประชุม', '๓. มีการรายงานผลใน ที่ประชุม');

  it('previews the inserted follow-up with a new number and the saved ones with theirs', async () => {
    const res = await previewPlanText(f, revised(), fy);
    expect(res.status).toBe(200);
    const i4 = res.body.plan.measures.find((m: Measure) => m.measureId === 'i4');
    const followUps: Measure['followUps'] = i4.followUps;
    expect(followUps.map((x) => x.followUpNo)).toEqual([3, 1, 2]);
    expect(followUps[0]!.text).toMatch(/^ส่งสำเนาคู่มือ/);
    expect(followUps[1]!.text).toMatch(/^จัดทำคำสั่ง/);
    expect(followUps[2]!.text).toMatch(/^มีการรายงานผลใน/);
  });

  it('saves the revised document, and the October report is still under the meeting follow-up', async () => {
    const res = await call(f.handler, {
      method: 'PUT',
      path: apiPath('/v1/fiscal-years/{fy}/plan', { fy }),
      as: who.coordinator,
      body: { format: 'document', text: revised() },
    });
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
    const october = await call(f.handler, {
      method: 'GET',
      path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}', { fy, obligationId: ownObligation(0) }),
      as: who.financeStaff,
    });
    expect(october.status).toBe(200);
    expect(october.body.followUpText).toContain('มีการรายงานผลใน');
    expect(october.body.latestReport.summary).toBe('รายงานต่อที่ประชุมประจำเดือนแล้ว');
  });

  it('a revised document that puts another follow-up in place of the reported one is refused, and the report stays with its follow-up (review 17 s10, S10-1)', async () => {
    const replaced = readFileSync(SEED_DOCUMENT, 'utf8').replace(
      '๒. มีการรายงานผลใน ที่ประชุมให้คณะ ผู้บริหาร',
      '๒. มีการรายงานผลการเบิกจ่ายงบประมาณให้คณะ ผู้บริหาร',
    );
    const res = await call(f.handler, {
      method: 'PUT',
      path: apiPath('/v1/fiscal-years/{fy}/plan', { fy }),
      as: who.coordinator,
      body: { format: 'document', text: replaced },
    });
    expect(res.status, JSON.stringify(res.body.error)).toBe(409);
    expect(res.body.error.droppedFollowUps).toBe('i4.f2');
    const october = await call(f.handler, {
      method: 'GET',
      path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}', { fy, obligationId: ownObligation(0) }),
      as: who.financeStaff,
    });
    expect(october.body.followUpText).toContain('มีการรายงานผลใน');
  });

  const preview = (text: string) =>
    call(f.handler, {
      method: 'POST',
      path: apiPath('/v1/fiscal-years/{fy}/plan-imports', { fy }),
      as: who.coordinator,
      body: { fileName: 'plan.txt', contentType: 'text/plain', contentBase64: Buffer.from(text).toString('base64') },
    });

  it('the preview of a document that puts another follow-up in place of the reported one says follow-up 2 of i4 would be removed (review 17 s21, S21-3)', async () => {
    const replaced = revised().replace(
      'มีการรายงานผลใน ที่ประชุมให้คณะ ผู้บริหาร',
      'มีการรายงานผลการเบิกจ่ายงบประมาณให้คณะ ผู้บริหาร',
    );
    const res = await preview(replaced);
    expect(res.status).toBe(200);
    const removed = res.body.warnings.filter((w: { code: string }) => w.code === 'follow-up-removed');
    expect(removed).toHaveLength(1);
    expect(removed[0].measureId).toBe('i4');
    expect(removed[0].message_th).toContain('ข้อ ๒ "มีการรายงานผลใน');
    expect(removed[0].message_th).toContain('ระบบจะไม่ให้บันทึก');
  });

  it('a revised document that rewords the reported follow-up by adding words keeps its number: previewed without a removal, saved, and the report stays (review 17 s21, S21-3)', async () => {
    const reworded = revised().replace(
      'มีการรายงานผลใน ที่ประชุม',
      'มีการรายงานผลการใช้ทรัพย์สินของราชการ การยืมคืนพัสดุ และการใช้รถยนต์ส่วนกลางของทุกกองงานใน ที่ประชุม',
    );
    const seen = await preview(reworded);
    expect(seen.status).toBe(200);
    const i4 = seen.body.plan.measures.find((m: Measure) => m.measureId === 'i4');
    expect(i4.followUps.map((x: Measure['followUps'][number]) => x.followUpNo)).toEqual([3, 1, 2]);
    expect(seen.body.warnings.map((w: { code: string }) => w.code)).not.toContain('follow-up-removed');
    const res = await call(f.handler, {
      method: 'PUT',
      path: apiPath('/v1/fiscal-years/{fy}/plan', { fy }),
      as: who.coordinator,
      body: { format: 'document', text: reworded },
    });
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
    const october = await call(f.handler, {
      method: 'GET',
      path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}', { fy, obligationId: ownObligation(0) }),
      as: who.financeStaff,
    });
    expect(october.body.followUpText).toContain('การใช้รถยนต์ส่วนกลางของทุกกองงาน');
    expect(october.body.latestReport.summary).toBe('รายงานต่อที่ประชุมประจำเดือนแล้ว');
  });
});
