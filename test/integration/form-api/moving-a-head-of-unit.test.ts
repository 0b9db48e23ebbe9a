// A head of unit moved to another unit is not head there unless the move says so (break 18 F7).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';

let f: ApiFixture;
beforeAll(async () => (f = await createApiFixture()));
afterAll(async () => f?.close());

const put = (personId: string, body: object) =>
  call(f.handler, { method: 'PUT', path: `/v1/people/${personId}`, as: who.coordinator, body });
const add = async (email: string, body: object) => {
  const res = await call(f.handler, {
    method: 'POST',
    path: '/v1/people',
    as: who.coordinator,
    body: { email, name: `หัวหน้า ${email.split('@')[0]}`, ...body },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.personId as string;
};
const latest = async (personId: string) =>
  (await call(f.handler, { method: 'GET', path: `/v1/people/${personId}/audit`, as: who.coordinator })).body.items[0];

describe('moving a head of unit', () => {
  it('the head of กองคลัง moved to กองช่าง is no longer a head, and the history says so', async () => {
    const moved = await put(who.financeHead, { unitId: 'engineering' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body).toMatchObject({ unitId: 'engineering', headOfUnit: false });
    const me = await call(f.handler, { method: 'GET', path: '/v1/me', as: who.financeHead });
    expect(me.body).toMatchObject({ unit: { unitId: 'engineering' }, headOfUnit: false });
    expect(await latest(who.financeHead)).toMatchObject({
      summary_th: 'ผู้อำนวยการกองคลัง: ย้ายจาก กองคลัง ไป กองช่าง, ยกเลิกการเป็นหัวหน้าหน่วยงาน',
      summary_en: 'ผู้อำนวยการกองคลัง: moved from กองคลัง to กองช่าง, no longer head of unit',
    });
  });

  it('a move that says headOfUnit: true makes them head of the new unit', async () => {
    const personId = await add('head.a@demo.example.org', { roles: ['staff'], unitId: 'clerk', headOfUnit: true });
    const moved = await put(personId, { unitId: 'finance', headOfUnit: true });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body).toMatchObject({ unitId: 'finance', headOfUnit: true });
    expect((await latest(personId)).summary_th).toBe('หัวหน้า head.a: ย้ายจาก สำนักปลัดเทศบาล ไป กองคลัง');
  });

  it('an executive who heads a unit, moved to no unit, is no longer a head (was 400: a head needs a unit)', async () => {
    const personId = await add('head.b@demo.example.org', { roles: ['executive'], unitId: 'clerk', headOfUnit: true });
    const moved = await put(personId, { unitId: null });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body).toMatchObject({ unitId: null, headOfUnit: false });
  });

  it('someone who is not a head moves and stays not a head; the history names only the move', async () => {
    const moved = await put(who.engineeringStaff, { unitId: 'finance' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ unitId: 'finance', headOfUnit: false });
    expect((await latest(who.engineeringStaff)).summary_th).toMatch(/: ย้ายจาก กองช่าง ไป กองคลัง$/);
  });

  it('a head whose unit stays the same stays head when only the name changes', async () => {
    const personId = await add('head.c@demo.example.org', { roles: ['staff'], unitId: 'clerk', headOfUnit: true });
    const renamed = await put(personId, { name: 'หัวหน้าสำนักปลัด', unitId: 'clerk' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ unitId: 'clerk', headOfUnit: true });
  });
});
