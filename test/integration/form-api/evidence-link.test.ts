// Evidence files open from the report: a short-lived link, only for cited files, only for readers.
import { randomBytes } from 'node:crypto';
import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import contentDisposition from 'content-disposition';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { presignPdf, putFile } from '../../support/evidence-upload.js';
import { putReport } from '../../support/report-requests.js';

const fy = 2566;
const obligation = 'i4.f2.2023-04.finance';
const link = apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report/evidence-link', {
  fy,
  obligationId: obligation,
});
let f: ApiFixture;
let key: string;
let oldKey: string;
const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n% หลักฐาน\n'), randomBytes(2048)]);

/** Uploads `content` as the page does (presigned PUT, S3 answers 200); returns its key. */
async function upload(fileName: string, content: Buffer<ArrayBuffer>, obligationId = obligation): Promise<string> {
  const presigned = await presignPdf(f, obligationId, fileName, content);
  expect((await putFile(presigned, content)).status).toBe(200);
  return presigned.key;
}

beforeAll(async () => {
  f = await createApiFixture();
  oldKey = await upload('ฉบับแรก.pdf', Buffer.from('%PDF-1.4 old'));
  key = await upload('รายงานการประชุมประจำเดือน.pdf', bytes);
  for (const evidence of [[{ key: oldKey, title: 'ฉบับแรก' }], [{ key, title: 'รายงานการประชุม' }]]) {
    const res = await putReport(f, obligation, {
      progress: 'done',
      summary: 'แนบหลักฐาน',
      evidence,
      ...(evidence[0]!.key === key ? { expectedVersion: 1 } : {}),
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

  it('a cited key whose upload never happened, or whose file was deleted, is 404 with a Thai message, not a dead link', async () => {
    const neverUploaded = await presignPdf(f, obligation, 'ยังไม่อัปโหลด.pdf', Buffer.alloc(10));
    const deleted = await upload('ลบแล้ว.pdf', Buffer.from('%PDF-1.4 gone'));
    const latest = await call(f.handler, {
      method: 'GET',
      path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}', { fy, obligationId: obligation }),
      as: who.financeStaff,
    });
    const cite = await putReport(f, obligation, {
      progress: 'done',
      summary: 'แนบหลักฐาน',
      evidence: [
        { key, title: 'รายงานการประชุม' },
        { key: neverUploaded.key, title: 'ยังไม่อัปโหลด' },
        { key: deleted, title: 'ลบแล้ว' },
      ],
      expectedVersion: latest.body.latestReport.version,
    });
    expect(cite.status, JSON.stringify(cite.body)).toBe(200);
    await f.s3.send(new DeleteObjectCommand({ Bucket: f.bucket, Key: deleted }));
    for (const missing of [neverUploaded.key, deleted]) {
      const res = await call(f.handler, { method: 'GET', path: link, as: who.coordinator, query: { key: missing } });
      expect(res.status, missing).toBe(404);
      expect(res.body.error.message_th).toContain('ไม่พบไฟล์นี้ในที่เก็บหลักฐาน');
    }
    const present = await call(f.handler, { method: 'GET', path: link, as: who.coordinator, query: { key } });
    expect(present.status).toBe(200);
  });

  it('another org cannot reach it (404: no such plan there)', async () => {
    const res = await call(f.handler, { method: 'GET', path: link, as: who.otherCoordinator, query: { key } });
    expect(res.status).toBe(404);
  });
});

describe('the download keeps the name the file was uploaded with', () => {
  const march = 'i4.f2.2023-03.finance';
  const files = {
    spaces: 'บันทึก ประชุม เมษายน.pdf',
    brackets: 'รายงาน (ฉบับแก้ไข) ครั้งที่ 2.pdf',
    punctuation: "O'Brien & ผู้ช่วย, ฉบับ #3.pdf",
    renamed: 'ภาพถ่าย กิจกรรม.pdf',
    control: 'แบบ\u200bฟอร์ม.pdf',
    quotes: 'สรุป "ผล" ไตรมาส ๒.pdf',
    semicolon: 'สรุป;ผล.pdf',
    header: 'ผล; filename="x.exe".pdf',
    quoteSemicolon: '"ด่วน"; ตอบกลับ.pdf',
  };
  const keys: Record<string, string> = {};
  const titles: Record<keyof typeof files, string> = {
    spaces: files.spaces,
    brackets: files.brackets,
    punctuation: files.punctuation,
    renamed: 'ภาพกิจกรรมวันที่ ๒๐',
    control: files.control,
    quotes: files.quotes,
    semicolon: files.semicolon,
    header: files.header,
    quoteSemicolon: files.quoteSemicolon,
  };

  beforeAll(async () => {
    for (const [name, fileName] of Object.entries(files))
      keys[name] = await upload(fileName, Buffer.from('%PDF'), march);
    const res = await putReport(f, march, {
      progress: 'done',
      summary: 'แนบหลักฐานหลายไฟล์',
      evidence: (Object.keys(files) as (keyof typeof files)[]).map((n) => ({ key: keys[n]!, title: titles[n] })),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  });

  const savedAs = async (name: keyof typeof files) => {
    const res = await call(f.handler, {
      method: 'GET',
      path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report/evidence-link', {
        fy,
        obligationId: march,
      }),
      as: who.financeStaff,
      query: { key: keys[name]! },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const disposition = (await fetch(res.body.url)).headers.get('content-disposition') ?? '';
    // read as a browser does (RFC 6266: filename* wins over filename)
    return String(contentDisposition.parse(disposition).parameters.filename);
  };

  it('a Thai name with spaces downloads with its spaces, not the dashes of the stored key', async () => {
    expect(keys.spaces).toMatch(/-บันทึก-ประชุม-เมษายน\.pdf$/);
    expect(await savedAs('spaces')).toBe('บันทึก ประชุม เมษายน.pdf');
  });

  it('brackets, digits and punctuation (quote, ampersand, comma, hash) stay as uploaded', async () => {
    expect(await savedAs('brackets')).toBe('รายงาน (ฉบับแก้ไข) ครั้งที่ 2.pdf');
    expect(await savedAs('punctuation')).toBe("O'Brien & ผู้ช่วย, ฉบับ #3.pdf");
  });

  it.each(['quotes', 'semicolon', 'header', 'quoteSemicolon'] as const)(
    'a name with quotes or semicolons (from macOS and phones) stays as uploaded and adds no parameter: %s',
    async (name) => {
      expect(await savedAs(name)).toBe(files[name]);
    },
  );

  it("a renamed title, or one with an invisible format character, is not a file name: the key's name is used", async () => {
    expect(await savedAs('renamed')).toBe('ภาพถ่าย-กิจกรรม.pdf');
    expect(await savedAs('control')).toBe('แบบ-ฟอร์ม.pdf');
  });
});
