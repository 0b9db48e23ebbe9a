// Break s30-u F6: a report that says "not started" counts as not sent; the coordinator cannot
// accept it (which locked the unit out while it stayed overdue), only return it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';

const base = '/v1/fiscal-years/2566/obligations';
let f: ApiFixture;
beforeAll(async () => {
  f = await createApiFixture();
});
afterAll(async () => f?.close());

const submit = (id: string, progress: string, expectedVersion?: number) =>
  call(f.handler, {
    method: 'PUT',
    path: `${base}/${id}/report`,
    as: who.clerkStaff,
    body: { progress, summary: 'ยังไม่ได้เริ่มดำเนินการในเดือนนี้', ...(expectedVersion ? { expectedVersion } : {}) },
  });
const review = (id: string, decision: string, comment?: string) =>
  call(f.handler, {
    method: 'POST',
    path: `${base}/${id}/review`,
    as: who.coordinator,
    body: { decision, ...(comment ? { comment } : {}) },
  });

describe('reviewing a report that says "not started"', () => {
  it('accepting it is refused (409, Thai first, on body.decision); the unit can still report', async () => {
    const id = 'i5.f1.2022-10.clerk';
    expect((await submit(id, 'not_started')).status).toBe(200);
    const res = await review(id, 'accept');
    expect(res.status, JSON.stringify(res.body)).toBe(409);
    expect(res.body.error.message_th).toContain('ยังไม่ได้เริ่มดำเนินการ');
    expect(res.body.error.message_en).toContain('not started');
    expect(res.body.error.fields[0].path).toBe('body.decision');
    const page = await call(f.handler, { method: 'GET', path: `${base}/${id}`, as: who.clerkStaff });
    expect(page.body.status).toBe('overdue');
    expect((await submit(id, 'done', 1)).status).toBe(200);
  });

  it('once the unit reports it done, it can be accepted', async () => {
    const res = await review('i5.f1.2022-10.clerk', 'accept');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  });

  it('a "not started" report of the running month is refused too; returning it is still allowed', async () => {
    const id = 'i5.f1.2023-04.clerk';
    expect((await submit(id, 'not_started')).status).toBe(200);
    expect((await review(id, 'accept')).status).toBe(409);
    const returned = await review(id, 'return', 'กรุณารายงานผลเมื่อดำเนินการแล้ว');
    expect(returned.status, JSON.stringify(returned.body)).toBe(200);
  });

  it('an "in progress" report can still be accepted', async () => {
    const id = 'i5.f1.2022-11.clerk';
    expect((await submit(id, 'in_progress')).status).toBe(200);
    expect((await review(id, 'accept')).status).toBe(200);
  });
});
