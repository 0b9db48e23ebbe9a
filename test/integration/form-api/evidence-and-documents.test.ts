import { readFileSync } from 'node:fs';
import { GetObjectCommand, GetObjectTaggingCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/api-path.js';
import { ROUTES } from '../../../shared/api/routes.js';
import { call } from '../../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../../support/api-fixture.js';
import { SEED_DOCUMENT } from '../../support/seed-plan.js';
import { presignPdf, putFile, uploadPdf } from '../../support/evidence-upload.js';
import { presignedSignatureMatches, signedHeaderNames } from '../../support/sigv4-presigned.js';

const fy = 2566;
let f: ApiFixture;
beforeAll(async () => (f = await createApiFixture()));
afterAll(async () => f?.close());

const tags = async (key: string) =>
  (await f.s3.send(new GetObjectTaggingCommand({ Bucket: f.bucket, Key: key }))).TagSet ?? [];

describe('evidence uploads', () => {
  it('uploads a file through the presigned URL to S3, then the report cites its key', async () => {
    const pdf = Buffer.from('%PDF-1.4\n% หลักฐานการประชุม\n');
    const upload = await presignPdf(f, 'i4.f2.2023-04.finance', 'รายงาน ประชุม/เมษายน.pdf', pdf);
    expect(upload.key).toMatch(/^demo\/2566\/evidence\/i4\.f2\.2023-04\.finance\/[0-9a-f-]{36}-เมษายน\.pdf$/);
    expect((await putFile(upload, pdf)).status).toBe(200);
    const head = await f.s3.send(new HeadObjectCommand({ Bucket: f.bucket, Key: upload.key }));
    expect(head.ContentLength).toBe(pdf.length);
    expect(head.ContentType).toBe('application/pdf');

    const report = await call(f.handler, {
      method: 'PUT',
      path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report', {
        fy,
        obligationId: 'i4.f2.2023-04.finance',
      }),
      as: who.financeStaff,
      body: {
        progress: 'done',
        summary: 'แนบรายงานการประชุม',
        evidence: [{ key: upload.key, title: 'รายงานการประชุม' }],
      },
    });
    expect(report.status).toBe(200);
    expect(report.body.evidence).toEqual([{ key: upload.key, title: 'รายงานการประชุม' }]);
  });

  it('signs the upload URL for exactly the announced content type and size, and only for a new object', async () => {
    const secret = process.env.AWS_SECRET_ACCESS_KEY!;
    const upload = await call(f.handler, {
      method: 'POST',
      path: apiPath('/v1/fiscal-years/{fy}/evidence-uploads', { fy }),
      as: who.financeStaff,
      body: { obligationId: 'i4.f2.2023-04.finance', fileName: 'ภาพ.png', contentType: 'image/png', size: 2048 },
    });
    expect(upload.status).toBe(200);
    const url: string = upload.body.uploadUrl;
    expect(signedHeaderNames(url)).toEqual(
      expect.arrayContaining(['content-type', 'content-length', 'if-none-match', 'x-amz-tagging']),
    );
    // the tag is a signed header, not a query parameter the client could drop or send twice
    expect(new URL(url).searchParams.has('x-amz-tagging')).toBe(false);
    const sent = { ...upload.body.headers, 'content-length': '2048' };
    expect(sent).toEqual({
      'content-type': 'image/png',
      'content-length': '2048',
      'if-none-match': '*',
      'x-amz-tagging': 'evidence=pending',
    });
    expect(presignedSignatureMatches(url, 'PUT', sent, secret)).toBe(true);
    // the same URL with another content type, another size, without the no-overwrite condition, or
    // with another tag (an upload that would not expire uncited)
    for (const other of [
      { 'content-type': 'text/html' },
      { 'content-type': 'application/pdf' },
      { 'content-length': '2049' },
      { 'content-length': String(50 * 1024 * 1024) },
      { 'if-none-match': 'not-star' },
      { 'x-amz-tagging': 'evidence=cited' },
      { 'x-amz-tagging': '' },
      { 'x-amz-tagging': 'evidence=pending&keep=forever' },
    ]) {
      expect(presignedSignatureMatches(url, 'PUT', { ...sent, ...other }, secret), JSON.stringify(other)).toBe(false);
    }
    const { 'if-none-match': _dropped, ...withoutCondition } = sent;
    expect(presignedSignatureMatches(url, 'PUT', withoutCondition, secret)).toBe(false);
    const { 'x-amz-tagging': _tag, ...untagged } = sent;
    expect(presignedSignatureMatches(url, 'PUT', untagged, secret)).toBe(false);
  });

  it('an uploaded file is tagged evidence=pending; citing it in a report tags it evidence=cited, a file no report cites stays pending', async () => {
    const uploaded: string[] = [];
    for (const name of ['คำสั่ง.pdf', 'ภาพกิจกรรม.pdf', 'ไม่ได้ใช้.pdf']) {
      const key = await uploadPdf(f, 'i4.f2.2023-03.finance', name);
      expect(await tags(key)).toEqual([{ Key: 'evidence', Value: 'pending' }]);
      uploaded.push(key);
    }
    const [first, second, unused] = uploaded as [string, string, string];
    // a key in the right place that was never uploaded is cited without error (nothing to keep)
    const neverUploaded = first.replace(/[0-9a-f-]{36}-/, '00000000-0000-4000-8000-000000000000-');
    const report = await call(f.handler, {
      method: 'PUT',
      path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report', {
        fy,
        obligationId: 'i4.f2.2023-03.finance',
      }),
      as: who.financeStaff,
      body: {
        progress: 'done',
        summary: 'แนบคำสั่งและภาพกิจกรรม',
        evidence: [
          { key: first, title: 'คำสั่ง' },
          { url: 'https://example.org/news', title: 'ข่าว' },
          { key: second, title: 'ภาพกิจกรรม' },
          { key: neverUploaded, title: 'ยังไม่ได้อัปโหลด' },
        ],
      },
    });
    expect(report.status, JSON.stringify(report.body)).toBe(200);
    for (const key of [first, second]) expect(await tags(key), key).toEqual([{ Key: 'evidence', Value: 'cited' }]);
    expect(await tags(unused)).toEqual([{ Key: 'evidence', Value: 'pending' }]);
  });

  it('a report citing files that expired uncited or were deleted (their current version a delete marker) is stored, not a 500', async () => {
    const obligation = 'i4.f2.2023-02.finance';
    const expired = await uploadPdf(f, obligation, 'หมดอายุ.pdf');
    const deleted = await uploadPdf(f, obligation, 'ลบแล้ว.pdf');
    const kept = await uploadPdf(f, obligation, 'ใช้.pdf');
    // SDK-level stub, as s3rver has no versions: S3 answers 405 MethodNotAllowed to tagging a key
    // whose current version is a delete marker (lifecycle expiry or a deletion in a versioned bucket)
    f.s3.middlewareStack.add(
      (next, context) => async (args) => {
        const input = args.input as { Key?: string };
        if (context.commandName === 'PutObjectTaggingCommand' && [expired, deleted].includes(input.Key ?? '')) {
          throw Object.assign(new Error('The specified method is not allowed against this resource.'), {
            name: 'MethodNotAllowed',
            $fault: 'client',
            $metadata: { httpStatusCode: 405 },
          });
        }
        return next(args);
      },
      { step: 'initialize', name: 'deleteMarkers' },
    );
    try {
      const report = await call(f.handler, {
        method: 'PUT',
        path: apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report', { fy, obligationId: obligation }),
        as: who.financeStaff,
        body: {
          progress: 'done',
          summary: 'แนบไฟล์ที่หมดอายุแล้ว',
          evidence: [
            { key: expired, title: 'หมดอายุ' },
            { key: deleted, title: 'ลบแล้ว' },
            { key: kept, title: 'ใช้' },
          ],
        },
      });
      expect(report.status, JSON.stringify(report.body)).toBe(200);
      expect(report.body.evidence.map((e: { key: string }) => e.key)).toEqual([expired, deleted, kept]);
    } finally {
      f.s3.middlewareStack.remove('deleteMarkers');
    }
    expect(await tags(kept)).toEqual([{ Key: 'evidence', Value: 'cited' }]);
  });

  it('the upload URL creates the file once: a second PUT, even with another body, is refused (412) and the file is kept', async () => {
    const first = Buffer.from('%PDF-1.4\n% ฉบับแรก\n');
    const upload = await presignPdf(f, 'i4.f2.2023-04.finance', 'คำสั่ง.pdf', first);
    expect((await putFile(upload, first)).status).toBe(200);
    for (const again of [first, Buffer.from('%PDF-1.4\n% ฉบับปลอม\n'), Buffer.alloc(first.length, 0x20)]) {
      const res = await putFile(upload, again);
      expect(res.status).toBe(412);
      expect(await res.text()).toContain('<Code>PreconditionFailed</Code>');
    }
    const stored = await f.s3.send(new GetObjectCommand({ Bucket: f.bucket, Key: upload.key }));
    expect(Buffer.from(await stored.Body!.transformToByteArray()).equals(first)).toBe(true);
  });

  it.each([
    ['an executable', { contentType: 'application/x-msdownload', size: 10 }, 'body.contentType'],
    ['a file over 10 MB', { contentType: 'application/pdf', size: 10 * 1024 * 1024 + 1 }, 'body.size'],
  ])('refuses %s', async (_name, file, path) => {
    const before = await f.dump();
    const res = await call(f.handler, {
      method: 'POST',
      path: apiPath('/v1/fiscal-years/{fy}/evidence-uploads', { fy }),
      as: who.financeStaff,
      body: { obligationId: 'i4.f2.2023-04.finance', fileName: 'x', ...file },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe(path);
    expect(await f.dump()).toBe(before);
  });
});

