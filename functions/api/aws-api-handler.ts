// The AWS composition of the form API: every port built once, from the function's environment.
// Two Lambda entries use it: the API (handler.ts) and the plan-import function, which alone loads
// the plan file readers (PDF, Word, Excel: about 1 MB of code that most requests never need).
// Each entry parses its own environment schema (shared/environment) and passes the result here.
import type { CalendarEnvironment } from '../../shared/environment/environment.js';
import { createDocumentClient } from '../../shared/store/dynamo-client.js';
import { createRepositories } from '../../shared/store/repositories.js';
import { lazyS3Client } from '../../shared/aws/s3-client.js';
import { s3EvidenceStorage } from '../../shared/evidence/s3-evidence-storage.js';
import { s3PlanUploadStorage } from '../../shared/import/s3-plan-upload-storage.js';
import { sqsDocumentQueue } from '../../shared/documents/document-queue.js';
import { s3ReportFileStore } from '../../shared/documents/report-files.js';
import { publishingPorts } from '../../shared/publishing/publishing-ports.js';
import { s3PublicFileStore } from '../../shared/publishing/public-files.js';
import { cognitoIdentityProvider } from '../../shared/identity/identity-provider.js';
import type { CalendarWriter } from '../../shared/calendar/calendar-text.js';
import { invitationMailer } from '../../shared/mail/invitation-mailer.js';
import type { PlanFileReader, PlanImporter } from '../../shared/import/plan-file.js';
import type * as z from 'zod';
import { createApiHandler, type ApiHandler } from './create-api-handler.js';
import type { PlanImportRouteId, RouteHandlers, SchemaRouteId } from './route-handlers.js';
import { ROUTES, type RouteSpec } from '../../shared/api/routes.js';

/**
 * What the composition reads: the API's environment, or the plan-import, calendar or schemas
 * function's (fewer required; the calendar and schemas functions', only the table, are the least).
 */
export type AwsApiEnvironment = z.output<typeof CalendarEnvironment>;

/**
 * The code only some routes load, given by each entry: the plan file readers, the importer and the
 * plan routes' use cases (plan-import function: previews, checks and plan replacements), the JSON
 * Schema documents (schemas function) and the iCalendar writer (calendar function). An entry
 * without one passes `notLoaded(...)` (`PLAN_ROUTES_NOT_LOADED`, `SCHEMA_ROUTES_NOT_LOADED`).
 */
export interface RouteLibraries {
  planFiles: PlanFileReader;
  planImporter: PlanImporter;
  planRoutes: RouteHandlers<PlanImportRouteId>;
  schemaRoutes: RouteHandlers<SchemaRouteId>;
  calendarText: CalendarWriter;
}

/** A stand-in for code this function does not load: CDK routes its routes to another function. */
export const notLoaded = (what: string, fn: string) => (): never => {
  throw new Error(`${what} run in the ${fn} function (RouteSpec.handledBy); this one does not load them`);
};

const planRoutesElsewhere = notLoaded('plan routes', 'plan-import');

/** The plan routes' stand-ins in a function that does not serve them (CDK routes them elsewhere). */
export const PLAN_ROUTES_NOT_LOADED = Object.fromEntries(
  Object.entries(ROUTES)
    .filter(([, r]) => (r as RouteSpec).handledBy === 'planImport')
    .map(([id]) => [id, planRoutesElsewhere]),
) as unknown as RouteHandlers<PlanImportRouteId>;

const schemaRoutesElsewhere = notLoaded('JSON Schema documents', 'schemas');

/** The schema routes' stand-ins in a function that does not serve them (CDK routes them elsewhere). */
export const SCHEMA_ROUTES_NOT_LOADED: RouteHandlers<SchemaRouteId> = {
  reportForm: schemaRoutesElsewhere,
  openapi: schemaRoutesElsewhere,
};

/** The API handler with every AWS port and the route libraries its entry loads. */
export function awsApiHandler(libraries: RouteLibraries, env: AwsApiEnvironment): ApiHandler {
  const bucket = env.BUCKET_NAME ?? '';
  const s3 = lazyS3Client(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT } : {});
  // Cognito's SDK loads on the first people change, not on every cold start.
  const cognito = cognitoIdentityProvider(
    () =>
      import('@aws-sdk/client-cognito-identity-provider').then(
        ({ CognitoIdentityProviderClient }) => new CognitoIdentityProviderClient({}),
      ),
    env.USER_POOL_ID ?? '',
  );
  // invitation emails: one send per request, so this process's own pace; the SDK loads on first use
  const invitations = invitationMailer(env);
  const table = {
    doc: createDocumentClient({
      ...(env.DYNAMODB_ENDPOINT ? { endpoint: env.DYNAMODB_ENDPOINT } : {}),
      ...(env.AWS_REGION ? { region: env.AWS_REGION } : {}),
    }),
    tableName: env.TABLE_NAME,
  };
  const repos = createRepositories(table);
  const files = s3ReportFileStore(s3, bucket, { lockYears: env.REPORT_RETENTION_YEARS ?? 0 });
  const clock = () => new Date();
  return createApiHandler({
    identity: cognito,
    invitationMailer: invitations,
    ...libraries,
    ...(env.FORM_URL ? { formUrl: env.FORM_URL } : {}),
    store: table,
    repos,
    evidence: s3EvidenceStorage(s3, bucket),
    planUploads: s3PlanUploadStorage(s3, bucket),
    documents: sqsDocumentQueue(env.DOCUMENT_QUEUE_URL ?? ''),
    files,
    clock,
    publishing: publishingPorts({
      store: table,
      repos,
      files,
      publicFiles: s3PublicFileStore(s3, env.PUBLIC_BUCKET_NAME ?? ''),
      publicBaseUrl: env.PUBLIC_BASE_URL ?? '',
      clock,
    }),
    corsOrigins: env.CORS_ORIGINS ?? [],
    ...(env.ORIGIN_SECRET ? { originSecret: env.ORIGIN_SECRET } : {}),
  });
}
