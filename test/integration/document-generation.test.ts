// A document generation: the API claims it (202, pending) and hands it over; the document side makes
// it ready or failed with a reason in Thai. Against DynamoDB Local and the S3 emulator.
import { writeICalendar } from '../../shared/calendar/ical-calendar-writer.js';
import { apiPath } from '../../shared/api/api-path.js';
import { importPlanDraft } from '../../shared/import/import-plan-draft.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { inject, afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiHandler } from '../../functions/api/create-api-handler.js';
import { PLAN_IMPORT_ROUTE_HANDLERS } from '../../functions/plan-import/route-handlers.js';
import { SCHEMA_ROUTE_HANDLERS } from '../../functions/schemas/route-handlers.js';
import { documentProduction } from '../../functions/documents/document-production.js';
import { generationMessage, parseGenerationMessage, sqsDocumentQueue } from '../../shared/documents/document-queue.js';
import { s3ReportFileStore } from '../../shared/documents/report-files.js';
import { cognitoIdentityProvider } from '../../shared/identity/identity-provider.js';
import { lazyS3Client } from '../../shared/aws/s3-client.js';
import { s3EvidenceStorage } from '../../shared/evidence/s3-evidence-storage.js';
import { s3PlanUploadStorage } from '../../shared/import/s3-plan-upload-storage.js';
import { publishingPorts } from '../../shared/publishing/publishing-ports.js';
import { DocumentGenerationRepository } from '../../shared/store/document-generation-repository.js';
import { keys } from '../../shared/store/keys.js';
import { toThaiDigits } from '../../shared/domain/thai-format.js';
import { DAILY_GENERATION_LIMIT } from '../../shared/domain/document-kinds.js';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { call } from '../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../support/api-fixture.js';
import { generationFilePath, generationsPath } from '../support/document-paths.js';
import { bangkok } from '../support/jobs-fixture.js';

const base = generationsPath('annual-report', 2566);
let f: ApiFixture;
let generations: DocumentGenerationRepository;
beforeAll(async () => {
  f = await createApiFixture({ now: bangkok('2023-10-02T09:00:00') });
  generations = new DocumentGenerationRepository(f.store);
}, 60_000);
afterAll(async () => f?.close());

/** Claim a generation the way the API does, then produce it with `production`. */
async function claimAndProduce(
  production: ReturnType<typeof documentProduction>,
  orgId: string,
  fy: number,
): Promise<number> {
  const now = bangkok('2023-10-02T09:00:00');
  const request = { kind: 'annual-report', orgId, fy, trigger: 'person:test' } as const;
  const { generation } = await generations.claim({ ...request, now });
  await production.produce({ ...request, generation, asOf: now });
  return generation;
}

