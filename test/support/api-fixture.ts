// The form API against DynamoDB Local and the S3 emulator, with the FY2566 seed plan for "demo".
import { writeICalendar } from '../../shared/calendar/ical-calendar-writer.js';
import { importPlanDraft } from '../../shared/import/import-plan-draft.js';
import { readPlanFile } from '../../shared/import/read-plan-file.js';
import { randomUUID } from 'node:crypto';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { inject } from 'vitest';
import { createApiHandler } from '../../functions/api/create-api-handler.js';
import { PLAN_IMPORT_ROUTE_HANDLERS } from '../../functions/plan-import/route-handlers.js';
import { SCHEMA_ROUTE_HANDLERS } from '../../functions/schemas/route-handlers.js';
import { documentProduction, type DocumentProduction } from '../../functions/documents/document-production.js';
import { inProcessDocumentQueue } from '../../shared/documents/document-queue.js';
import { S3Client } from '@aws-sdk/client-s3';
import { lazyS3Client } from '../../shared/aws/s3-client.js';
import { s3EvidenceStorage } from '../../shared/evidence/s3-evidence-storage.js';
import { s3PlanUploadStorage } from '../../shared/import/s3-plan-upload-storage.js';
import { s3ReportFileStore } from '../../shared/documents/report-files.js';
import { publishingPorts } from '../../shared/publishing/publishing-ports.js';
import { type PublicFileStore, s3PublicFileStore } from '../../shared/publishing/public-files.js';
import { PlanRepository } from '../../shared/store/plan-repository.js';
import { createRepositories, type Repositories } from '../../shared/store/repositories.js';
import { OrgRepository } from '../../shared/store/org-repository.js';
import { importSeedPlan } from './seed-plan.js';
import { cognitoIdentityProvider, localIdentityProvider } from '../../shared/identity/identity-provider.js';
import { cognitoStub, type CognitoStub } from './cognito-stub.js';
import { SESClient } from '@aws-sdk/client-ses';
import { sesMailer } from '../../shared/mail/ses-mailer.js';
import { formatFrom, type Mailer } from '../../shared/mail/outgoing-mail.js';
import { SEED_TIME, seedOrg } from './seed-org.js';
import { createTestStore, type TestStore } from './test-store.js';
import type { ApiHandler } from './api-events.js';
import { itemsOf, putItems, replacedIn } from './table-items.js';

/** 20 April 2023, 10:00 in Bangkok: April's monthly reports are due, March's are overdue. */
export const API_NOW = new Date('2023-04-20T03:00:00Z');

export const who = {
  financeStaff: 'demo-staff-finance',
  engineeringStaff: 'demo-staff-engineering',
  clerkStaff: 'demo-staff-clerk',
  financeHead: 'demo-head-finance',
  coordinator: 'demo-coordinator',
  executive: 'demo-mayor',
  admin: 'demo-admin',
  otherCoordinator: 'other-coordinator',
  removed: 'demo-removed',
  stranger: 'nobody-at-all',
} as const;

export interface ApiFixture {
  store: TestStore;
  /** the repositories the handler uses (built once, as in an entry point) */
  repos: Repositories;
  handler: ApiHandler;
  /**
   * Another warm instance of the API over the same table: its own caller directory and plan
   * snapshots, so a change made through it is not forgotten by `handler`'s caches (as a change through
   * another Lambda instance, or the admin CLI, is not).
   */
  otherInstance(): ApiHandler;
  bucket: string;
  /** this fixture's own mail domain (demo-xxxx.example.org) */
  mailDomain: string;
  s3: S3Client;
  files: ReturnType<typeof s3ReportFileStore>;
  /** the document side, as the local system composes it (the annual-report run for job deps) */
  documents: DocumentProduction;
  /** resolves when every document generation started so far is ready or failed */
  documentsSettled(): Promise<void>;
  /** the public area (published copies and ITA pages) and its bucket */
  publicFiles: PublicFileStore;
  publicBucket: string;
  /** the Cognito user pool behind the API's identity provider (SDK-level stub) */
  cognito: CognitoStub;
  /** every item of the table, for "nothing was written" checks */
  dump(): Promise<string>;
  close(): Promise<void>;
}

/** The orgs, people and plans every fixture starts with, written through the repositories. */
async function seedDemoAndOther(store: TestStore, mailDomain: string, otherOrgHasPlan: boolean): Promise<void> {
  const ctx = { actor: 'system:seed', now: SEED_TIME };
  await seedOrg(store, 'demo', undefined, mailDomain);
  await seedOrg(store, 'other', 'เทศบาลตำบลอื่น');
  const orgs = new OrgRepository(store);
  await orgs.putPerson(
    {
      orgId: 'demo',
      personId: who.financeHead,
      email: `head.finance@${mailDomain}`,
      name: 'ผู้อำนวยการกองคลัง',
      unitId: 'finance',
      roles: ['staff'],
      headOfUnit: true,
      active: true,
    },
    ctx,
  );
  await orgs.putPerson(
    {
      orgId: 'demo',
      personId: who.admin,
      email: `admin@${mailDomain}`,
      name: 'ผู้ดูแลระบบ',
      roles: ['admin'],
      headOfUnit: false,
      active: true,
    },
    ctx,
  );
  await orgs.putPerson(
    {
      orgId: 'demo',
      personId: who.removed,
      email: `gone@${mailDomain}`,
      name: 'ย้ายออกแล้ว',
      unitId: 'finance',
      roles: ['staff'],
      headOfUnit: false,
      active: false,
    },
    ctx,
  );
  const plans = new PlanRepository(store);
  await plans.savePlan(importSeedPlan('demo').plan, ctx);
  if (otherOrgHasPlan) await plans.savePlan(importSeedPlan('other').plan, ctx);
}

