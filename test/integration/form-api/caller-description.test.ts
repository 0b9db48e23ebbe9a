import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';

let april2566: ApiFixture;
let november2569: ApiFixture;

beforeAll(async () => {
  [april2566, november2569] = await Promise.all([
    createApiFixture(),
    createApiFixture({ now: new Date('2026-11-25T03:00:00Z') }),
  ]);
});
afterAll(async () => Promise.all([april2566?.close(), november2569?.close()]));

describe('GET /v1/me: what the web page needs to know about the caller', () => {
  it("gives the staff member's unit, the server's Bangkok date and fiscal year, the org's units and the years with a plan", async () => {
    const res = await call(april2566.handler, { method: 'GET', path: apiPath('/v1/me'), as: who.financeStaff });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      unit: { unitId: 'finance', name: 'กองคลัง' },
      roles: ['staff'],
      today: '2023-04-20',
      fiscalYear: 2566,
      planYears: [2566],
    });
    expect(res.body.units.map((u: { unitId: string }) => u.unitId)).toContain('engineering');
  });

  it('still lists a plan five years back, so the page can open it when this year has none', async () => {
    const res = await call(november2569.handler, { method: 'GET', path: apiPath('/v1/me'), as: who.executive });
    expect(res.body).toMatchObject({ fiscalYear: 2570, planYears: [2566], unit: null });
  });
});
