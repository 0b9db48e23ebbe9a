// The local system npm start runs (infra/local/start.ts): DynamoDB Local, the SES and S3 emulators,
// the API gateway, the web page and the scheduler, once start.ts has read its arguments, its
// environment and its ports.
import { writeICalendar } from '../../shared/calendar/ical-calendar-writer.js';
import { localIdentityProvider } from '../../shared/identity/identity-provider.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DeleteTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb';
import type { SNSEvent } from 'aws-lambda';
import { createApiHandler } from '../../functions/api/create-api-handler.js';
import { mailEventsHandler } from '../../functions/mail-events/mail-events.js';
import { PLAN_IMPORT_ROUTE_HANDLERS } from '../../functions/plan-import/route-handlers.js';
import { SCHEMA_ROUTE_HANDLERS } from '../../functions/schemas/route-handlers.js';
import type { DocumentProduction } from '../../functions/documents/document-production.js';
import { inProcessDocumentQueue } from '../../shared/documents/document-queue.js';
import { s3ReportFileStore } from '../../shared/documents/report-files.js';
import { lazyS3Client } from '../../shared/aws/s3-client.js';
import { s3EvidenceStorage } from '../../shared/evidence/s3-evidence-storage.js';
import { s3PlanUploadStorage } from '../../shared/import/s3-plan-upload-storage.js';
import { jobDependenciesFromEnv } from '../../shared/jobs/job-config.js';
import type { JobDependencies } from '../../shared/jobs/job-dependencies.js';
import { createTable } from '../../shared/store/create-table.js';
import { createDocumentClient } from '../../shared/store/dynamo-client.js';
import { startGateway } from './api-gateway-server.js';
import { JavaMissingError, startDynamoDbLocal } from './dynamodb-local.js';
import { type LocalConfig, runtimeEnvFile } from './local-config.js';
import { startLocalScheduler } from './local-scheduler.js';
import { startS3Emulator } from './s3-emulator.js';
import { startSesEmulator } from './ses-emulator.js';
import { issueToken, jwks, loadOrCreateKeys, tokenVerifier } from './token-issuer.js';
import { localPageOrigins } from './local-origins.js';
import { localWebHost } from './web-host.js';
import { localOrgPeople } from './local-people.js';
import { publicArea } from './public-area.js';
import { publishedYears } from '../../shared/publishing/published-years.js';
import { PUBLIC_ROOT } from '../../shared/domain/public-addresses.js';
import { publishingPorts } from '../../shared/publishing/publishing-ports.js';
import { s3PublicFileStore } from '../../shared/publishing/public-files.js';
import { seedDemo } from './demo-seed.js';
import { importPlanDraft } from '../../shared/import/import-plan-draft.js';
import { createRepositories } from '../../shared/store/repositories.js';
import { banner, shownDataDir } from './banner.js';
import type { StartArguments } from './start-arguments.js';