/**
 * The seed as the first fixture of a process (per variant) wrote it through the repositories, and
 * that fixture's mail domain: later fixtures get a copy of its items, their own mail domain in
 * place of it. The seed's ~30 transactions cost DynamoDB Local ~0.3 s CPU and the test process
 * ~0.15 s a fixture; the copy is a few BatchWriteItem requests.
 */
interface SeededItems {
  mailDomain: string;
  items: Record<string, unknown>[];
}
const seeded = new Map<boolean, Promise<SeededItems>>();

/** Writes the seed into `store`'s empty table, its people's mail at `mailDomain`. */
async function seed(store: TestStore, otherOrgHasPlan: boolean, mailDomain: string): Promise<void> {
  const first = seeded.get(otherOrgHasPlan);
  if (!first) {
    const written = seedDemoAndOther(store, mailDomain, otherOrgHasPlan).then(async () => ({
      mailDomain,
      items: await itemsOf(store),
    }));
    seeded.set(otherOrgHasPlan, written);
    written.catch(() => seeded.delete(otherOrgHasPlan));
    await written;
    return;
  }
  const template = await first;
  await putItems(
    store,
    template.items.map((item) => replacedIn(item, template.mailDomain, mailDomain)),
  );
}

export async function createApiFixture(
  options: {
    otherOrgHasPlan?: boolean;
    now?: Date;
    /** the API's clock (default: `now`, fixed); a ticking one shares time with the mailbox simulator */
    clock?: () => Date;
    /** "local": the local token issuer's identity provider (as `npm start`), not the Cognito stub */
    signIn?: 'cognito' | 'local';
    /** CloudFront's secret origin header value, as ORIGIN_SECRET sets it in AWS (default: none) */
    originSecret?: string;
    /** the invitation sender (default: SES at the emulator) */
    invitationMailer?: Mailer;
  } = {},
): Promise<ApiFixture> {
  const store = await createTestStore();
  const mailDomain = `demo-${randomUUID().slice(0, 8)}.example.org`;
  await seed(store, options.otherOrgHasPlan ?? false, mailDomain);

  const bucket = `test-${randomUUID()}`;
  const source = lazyS3Client({ endpoint: inject('s3Endpoint') });
  const s3 = await source();
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  const publicBucket = `public-${randomUUID()}`;
  await s3.send(new CreateBucketCommand({ Bucket: publicBucket }));
  const clock = options.clock ?? (() => options.now ?? API_NOW);
  const files = s3ReportFileStore(source, bucket);
  const publicFiles = s3PublicFileStore(source, publicBucket);
  const repos = createRepositories(store);
  const documents = documentProduction({ store, repos, files });
  const queue = inProcessDocumentQueue((request) => documents.produce(request));
  const cognito = cognitoStub();
  const deps: Parameters<typeof createApiHandler>[0] = {
    planFiles: readPlanFile,
    planImporter: importPlanDraft,
    planRoutes: PLAN_IMPORT_ROUTE_HANDLERS,
    schemaRoutes: SCHEMA_ROUTE_HANDLERS,
    calendarText: writeICalendar,
    identity:
      options.signIn === 'local'
        ? localIdentityProvider
        : cognitoIdentityProvider(cognito.client, 'ap-southeast-1_test'),
    store,
    repos,
    evidence: s3EvidenceStorage(source, bucket),
    planUploads: s3PlanUploadStorage(source, bucket),
    files,
    documents: queue,
    clock,
    corsOrigins: ['https://ita.example.org'],
    formUrl: 'https://ita.example.org',
    // invitations go to the SES emulator (read them with mailbox.ts mailFor)
    invitationMailer:
      options.invitationMailer ??
      sesMailer(new SESClient({ endpoint: inject('sesEndpoint'), region: 'ap-southeast-1' }), {
        from: 'ita-noreply@example.org',
        maxPerSecond: 1000,
        // as the API's own invitation mailer (invitation-mailer.ts)
        formatFrom,
      }),
    ...(options.originSecret ? { originSecret: options.originSecret } : {}),
    publishing: publishingPorts({ store, repos, files, publicFiles, publicBaseUrl: 'https://ita.example.org', clock }),
  };
  const handler = createApiHandler(deps);

  const dump = async () => {
    const all: Record<string, unknown>[] = [];
    for (const pk of [
      'ORGS',
      'ORG#demo',
      'ORG#demo#FY#2566',
      'ORG#other',
      'ORG#other#FY#2566',
      `ORG#demo#AUDIT#${API_NOW.toISOString().slice(0, 7)}`,
    ]) {
      let start: Record<string, unknown> | undefined;
      do {
        const out = await store.doc.send(
          new QueryCommand({
            TableName: store.tableName,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': pk },
            ...(start ? { ExclusiveStartKey: start } : {}),
          }),
        );
        all.push(...(out.Items ?? []));
        start = out.LastEvaluatedKey;
      } while (start);
    }
    return JSON.stringify(all);
  };
  return {
    store,
    repos,
    handler,
    otherInstance: () => createApiHandler(deps),
    bucket,
    mailDomain,
    s3,
    cognito,
    files,
    documents,
    documentsSettled: () => queue.idle(),
    publicFiles,
    publicBucket,
    dump,
    close: async () => {
      await queue.idle();
      s3.destroy();
      await store.drop();
    },
  };
}