describe('generating a document in the background', () => {
  it('answers 202 with the new generation pending, and the list shows it ready once made', async () => {
    const res = await call(f.handler, { method: 'POST', path: base, as: who.coordinator });
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ status: 'pending', trigger: `person:${who.coordinator}` });
    expect(res.body.files).toBeUndefined();
    await f.documentsSettled();
    const list = await call(f.handler, { method: 'GET', path: base, as: who.executive });
    const made = list.body.items.find((g: { generation: number }) => g.generation === res.body.generation);
    expect(made.status).toBe('ready');
    expect(made.files.map((x: { name: string }) => x.name)).toContain('report.pdf');
  });

  it('a pending generation has no download link yet: 409, still being made', async () => {
    const { generation } = await generations.claim({
      kind: 'annual-report',
      orgId: 'demo',
      fy: 2566,
      trigger: 'person:test',
      now: new Date(),
    });
    const res = await call(f.handler, {
      method: 'GET',
      path: generationFilePath('annual-report', 2566, generation, 'report.pdf'),
      as: who.coordinator,
    });
    expect(res.status).toBe(409);
    expect(res.body.error.message_th).toBe(`ฉบับที่ ${toThaiDigits(generation)} ยังจัดทำไม่เสร็จ กรุณาลองอีกครั้งเมื่อจัดทำเสร็จแล้ว`);
  });

  it('a year without a plan fails with the reason in Thai, and nothing is written', async () => {
    const production = documentProduction({ store: f.store, repos: f.repos, files: f.files });
    for (const fy of [2565, 2570]) {
      const generation = await claimAndProduce(production, 'demo', fy);
      const failed = await generations.get('annual-report', 'demo', fy, generation);
      expect(failed).toMatchObject({
        status: 'failed',
        failure: { message_th: `ยังไม่มีแผนมาตรการของปีงบประมาณ ${fy === 2565 ? '๒๕๖๕' : '๒๕๗๐'}` },
      });
      expect(failed?.files).toBeUndefined();
    }
  });

  it('a storage fault fails the generation with a generic Thai reason (no internals), and a retry makes it ready', async () => {
    const broken = s3ReportFileStore(lazyS3Client({ endpoint: inject('s3Endpoint') }), 'no-such-bucket-for-documents');
    const generation = await claimAndProduce(
      documentProduction({ store: f.store, repos: f.repos, files: broken }),
      'demo',
      2566,
    );
    const failed = await generations.get('annual-report', 'demo', 2566, generation);
    expect(failed?.status).toBe('failed');
    expect(failed?.failure?.message_th).toBe('จัดทำเอกสารไม่สำเร็จเนื่องจากระบบขัดข้อง กรุณาสั่งจัดทำใหม่อีกครั้ง');
    expect(JSON.stringify(failed)).not.toContain('no-such-bucket');

    // the same message delivered again (SQS) with working storage: the same generation becomes ready
    const retried = await documentProduction({ store: f.store, repos: f.repos, files: f.files }).produce({
      kind: 'annual-report',
      orgId: 'demo',
      fy: 2566,
      generation,
      trigger: 'person:test',
      asOf: bangkok('2023-10-02T09:00:00'),
    });
    expect(retried.status).toBe('ready');
    const ready = await generations.get('annual-report', 'demo', 2566, generation);
    expect(ready).toMatchObject({ status: 'ready' });
    expect(ready?.failure).toBeUndefined();
  });

  it('a ready generation delivered again is left as it was (same files, no new render)', async () => {
    const production = documentProduction({ store: f.store, repos: f.repos, files: f.files });
    const generation = await claimAndProduce(production, 'demo', 2566);
    const first = await generations.get('annual-report', 'demo', 2566, generation);
    const again = await production.produce({
      kind: 'annual-report',
      orgId: 'demo',
      fy: 2566,
      generation,
      trigger: 'person:test',
      asOf: new Date(),
    });
    expect(again).toEqual({ status: 'ready', files: first?.files });
    expect(await generations.get('annual-report', 'demo', 2566, generation)).toEqual(first);
  });

  /** The API with a document queue nothing listens on: the SDK's request fails as an unreachable SQS would. */
  const unreachableQueueHandler = () =>
    createApiHandler({
      planFiles: readPlanFile,
      planImporter: importPlanDraft,
      planRoutes: PLAN_IMPORT_ROUTE_HANDLERS,
      schemaRoutes: SCHEMA_ROUTE_HANDLERS,
      calendarText: writeICalendar,
      identity: cognitoIdentityProvider(f.cognito.client, 'ap-southeast-1_test'),
      store: f.store,
      repos: f.repos,
      evidence: s3EvidenceStorage(lazyS3Client({ endpoint: inject('s3Endpoint') }), f.bucket),
      planUploads: s3PlanUploadStorage(lazyS3Client({ endpoint: inject('s3Endpoint') }), f.bucket),
      files: f.files,
      // nothing listens on port 9: the SDK's request fails as an unreachable SQS would
      documents: sqsDocumentQueue('http://127.0.0.1:9/000000000000/documents', {
        endpoint: 'http://127.0.0.1:9',
        region: 'ap-southeast-1',
        maxAttempts: 1,
      }),
      clock: () => bangkok('2023-10-02T09:00:00'),
      corsOrigins: [],
      publishing: publishingPorts({
        store: f.store,
        repos: f.repos,
        files: f.files,
        publicFiles: f.publicFiles,
        publicBaseUrl: 'https://ita.example.org',
        clock: () => bangkok('2023-10-02T09:00:00'),
      }),
    });
  const dayCount = async () =>
    (
      await f.store.doc.send(
        new GetCommand({
          TableName: f.store.tableName,
          Key: keys.generationDay('annual-report', 'demo', 2566, '2023-10-02'),
        }),
      )
    ).Item?.requests as number | undefined;
  const setDayCount = (requests: number) =>
    f.store.doc.send(
      new PutCommand({
        TableName: f.store.tableName,
        Item: { ...keys.generationDay('annual-report', 'demo', 2566, '2023-10-02'), requests },
      }),
    );

  it('when the queue cannot take the request, the generation is marked failed and the API answers 503 (retry)', async () => {
    const handler = unreachableQueueHandler();
    const res = await call(handler, { method: 'POST', path: base, as: who.coordinator });
    expect(res.status).toBe(503);
    expect(res.body.error.message_th).toBe('ยังเริ่มจัดทำเอกสารไม่ได้ในขณะนี้ กรุณาลองใหม่อีกครั้ง');
    const latest = (await generations.list('annual-report', 'demo', 2566)).at(-1);
    expect(latest).toMatchObject({
      status: 'failed',
      trigger: `person:${who.coordinator}`,
      failure: { message_th: 'ยังเริ่มจัดทำเอกสารไม่ได้ในขณะนี้ กรุณาลองใหม่อีกครั้ง' },
    });
  });

  it.each([
    ['5 counted', 5, 5],
    ['none counted yet (the first request of the day)', 0, 0],
  ])(
    "a 503 does not spend the day's limit (break 19 F4 neighbour): with %s, the count stays",
    async (_, before, after) => {
      await setDayCount(before);
      expect((await call(unreachableQueueHandler(), { method: 'POST', path: base, as: who.coordinator })).status).toBe(
        503,
      );
      expect(await dayCount()).toBe(after);
    },
  );

  it(`with ${DAILY_GENERATION_LIMIT - 1} counted, a 503 leaves the day's last request: retrying through a working queue is 202`, async () => {
    await setDayCount(DAILY_GENERATION_LIMIT - 1);
    expect((await call(unreachableQueueHandler(), { method: 'POST', path: base, as: who.coordinator })).status).toBe(
      503,
    );
    const retry = await call(f.handler, { method: 'POST', path: base, as: who.coordinator });
    expect(retry.status).toBe(202);
    expect(await dayCount()).toBe(DAILY_GENERATION_LIMIT);
    await f.documentsSettled();
    await setDayCount(0);
  });

  it('OpenAPI documents 202 (not 200) for starting a generation, with the three states', async () => {
    const res = await call(f.handler, { method: 'GET', path: apiPath('/v1/openapi.json'), as: who.financeStaff });
    const op = res.body.paths['/v1/fiscal-years/{fy}/annual-report'].post;
    expect(Object.keys(op.responses)).toContain('202');
    expect(Object.keys(op.responses)).not.toContain('200');
    expect(op.responses['202'].content['application/json'].schema.properties.status.enum).toEqual([
      'pending',
      'ready',
      'failed',
    ]);
  });
});

describe('the document queue message', () => {
  it('carries a generation request there and back', () => {
    const request = {
      kind: 'annual-report',
      orgId: 'demo',
      fy: 2566,
      generation: 3,
      trigger: 'person:demo-coordinator',
      asOf: new Date('2023-10-02T02:00:00.000Z'),
    } as const;
    expect(parseGenerationMessage(JSON.parse(generationMessage(request)))).toEqual(request);
  });

  it('refuses an unknown kind, a bad org id and a generation 0', () => {
    const good = JSON.parse(
      generationMessage({
        kind: 'annual-report',
        orgId: 'demo',
        fy: 2566,
        generation: 1,
        trigger: 'x',
        asOf: new Date(),
      }),
    );
    for (const change of [{ kind: 'budget-plan' }, { orgId: 'demo#FY#2566' }, { generation: 0 }]) {
      expect(() => parseGenerationMessage({ generation: { ...good.generation, ...change } })).toThrow();
    }
  });
});
