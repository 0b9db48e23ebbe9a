// Break s60-G: a 409 caused by one thing the caller sent named no field (`fields: []`), so the
// page and API callers could not point at what to change. Each now names it, Thai first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, type ApiResponse } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';

const base = '/v1/fiscal-years/2566/obligations';
const report = { progress: 'done', summary: 'จัดประชุมชี้แจงการใช้ทรัพย์สินของราชการแล้ว' };
let f: ApiFixture;

beforeAll(async () => (f = await createApiFixture()));
afterAll(async () => f?.close());

const put = (obligationId: string, body: unknown, headers: Record<string, string> = {}) =>
  call(f.handler, { method: 'PUT', path: `${base}/${obligationId}/report`, as: who.financeStaff, body, headers });
const review = (obligationId: string, body: unknown) =>
  call(f.handler, { method: 'POST', path: `${base}/${obligationId}/review`, as: who.coordinator, body });

/** The answer is a 409 whose only field is `path`, Thai first, and nothing was written. */
async function expectConflictOn(send: () => Promise<ApiResponse>, path: string) {
  const before = await f.dump();
  const res = await send();
  expect(res.status).toBe(409);
  expect(res.body.error.fields.map((x: { path: string }) => x.path)).toEqual([path]);
  expect(res.body.error.fields[0].message_th).toMatch(/[\u0e00-\u0e7f]/);
  expect(res.body.error.fields[0].message_en).not.toBe('');
  expect(await f.dump()).toBe(before);
}

describe('a conflict names the field that caused it', () => {
  it('an Idempotency-Key reused with another summary is told on headers.idempotency-key', async () => {
    expect((await put('i4.f2.2023-04.finance', report, { 'idempotency-key': 'same-key' })).status).toBe(200);
    await expectConflictOn(
      () => put('i4.f2.2023-04.finance', { ...report, summary: 'อีกฉบับหนึ่ง' }, { 'idempotency-key': 'same-key' }),
      'headers.idempotency-key',
    );
  });

  it('the same key with a revision of another version, and with Thai combining marks changed, is told there too', async () => {
    await expectConflictOn(
      () => put('i4.f2.2023-04.finance', { ...report, expectedVersion: 1 }, { 'idempotency-key': 'same-key' }),
      'headers.idempotency-key',
    );
    await expectConflictOn(
      () =>
        put('i4.f2.2023-04.finance', { ...report, summary: `${report.summary}่` }, { 'idempotency-key': 'same-key' }),
      'headers.idempotency-key',
    );
  });

  it('reopening a report that is not accepted is told on body.decision', async () => {
    await expectConflictOn(
      () => review('i4.f2.2023-04.finance', { decision: 'reopen', comment: 'เปิดใหม่', version: 1 }),
      'body.decision',
    );
  });

  it('accepting or returning an accepted report is told on body.decision', async () => {
    expect((await review('i4.f2.2023-04.finance', { decision: 'accept', version: 1 })).status).toBe(200);
    await expectConflictOn(() => review('i4.f2.2023-04.finance', { decision: 'accept', version: 1 }), 'body.decision');
    await expectConflictOn(
      () => review('i4.f2.2023-04.finance', { decision: 'return', comment: 'แก้ไขอีกครั้ง', version: 1 }),
      'body.decision',
    );
  });
});
