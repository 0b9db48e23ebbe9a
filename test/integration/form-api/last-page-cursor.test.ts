// Break 18 F6: a paged list's last page carried a cursor that led to an empty page (the web page's
// "แสดงเพิ่มเติม" showed and added nothing). Every paged list of the API, walked to its end with
// small pages: no page is empty, every item comes once, and the last page has no cursor.
import { beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import { call } from '../../support/api-events.js';
import { who } from '../../support/api-fixture.js';
import { apiSuite } from '../../support/api-suite.js';
import { generationsPath } from '../../support/document-paths.js';

const fy = 2566;
const obligation = 'i4.f2.2023-03.finance';
const s = apiSuite();

async function send(method: 'POST' | 'PUT', path: string, body: unknown, as: string = who.coordinator) {
  const res = await call(s.f.handler, { method, path, as, body });
  expect(res.status, `${method} ${path}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
  return res;
}

beforeAll(async () => {
  // a unit and a person with two entries of history each, a report with two, two plan documents
  await send('POST', '/v1/units', { unitId: 'archives', name: 'งานธุรการ' });
  await send('PUT', '/v1/units/archives', { name: 'งานสารบรรณ' });
  const person = await send('POST', '/v1/people', {
    email: 'paging@demo.example.org',
    name: 'นางสาวหน้า สุดท้าย',
    roles: ['staff'],
    unitId: 'archives',
  });
  await send('PUT', `/v1/people/${person.body.personId}`, { unitId: 'finance' });
  const report = apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}', { fy, obligationId: obligation });
  await send('PUT', `${report}/report`, { progress: 'done', summary: 'ตรวจนับพัสดุแล้ว' }, who.financeStaff);
  await send('POST', `${report}/review`, { decision: 'return', comment: 'กรุณาแนบรูปถ่าย' });
  await send(
    'PUT',
    `${report}/report`,
    { progress: 'done', summary: 'ตรวจนับพัสดุแล้ว แนบรูปแล้ว', expectedVersion: 1 },
    who.financeStaff,
  );
  await send('POST', generationsPath('plan-document', fy), undefined);
  await send('POST', generationsPath('plan-document', fy), undefined);
  await s.f.documentsSettled();
  lists.person = `/v1/people/${person.body.personId}/audit`;
}, 120_000);

const report = apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}', { fy, obligationId: obligation });
const lists: Record<string, string> = {
  unit: '/v1/units/archives/audit',
  person: '',
  obligation: `${report}/audit`,
  plan: apiPath('/v1/fiscal-years/{fy}/plan/audit', { fy }),
  'report versions': `${report}/report/versions`,
  'plan documents': generationsPath('plan-document', fy),
  obligations: apiPath('/v1/fiscal-years/{fy}/obligations', { fy }),
};

/** Every page of a list at `limit` a page, following cursors (at most 400 pages). */
async function walk(path: string, limit: number, extra: Record<string, string> = {}) {
  const pages: { items: unknown[]; cursor?: string }[] = [];
  let cursor: string | undefined;
  do {
    const res = await call(s.f.handler, {
      method: 'GET',
      path,
      as: who.coordinator,
      query: { ...extra, limit: String(limit), ...(cursor ? { cursor } : {}) },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    pages.push(res.body);
    cursor = res.body.cursor;
  } while (cursor && pages.length < 400);
  return pages;
}

describe('the last page of a paged list carries no cursor (break 18 F6)', () => {
  const obligationsMonth = { from: '2023-03-01', to: '2023-03-31' };
  it.each(Object.keys(lists))('the %s list, one item a page, two a page, and all in one page', async (name) => {
    const extra = name === 'obligations' ? obligationsMonth : {};
    const all = (await walk(lists[name]!, 50, extra))[0]!.items;
    // the plan's history holds its one import; every other list more than one item
    expect(all.length, 'the list has items').toBeGreaterThan(name === 'plan' ? 0 : 1);
    for (const limit of [...new Set([1, 2, all.length])]) {
      const pages = await walk(lists[name]!, limit, extra);
      expect(
        pages.map((p) => p.items.length),
        `pages of ${limit}`,
      ).toEqual(
        Array.from({ length: Math.ceil(all.length / limit) }, (_, i) => Math.min(limit, all.length - i * limit)),
      );
      expect(pages.flatMap((p) => p.items)).toEqual(all);
      expect(pages.at(-1)!.cursor, `the last page of ${limit}`).toBeUndefined();
    }
  });
});

// tester s39y: an unfiltered list's cursor sent with ?from&to was taken as an offset into the
// filtered list (20 of its 25 items, no error); a cursor belongs to the list it came from
describe("an obligations cursor is refused on another list's filters", () => {
  const list = (query: Record<string, string>) =>
    call(s.f.handler, {
      method: 'GET',
      path: apiPath('/v1/fiscal-years/{fy}/obligations', { fy }),
      as: who.coordinator,
      query,
    });
  it.each([
    ['the dates', {}, { from: '2023-03-01', to: '2023-03-31' }],
    ['the unit', { unit: 'finance' }, { unit: 'clerk' }],
    ['the status', { status: 'overdue' }, { status: 'due' }],
  ])('another %s: 400 on query.cursor in Thai; the same filters take it', async (_what, first, other) => {
    const page = await list({ ...first, limit: '1' });
    expect(page.status).toBe(200);
    const cursor = page.body.cursor as string;
    expect(cursor).toBeDefined();
    const refused = await list({ ...other, limit: '1', cursor });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toEqual([
      { path: 'query.cursor', message_th: 'ตำแหน่งหน้าไม่ถูกต้อง', message_en: 'invalid cursor' },
    ]);
    expect((await list({ ...first, limit: '1', cursor })).status).toBe(200);
  });
});
