// Tester s47 (P3): a person's history did not say they were added as head: POST /v1/people with
// headOfUnit true (and `npm run admin -- add-person … --head`, the same createPerson) recorded
// "เพิ่มผู้ใช้งาน … บทบาท เจ้าหน้าที่ (กองช่าง)", so a change of heads could not show who was head from
// when. The entry now says "หัวหน้าหน่วยงาน", with the other units' lists given at the add.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';

let f: ApiFixture;
beforeAll(async () => {
  f = await createApiFixture();
}, 120_000);
afterAll(async () => f?.close());

async function addedAs(local: string, body: Record<string, unknown>) {
  const added = await call(f.handler, {
    method: 'POST',
    path: '/v1/people',
    as: who.coordinator,
    body: { email: `${local}@demo.example.org`, name: `นาย ${local}`, roles: ['staff'], ...body },
  });
  expect(added.status, JSON.stringify(added.body)).toBe(201);
  const history = await call(f.handler, {
    method: 'GET',
    path: `/v1/people/${added.body.personId}/audit`,
    as: who.coordinator,
  });
  expect(history.body.items).toHaveLength(1);
  const [entry] = history.body.items as { summary_th: string; summary_en: string }[];
  return entry!;
}

describe("a person's history says they were added as head of their unit", () => {
  it('added as head of กองช่าง', async () => {
    const entry = await addedAs('newhead', { unitId: 'engineering', headOfUnit: true });
    expect(entry.summary_th).toBe('เพิ่มผู้ใช้งาน นาย newhead บทบาท เจ้าหน้าที่ (กองช่าง) หัวหน้าหน่วยงาน');
    expect(entry.summary_en).toBe('added นาย newhead as staff (กองช่าง), head of unit');
  });

  it('added as head, acting for another unit and staff of a third: all in one entry', async () => {
    const entry = await addedAs('headplus', {
      unitId: 'finance',
      headOfUnit: true,
      actingHeadOf: ['engineering'],
      alsoStaffOf: ['education'],
    });
    expect(entry.summary_th).toBe(
      'เพิ่มผู้ใช้งาน นาย headplus บทบาท เจ้าหน้าที่ (กองคลัง) หัวหน้าหน่วยงาน รักษาราชการแทนหัวหน้า กองช่าง ปฏิบัติงานใน กองการศึกษา ด้วย',
    );
  });

  it('added as staff, not head: the entry reads as before', async () => {
    const entry = await addedAs('plainstaff', { unitId: 'engineering', headOfUnit: false });
    expect(entry.summary_th).toBe('เพิ่มผู้ใช้งาน นาย plainstaff บทบาท เจ้าหน้าที่ (กองช่าง)');
  });
});
