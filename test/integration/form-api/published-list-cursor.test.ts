// Break s60-G: staff (who list only the published generation, one page) got 200 and an empty list
// for any ?cursor=, "abc" included, where coordinators got 400 on query.cursor. A cursor that is
// not one is now 400 for everyone; a real one past staff's one page is still an empty page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';

let f: ApiFixture;
beforeAll(async () => (f = await createApiFixture()));
afterAll(async () => f?.close());

const list = (kind: string, cursor: string) =>
  call(f.handler, {
    method: 'GET',
    path: `/v1/fiscal-years/2566/${kind}`,
    query: { cursor },
    as: who.financeStaff,
  });

describe("staff's list of published documents takes only a real cursor", () => {
  it.each([
    ['annual-report', 'abc'],
    ['plan-document', 'abc'],
    // the obligations list's cursor ("o1"), well formed but not a generations cursor
    ['annual-report', Buffer.from('o1').toString('base64url')],
  ])('%s with the cursor %s is 400 on query.cursor, Thai first', async (kind, cursor) => {
    const res = await list(kind, cursor);
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual([
      { path: 'query.cursor', message_th: 'ตำแหน่งหน้าไม่ถูกต้อง', message_en: 'invalid cursor' },
    ]);
  });

  it('a generations cursor is an empty page for staff, as their one page has nothing after it', async () => {
    const res = await list('annual-report', Buffer.from('g3').toString('base64url'));
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([]);
  });
});
