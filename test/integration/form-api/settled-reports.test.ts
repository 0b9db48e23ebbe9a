import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';

// Fault 8: what counts as reported could be gamed. The fixture's clock is 20 April 2023.
const fy = 2566;
let f: ApiFixture;
beforeAll(async () => (f = await createApiFixture()));
afterAll(async () => f?.close());

const put = (obligationId: string, body: unknown) =>
  call(f.handler, {
    method: 'PUT',
    path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report', { fy, obligationId }),
    as: who.financeStaff,
    body,
  });
const statusOf = async (obligationId: string) =>
  (
    await call(f.handler, {
      method: 'GET',
      path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}', { fy, obligationId }),
      as: who.financeStaff,
    })
  ).body.status;

describe('what settles an obligation', () => {
  for (const id of ['i4.f2.2023-09.finance', 'i4.f2.2023-05.finance', 'i10.f1.2023-06.finance']) {
    it(`refuses a report for a period that has not begun (${id}) with 400 in Thai, and writes nothing`, async () => {
      const res = await put(id, { progress: 'not_started', summary: 'ยังไม่เริ่ม' });
      expect(res.status).toBe(400);
      expect(res.body.error.message_th).toContain('ยังไม่ถึงรอบการรายงานนี้');
      expect(res.body.error.fields[0]).toMatchObject({ path: 'path.obligationId' });
      expect(await statusOf(id)).toBe('upcoming');
    });
  }

  // break 14 s28, F1: it was 'submitted', which stopped the H2 ladder five months before it opens
  it('takes a report for a period that has begun, though it is not yet open (H2 from 1 April; opens 1 September): in progress, it stays upcoming', async () => {
    expect((await put('i5.f4.H2.finance', { progress: 'in_progress', summary: 'เริ่มดำเนินการแล้ว' })).status).toBe(200);
    expect(await statusOf('i5.f4.H2.finance')).toBe('upcoming');
  });

  it('a not_started placeholder leaves the obligation overdue', async () => {
    expect((await put('i4.f2.2023-03.finance', { progress: 'not_started', summary: 'ยังไม่เริ่ม' })).status).toBe(200);
    expect(await statusOf('i4.f2.2023-03.finance')).toBe('overdue');
  });
});
