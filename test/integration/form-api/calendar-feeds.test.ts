// Calendar feeds: a secret URL each person creates and revokes; calendar apps fetch it unsigned.
import ical, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';

const base = '/v1/fiscal-years/2566';
let f: ApiFixture;
beforeAll(async () => {
  f = await createApiFixture();
  const submit = await call(f.handler, {
    method: 'PUT',
    path: `${base}/obligations/i4.f2.2023-03.finance/report`,
    as: who.financeStaff,
    body: { progress: 'done', summary: 'ตรวจนับพัสดุครบแล้ว' },
  });
  expect(submit.status).toBe(200);
});
afterAll(async () => f?.close());

async function obligationsOf(as: string, query: Record<string, string> = {}) {
  const items: { obligationId: string; dueDate: string }[] = [];
  let cursor: string | undefined;
  do {
    const res = await call(f.handler, {
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
async function fetchFeed(url: string) {
  const path = new URL(url).pathname;
  const res = await call(f.handler, { method: 'GET', path });
  const events =
    res.status === 200
      ? Object.values(ical.sync.parseICS(String(res.body))).filter((c): c is VEvent => c?.type === 'VEVENT')
      : [];
  return { res, events };
}

const localDate = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

describe("a staff member's calendar", () => {
  let url: string;
  let feedId: string;

  it('is created with a secret URL shown once, and listed without it', async () => {
    const created = await call(f.handler, {
      method: 'POST',
      path: '/v1/calendar-feeds',
      as: who.financeStaff,
      body: { label: 'ปฏิทินกองคลัง' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    url = created.body.url;
    feedId = created.body.feedId;
    expect(url).toMatch(/^https:\/\/ita\.example\.org\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const list = await call(f.handler, { method: 'GET', path: '/v1/calendar-feeds', as: who.financeStaff });
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
    expect(march.summary).toBe('✅ รายงานแล้ว · ส่งรายงาน ITA ตัวชี้วัดที่ 4 มีนาคม ๒๕๖๖ · กองคลัง');
    const april = byUid.get('demo.2566.i4.f2.2023-04.finance@ita-measures')!;
    expect(april.summary).toBe('ส่งรายงาน ITA ตัวชี้วัดที่ 4 เมษายน ๒๕๖๖ · กองคลัง');
    expect(april.description).toContain('มาตรการ: ');
    expect(april.description).toContain('การติดตามผล: ');
    expect(april.description).toContain('https://ita.example.org/#/fy/2566/o/i4.f2.2023-04.finance');

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
    const list = await call(f.handler, { method: 'GET', path: '/v1/calendar-feeds', as: who.financeStaff });
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

describe("a coordinator's and a deactivated person's calendars", () => {
  it("a coordinator's feed has the whole org's obligations", async () => {
    const created = await call(f.handler, {
      method: 'POST',
      path: '/v1/calendar-feeds',
      as: who.coordinator,
      body: {},
    });
    const { events } = await fetchFeed(created.body.url);
    const all = await obligationsOf(who.coordinator);
    expect(events).toHaveLength(all.length);
    expect(new Set(events.map((e) => (e.summary as unknown as string).split(' · ').pop()))).toEqual(
      new Set(['สำนักปลัดเทศบาล', 'กองคลัง', 'กองช่าง', 'กองการศึกษา', 'กองสาธารณสุขและสิ่งแวดล้อม']),
    );
  });

  it("a person deactivated in the org: their feed's URL is 404", async () => {
    const created = await call(f.handler, { method: 'POST', path: '/v1/calendar-feeds', as: who.clerkStaff, body: {} });
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
