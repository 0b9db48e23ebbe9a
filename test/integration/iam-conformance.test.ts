// The deployed functions may make every AWS call their code makes. DynamoDB Local and the S3
// emulator check no permissions, so here each function is composed as its Lambda entry composes it
// (awsApiHandler, jobDependenciesFromEnv) against the emulators, the flows run, every SDK command
// is recorded per function (test/support/aws-call-recorder.ts), and each is checked against that
// function's role in the synthesized template (IAM action, resource ARN, s3:prefix condition).
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiPath } from '../../shared/api/api-path.js';
import { ROUTES, type RouteSpec } from '../../shared/api/routes.js';
import { evidenceKey } from '../../shared/domain/evidence-rules.js';
import { writeICalendar } from '../../shared/calendar/ical-calendar-writer.js';
import { parseGenerationMessage } from '../../shared/documents/document-queue.js';
import { thaiFonts } from '../../shared/documents/thai-fonts.js';
import {
  ApiEnvironment,
  CalendarEnvironment,
  parseEnvironment,
  PlanImportEnvironment,
  SchemasEnvironment,
} from '../../shared/environment/environment.js';
import { importPlanDraft } from '../../shared/import/import-plan-draft.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { jobDependenciesFromEnv } from '../../shared/jobs/job-config.js';
import { plannerFromEnv } from '../../shared/jobs/planner.js';
import { handleWorkItem, type WorkItem } from '../../shared/jobs/run-scheduled-job.js';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { mailEventsHandler } from '../../functions/mail-events/mail-events.js';
import { publicNotFoundHandler } from '../../functions/public-not-found/public-not-found.js';
import { lazyS3Client } from '../../shared/aws/s3-client.js';
import { publishedYears } from '../../shared/publishing/published-years.js';
import { createDocumentClient, storeConfigFromEnv } from '../../shared/store/dynamo-client.js';
import { keys } from '../../shared/store/keys.js';
import {
  awsApiHandler,
  notLoaded,
  PLAN_ROUTES_NOT_LOADED,
  SCHEMA_ROUTES_NOT_LOADED,
} from '../../functions/api/aws-api-handler.js';
import { documentProduction } from '../../functions/documents/document-production.js';
import { PLAN_IMPORT_ROUTE_HANDLERS } from '../../functions/plan-import/route-handlers.js';
import { SCHEMA_ROUTE_HANDLERS } from '../../functions/schemas/route-handlers.js';
import { call, type ApiHandler } from '../support/api-events.js';
import { createApiFixture, who, type ApiFixture } from '../support/api-fixture.js';
import { recordedCalls, runAs, stubAnswers } from '../support/aws-call-recorder.js';
import { bounceEvent, complaintEvent, snsEvent } from '../support/ses-events.js';
import { publicationPath } from '../support/document-paths.js';
import { presignPdf, putFile } from '../support/evidence-upload.js';
import { onePagePdf } from '../support/pdf-file.js';
import { bangkok } from '../support/jobs-fixture.js';
import { savedPlan, putPlan } from '../support/plan-requests.js';
import { putReport } from '../support/report-requests.js';
import { allows, needsOf, rolePermissions } from '../support/role-permissions.js';
import { synthesized } from '../support/synthesized-app.js';

const FUNCTIONS = {
  api: 'ApiFunction',
  planImport: 'PlanImportFunction',
  calendar: 'CalendarFunction',
  schemas: 'SchemasFunction',
  documents: 'DocumentsFunction',
  worker: 'OrgWorkerFunction',
  planner: 'ScheduledJobFunction',
  mailEvents: 'MailEventsFunction',
  publicNotFound: 'WebPublicNotFoundFunction',
} as const;
const obligation = 'i4.f2.2023-04.finance';
const queued: unknown[] = [];
let f: ApiFixture;
let env: Record<string, string>;
/** The fixture's requests, each through the function CDK routes it to (RouteSpec.handledBy). */
let routed: ApiFixture;

