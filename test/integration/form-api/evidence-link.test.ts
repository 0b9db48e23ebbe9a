// Evidence files open from the report: a short-lived link, only for cited files, only for readers.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';

const base = '/v1/fiscal-years/2566';
const obligation = 'i4.f2.2023-04.finance';
const link = `${base}/obligations/${obligation}/report/evidence-link`;
let f: ApiFixture;
let key: string;
let oldKey: string;
const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n% หลักฐาน\n'), randomBytes(2048)]);

async function upload(fileName: string, content: Buffer): Promise<string> {
  const res = await call(f.handler, {
    method: 'POST',
    path: `${base}/evidence-uploads`,
    as: who.financeStaff,
    body: { obligationId: obligation, fileName, contentType: 'application/pdf', size: content.length },
  });
  expect(res.status).toBe(200);
  const put = await fetch(res.body.uploadUrl, {
    method: 'PUT',
    headers: res.body.headers,
    body: new Uint8Array(content),
  });
  expect(put.status).toBe(200);
  return res.body.key;
}

beforeAll(async () => {
  f = await createApiFixture();
  oldKey = await upload('ฉบับแรก.pdf', Buffer.from('%PDF-1.4 old'));
  key = await upload('รายงานการประชุมประจำเดือน.pdf', bytes);
  for (const evidence of [[{ key: oldKey, title: 'ฉบับแรก' }], [{ key, title: 'รายงานการประชุม' }]]) {
    const res = await call(f.handler, {
      method: 'PUT',
      path: `${base}/obligations/${obligation}/report`,
      as: who.financeStaff,
      body: {
        progress: 'done',
        summary: 'แนบหลักฐาน',
        evidence,
        ...(evidence[0]!.key === key ? { expectedVersion: 1 } : {}),
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }
});
afterAll(async () => f?.close());

describe('an evidence file opens from the report', () => {
  it.each([
    ["the unit's staff", who.financeStaff],
    ['a coordinator', who.coordinator],
    ['an executive', who.executive],
  ])('as %s: the bytes equal the upload and the download keeps the Thai file name', async (_who, as) => {
    const res = await call(f.handler, { method: 'GET', path: link, as, query: { key } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.expiresAt).toBe('2023-04-20T03:05:00.000Z');
    const url = new URL(res.body.url);
    // the disposition is a signed query parameter (part of the SigV4 canonical request)
    expect(url.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
    expect(url.searchParams.get('X-Amz-Expires')).toBe('300');
    const download = await fetch(url);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
    const disposition = download.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    const encoded = /filename\*=UTF-8''(.+)$/.exec(disposition)?.[1] ?? '';
    expect(decodeURIComponent(encoded)).toBe('รายงานการประชุมประจำเดือน.pdf');
  });

  it('a file cited only by an earlier version still opens', async () => {
    const res = await call(f.handler, { method: 'GET', path: link, as: who.coordinator, query: { key: oldKey } });
    expect(res.status).toBe(200);
    expect(Buffer.from(await (await fetch(res.body.url)).arrayBuffer()).toString()).toBe('%PDF-1.4 old');
  });

  it("another unit's staff get 403 for the same key; admins without a unit too", async () => {
    for (const as of [who.engineeringStaff, who.clerkStaff, who.admin]) {
      const res = await call(f.handler, { method: 'GET', path: link, as, query: { key } });
      expect(res.status, as).toBe(403);
      expect(res.body.error.message_th).toMatch(/[\u0E00-\u0E7F]/);
    }
  });

  it('a key no version of this report cites is 404: another obligation, a made-up key, a path escape', async () => {
    for (const other of [
      key.replace(obligation, 'i4.f2.2023-03.finance'),
      `demo/2566/evidence/${obligation}/00000000-0000-4000-8000-000000000000-x.pdf`,
      `demo/2566/evidence/${obligation}/../../../other/secret.pdf`,
    ]) {
      const res = await call(f.handler, { method: 'GET', path: link, as: who.coordinator, query: { key: other } });
      expect(res.status, other).toBe(404);
      expect(res.body.error.message_th).toBe('ไม่พบไฟล์นี้ในรายงาน');
    }
  });

  it('another org cannot reach it (404: no such plan there)', async () => {
    const res = await call(f.handler, { method: 'GET', path: link, as: who.otherCoordinator, query: { key } });
    expect(res.status).toBe(404);
  });
});
