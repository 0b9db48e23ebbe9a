// A report's history is read in pages, and one report has at most MAX_REPORT_VERSIONS versions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import { MAX_REPORT_VERSIONS } from '../../../shared/domain/report-rules.js';
import { ReportRepository } from '../../../shared/store/report-repository.js';
import { call } from '../../support/api-events.js';
import { API_NOW, createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';

const fy = 2566;
const LONG = 'i4.f2.2023-01.finance';
/** 50 versions of three 5,000-character Thai fields: ~45 KB each, 2.2 MB in all (> DynamoDB's 1 MB page). */
const HEAVY = 'i4.f2.2023-02.finance';
/** A report at version 2: a stale expectedVersion past the cap must read as stale, not as the cap. */
const AT_TWO = 'i4.f2.2023-03.finance';
const heavyField = (v: number, name: string) => `ฉบับที่ ${v} ${name} `.padEnd(5000, 'ข');
const content = { progress: 'in_progress' as const, obstacles: '', suggestions: '', evidence: [] };
let f: ApiFixture;

beforeAll(async () => {
  f = await createApiFixture();
  const reports = new ReportRepository(f.store);
  const ref = { orgId: 'demo', fy: 2566, obligationId: LONG, unitId: 'finance' };
  for (let v = 1; v < MAX_REPORT_VERSIONS; v++) {
    await reports.saveVersion(
      ref,
      { ...content, summary: `ฉบับที่ ${v} ${'ก'.repeat(4000)}` },
      { actor: who.financeStaff, now: API_NOW, ...(v > 1 ? { expectedVersion: v - 1 } : {}) },
    );
  }
  for (let v = 1; v <= 2; v++) {
    await reports.saveVersion(
      { ...ref, obligationId: AT_TWO },
      { ...content, summary: `ฉบับที่ ${v}` },
      { actor: who.financeStaff, now: API_NOW, ...(v > 1 ? { expectedVersion: v - 1 } : {}) },
    );
  }
  const heavy = { ...ref, obligationId: HEAVY };
  for (let v = 1; v <= MAX_REPORT_VERSIONS; v++) {
    await reports.saveVersion(
      heavy,
      {
        ...content,
        summary: heavyField(v, 'ผลการดำเนินการ'),
        obstacles: heavyField(v, 'ปัญหาอุปสรรค'),
        suggestions: heavyField(v, 'ข้อเสนอแนะ'),
      },
      { actor: who.financeStaff, now: API_NOW, ...(v > 1 ? { expectedVersion: v - 1 } : {}) },
    );
  }
}, 240_000);
afterAll(async () => f?.close());

const versions = (query: Record<string, string> = {}, obligationId = LONG) =>
  call(f.handler, {
    method: 'GET',
    path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report/versions', { fy, obligationId }),
    as: who.coordinator,
    query,
  });

describe("a report's history", () => {
  it('comes 20 versions a page, oldest first, and the cursor walks every version once', async () => {
    const seen: number[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const res = await versions(cursor ? { cursor } : {});
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(20);
      seen.push(...res.body.items.map((r: { version: number }) => r.version));
      cursor = res.body.cursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(Array.from({ length: MAX_REPORT_VERSIONS - 1 }, (_, i) => i + 1));
  });

  it('takes a smaller page size and ends without a cursor on the last page', async () => {
    const first = await versions({ limit: '5' });
    expect(first.body.items.map((r: { version: number }) => r.version)).toEqual([1, 2, 3, 4, 5]);
    const second = await versions({ limit: '45', cursor: first.body.cursor });
    expect(second.body.items[0].version).toBe(6);
    expect(second.body.items.at(-1).version).toBe(MAX_REPORT_VERSIONS - 1);
    expect(second.body).not.toHaveProperty('cursor');
  });

  it.each([
    ['20 (the default)', {}],
    ['50, the largest page', { limit: '50' }],
    ['7', { limit: '7' }],
  ])('of versions larger than 1 MB together walks every version once with pages of %s', async (_name, query) => {
    const seen: number[] = [];
    let cursor: string | undefined;
    do {
      const res = await versions(cursor ? { ...query, cursor } : query, HEAVY);
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((r: { version: number }) => r.version));
      cursor = res.body.cursor;
      // A page without a cursor is the last one: every later version must already be seen.
      if (!cursor) expect(seen.at(-1)).toBe(MAX_REPORT_VERSIONS);
    } while (cursor);
    expect(seen).toEqual(Array.from({ length: MAX_REPORT_VERSIONS }, (_, i) => i + 1));
  });

  it('answers the whole history of large versions in one page of 50 when asked, without a cursor', async () => {
    const res = await versions({ limit: '50' }, HEAVY);
    expect(res.body.items).toHaveLength(MAX_REPORT_VERSIONS);
    expect(res.body.items[49].suggestions).toBe(heavyField(50, 'ข้อเสนอแนะ'));
    expect(res.body).not.toHaveProperty('cursor');
  });

  it.each([
    ['a forged cursor', { cursor: 'not-a-cursor' }, 'query.cursor'],
    ['a page larger than 50', { limit: '51' }, 'query.limit'],
    ['an unknown parameter', { page: '2' }, 'query'],
  ])('refuses %s with 400 and a field message', async (_name, query, path) => {
    const res = await versions(query);
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe(path);
    expect(res.body.error.fields[0].message_th).toMatch(/[\u0E00-\u0E7F]/);
  });
});

describe('the number of versions of one report is capped', () => {
  it(`refuses version ${MAX_REPORT_VERSIONS + 1} with a Thai 409 naming the cap, and writes nothing`, async () => {
    const put = (expectedVersion: number) =>
      call(f.handler, {
        method: 'PUT',
        path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report', { fy, obligationId: LONG }),
        as: who.financeStaff,
        body: { progress: 'done', summary: 'ฉบับสุดท้าย', expectedVersion },
      });
    expect((await put(MAX_REPORT_VERSIONS - 1)).status).toBe(200);
    const before = await f.dump();
    const res = await put(MAX_REPORT_VERSIONS);
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'conflict', maxVersions: MAX_REPORT_VERSIONS });
    expect(res.body.error.message_th).toContain('แก้ไขครบ ๕๐ ฉบับแล้ว');
    expect(await f.dump()).toBe(before);
  });

  it.each([
    ['60', 60],
    [`${MAX_REPORT_VERSIONS}, the cap itself`, MAX_REPORT_VERSIONS],
    ['2^53 - 1', Number.MAX_SAFE_INTEGER],
  ])(
    'answers a revision of version %s on a report at version 2 with the stale-version 409 and currentVersion 2',
    async (_name, expectedVersion) => {
      const before = await f.dump();
      const res = await call(f.handler, {
        method: 'PUT',
        path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report', { fy, obligationId: AT_TWO }),
        as: who.financeStaff,
        body: { progress: 'done', summary: 'ฉบับเก่า', expectedVersion },
      });
      expect(res.status).toBe(409);
      expect(res.body.error).toMatchObject({ code: 'conflict', currentVersion: 2 });
      expect(res.body.error).not.toHaveProperty('maxVersions');
      expect(res.body.error.message_th).toContain('ฉบับปัจจุบันคือฉบับที่ ๒');
      expect(await f.dump()).toBe(before);
    },
  );
});