describe('generated documents', () => {
  it('serves an OpenAPI 3.1 document that passes a validator and lists every route', async () => {
    const res = await call(f.handler, { method: 'GET', path: apiPath('/v1/openapi.json'), as: who.financeStaff });
    const result = await new Validator().validate(res.body);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(res.body.openapi).toBe('3.1.0');
    for (const route of Object.values(ROUTES)) {
      expect(res.body.paths[route.path]?.[route.method.toLowerCase()], `${route.method} ${route.path}`).toBeDefined();
    }
  });

  // session 38: submitting a report also takes If-Match (the report's version, quoted); session 60
  // (s60-G): reviewing one too (it was ignored: a stale accept took the version sent meanwhile)
  it('documents the request headers each route declares: Idempotency-Key and If-Match on submitting a report, If-Match alone on reviewing one', async () => {
    const res = await call(f.handler, { method: 'GET', path: apiPath('/v1/openapi.json'), as: who.financeStaff });
    const headersOf = (op: { parameters: { in: string; name: string }[] }) =>
      op.parameters.filter((p) => p.in === 'header').map((p) => p.name);
    const submit = res.body.paths[ROUTES.submitReport.path].put;
    expect(headersOf(submit)).toEqual(['Idempotency-Key', 'If-Match', 'X-Org-Id']);
    expect(submit.parameters.find((p: { name: string }) => p.name === 'Idempotency-Key').schema.maxLength).toBe(128);
    expect(headersOf(res.body.paths[ROUTES.reviewReport.path].post)).toEqual(['If-Match', 'X-Org-Id']);
    expect(headersOf(res.body.paths[ROUTES.calendarFile.path].get)).toEqual([]);
  });

  it('documents the calendar file as text/calendar with no sign-in: 200 or 404, never 400, 401 or 403', async () => {
    const res = await call(f.handler, { method: 'GET', path: apiPath('/v1/openapi.json'), as: who.financeStaff });
    const op = res.body.paths[ROUTES.calendarFile.path].get;
    expect(op.security).toEqual([]);
    expect(Object.keys(op.responses['200'].content)).toEqual(['text/calendar']);
    expect(Object.keys(op.responses).sort()).toEqual(['200', '404', '503']);
    // signed-in routes keep their refusals
    expect(Object.keys(res.body.paths[ROUTES.listCalendarFeeds.path].get.responses)).toEqual(
      expect.arrayContaining(['401', '403']),
    );
  });

  it.each([
    ['adding a unit', 'createUnit', '/v1/units/{unitId}'],
    ['adding a person', 'createPerson', '/v1/people/{personId}'],
  ] as const)('documents %s as 201 Created with its Location, and no 200', async (_n, id, location) => {
    const res = await call(f.handler, { method: 'GET', path: apiPath('/v1/openapi.json'), as: who.financeStaff });
    const responses = res.body.paths[ROUTES[id].path].post.responses;
    expect(responses['200']).toBeUndefined();
    expect(responses['201'].description).toBe('Created');
    expect(responses['201'].headers.Location.description).toContain(location);
  });

  it('tells the person filling in the report that its summary and suggestions are published (break 19 s28, F15)', async () => {
    const res = await call(f.handler, { method: 'GET', path: apiPath('/v1/forms/report'), as: who.financeStaff });
    for (const field of ['summary', 'suggestions']) {
      expect(res.body.properties[field]['x-hint-th']).toContain('เผยแพร่ต่อสาธารณะ');
      expect(res.body.properties[field].description).toContain('published at the public ITA address');
    }
    expect(res.body.properties.obstacles['x-hint-th']).toBeUndefined();
  });

  it("serves the report form's JSON Schema with Thai titles; it accepts a good report and rejects bad ones", async () => {
    const res = await call(f.handler, { method: 'GET', path: apiPath('/v1/forms/report'), as: who.financeStaff });
    expect(res.body.properties.summary.title).toBe('ผลการดำเนินงาน');
    expect(res.body.properties.obstacles.title).toBe('ปัญหาอุปสรรค');
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(res.body);
    expect(
      validate({
        progress: 'in_progress',
        summary: 'ดำเนินการแล้วครึ่งหนึ่ง',
        evidence: [{ url: 'https://example.org/a.pdf', title: 'ก' }],
      }),
    ).toBe(true);
    expect(validate({ progress: 'done' })).toBe(false);
    expect(validate({ progress: 'done', summary: 'x', extra: 1 })).toBe(false);
    expect(validate({ progress: 'finished', summary: 'x' })).toBe(false);
    expect(validate({ progress: 'done', summary: 'ก'.repeat(5001) })).toBe(false);
  });
});

