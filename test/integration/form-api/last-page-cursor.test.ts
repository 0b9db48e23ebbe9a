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

// tester s44: the list put a date's items in id string order (i1, i10, i11, i2 …, f1, f10, f2); it
// reads as the plan does: by due date, then measure order, follow-up number, period and unit as listed
describe('the obligations list reads as the plan does, over pages of any size', () => {
  const next = 2567;
  // twelve measures; i12 second in the plan, i3 with follow-ups 1, 2 and 10; units health before finance
  const ids = ['i1', 'i12', 'i2', 'i3', 'i4', 'i5', 'i6', 'i7', 'i8', 'i9', 'i10', 'i11'];
  const followUpNos = (id: string) => (id === 'i3' ? [1, 2, 10] : [1]);
  const units = ['health', 'finance'];
  /** The plan's reading of a month's monthly items: measure, follow-up, unit. */
  const inPlanOrder = (period: string, unitsShown = units) =>
    ids.flatMap((id) => followUpNos(id).flatMap((n) => unitsShown.map((u) => `${id}.f${n}.${period}.${u}`)));
  const list = apiPath('/v1/fiscal-years/{fy}/obligations', { fy: next });
  const idsOf = (pages: { items: unknown[] }[]) =>
    pages.flatMap((p) => (p.items as { obligationId: string }[]).map((o) => o.obligationId));

  beforeAll(async () => {
    await send('PUT', apiPath('/v1/fiscal-years/{fy}/plan', { fy: next }), {
      format: 'json',
      title: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๗',
      measures: ids.map((measureId, i) => ({
        measureId,
        order: i + 1,
        indicator: 1 + (i % 10),
        title: `มาตรการทดสอบลำดับ ${measureId}`,
        // follow-up 10 sent first: the number decides, not the place in the list
        followUps: followUpNos(measureId)
          .toReversed()
          .map((followUpNo) => ({ followUpNo, text: `รายงานผลข้อ ${followUpNo}`, cadence: 'monthly' })),
        responsible: { allUnits: false, unitIds: units, text: 'กองสาธารณสุขฯ และกองคลัง' },
      })),
    });
  });

  it('a month: measure order (i12 second, i10 after i9), follow-ups 1, 2, 10, units as listed; pages of 1, 5 and 7 resume after the right item', async () => {
    const march = { from: '2024-03-01', to: '2024-03-31' };
    const whole = (await walk(list, 200, march))[0]!.items as { obligationId: string; periodId: string }[];
    expect(whole.map((o) => o.obligationId)).toEqual(inPlanOrder(whole[0]!.periodId));
    for (const limit of [1, 5, 7])
      expect(idsOf(await walk(list, limit, march)), `pages of ${limit}`).toEqual(inPlanOrder(whole[0]!.periodId));
  });

  it("one unit's month, a page of 4 at a time: the same order", async () => {
    const march = { from: '2024-03-01', to: '2024-03-31', unit: 'finance' };
    const pages = await walk(list, 4, march);
    const period = (pages[0]!.items[0] as { periodId: string }).periodId;
    expect(idsOf(pages)).toEqual(inPlanOrder(period, ['finance']));
  });

  it('the whole year, 9 a page: by due date, each date as the plan reads', async () => {
    const pages = await walk(list, 9);
    const items = pages.flatMap((p) => p.items as { obligationId: string; dueDate: string; periodId: string }[]);
    // 14 monthly follow-ups, 12 months, 2 units
    expect(items).toHaveLength(14 * 12 * units.length);
    const dates = [...new Set(items.map((o) => o.dueDate))];
    expect(dates).toEqual([...dates].sort());
    for (const date of dates) {
      const onDate = items.filter((o) => o.dueDate === date);
      expect(onDate.map((o) => o.obligationId)).toEqual(inPlanOrder(onDate[0]!.periodId));
    }
  });
});
