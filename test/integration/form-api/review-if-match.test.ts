// Break s60-G: POST …/review ignored If-Match. A coordinator whose client named the version read
// (If-Match: "1", as for PUT …/report) accepted version 2, which the unit had sent meanwhile and
// the coordinator never saw. The header now names the version reviewed, as PUT …/report's does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';

const base = '/v1/fiscal-years/2566/obligations';
const report = { progress: 'done', summary: 'จัดประชุมชี้แจงการใช้ทรัพย์สินของราชการแล้ว' };
let f: ApiFixture;

beforeAll(async () => (f = await createApiFixture()));
afterAll(async () => f?.close());

const put = (obligationId: string, body: unknown) =>
  call(f.handler, { method: 'PUT', path: `${base}/${obligationId}/report`, as: who.financeStaff, body });
const review = (obligationId: string, body: unknown, ifMatch: string) =>
  call(f.handler, {
    method: 'POST',
    path: `${base}/${obligationId}/review`,
    as: who.coordinator,
    body,
    headers: { 'if-match': ifMatch },
  });

/** A report at version 2: the coordinator read version 1, the unit revised it meanwhile. */
async function revisedMeanwhile(obligationId: string) {
  expect((await put(obligationId, report)).status).toBe(200);
  expect((await put(obligationId, { ...report, summary: 'แก้ไขเพิ่มเติมแล้ว', expectedVersion: 1 })).status).toBe(200);
}

describe("a review's If-Match names the version reviewed", () => {
  it.each([
    ['accept', { decision: 'accept' }, 'i4.f2.2023-03.finance'],
    ['return', { decision: 'return', comment: 'กรุณาแนบหลักฐาน' }, 'i4.f2.2023-02.finance'],
  ])(
    '%s with If-Match "1" after the unit sent version 2 is 412 on headers.if-match; nothing written',
    async (_, body, id) => {
      await revisedMeanwhile(id);
      const before = await f.dump();
      const res = await review(id, body, '"1"');
      expect(res.status).toBe(412);
      expect(res.body.error.currentVersion).toBe(2);
      expect(res.body.error.fields[0].path).toBe('headers.if-match');
      expect(res.body.error.message_th).toContain('ฉบับที่ ๒');
      expect(await f.dump()).toBe(before);
    },
  );

  it('a bare 1 and a weak W/"2" are refused too; "2" accepts version 2', async () => {
    const id = 'i4.f2.2023-01.finance';
    await revisedMeanwhile(id);
    expect((await review(id, { decision: 'accept' }, '1')).status).toBe(412);
    expect((await review(id, { decision: 'accept' }, 'W/"2"')).status).toBe(412);
    const ok = await review(id, { decision: 'accept' }, '"2"');
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ version: 2, reviewState: 'accepted' });
  });
});
