// Calendar feeds: a secret URL each person creates and revokes; calendar apps fetch it unsigned.
import ical, { type VEvent } from 'node-ical';
import { DeleteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { putReport } from '../../support/report-requests.js';
import { toThaiDigits } from '../../../shared/domain/thai-format.js';

const base = '/v1/fiscal-years/2566';
let f: ApiFixture;
beforeAll(async () => {
  f = await createApiFixture();
  const submit = await putReport(f, 'i4.f2.2023-03.finance', { progress: 'done', summary: 'ตรวจนับพัสดุครบแล้ว' });
  expect(submit.status).toBe(200);
});
afterAll(async () => f?.close());

/** POST /v1/calendar-feeds as `as` (on `fixture`, default the shared one). */
const createFeed = (as: string, body: unknown = {}, fixture: ApiFixture = f) =>
  call(fixture.handler, { method: 'POST', path: '/v1/calendar-feeds', as, body });
/** GET /v1/calendar-feeds: the caller's own feeds. */
const listFeeds = (as: string) => call(f.handler, { method: 'GET', path: '/v1/calendar-feeds', as });

async function obligationsOf(as: string, query: Record<string, string> = {}, fixture: ApiFixture = f) {
  const items: { obligationId: string; dueDate: string }[] = [];
  let cursor: string | undefined;
  do {
    const res = await call(fixture.handler, {
      method: 'GET',
      path: `${base}/obligations`,
      as,
      query: { limit: '200', ...query, ...(cursor ? { cursor } : {}) },
    });
    expect(res.status).toBe(200);
    items.push(...res.body.items);
    cursor = res.body.cursor;
  } while (cursor);
  return items;
}

/** GET /calendar/{token}.ics with no Authorization header at all, as a calendar app does. */
async function fetchFeed(url: string, fixture: ApiFixture = f) {
  const path = new URL(url).pathname;
  const res = await call(fixture.handler, { method: 'GET', path });
  const events =
    res.status === 200
      ? Object.values(ical.sync.parseICS(String(res.body))).filter((c): c is VEvent => c?.type === 'VEVENT')
      : [];
  return { res, events };
}

/** i4.f2.2023-03.finance -> i4.f2.2023-03: the follow-up's period, which a whole-org feed shows once. */
const periodOf = (o: { obligationId: string }) => o.obligationId.split('.').slice(0, 3).join('.');

const localDate = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

describe("a staff member's calendar", () => {
  let url: string;
  let feedId: string;

  it('is created (201, Location) with a secret URL shown once, and listed without it', async () => {
    const created = await createFeed(who.financeStaff, { label: 'ปฏิทินกองคลัง' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    url = created.body.url;
    feedId = created.body.feedId;
    expect(created.headers.location).toBe(`/v1/calendar-feeds/${feedId}`);
    expect(url).toMatch(/^https:\/\/ita\.example\.org\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const list = await listFeeds(who.financeStaff);
    expect(list.body.items).toEqual([{ feedId, label: 'ปฏิทินกองคลัง', createdAt: '2023-04-20T03:00:00.000Z' }]);
    expect(JSON.stringify(list.body)).not.toContain(new URL(url).pathname.slice(10, 40));
    await expect(f.dump()).resolves.not.toContain(new URL(url).pathname.slice(10, 40));
  });

  it('has one all-day event per obligation of the unit for the year, on its due date, in Thai, with a stable UID', async () => {
    const { res, events } = await fetchFeed(url);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const expected = await obligationsOf(who.financeStaff, { unit: 'finance' });
    expect(events).toHaveLength(expected.length);
    const byUid = new Map(events.map((e) => [e.uid, e]));
    for (const o of expected) {
      const event = byUid.get(`demo.2566.${o.obligationId}@ita-measures`);
      expect(event, o.obligationId).toBeDefined();
      expect(event!.datetype).toBe('date');
      expect(localDate(event!.start), o.obligationId).toBe(o.dueDate);
    }
    const march = byUid.get('demo.2566.i4.f2.2023-03.finance@ita-measures')!;
    expect(march.summary).toBe('✅ รายงานแล้ว · ส่งรายงาน ITA · ตัวชี้วัดที่ ๔ มาตรการที่ ๑ ข้อ ๒ · มีนาคม ๒๕๖๖ · กองคลัง');
    const april = byUid.get('demo.2566.i4.f2.2023-04.finance@ita-measures')!;
    expect(april.summary).toBe('ส่งรายงาน ITA · ตัวชี้วัดที่ ๔ มาตรการที่ ๑ ข้อ ๒ · เมษายน ๒๕๖๖ · กองคลัง');
    expect(april.description).toContain('มาตรการ: ');
    expect(april.description).toContain('การติดตามผล: ');
    expect(april.description).toContain('https://ita.example.org/#/org/demo/fy/2566/o/i4.f2.2023-04.finance');

    const again = await fetchFeed(url);
    expect(again.events.map((e) => e.uid).sort()).toEqual(events.map((e) => e.uid).sort());
  });

  it("is someone else's to revoke: 404 for another person; revoked, the URL is 404", async () => {
    const notYours = await call(f.handler, {
      method: 'DELETE',
      path: `/v1/calendar-feeds/${feedId}`,
      as: who.engineeringStaff,
    });
    expect(notYours.status).toBe(404);
    expect((await fetchFeed(url)).res.status).toBe(200);
    const revoked = await call(f.handler, {
      method: 'DELETE',
      path: `/v1/calendar-feeds/${feedId}`,
      as: who.financeStaff,
    });
    expect(revoked.status).toBe(200);
    const after = await fetchFeed(url);
    expect(after.res.status).toBe(404);
    expect(after.res.body.error.message_th).toBe('ไม่พบปฏิทินนี้ หรือถูกยกเลิกแล้ว');
    const list = await listFeeds(who.financeStaff);
    expect(list.body.items).toEqual([]);
  });

  it('unknown tokens are 404: made up, one character changed, not a token at all', async () => {
    const token = 'A'.repeat(43);
    for (const path of [
      `/calendar/${token}.ics`,
      `/calendar/${token.slice(0, -1)}B.ics`,
      '/calendar/x.ics',
      '/calendar/abc',
    ]) {
      const res = await call(f.handler, { method: 'GET', path });
      expect(res.status, path).toBe(404);
    }
  });
});

describe('calendar apps only know the URL: anything but a live token is 404, and HEAD is GET without the body', () => {
  it.each([
    ['a 400-character token', `${'A'.repeat(400)}.ics`],
    ['a 5,000-character token', `${'b'.repeat(5000)}.ics`],
    ['a token of Thai letters and a space', `${encodeURIComponent('ปฏิทิน ของฉัน')}.ics`],
  ])('%s is 404 with the Thai and English message, not 400', async (_n, file) => {
    const res = await call(f.handler, { method: 'GET', path: `/calendar/${file}` });
    expect(res.status, JSON.stringify(res.body)).toBe(404);
    expect(res.body.error.message_th).toBe('ไม่พบปฏิทินนี้ หรือถูกยกเลิกแล้ว');
    expect(res.body.error.message_en).toMatch(/no such calendar feed/);
  });

  it('HEAD on a live URL: 200, text/calendar, no body; HEAD on a revoked or unknown one: 404, no body', async () => {
    const created = await createFeed(who.financeHead);
    const path = new URL(created.body.url).pathname;
    const head = await call(f.handler, { method: 'HEAD', path });
    expect(head.status).toBe(200);
    expect(head.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(head.body, 'no body').toBeUndefined();
    await call(f.handler, { method: 'DELETE', path: `/v1/calendar-feeds/${created.body.feedId}`, as: who.financeHead });
    for (const p of [path, `/calendar/${'A'.repeat(43)}.ics`, `/calendar/${'A'.repeat(400)}.ics`]) {
      const res = await call(f.handler, { method: 'HEAD', path: p });
      expect(res.status, p).toBe(404);
      expect(res.body, p).toBeUndefined();
    }
  });
});

describe("a coordinator's and a deactivated person's calendars", () => {
  it("a coordinator's feed has one event per follow-up and period, every unit's obligations in it", async () => {
    const created = await createFeed(who.coordinator);
    const { events } = await fetchFeed(created.body.url);
    const all = await obligationsOf(who.coordinator);
    expect(new Set(events.map((e) => e.uid))).toEqual(new Set(all.map((o) => `demo.2566.${periodOf(o)}@ita-measures`)));
    // a follow-up of several units: their number in the title, each unit and its state in the description
    const shared = all.find((o) => all.some((p) => p !== o && periodOf(p) === periodOf(o)))!;
    const units = all.filter((o) => periodOf(o) === periodOf(shared));
    const event = events.find((e) => e.uid === `demo.2566.${periodOf(shared)}@ita-measures`)!;
    expect(localDate(event.start)).toBe(shared.dueDate);
    expect(event.summary).toMatch(new RegExp(` · ${toThaiDigits(units.length)} หน่วยงาน$`));
    for (const name of ['สำนักปลัดเทศบาล', 'กองคลัง', 'กองช่าง']) expect(event.description).toContain(`- ${name}: `);
    expect(event.description).toMatch(/https:\/\/ita\.example\.org\/#\/org\/demo\/fy\/2566\/overview\/\d{4}-\d{2}/);
    // กองคลัง's March report is in (beforeAll): one of five
    const march = events.find((e) => e.uid === 'demo.2566.i4.f2.2023-03@ita-measures')!;
    expect(march.summary).toBe('ส่งรายงาน ITA · ตัวชี้วัดที่ ๔ มาตรการที่ ๑ ข้อ ๒ · มีนาคม ๒๕๖๖ · ๕ หน่วยงาน (รายงานแล้ว ๑/๕)');
    expect(march.description).toContain('- กองคลัง: ส่งแล้ว รอตรวจ');
    expect(march.description).toContain('- กองช่าง: เลยกำหนด');
    expect(march.description).toContain('https://ita.example.org/#/org/demo/fy/2566/overview/2023-03');
  });

  it("a person deactivated in the org: their feed's URL is 404", async () => {
    const created = await createFeed(who.clerkStaff);
    expect((await fetchFeed(created.body.url)).res.status).toBe(200);
    const off = await call(f.handler, {
      method: 'PUT',
      path: `/v1/people/${who.clerkStaff}`,
      as: who.admin,
      body: { active: false },
    });
    expect(off.status).toBe(200);
    expect((await fetchFeed(created.body.url)).res.status).toBe(404);
  });
});

describe('a reactivated person: calendar URLs made before the deactivation stay closed', () => {
  const setActive = (personId: string, active: boolean) =>
    call(f.handler, { method: 'PUT', path: `/v1/people/${personId}`, as: who.admin, body: { active } });

  it('deactivated, then reactivated: the old URLs are 404, the list is empty, a new URL works', async () => {
    const old = await Promise.all([createFeed(who.engineeringStaff), createFeed(who.engineeringStaff)]);
    for (const o of old) expect((await fetchFeed(o.body.url)).res.status).toBe(200);
    expect((await setActive(who.engineeringStaff, false)).status).toBe(200);
    expect((await setActive(who.engineeringStaff, true)).status).toBe(200);
    for (const o of old) expect((await fetchFeed(o.body.url)).res.status, 'revived').toBe(404);
    const list = await listFeeds(who.engineeringStaff);
    expect(list.body.items).toEqual([]);
    const fresh = await createFeed(who.engineeringStaff);
    expect(fresh.status).toBe(201);
    expect((await fetchFeed(fresh.body.url)).res.status).toBe(200);
  });

  it('a person who had 10 URLs may make 10 new ones after reactivation', async () => {
    const old = await Promise.all(Array.from({ length: 10 }, () => createFeed(who.financeStaff)));
    expect(old.filter((r) => r.status === 201).length).toBe(10);
    expect((await setActive(who.financeStaff, false)).status).toBe(200);
    expect((await setActive(who.financeStaff, true)).status).toBe(200);
    const fresh = await Promise.all(Array.from({ length: 10 }, () => createFeed(who.financeStaff)));
    expect(fresh.map((r) => r.status)).toEqual(Array.from({ length: 10 }, () => 201));
    for (const o of old) expect((await fetchFeed(o.body.url)).res.status).toBe(404);
  });

  it('a feed the deactivation missed (written while inactive) is revoked on reactivation', async () => {
    const made = await createFeed(who.coordinator);
    expect(made.status).toBe(201);
    // a second coordinator first: the org's last active coordinator cannot be deactivated
    const deputy = await call(f.handler, {
      method: 'POST',
      path: '/v1/people',
      as: who.admin,
      body: { email: `deputy.cal@${f.mailDomain}`, name: 'รองปลัด ปฏิทิน', roles: ['coordinator'] },
    });
    expect(deputy.status).toBe(201);
    expect((await setActive(who.coordinator, false)).status).toBe(200);
    // as if the revocation had failed: a feed item written for the inactive person
    const missed = { orgId: 'demo', personId: who.coordinator, feedId: 'missedfeed0001', label: 'x' };
    await f.repos.calendarFeeds.create(
      { ...missed, tokenHash: 'a'.repeat(64), createdAt: '2023-04-20T03:00:00.000Z' },
      10,
    );
    expect((await setActive(who.coordinator, true)).status).toBe(200);
    expect((await fetchFeed(made.body.url)).res.status).toBe(404);
    expect(await f.repos.calendarFeeds.listForOwner('demo', who.coordinator)).toEqual([]);
  });
});

/** Each event's title once: two obligations due the same day must not read the same. */
function expectDistinctThaiTitles(events: VEvent[]) {
  const titles = events.map((e) => e.summary as unknown as string);
  expect(titles.length).toBeGreaterThan(0);
  const repeated = titles.filter((t, i) => titles.indexOf(t) !== i);
  expect(repeated, 'titles seen twice').toEqual([]);
  for (const t of titles) expect(t, 'Thai digits only').not.toMatch(/[0-9]/);
}

describe('event titles say which obligation, once each', () => {
  it("in a staff member's feed: two follow-ups of one measure due the same day read differently", async () => {
    const created = await createFeed(who.engineeringStaff);
    const { events } = await fetchFeed(created.body.url);
    const i10 = events.filter((e) => e.uid.includes('.i10.') && localDate(e.start) === '2022-10-31');
    expect(i10.map((e) => e.summary as unknown as string).sort()).toEqual([
      'ส่งรายงาน ITA · ตัวชี้วัดที่ ๑๐ มาตรการที่ ๗ ข้อ ๑ · ตุลาคม ๒๕๖๕ · กองช่าง',
      'ส่งรายงาน ITA · ตัวชี้วัดที่ ๑๐ มาตรการที่ ๗ ข้อ ๔ · ตุลาคม ๒๕๖๕ · กองช่าง',
    ]);
    expectDistinctThaiTitles(events);
  });

  it("in a coordinator's feed: every unit's obligations of the whole year", async () => {
    const created = await createFeed(who.coordinator);
    expectDistinctThaiTitles((await fetchFeed(created.body.url)).events);
  });
});

describe('the year just ended stays in the feed while its reports are still asked for', () => {
  // the clock this fixture's API reads: moved by the tests below
  const when = { now: new Date('2023-09-30T17:00:00Z') }; // 1 October 2023, 00:00 in Bangkok
  let g: ApiFixture;
  let url: string;
  beforeAll(async () => {
    g = await createApiFixture(when);
    // a second measure for indicator 4 with the same follow-ups: its events fall on the same days
    const seed = (await g.repos.plans.getPlan('demo', 2566))!;
    const i4 = seed.measures.find((m) => m.measureId === 'i4')!;
    const { version: _v, updatedAt: _u, updatedBy: _b, ...plan } = seed;
    await g.repos.plans.savePlan(
      { ...plan, measures: [...plan.measures, { ...i4, measureId: 'i4-extra', order: 8 }] },
      { actor: 'test', now: when.now, expectedVersion: seed.version },
    );
    const created = await createFeed(who.coordinator, {}, g);
    expect(created.status).toBe(201);
    url = created.body.url;
  });
  afterAll(async () => g?.close());

  // a coordinator's feed: one event per follow-up and period, its units in it
  const september = 'demo.2566.i4.f2.2023-09@ita-measures';

  it.each([
    ['1 October 2023, the new year’s first day', '2023-09-30T17:00:00Z'],
    ['15 January 2024', '2024-01-15T03:00:00Z'],
    ['28 March 2024, the last day last year’s reminders can run', '2024-03-28T10:00:00Z'],
  ])('on %s, every FY2566 obligation is still there, September’s unsettled one included', async (_day, at) => {
    when.now = new Date(at);
    const { res, events } = await fetchFeed(url, g);
    expect(res.status).toBe(200);
    const uids = new Set(events.map((e) => e.uid));
    expect(uids.has(september)).toBe(true);
    expect(events.find((e) => e.uid === september)!.summary).toBe(
      'ส่งรายงาน ITA · ตัวชี้วัดที่ ๔ มาตรการที่ ๑ ข้อ ๒ · กันยายน ๒๕๖๖ · ๕ หน่วยงาน',
    );
    expect(events.filter((e) => e.uid.startsWith('demo.2566.')).length).toBe(events.length);
    expect(events.length).toBe(new Set((await obligationsOf(who.coordinator, {}, g)).map(periodOf)).size);
    // two measures of one indicator with the same follow-ups, due the same days: still one title each
    expect(uids.has('demo.2566.i4-extra.f2.2023-09@ita-measures')).toBe(true);
    expectDistinctThaiTitles(events);
  });

  it('from 29 March 2024 the year is over for reminders, and for the feed', async () => {
    when.now = new Date('2024-03-29T03:00:00Z');
    const { res, events } = await fetchFeed(url, g);
    expect(res.status).toBe(200);
    expect(events).toEqual([]);
  });
});

describe('at most 10 calendar feeds a person, also when many are created at once', () => {
  const feedItems = async (personId: string) =>
    (
      await f.store.doc.send(
        new QueryCommand({
          TableName: f.store.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': 'ORG#demo', ':prefix': `FEED#${personId}#` },
          ConsistentRead: true,
        }),
      )
    ).Items ?? [];
  const expectFull = (res: Awaited<ReturnType<typeof createFeed>>) => {
    expect(res.status, JSON.stringify(res.body)).toBe(409);
    expect(res.body.error.message_th).toBe('มีปฏิทินครบ ๑๐ รายการแล้ว กรุณายกเลิกรายการเดิมก่อน');
    expect(res.body.error.message_en).toMatch(/at most 10/);
  };

  it('15 created at the same moment: exactly 10 are made, 5 get 409 in Thai and English, nothing extra stored', async () => {
    const results = await Promise.all(Array.from({ length: 15 }, () => createFeed(who.financeHead)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(10);
    for (const r of results.filter((x) => x.status !== 201)) expectFull(r);
    expect(await feedItems(who.financeHead)).toHaveLength(10);
    const list = await listFeeds(who.financeHead);
    expect(list.body.items).toHaveLength(10);
    for (const r of results.filter((x) => x.status === 201)) {
      expect((await fetchFeed(r.body.url)).res.status).toBe(200);
    }
  });

  it('revoking one frees one place: of 4 created at once after it, exactly 1 is made', async () => {
    const [first] = (await listFeeds(who.financeHead)).body.items as { feedId: string }[];
    const revoked = await call(f.handler, {
      method: 'DELETE',
      path: `/v1/calendar-feeds/${first!.feedId}`,
      as: who.financeHead,
    });
    expect(revoked.status).toBe(200);
    const results = await Promise.all(Array.from({ length: 4 }, () => createFeed(who.financeHead)));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    expect(await feedItems(who.financeHead)).toHaveLength(10);
  });

  it('revoking and creating at the same moment never lets the count drift past 10', async () => {
    const { items } = (await listFeeds(who.financeHead)).body as { items: { feedId: string }[] };
    const revokes = items
      .slice(0, 3)
      .map((i) => call(f.handler, { method: 'DELETE', path: `/v1/calendar-feeds/${i.feedId}`, as: who.financeHead }));
    const creates = Array.from({ length: 8 }, () => createFeed(who.financeHead));
    const [r, c] = await Promise.all([Promise.all(revokes), Promise.all(creates)]);
    expect(r.map((x) => x.status)).toEqual([200, 200, 200]);
    const made = c.filter((x) => x.status === 201).length;
    expect(made).toBeLessThanOrEqual(3);
    expect(await feedItems(who.financeHead)).toHaveLength(7 + made);
    // fill up again: exactly the free places are taken
    const more = await Promise.all(Array.from({ length: 5 }, () => createFeed(who.financeHead)));
    expect(more.filter((x) => x.status === 201)).toHaveLength(3 - made);
    expect(await feedItems(who.financeHead)).toHaveLength(10);
  });

  it('feeds made before the count existed are counted: a person with 10 of them gets 409', async () => {
    // as stored by the version that counted by reading: feed items without the count item
    const made = await Promise.all(Array.from({ length: 10 }, () => createFeed(who.executive)));
    expect(made.every((r) => r.status === 201)).toBe(true);
    await f.store.doc.send(
      new DeleteCommand({ TableName: f.store.tableName, Key: { pk: 'ORG#demo', sk: `FEEDCOUNT#${who.executive}` } }),
    );
    expectFull(await createFeed(who.executive));
    expect(await feedItems(who.executive)).toHaveLength(10);
  });
});
