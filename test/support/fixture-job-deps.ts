// The scheduled jobs' dependencies on an API fixture: its table, repositories, report files and
// document side, mailing through the SES emulator, as the local system composes them.
import type { SESClient } from '@aws-sdk/client-ses';
import type { JobDependencies } from '../../shared/jobs/job-dependencies.js';
import { sesMailer } from '../../shared/mail/ses-mailer.js';
import { rawMimeMessage } from '../../shared/mail/mime-message.js';
import { formatFrom } from '../../shared/mail/outgoing-mail.js';
import type { ApiFixture } from './api-fixture.js';

/** JobDependencies for `f`, sending through `ses`; `extra` adds or replaces fields (calendar, clock...). */
export function fixtureJobDeps(f: ApiFixture, ses: SESClient, extra: Partial<JobDependencies> = {}): JobDependencies {
  return {
    store: f.store,
    repos: f.repos,
    files: f.files,
    annualReport: f.documents.annualReport,
    mailer: sesMailer(ses, {
      from: 'ita@demo.example.org',
      maxPerSecond: 1000,
      rawMessage: rawMimeMessage,
      formatFrom,
    }),
    wallClock: () => new Date(),
    settings: { formUrl: 'https://ita.example.org', dueSoonDays: 3, concurrency: 2 },
    ...extra,
  };
}