function routeOf(method: string, path: string): RouteSpec | undefined {
  return (Object.values(ROUTES) as RouteSpec[]).find(
    (r) => r.method === method && new RegExp(`^${r.path.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path),
  );
}

beforeAll(async () => {
  f = await createApiFixture({ now: bangkok('2023-04-20T10:00:00') });
  env = {
    AWS_REGION: 'ap-southeast-1',
    TABLE_NAME: f.store.tableName,
    DYNAMODB_ENDPOINT: f.store.endpoint,
    BUCKET_NAME: f.bucket,
    PUBLIC_BUCKET_NAME: f.publicBucket,
    PUBLIC_BASE_URL: 'https://ita.example.org',
    S3_ENDPOINT: inject('s3Endpoint'),
    SES_ENDPOINT: inject('sesEndpoint'),
    MAIL_FROM: `ita-noreply@${f.mailDomain}`,
    FORM_URL: 'https://ita.example.org',
    USER_POOL_ID: 'ap-southeast-1_test',
    DOCUMENT_QUEUE_URL: 'https://sqs.ap-southeast-1.amazonaws.com/123456789012/DocumentWork',
    MAIL_LEASE_SECONDS: '1',
  };
  // SQS has no emulator: the document queue's messages are kept here, for the documents function
  stubAnswers((c) => {
    if (c.client !== 'SQSClient') return undefined;
    if (c.command === 'SendMessageBatch')
      return { Successful: (c.input.Entries as { Id: string }[]).map((e) => ({ Id: e.Id })), Failed: [] };
    queued.push(JSON.parse(String(c.input.MessageBody)));
    return { MessageId: `m${queued.length}` };
  });
  const notHere = { planFiles: notLoaded('plan file readers', 'plan-import') };
  const handlers: Record<string, ApiHandler> = {
    [FUNCTIONS.api]: awsApiHandler(
      {
        ...notHere,
        planImporter: notLoaded('plan imports', 'plan-import'),
        planRoutes: PLAN_ROUTES_NOT_LOADED,
        schemaRoutes: SCHEMA_ROUTES_NOT_LOADED,
        calendarText: notLoaded('calendar files', 'calendar'),
      },
      parseEnvironment('api function', ApiEnvironment, env),
    ),
    [FUNCTIONS.planImport]: awsApiHandler(
      {
        planFiles: readPlanFile,
        planImporter: importPlanDraft,
        planRoutes: PLAN_IMPORT_ROUTE_HANDLERS,
        schemaRoutes: SCHEMA_ROUTES_NOT_LOADED,
        calendarText: notLoaded('calendar files', 'calendar'),
      },
      parseEnvironment('plan-import function', PlanImportEnvironment, env),
    ),
    [FUNCTIONS.calendar]: awsApiHandler(
      {
        ...notHere,
        planImporter: notLoaded('plan imports', 'plan-import'),
        planRoutes: PLAN_ROUTES_NOT_LOADED,
        schemaRoutes: SCHEMA_ROUTES_NOT_LOADED,
        calendarText: writeICalendar,
      },
      parseEnvironment('calendar function', CalendarEnvironment, { TABLE_NAME: env.TABLE_NAME!, ...env }),
    ),
    [FUNCTIONS.schemas]: awsApiHandler(
      {
        ...notHere,
        planImporter: notLoaded('plan imports', 'plan-import'),
        planRoutes: PLAN_ROUTES_NOT_LOADED,
        schemaRoutes: SCHEMA_ROUTE_HANDLERS,
        calendarText: notLoaded('calendar files', 'calendar'),
      },
      parseEnvironment('schemas function', SchemasEnvironment, { TABLE_NAME: env.TABLE_NAME!, ...env }),
    ),
  };
  const handler: ApiHandler = (event, context) => {
    const route = routeOf(event.requestContext.http.method, event.rawPath);
    const fn =
      route?.handledBy === 'planImport'
        ? FUNCTIONS.planImport
        : route?.handledBy === 'calendar'
          ? FUNCTIONS.calendar
          : route?.handledBy === 'schemas'
            ? FUNCTIONS.schemas
            : FUNCTIONS.api;
    return runAs(fn, () => handlers[fn]!(event, context));
  };
  routed = { ...f, handler };
}, 120_000);
afterAll(async () => f?.close());

/** The documents function's ports, as its entry (functions/documents/handler.ts) composes them. */
function documentsFunction() {
  const jobs = jobDependenciesFromEnv(env, 'documents function');
  const production = documentProduction({
    store: jobs.store,
    repos: jobs.repos,
    files: jobs.files!,
    fonts: thaiFonts(),
  });
  return { jobs, production };
}

/** The documents function's work: each queued generation. */
async function runDocumentQueue(): Promise<void> {
  const { jobs, production } = documentsFunction();
  for (const message of queued.splice(0))
    await runAs(FUNCTIONS.documents, () => production.produce(parseGenerationMessage(message)));
  jobs.close();
}

describe('the flows, as the deployed functions run them', () => {
  it('a plan saved twice through PUT /plan (the second deletes the replaced revision)', async () => {
    for (let i = 0; i < 2; i++) {
      const before = await savedPlan(routed);
      const res = await putPlan(routed, {
        format: 'json',
        title: before.title,
        expectedVersion: before.version,
        measures: before.measures,
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
  });

  it('an evidence file uploaded, cited in a report and opened through its link', async () => {
    const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(512)]);
    const presigned = await presignPdf(routed, obligation, 'หลักฐาน.pdf', bytes);
    expect((await putFile(presigned, bytes)).status).toBe(200);
    // cited but never uploaded: tagging it meets a missing key (skipped)
    const never = evidenceKey('demo', 2566, obligation, randomUUID(), 'ไม่ได้อัปโหลด.pdf', 'application/pdf');
    const res = await putReport(routed, obligation, {
      progress: 'done',
      summary: 'แนบหลักฐาน',
      evidence: [
        { key: presigned.key, title: 'หลักฐาน' },
        { key: never, title: 'ไม่ได้อัปโหลด' },
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const link = apiPath('/v1/fiscal-years/{fy}/obligations/{obligationId}/report/evidence-link', {
      fy: 2566,
      obligationId: obligation,
    });
    const opened = await call(routed.handler, {
      method: 'GET',
      path: link,
      as: who.coordinator,
      query: { key: presigned.key },
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(200);
  });

  it('the plan document generated, published for the first time and withdrawn', async () => {
    const requested = await call(routed.handler, {
      method: 'POST',
      path: apiPath('/v1/fiscal-years/{fy}/plan-document', { fy: 2566 }),
      as: who.coordinator,
    });
    expect(requested.status, JSON.stringify(requested.body)).toBe(202);
    await runDocumentQueue();
    const generation = requested.body.generation as number;
    const published = await call(routed.handler, {
      method: 'POST',
      path: publicationPath('plan-document', 2566, generation),
      as: who.coordinator,
    });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    const withdrawn = await call(routed.handler, {
      method: 'DELETE',
      path: publicationPath('plan-document', 2566, generation),
      as: who.coordinator,
    });
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
  });

  it('a signed copy uploaded, attached to the plan document and published', async () => {
    const requested = await call(routed.handler, {
      method: 'POST',
      path: apiPath('/v1/fiscal-years/{fy}/plan-document', { fy: 2566 }),
      as: who.coordinator,
    });
    await runDocumentQueue();
    const generation = requested.body.generation as number;
    const at = publicationPath('plan-document', 2566, generation).replace(/\/publish$/, '');
    const scan = onePagePdf('signed');
    const offer = await call(routed.handler, {
      method: 'POST',
      path: `${at}/signed-copy-upload`,
      as: who.coordinator,
      body: { size: scan.length },
    });
    expect(offer.status, JSON.stringify(offer.body)).toBe(201);
    const put = await fetch(offer.body.uploadUrl, {
      method: 'PUT',
      headers: offer.body.headers,
      body: new Uint8Array(scan),
    });
    expect(put.status).toBe(200);
    const attached = await call(routed.handler, {
      method: 'PUT',
      path: `${at}/signed-copy`,
      as: who.coordinator,
      body: { uploadId: offer.body.uploadId },
    });
    expect(attached.status, JSON.stringify(attached.body)).toBe(200);
    // replaced before publishing: the first scan's file is deleted (DeleteObject)
    const second = onePagePdf('signed again');
    const again = await call(routed.handler, {
      method: 'POST',
      path: `${at}/signed-copy-upload`,
      as: who.coordinator,
      body: { size: second.length },
    });
    await fetch(again.body.uploadUrl, { method: 'PUT', headers: again.body.headers, body: new Uint8Array(second) });
    const replaced = await call(routed.handler, {
      method: 'PUT',
      path: `${at}/signed-copy`,
      as: who.coordinator,
      body: { uploadId: again.body.uploadId },
    });
    expect(replaced.status, JSON.stringify(replaced.body)).toBe(200);
    const link = await call(routed.handler, { method: 'GET', path: `${at}/signed.pdf`, as: who.coordinator });
    expect(link.status, JSON.stringify(link.body)).toBe(200);
    const published = await call(routed.handler, {
      method: 'POST',
      path: publicationPath('plan-document', 2566, generation),
      as: who.coordinator,
    });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
  });

  it('a calendar feed fetched by its token', async () => {
    const created = await call(routed.handler, {
      method: 'POST',
      path: apiPath('/v1/calendar-feeds', {}),
      as: who.financeStaff,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const feed = new URL(created.body.url as string).pathname;
    expect((await call(routed.handler, { method: 'GET', path: feed })).status).toBe(200);
  });

  it("the report form's JSON Schema and the OpenAPI document read by a staff member", async () => {
    for (const path of ['/v1/forms/report', '/v1/openapi.json'] as const) {
      const res = await call(routed.handler, { method: 'GET', path: apiPath(path, {}), as: who.financeStaff });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
  });

  // the planner as its entry composes it, with the environment the stack gives it (no mail, no files)
  it('the daily run and the annual report planned by the scheduled-job function: one work item per org on its queue', async () => {
    const workQueue = 'https://sqs.ap-southeast-1.amazonaws.com/123456789012/OrgWork';
    const planner = plannerFromEnv(
      {
        AWS_REGION: env.AWS_REGION,
        TABLE_NAME: env.TABLE_NAME,
        DYNAMODB_ENDPOINT: env.DYNAMODB_ENDPOINT,
        WORK_QUEUE_URL: workQueue,
        DOCUMENT_QUEUE_URL: env.DOCUMENT_QUEUE_URL,
      },
      'scheduled-job function',
    );
    await runAs(FUNCTIONS.planner, async () => {
      await planner.plan({ kind: 'daily', scheduledTime: bangkok('2023-04-20T08:30:00') });
      await planner.plan({ kind: 'annual-report', scheduledTime: bangkok('2023-10-01T06:00:00') });
    });
    planner.close();
    const queuedBy = (url: string) =>
      recordedCalls()
        .filter((c) => c.fn === FUNCTIONS.planner && c.command === 'SendMessageBatch' && c.input.QueueUrl === url)
        .flatMap((c) =>
          (c.input.Entries as { MessageBody: string }[]).map((e) => JSON.parse(e.MessageBody) as WorkItem),
        );
    expect(queuedBy(workQueue)).toContainEqual(expect.objectContaining({ orgId: 'demo', kind: 'daily' }));
    expect(queuedBy(env.DOCUMENT_QUEUE_URL!)).toContainEqual(
      expect.objectContaining({ orgId: 'demo', kind: 'annual-report' }),
    );
  });

  // 1 October 2023 is a Sunday: the documents function generates the report, the org worker's daily
  // pass of Monday mails it (break s31-u F9), failing once, then retried by its next run
  it("the annual report generated by the documents function, mailed by the org worker's daily run, failed once and retried", async () => {
    let failing = true;
    // each send gets no answer (a network error): retried by the next run, as a throttled send is once
    // the mailer's backoff is spent (Throttling here waited out four attempts a mail: 18 s for 12)
    stubAnswers((c) => {
      if (c.client === 'SESClient' && failing)
        throw Object.assign(new Error('stubbed socket hang up'), { code: 'ECONNRESET' });
      return undefined;
    });
    const { jobs: documents, production } = documentsFunction();
    const annual = await runAs(FUNCTIONS.documents, () =>
      handleWorkItem(
        { ...documents, annualReport: production.annualReport },
        { orgId: 'demo', kind: 'annual-report', scheduledTime: bangkok('2023-10-01T06:00:00').toISOString() },
      ),
    );
    expect(annual.notWorkingDay).toBe('2023-10-01');
    const worker = jobDependenciesFromEnv(env, 'org-worker function');
    const monday = {
      orgId: 'demo',
      kind: 'daily' as const,
      scheduledTime: bangkok('2023-10-02T08:30:00').toISOString(),
    };
    const first = await runAs(FUNCTIONS.worker, () => handleWorkItem(worker, monday));
    expect(first.failed).toBeGreaterThan(0);
    failing = false;
    await new Promise((resolve) => setTimeout(resolve, 1_100)); // the failed send's lease (MAIL_LEASE_SECONDS)
    const daily = await runAs(FUNCTIONS.worker, () => handleWorkItem(worker, monday));
    // the failed emails, the annual report's among them (rendered again from S3), resent from the outbox
    expect(daily.retried).toBe(first.failed);
    documents.close();
    worker.close();
  });
});

describe('every AWS call a function made, its role allows (synthesized template)', () => {
  it("SES's bounce and complaint events read by the mail-events function (its person marked, then the same again)", async () => {
    const { tableName, ...config } = storeConfigFromEnv(env, 'mail-events function');
    const handle = mailEventsHandler({
      store: { tableName, doc: createDocumentClient(config) },
      log: { info: () => undefined, warn: () => undefined },
    });
    const sent = {
      orgId: 'demo',
      kind: 'reminder',
      to: [`head.finance@${f.mailDomain}`],
      sentAt: '2023-04-20T01:00:00Z',
    };
    const event = snsEvent(bounceEvent(sent, '2023-04-20T01:00:03Z'), complaintEvent(sent, '2023-04-20T02:00:00Z'));
    await runAs(FUNCTIONS.mailEvents, () => handle(event));
    await runAs(FUNCTIONS.mailEvents, () => handle(event));
    const marked = await f.store.doc.send(
      new GetCommand({ TableName: f.store.tableName, Key: keys.person('demo', 'demo-head-finance') }),
    );
    expect(marked.Item?.undeliverable).toMatchObject({ reason: 'complained', kind: 'reminder' });
  });

  it("a missing public document's not-found page by the public not-found function (the org's years listed)", async () => {
    const s3 = lazyS3Client({ endpoint: env.S3_ENDPOINT! });
    const handle = publicNotFoundHandler(
      (org) => publishedYears(s3, env.PUBLIC_BUCKET_NAME!, org),
      (message) => {
        throw new Error(message);
      },
    );
    const answer = await runAs(FUNCTIONS.publicNotFound, () => handle({ rawPath: '/ita/demo/2567/results.pdf' }));
    expect(answer.statusCode).toBe(404);
    s3.destroy();
  });

  it('each recorded call: action, resource and condition granted to that function', () => {
    const { stacks, template } = synthesized({ stage: 'test' });
    const roles = rolePermissions(template(stacks.stateless), template(stacks.stateful));
    const names = new Map<string, string>();
    for (const name of ['TABLE_NAME', 'BUCKET_NAME', 'PUBLIC_BUCKET_NAME'])
      names.set(env[name]!, roles.environmentOf(FUNCTIONS.api, name)!);
    const calls = recordedCalls();
    expect(new Set(calls.map((c) => c.fn))).toEqual(new Set(Object.values(FUNCTIONS)));
    const refused = calls.flatMap((c) =>
      needsOf(c, names)
        .filter((need) => !allows(roles.grantsOf(c.fn), need))
        .map(
          (need) =>
            `${c.fn}: ${c.presigned ? 'presigned ' : ''}${c.command} (${c.outcome}) needs ${need.action} on ${need.resource}` +
            (need.prefix === undefined ? '' : ` prefix ${need.prefix}`),
        ),
    );
    expect([...new Set(refused)]).toEqual([]);
    // the CDK app is synthesised in this test: 27 s quiet, 72 s at load 24 (CI, session 33); a ceiling
  }, 240_000);
});
