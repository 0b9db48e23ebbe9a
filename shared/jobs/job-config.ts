// Job dependencies from the environment: the same for Lambda, the local system and the CLI.
import { SESClient } from '@aws-sdk/client-ses';
import { s3ReportFileStore } from '../documents/report-files.js';
import { lazyS3Client } from '../aws/s3-client.js';
import { rawMimeMessage } from '../mail/mime-message.js';
import { formatFrom } from '../mail/outgoing-mail.js';
import { sesMailer } from '../mail/ses-mailer.js';
import { JobEnvironment, parseEnvironment } from '../environment/environment.js';
import { createDocumentClient, storeConfigFromEnv } from '../store/dynamo-client.js';
import { sharedSendRate } from '../store/send-rate-bucket.js';
import { createRepositories } from '../store/repositories.js';
import { DEFAULT_JOB_SETTINGS, type JobDependencies } from './job-dependencies.js';

/** The SES client never retries a send itself: SES may have taken it (docs/reminders.md). */
export const SEND_CLIENT_MAX_ATTEMPTS = 1;

/**
 * The jobs' ports from the environment (JobEnvironment: TABLE_NAME required, the rest optional with
 * defaults). Throws EnvironmentError naming `entryPoint` and each missing or malformed variable.
 */
export function jobDependenciesFromEnv(
  raw: NodeJS.ProcessEnv = process.env,
  entryPoint = 'jobs',
): JobDependencies & { close(): void } {
  const env = parseEnvironment(entryPoint, JobEnvironment, raw);
  const storeConfig = storeConfigFromEnv(raw, entryPoint);
  // Jobs are not waited on by a person: ride out throttling longer than the API does.
  const doc = createDocumentClient(storeConfig, { maxAttempts: env.JOB_DYNAMODB_MAX_ATTEMPTS });
  // SES may live in another region than the functions (SES_REGION; none in ap-southeast-7)
  const sesRegion = env.SES_REGION ?? env.AWS_REGION ?? 'ap-southeast-1';
  // the SES account's maximum send rate: every worker together stays within it (docs/reminders.md)
  const maxPerSecond = env.MAIL_MAX_PER_SECOND;
  const store = { doc, tableName: storeConfig.tableName };
  const ses = new SESClient({
    region: sesRegion,
    ...(env.SES_ENDPOINT ? { endpoint: env.SES_ENDPOINT } : {}),
    maxAttempts: SEND_CLIENT_MAX_ATTEMPTS,
  });
  const bucket = env.BUCKET_NAME;
  const s3 = bucket ? lazyS3Client(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT } : {}) : undefined;
  return {
    store,
    repos: createRepositories(store),
    ...(s3 && bucket ? { files: s3ReportFileStore(s3, bucket, { lockYears: env.REPORT_RETENTION_YEARS }) } : {}),
    mailer: sesMailer(ses, {
      from: env.MAIL_FROM,
      ...(env.SES_CONFIGURATION_SET ? { configurationSet: env.SES_CONFIGURATION_SET } : {}),
      maxPerSecond,
      rate: sharedSendRate(store, { scope: sesRegion, maxPerSecond }),
      // the annual report's email carries its PDF
      rawMessage: rawMimeMessage,
      // "ITA <org name>" as the sender a phone shows
      formatFrom,
    }),
    wallClock: () => new Date(),
    ...(env.MAIL_LEASE_SECONDS ? { leaseMs: env.MAIL_LEASE_SECONDS * 1000 } : {}),
    settings: {
      formUrl: env.FORM_URL ?? DEFAULT_JOB_SETTINGS.formUrl,
      dueSoonDays: env.DUE_SOON_DAYS ?? DEFAULT_JOB_SETTINGS.dueSoonDays,
      concurrency: env.JOB_CONCURRENCY ?? DEFAULT_JOB_SETTINGS.concurrency,
      ...(env.REMINDER_CUTOFF_DAYS ? { cutoffDays: env.REMINDER_CUTOFF_DAYS } : {}),
    },
    close: () => {
      doc.destroy();
      ses.destroy();
      s3?.destroy();
    },
  };
}