/** Starts the system; on a failure before its banner, stops what it started and exits 1 (`fail`). */
export async function startSystem(
  startArgs: StartArguments,
  config: LocalConfig,
  env: Record<string, string>,
  fail: (message: string) => never,
): Promise<void> {
  // --today: the local clock runs from that day at 09:00 Bangkok time
  const offsetMs = startArgs.today ? Date.parse(`${startArgs.today}T09:00:00+07:00`) - Date.now() : 0;
  const clock = () => new Date(Date.now() + offsetMs);
  const pageOrigins = localPageOrigins(config.ports.api);

  /**
   * The parts started so far: a start that fails, or is stopped (Ctrl-C) before the banner, stops them
   * before it exits, DynamoDB Local's JVM above all (a process of its own, which outlived the script:
   * a test's start cut short by its hook timeout left it running).
   */
  const startedParts: { stop(): Promise<void> }[] = [];
  const abandon = new AbortController();
  const started = <T extends { stop(): Promise<void> }>(part: T): T => (startedParts.push(part), part);
  /** Stops the parts started so far, then exits 1 with `message` (the first caller; later ones wait for the exit). */
  async function abandonStart(message: string): Promise<never> {
    if (!abandon.signal.aborted) {
      abandon.abort();
      await Promise.allSettled(startedParts.map((part) => part.stop()));
      fail(message);
    }
    return new Promise<never>(() => undefined);
  }
  let stopSystem: ((signal: string) => Promise<void>) | undefined;
  const onSignal = (signal: string) =>
    void (stopSystem ? stopSystem(signal) : abandonStart(`${signal}: stopped while starting / หยุดระหว่างเริ่มระบบ`));
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));

  const dynamodb = config.dynamodbEndpoint
    ? { localOnly: true, stop: () => Promise.resolve() }
    : started(
        await startDynamoDbLocal({
          port: config.ports.dynamodb,
          path: join(config.dataDir, 'dynamodb'),
          quick: true,
          signal: abandon.signal,
          // this machine only: 127.0.0.1, a foreign Host refused (break-16 B2)
          localOnly: true,
        }).catch((error: unknown) =>
          abandonStart(
            error instanceof JavaMissingError
              ? error.message
              : `DynamoDB Local did not start: ${(error as Error).message.split('\n')[0]}`,
          ),
        ),
      );
  if (!dynamodb.localOnly)
    process.stderr.write(
      'คำเตือน: DynamoDB Local รับการเชื่อมต่อจากทุกเครือข่าย เพราะไม่พบ javac ติดตั้ง openjdk-17-jdk-headless\n' +
        'Warning: DynamoDB Local listens on every interface (javac not found): install openjdk-17-jdk-headless\n',
    );
  try {
    // SES's mailbox simulator: its bounce and complaint events reach the mail-events handler once the
    // table is up (below), as SNS would deliver them to the function in AWS
    const mailEvents: { record?: (event: SNSEvent) => Promise<void> } = {};
    const simulator = {
      clock,
      deliver: (event: SNSEvent) =>
        void mailEvents
          .record?.(event)
          .catch((error: unknown) =>
            process.stderr.write(`mailbox simulator: the event was not recorded: ${(error as Error).message}\n`),
          ),
    };
    const [ses, s3] = await Promise.all([
      startSesEmulator({ port: config.ports.ses, simulator, directory: join(config.dataDir, 'ses') }).then(started),
      startS3Emulator({
        port: config.ports.s3,
        directory: join(config.dataDir, 's3'),
        buckets: [config.bucket, config.publicBucket],
        corsOrigins: pageOrigins,
      }).then(started),
    ]);

    const raw = new DynamoDBClient({ endpoint: env.DYNAMODB_ENDPOINT, region: env.AWS_REGION });
    // --fresh on a DynamoDB Local of its own wiped its folder; on one already running, the table goes
    if (startArgs.fresh && config.dynamodbEndpoint)
      await raw.send(new DeleteTableCommand({ TableName: config.tableName })).catch((error: unknown) => {
        if (!(error instanceof ResourceNotFoundException)) throw error;
      });
    try {
      await raw.send(new DescribeTableCommand({ TableName: config.tableName }));
    } catch (error) {
      if (!(error instanceof ResourceNotFoundException)) throw error;
      await createTable(raw, config.tableName);
    }
    raw.destroy();
    // the CLIs read it; the job CLI's preview runs on the local clock too (ITA_CLOCK_OFFSET_MS)
    const runtimeEnv = offsetMs ? { ...env, ITA_CLOCK_OFFSET_MS: String(offsetMs) } : env;
    writeFileSync(runtimeEnvFile(config), JSON.stringify(runtimeEnv, null, 2));

    const store = { doc: createDocumentClient({ endpoint: env.DYNAMODB_ENDPOINT! }), tableName: config.tableName };
    const repos = createRepositories(store);
    mailEvents.record = mailEventsHandler({ store, log: { info: () => undefined, warn: () => undefined } });
    const seeded = await seedDemo(repos, clock());
    const keys = await loadOrCreateKeys(config);
    const s3Client = lazyS3Client({ endpoint: env.S3_ENDPOINT! });
    const files = s3ReportFileStore(s3Client, config.bucket);
    // documents are produced in this process, after the request has answered (the document function in AWS)
    // the PDF code loads on the first document, so the system starts as fast as before
    let production: Promise<DocumentProduction> | undefined;
    const produceDocuments = () =>
      (production ??= import('../../functions/documents/document-production.js').then((m) =>
        m.documentProduction({ store, repos, files }),
      ));
    const documents = inProcessDocumentQueue(async (request) => (await produceDocuments()).produce(request));
    const publicFiles = s3PublicFileStore(s3Client, config.publicBucket);
    const jobs = jobDependenciesFromEnv(process.env, 'npm start');
    const handler = createApiHandler({
      identity: localIdentityProvider,
      // invitations go to the SES emulator's mail viewer, as in AWS through SES
      invitationMailer: jobs.mailer,
      // the plan file readers load on the first plan import (their own function in AWS)
      planFiles: async (bytes) => (await import('../../shared/import/read-plan-file.js')).readPlanFile(bytes),
      planImporter: importPlanDraft,
      planRoutes: PLAN_IMPORT_ROUTE_HANDLERS,
      schemaRoutes: SCHEMA_ROUTE_HANDLERS,
      calendarText: writeICalendar,
      store,
      repos,
      evidence: s3EvidenceStorage(s3Client, config.bucket),
      planUploads: s3PlanUploadStorage(s3Client, config.bucket),
      files,
      documents,
      clock,
      publishing: publishingPorts({ store, repos, files, publicFiles, publicBaseUrl: env.PUBLIC_BASE_URL!, clock }),
      corsOrigins: pageOrigins,
      formUrl: env.FORM_URL!,
    });
    const web = localWebHost({
      orgs: () => localOrgPeople(repos),
      issueToken: (person) => issueToken(config, keys, { sub: person.personId, email: person.email }),
      uploadOrigins: [env.S3_ENDPOINT!],
    });
    const server = await startGateway({
      port: config.ports.api,
      handler,
      verify: tokenVerifier(config, keys),
      allowedOrigins: pageOrigins,
      extra: (request) =>
        request.url.pathname === '/.well-known/jwks.json'
          ? { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(jwks(keys)) }
          : request.url.pathname.startsWith(PUBLIC_ROOT)
            ? publicArea(publicFiles, request, (org) => publishedYears(s3Client, config.publicBucket, org))
            : web(request),
    });
    const jobDeps: JobDependencies = {
      ...jobs,
      annualReport: async (...args) => (await produceDocuments()).annualReport(...args),
    };
    const scheduler = startLocalScheduler(jobDeps, (line) => process.stdout.write(`${line}\n`));

    process.stdout.write(
      banner(config, { seeded, dataDir: shownDataDir(process.cwd(), config.dataDir), today: startArgs.today }),
    );

    let stopping = false;
    stopSystem = async function stop(signal: string) {
      if (stopping) return;
      stopping = true;
      process.stdout.write(`\n${signal}: stopping… / กำลังหยุดระบบ…\n`);
      scheduler.stop();
      server.closeAllConnections();
      await documents.idle();
      await Promise.allSettled([
        new Promise<void>((r) => server.close(() => r())),
        ses.stop(),
        s3.stop(),
        dynamodb.stop(),
      ]);
      store.doc.destroy();
      s3Client.destroy();
      jobs.close();
      process.stdout.write('stopped / หยุดแล้ว\n');
      process.exit(0);
    };
  } catch (error) {
    await abandonStart(`The local system did not start / ระบบไม่เริ่ม: ${(error as Error).message.split('\n')[0]}`);
  }
}