describe('replacing the plan', () => {
  // the seed document with its title's slip mended: a plan that differs from the saved one, so the
  // import saves (the same plan again saves nothing since session 51)
  const text = readFileSync(SEED_DOCUMENT, 'utf8').replace('เทศบาลตำบลลดอนอะระง', 'เทศบาลตำบลดอนอะระง');

  it('imports the measures document for the coordinator and returns the warnings', async () => {
    const res = await call(f.handler, {
      method: 'PUT',
      path: apiPath('/v1/fiscal-years/{fy}/plan', { fy }),
      as: who.coordinator,
      body: { format: 'document', text },
    });
    expect(res.status).toBe(200);
    expect(res.body.plan).toMatchObject({ version: 2, fy: 2566 });
    expect(res.body.plan.measures).toHaveLength(7);
    expect(res.body.warnings.map((w: { code: string }) => w.code)).toContain('unspecified-cadence');
  });

  it('refuses with 409 a plan that drops a measure which already has reports, and writes nothing', async () => {
    const current = await call(f.handler, {
      method: 'GET',
      path: apiPath('/v1/fiscal-years/{fy}/measures', { fy }),
      as: who.coordinator,
    });
    const before = await f.dump();
    const withoutI4 = current.body.measures.filter((m: { indicator: number }) => m.indicator !== 4);
    const res = await call(f.handler, {
      method: 'PUT',
      path: apiPath('/v1/fiscal-years/{fy}/plan', { fy }),
      as: who.coordinator,
      body: { format: 'json', measures: withoutI4 },
    });
    expect(res.status).toBe(409);
    expect(res.body.error.message_th).toContain('i4');
    expect(await f.dump()).toBe(before);
  });

  it('accepts plan JSON that keeps every reported measure', async () => {
    const current = await call(f.handler, {
      method: 'GET',
      path: apiPath('/v1/fiscal-years/{fy}/measures', { fy }),
      as: who.coordinator,
    });
    const res = await call(f.handler, {
      method: 'PUT',
      path: apiPath('/v1/fiscal-years/{fy}/plan', { fy }),
      as: who.coordinator,
      // a new title: a plan that differs from the saved one (the same plan saves nothing since session 51)
      body: {
        format: 'json',
        title: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส (ปรับปรุง)',
        measures: current.body.measures,
        expectedVersion: current.body.version,
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.plan.version).toBe(current.body.version + 1);
  });

  it('refuses plan JSON naming a unit the org does not have', async () => {
    const current = await call(f.handler, {
      method: 'GET',
      path: apiPath('/v1/fiscal-years/{fy}/measures', { fy }),
      as: who.coordinator,
    });
    const measures = structuredClone(current.body.measures);
    measures[2].responsible.unitIds = ['welfare'];
    const res = await call(f.handler, {
      method: 'PUT',
      path: apiPath('/v1/fiscal-years/{fy}/plan', { fy }),
      as: who.coordinator,
      body: { format: 'json', measures },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe('body.measures.2.responsible.unitIds');
  });

  it('refuses a document with no measures table', async () => {
    const res = await call(f.handler, {
      method: 'PUT',
      path: apiPath('/v1/fiscal-years/{fy}/plan', { fy }),
      as: who.coordinator,
      body: { format: 'document', text: 'ไม่มีตาราง' },
    });
    expect(res.status).toBe(400);
  });
});
