// Environment variables: one zod schema per entry point (the Lambda functions, the local system, the
// CLIs), parsed once at start. A missing or malformed variable stops the entry point with a message
// naming each one, before any request or job is handled.
import * as z from 'zod';
import { ORIGIN_SECRET_MIN_LENGTH } from '../api/origin-secret.js';
import { MAX_CUTOFF_DAYS } from '../jobs/org-year.js';

/** Thrown at start when the environment does not fit the entry point's schema. */
export class EnvironmentError extends Error {
  override name = 'EnvironmentError';
  constructor(
    readonly entryPoint: string,
    /** one line per variable: `NAME: what is wrong` */
    readonly problems: string[],
  ) {
    super(`${entryPoint}: the environment is not usable:\n  ${problems.join('\n  ')}`);
  }
}

/**
 * Parses `env` with `schema` for `entryPoint` (named in the error). Empty strings count as unset.
 * Throws EnvironmentError naming every missing or malformed variable.
 */
export function parseEnvironment<S extends z.ZodType>(
  entryPoint: string,
  schema: S,
  env: NodeJS.ProcessEnv = process.env,
): z.output<S> {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(present);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? '?');
    if (present[name] === undefined) return `${name} is not set (${issue.message})`;
    // a secret's value is never printed (it would reach the logs)
    const shown = /SECRET/.test(name) ? '(hidden)' : JSON.stringify(present[name]);
    return `${name}=${shown} is not valid: ${issue.message}`;
  });
  throw new EnvironmentError(entryPoint, problems);
}

// --- field kinds -----------------------------------------------------------------------------
const name = (what: string) =>
  z
    .string({ error: `required: ${what}` })
    .trim()
    .min(1);
const url = (what: string) => z.url({ protocol: /^https?$/, error: `an http(s) URL: ${what}` });

/** Whether `value` is an http(s) URL ("javascript:…", "ftp://…" are not). */
export const isHttpUrl = (value: string): boolean => z.url({ protocol: /^https?$/ }).safeParse(value).success;

/**
 * Whether `value` is a web origin: http(s), scheme and host (and port) only, no path or slash. Scheme
 * and host in any case (RFC 3986 3.1, 3.2.2): "HTTPS://ITA.example.org" is one; webOrigin spells it.
 */
export const isWebOrigin = (value: string): boolean =>
  isHttpUrl(value) && new URL(value).origin === value.toLowerCase();

