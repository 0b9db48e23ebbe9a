// An address the API has, asked with a method it does not answer: 405 with Allow (RFC 9110 §15.5.6),
// not 404 (tester s51: POST /v1/people's Location, then GET on it, said "ไม่พบสิ่งที่ขอ").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';

let f: ApiFixture;
beforeAll(async () => {
  f = await createApiFixture();
});
afterAll(async () => f?.close());

describe('an address asked with a method it does not answer', () => {
  it('a created unit’s Location, read with GET, is 405 allowing PUT, in Thai first', async () => {
    const unit = await call(f.handler, {
      method: 'POST',
      path: '/v1/units',
      as: who.coordinator,
      body: { unitId: 'planning', name: 'กองวิชาการและแผนงาน' },
    });
    expect(unit.status, JSON.stringify(unit.body)).toBe(201);
    const read = await call(f.handler, { method: 'GET', path: unit.headers.location!, as: who.coordinator });
    expect(read.status).toBe(405);
    expect(read.headers.allow).toBe('PUT');
    expect(read.body.error).toMatchObject({ code: 'method_not_allowed', message_th: 'ไม่รองรับคำขอนี้' });
  });

  it.each([
    ['a created person’s Location', 'GET', '/v1/people/someone-1', 'PUT'],
    ['a unit’s audit trail, deleted', 'DELETE', '/v1/units/finance/audit', 'GET'],
    ['the units list, deleted', 'DELETE', '/v1/units', 'GET, POST'],
  ] as const)('%s: %s is 405 with the methods it has', async (_n, method, path, allow) => {
    const answer = await call(f.handler, { method, path, as: who.coordinator });
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe(allow);
  });

  it.each([
    ['an address the API does not have', '/v1/nothing-here'],
    ['one segment too many', '/v1/units/finance/audit/more'],
  ])('%s is still 404', async (_n, path) => {
    const answer = await call(f.handler, { method: 'GET', path, as: who.coordinator });
    expect(answer.status).toBe(404);
    expect(answer.body.error.message_th).toBe('ไม่พบสิ่งที่ขอ');
  });
});
