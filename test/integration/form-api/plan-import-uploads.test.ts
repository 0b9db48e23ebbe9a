// Plan files over the inline limit: POST …/plan-import-uploads gives a presigned PUT to S3 (s3rver
// here), then POST …/plan-imports with the uploadId reads the object. Nothing is written to the table.
import { readFileSync } from 'node:fs';
import { randomBytes, randomUUID } from 'node:crypto';
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import { DEFAULT_MAX_BODY_BYTES, ROUTES, type RouteSpec } from '../../../shared/api/routes.js';
import {
  LAMBDA_SYNC_PAYLOAD_BYTES,
  MAX_INLINE_PLAN_BASE64_CHARS,
  MAX_INLINE_PLAN_FILE_BYTES,
  MAX_PLAN_FILE_BYTES,
  PLAN_IMPORT_MAX_BODY_BYTES,
  planUploadKey,
} from '../../../shared/domain/plan-upload-rules.js';
import { apiEvent, call } from '../../support/api-events.js';
import { who } from '../../support/api-fixture.js';
import { apiSuite } from '../../support/api-suite.js';
import { presignedSignatureMatches, signedHeaderNames } from '../../support/sigv4-presigned.js';

const fy = 2567;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const suite = apiSuite();

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/plans/${name}`, import.meta.url));
const uploadsPath = (year = fy) => apiPath('/v1/fiscal-years/{fy}/plan-import-uploads', { fy: year });
const importsPath = (year = fy) => apiPath('/v1/fiscal-years/{fy}/plan-imports', { fy: year });

interface Upload {
  uploadId: string;
  uploadUrl: string;
  method: 'PUT';
  headers: Record<string, string>;
  expiresAt: string;
}

async function askUpload(body: unknown, as: string = who.coordinator, year = fy) {
  return call(suite.f.handler, { method: 'POST', path: uploadsPath(year), as, body });
}

/** Asks for an upload of `bytes` and PUTs them as the page does (or `sent` instead, to lie about the size). */
async function uploadFile(bytes: Buffer, options: { as?: string; year?: number; sent?: Buffer } = {}): Promise<Upload> {
  const res = await askUpload(
    { fileName: 'แผน.docx', contentType: DOCX, size: bytes.length },
    options.as,
    options.year,
  );
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const upload = res.body as Upload;
  const put = await fetch(upload.uploadUrl, {
    method: 'PUT',
    headers: upload.headers,
    body: new Uint8Array(options.sent ?? bytes),
  });
  expect(put.status).toBe(200);
  return upload;
}

const importUploaded = (uploadId: string, as: string = who.coordinator, year = fy) =>
  call(suite.f.handler, {
    method: 'POST',
    path: importsPath(year),
    as,
    body: { fileName: 'แผน.docx', contentType: DOCX, uploadId },
  });

const importInline = (bytes: Buffer) =>
  call(suite.f.handler, {
    method: 'POST',
    path: importsPath(),
    as: who.coordinator,
    body: { fileName: 'แผน.docx', contentType: DOCX, contentBase64: bytes.toString('base64') },
  });

/** A Word plan with a photo: the fixture plus `mediaBytes` of incompressible image data, stored. */
function wordPlanWithPhoto(name: string, mediaBytes: number): Buffer {
  const parts = unzipSync(fixture(name));
  parts['word/media/image1.jpeg'] = randomBytes(mediaBytes);
  return Buffer.from(zipSync(parts, { level: 0 }));
}

describe('a plan file of 4.9 MB (over the inline limit) through the presigned upload', () => {
  it('gives the same plan as the same document sent inline as a small file, and writes nothing', async () => {
    const small = fixture('05-standard.docx');
    const big = wordPlanWithPhoto('05-standard.docx', 4_900_000 - small.length - 300);
    expect(big.length).toBeGreaterThan(MAX_INLINE_PLAN_FILE_BYTES);
    expect(big.length).toBeLessThanOrEqual(MAX_PLAN_FILE_BYTES);
    const before = suite.writes.count;
    const inline = await importInline(small);
    expect(inline.status).toBe(200);
    // the big file is refused inline, with where to send it
    const refused = await importInline(big);
    expect(refused.status).toBe(413);
    expect(refused.body.error.message_th).toContain('plan-import-uploads');

    const upload = await uploadFile(big);
    expect(upload.uploadId).toMatch(new RegExp(`^[0-9a-f-]{36}\\.${big.length}$`));
    const head = await suite.f.s3.send(
      new HeadObjectCommand({ Bucket: suite.f.bucket, Key: planUploadKey('demo', fy, upload.uploadId) }),
    );
    expect(head.ContentLength).toBe(big.length);
    const res = await importUploaded(upload.uploadId);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.fileKind).toBe('docx');
    expect(res.body.plan).toEqual(inline.body.plan);
    expect(res.body.warnings).toEqual(inline.body.warnings);
    expect(res.body.plan.measures.length).toBeGreaterThan(0);
    expect(suite.writes.count).toBe(before);
  });

  it('a text plan uploaded reads as the same text inline (another format, same path)', async () => {
    const text = fixture('01-reordered-budget.txt');
    const upload = await uploadFile(text);
    const res = await importUploaded(upload.uploadId);
    expect(res.status).toBe(200);
    expect(res.body.plan).toEqual((await importInline(text)).body.plan);
  });
});

describe('the presigned PUT of a plan file', () => {
  it('is signed for exactly the announced content type and size, and only for a new object (SigV4 recomputed)', async () => {
    const secret = process.env.AWS_SECRET_ACCESS_KEY!;
    const res = await askUpload({ fileName: 'แผน.pdf', contentType: 'application/pdf', size: 4_900_000 });
    expect(res.status).toBe(201);
    const url: string = res.body.uploadUrl;
    expect(new URL(url).pathname).toContain(`/plan-uploads/demo/${fy}/`);
    expect(signedHeaderNames(url)).toEqual(expect.arrayContaining(['content-type', 'content-length', 'if-none-match']));
    const sent = { ...res.body.headers, 'content-length': '4900000' };
    expect(sent).toEqual({ 'content-type': 'application/pdf', 'content-length': '4900000', 'if-none-match': '*' });
    expect(presignedSignatureMatches(url, 'PUT', sent, secret)).toBe(true);
    for (const other of [
      { 'content-type': 'text/html' },
      { 'content-type': DOCX },
      { 'content-length': '4900001' },
      { 'content-length': String(50 * 1024 * 1024) },
      { 'if-none-match': 'not-star' },
    ]) {
      expect(presignedSignatureMatches(url, 'PUT', { ...sent, ...other }, secret), JSON.stringify(other)).toBe(false);
    }
    const { 'if-none-match': _dropped, ...withoutCondition } = sent;
    expect(presignedSignatureMatches(url, 'PUT', withoutCondition, secret)).toBe(false);
    expect(new Date(res.body.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(15 * 60 * 1000 + 60_000);
  });

  it('refuses size 0, over 5 MB, a content type that is no plan file, and an empty name: 400 by field in Thai and English, nothing written', async () => {
    const before = suite.writes.count;
    const good = { fileName: 'แผน.pdf', contentType: 'application/pdf', size: 1000 };
    for (const [body, path] of [
      [{ ...good, size: 0 }, 'body.size'],
      [{ ...good, size: MAX_PLAN_FILE_BYTES + 1 }, 'body.size'],
      [{ ...good, size: 1.5 }, 'body.size'],
      [{ ...good, contentType: 'image/png' }, 'body.contentType'],
      [{ ...good, contentType: 'text/html' }, 'body.contentType'],
      [{ ...good, contentType: 'application/zip' }, 'body.contentType'],
      [{ ...good, fileName: '' }, 'body.fileName'],
    ] as const) {
      const res = await askUpload(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const field = res.body.error.fields.find((x: { path: string }) => x.path === path);
      expect(field, JSON.stringify(res.body.error.fields)).toBeDefined();
      expect(field.message_th).toMatch(/[\u0E00-\u0E7F]/);
      expect(field.message_en).toMatch(/[a-z]/i);
    }
    expect(suite.writes.count).toBe(before);
  });

  it('is for coordinators only', async () => {
    const body = { fileName: 'แผน.pdf', contentType: 'application/pdf', size: 1000 };
    for (const as of [who.financeStaff, who.financeHead, who.executive])
      expect((await askUpload(body, as)).status).toBe(403);
  });
});

describe('reading an uploaded plan file', () => {
  it('an upload id never uploaded is 404 with a Thai message, nothing written', async () => {
    const before = suite.writes.count;
    const res = await importUploaded(`${randomUUID()}.1000`);
    expect(res.status).toBe(404);
    expect(res.body.error.message_th).toContain('ไม่พบไฟล์ที่อัปโหลด');
    expect(res.body.error.fields[0]).toMatchObject({ path: 'body.uploadId' });
    // asked for but never PUT
    const asked = await askUpload({ fileName: 'แผน.pdf', contentType: 'application/pdf', size: 1000 });
    expect((await importUploaded(asked.body.uploadId)).status).toBe(404);
    expect(suite.writes.count).toBe(before);
  });

  it("another org's upload is 404 for this org's coordinator (its file never read), and the other org reads it", async () => {
    const text = fixture('01-reordered-budget.txt');
    const theirs = await uploadFile(text, { as: who.otherCoordinator });
    const res = await importUploaded(theirs.uploadId, who.coordinator);
    expect(res.status).toBe(404);
    expect(JSON.stringify(res.body)).not.toContain('กองคลัง');
    expect((await importUploaded(theirs.uploadId, who.otherCoordinator)).status).toBe(200);
    // and the other way round; and this org's own upload of another fiscal year
    const ours = await uploadFile(text);
    expect((await importUploaded(ours.uploadId, who.otherCoordinator)).status).toBe(404);
    expect((await importUploaded(ours.uploadId, who.coordinator, 2566)).status).toBe(404);
  });

  it('a key or a path instead of an upload id is 400 at body.uploadId', async () => {
    const theirs = await uploadFile(fixture('01-reordered-budget.txt'), { as: who.otherCoordinator });
    for (const uploadId of [
      planUploadKey('other', fy, theirs.uploadId),
      `../../other/${fy}/${theirs.uploadId}`,
      `${theirs.uploadId}/x`,
      theirs.uploadId.replace(/\.\d+$/, ''),
      `${randomUUID()}.0`,
      '',
    ]) {
      const res = await importUploaded(uploadId);
      expect(res.status, uploadId).toBe(400);
      expect(res.body.error.fields.map((x: { path: string }) => x.path)).toContain('body.uploadId');
    }
  });

  it('an object larger (or smaller) than the size its upload announced is 400, nothing written', async () => {
    const text = fixture('01-reordered-budget.txt');
    const before = suite.writes.count;
    // S3 refuses such a PUT (content-length is signed); the emulator does not check signatures
    for (const sent of [Buffer.concat([text, Buffer.from('\nเพิ่ม')]), text.subarray(0, text.length - 10)]) {
      const upload = await uploadFile(text, { sent });
      const res = await importUploaded(upload.uploadId);
      expect(res.status).toBe(400);
      expect(res.body.error.fields[0]).toMatchObject({
        path: 'body.uploadId',
        message_th: expect.stringContaining('ขนาดไฟล์ไม่ตรง'),
        message_en: expect.stringContaining('not the size announced'),
      });
    }
    expect(suite.writes.count).toBe(before);
  });

  it('an upload id announcing more than 5 MB is 400 before S3 is asked', async () => {
    const res = await importUploaded(`${randomUUID()}.${MAX_PLAN_FILE_BYTES + 1}`);
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe('body.uploadId');
  });

  it('both contentBase64 and uploadId, or neither, is 400 saying to send exactly one', async () => {
    for (const body of [
      { fileName: 'a.txt', contentBase64: 'QUJD', uploadId: `${randomUUID()}.3` },
      { fileName: 'a.txt' },
    ]) {
      const res = await call(suite.f.handler, { method: 'POST', path: importsPath(), as: who.coordinator, body });
      expect(res.status).toBe(400);
      expect(res.body.error.fields[0].message_th).toContain('อย่างใดอย่างหนึ่ง');
    }
  });
});

describe('the inline limit is one AWS can take', () => {
  it("the largest inline request's API Gateway event is under Lambda's 6 MB payload limit, with room for headers", () => {
    expect(MAX_INLINE_PLAN_BASE64_CHARS).toBe(4 * Math.ceil(MAX_INLINE_PLAN_FILE_BYTES / 3));
    expect(ROUTES.previewPlanImport.maxBodyBytes).toBe(PLAN_IMPORT_MAX_BODY_BYTES);
    const event = apiEvent({
      method: 'POST',
      path: importsPath(),
      as: who.coordinator,
      // a body at the route's limit, every character one a JSON string escapes
      rawBody:
        '"'.repeat(PLAN_IMPORT_MAX_BODY_BYTES - MAX_INLINE_PLAN_BASE64_CHARS) +
        'A'.repeat(MAX_INLINE_PLAN_BASE64_CHARS),
    });
    // headers (a Cognito token ~1-2 KB, cookies) and the JWT claims in the request context: at most 10 KB each
    const roomForHeaders = 64 * 1024;
    expect(Buffer.byteLength(JSON.stringify(event)) + roomForHeaders).toBeLessThan(LAMBDA_SYNC_PAYLOAD_BYTES);
  });

  it('no route accepts a body that, with headers, would be over what one Lambda invocation carries', () => {
    const roomForHeaders = 64 * 1024;
    const tooBig = (Object.entries(ROUTES) as [string, RouteSpec][])
      .filter(([, spec]) => spec.body)
      .map(([id, spec]) => [id, spec.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES] as const)
      .filter(([, max]) => max + roomForHeaders >= LAMBDA_SYNC_PAYLOAD_BYTES);
    expect(tooBig).toEqual([]);
  });

  it('a file of exactly 4 MB inline is read; one byte more is 400 saying to use the upload (the page does it itself)', async () => {
    const text = fixture('01-reordered-budget.txt');
    const padded = (n: number) => Buffer.concat([text, Buffer.alloc(n - text.length, 0x0a)]);
    const atLimit = await importInline(padded(MAX_INLINE_PLAN_FILE_BYTES));
    expect(atLimit.status, JSON.stringify(atLimit.body).slice(0, 300)).toBe(200);
    expect(atLimit.body.plan.measures).toHaveLength(3);
    const over = await importInline(padded(MAX_INLINE_PLAN_FILE_BYTES + 1));
    expect(over.status).toBe(400);
    expect(over.body.error.fields[0]).toMatchObject({
      path: 'body.contentBase64',
      message_th: expect.stringContaining('๔ เมกะไบต์'),
      message_en: expect.stringContaining('plan-import-uploads'),
    });
    expect(over.body.error.fields[0].message_th).toContain('หน้าเว็บทำให้เอง');
  });

  it('a body over the route limit is 413 with the same Thai-first advice', async () => {
    const res = await call(suite.f.handler, {
      method: 'POST',
      path: importsPath(),
      as: who.coordinator,
      rawBody: JSON.stringify({ fileName: 'a.txt', contentBase64: 'A'.repeat(PLAN_IMPORT_MAX_BODY_BYTES) }),
    });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
    expect(res.body.error.message_th).toContain('ไม่เกิน ๔ เมกะไบต์');
    expect(res.body.error.message_en).toContain('at most 4 MB');
  });
});