/** An origin as browsers send it: scheme and host in lowercase ("HTTPS://A.example" → https://a.example). */
export const webOrigin = (value: string): string => new URL(value).origin;
const integer = (what: string, min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce
    .number({ error: `a whole number: ${what}` })
    .int({ error: `a whole number: ${what}` })
    .min(min, { error: `at least ${min}: ${what}` })
    .max(max, { error: `at most ${max}: ${what}` });
const positive = (what: string) =>
  z.coerce.number({ error: `a number: ${what}` }).positive({ error: `above 0: ${what}` });
const port = (what: string) => integer(what, 1, 65535);
/** Comma-separated origins: "https://a.example,https://b.example" (empty: none). */
const origins = z
  .string()
  .transform((v) =>
    v
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
  )
  .pipe(
    z.array(
      z
        .string()
        .refine(isWebOrigin, {
          error: 'comma-separated http(s) origins, scheme and host only (https://ita.example.org)',
        })
        .transform(webOrigin),
    ),
  );

// --- pieces shared by entry points ------------------------------------------------------------
/** The DynamoDB table (every entry point). */
export const StoreEnvironment = z.object({
  TABLE_NAME: name('the DynamoDB table name'),
  DYNAMODB_ENDPOINT: url('DynamoDB Local; unset in AWS').optional(),
  AWS_REGION: z
    .string()
    .regex(/^[a-z]{2}(-[a-z]+)+-\d$/, { error: 'an AWS region such as ap-southeast-1' })
    .optional(),
});

const FilesEnvironment = z.object({
  BUCKET_NAME: name('the files bucket').optional(),
  S3_ENDPOINT: url('the S3 emulator; unset in AWS').optional(),
  REPORT_RETENTION_YEARS: integer('years annual reports are locked', 0, 100).default(0),
});

const MAIL_FROM = z.email({ error: 'an email address: the sender' }).default('ita-noreply@example.org');

// Each entry point's schema is built by a call marked pure, so that a bundle keeps (and builds at
// import) only the schemas its entry point parses: the API's cold start builds none of the jobs' or
// CLIs' (issue 15, "nothing created at import time that a request may not need").

/** Scheduled jobs, the org worker, the job CLI (shared/jobs/job-config.ts). */
const jobDynamoDbMaxAttempts = () => integer('DynamoDB attempts per call in jobs', 1, 20).default(8);

export const JobEnvironment = /* @__PURE__ */ (() =>
  StoreEnvironment.extend(FilesEnvironment.shape).extend({
    JOB_DYNAMODB_MAX_ATTEMPTS: jobDynamoDbMaxAttempts(),
    SES_REGION: StoreEnvironment.shape.AWS_REGION,
    SES_ENDPOINT: url('the SES emulator; unset in AWS').optional(),
    SES_CONFIGURATION_SET: name('the SES configuration set').optional(),
    MAIL_FROM,
    MAIL_MAX_PER_SECOND: positive('emails per second').default(10),
    MAIL_LEASE_SECONDS: integer('seconds a send is leased', 1).optional(),
    FORM_URL: url('the web page, for links in emails').optional(),
    DUE_SOON_DAYS: integer('days before a due date that "due soon" is sent', 0, 60).optional(),
    JOB_CONCURRENCY: integer('orgs handled at once', 1, 100).optional(),
    // at most what the jobs read (the previous fiscal year, shared/jobs/org-year.ts; break 14 F11)
    REMINDER_CUTOFF_DAYS: integer('days after which an overdue reminder stops', 1, MAX_CUTOFF_DAYS).optional(),
  }))();
export type JobEnvironment = z.output<typeof JobEnvironment>;

/**
 * The scheduled-job function, the planner (shared/jobs/planner.ts): the table it lists the orgs
 * from and the queues it puts their work items on. It sends no email and reads no file.
 */
export const ScheduledJobEnvironment = /* @__PURE__ */ (() =>
  StoreEnvironment.extend({
    JOB_DYNAMODB_MAX_ATTEMPTS: jobDynamoDbMaxAttempts(),
    WORK_QUEUE_URL: url('the org work queue'),
    DOCUMENT_QUEUE_URL: url('the document queue'),
  }))();

/** The document function: the job environment with the files bucket required. */
export const DocumentsEnvironment = /* @__PURE__ */ (() =>
  JobEnvironment.extend({
    BUCKET_NAME: name('the files bucket, where documents are written'),
    FONT_DIR: name('the bundled fonts folder').optional(),
  }))();

/** The form API function (functions/api/handler.ts): everything its routes use, required. */
export const ApiEnvironment = /* @__PURE__ */ (() =>
  StoreEnvironment.extend(FilesEnvironment.shape).extend({
    BUCKET_NAME: name('the files bucket (evidence, documents)'),
    USER_POOL_ID: name('the Cognito user pool, for people changes'),
    DOCUMENT_QUEUE_URL: url('the document queue'),
    PUBLIC_BUCKET_NAME: name('the public ITA bucket'),
    PUBLIC_BASE_URL: url('the public address of ITA pages'),
    FORM_URL: url('the web page').optional(),
    // invitation emails (person-invitation.ts): sent through SES as the jobs' emails are
    MAIL_FROM,
    SES_REGION: StoreEnvironment.shape.AWS_REGION,
    SES_ENDPOINT: url('the SES emulator; unset in AWS').optional(),
    SES_CONFIGURATION_SET: name('the SES configuration set').optional(),
    CORS_ORIGINS: origins.default([]),
    ORIGIN_SECRET: z
      .string()
      .min(ORIGIN_SECRET_MIN_LENGTH, {
        error: `at least ${ORIGIN_SECRET_MIN_LENGTH} characters: CloudFront's secret origin header value`,
      })
      .optional(),
  }))();
export type ApiEnvironment = z.output<typeof ApiEnvironment>;

/**
 * The plan-import function: the API's composition with only the table (it writes nothing) and the
 * files bucket (it reads uploaded plan files); the other variables are optional there.
 */
export const PlanImportEnvironment = /* @__PURE__ */ (() =>
  ApiEnvironment.partial().extend({
    TABLE_NAME: name('the DynamoDB table name'),
    BUCKET_NAME: name('the files bucket (uploaded plan files)'),
  }))();

/** The calendar function (GET /calendar/{token}.ics): only the table (it reads no file). */
export const CalendarEnvironment = /* @__PURE__ */ (() =>
  ApiEnvironment.partial().extend({ TABLE_NAME: name('the DynamoDB table name') }))();

/** The schemas function (the OpenAPI document, the report form's JSON Schema): only the table (the caller). */
export const SchemasEnvironment = CalendarEnvironment;

/** `npm start` (infra/local/local-config.ts). */
export const LocalEnvironment = /* @__PURE__ */ (() =>
  z.object({
    ITA_DATA_DIR: name('the local data folder').default('.local'),
    ITA_API_PORT: port('the local API port').default(3000),
    ITA_DYNAMODB_PORT: port('the DynamoDB Local port').default(8000),
    ITA_SES_PORT: port('the SES emulator port').default(8005),
    ITA_S3_PORT: port('the S3 emulator port').default(4569),
    // a DynamoDB Local already running (the tests' shared one): npm start starts none and uses this
    ITA_DYNAMODB_ENDPOINT: url('a running DynamoDB Local to use').optional(),
    ITA_TABLE_NAME: name('the local table').default('ita-measures-local'),
  }))();

/** `npm run admin` (infra/cli/admin.ts). */
export const AdminCliEnvironment = /* @__PURE__ */ (() =>
  StoreEnvironment.extend({
    USER_POOL_ID: name('the Cognito user pool').optional(),
    // invitation emails of add-person and resend-invitation: the API's sender, the same email
    ...ApiEnvironment.pick({
      FORM_URL: true,
      MAIL_FROM: true,
      SES_REGION: true,
      SES_ENDPOINT: true,
      SES_CONFIGURATION_SET: true,
    }).shape,
  }))();
