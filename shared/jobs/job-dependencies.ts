// What the scheduled jobs need, and their settings.
import type { ReportFileStore } from '../documents/report-files.js';
import type { WorkingDays } from '../domain/working-days.js';
import type { PlainDate } from '../domain/plain-date.js';
import type { DeliveryDeps, DeliveryOutcome } from '../mail/deliver-once.js';

export interface JobSettings {
  /** the web form's base URL, for links in emails */
  formUrl: string;
  /** "due soon" this many days before the due date */
  dueSoonDays: number;
  /** orgs handled at once by one run */
  concurrency: number;
  /** an unsettled obligation is reminded no later than this many days after its due date (default 60) */
  cutoffDays?: number;
}

export interface JobDependencies extends DeliveryDeps {
  settings: JobSettings;
  /** where documents are written (S3) */
  files?: ReportFileStore;
  /** the annual-report run (document function, local system, CLI); other functions refuse that kind */
  annualReport?: AnnualReportRun;
  /** the days emails go out; default: the Thai official calendar plus the org's closure days */
  calendar?: WorkingDays;
}

export const DEFAULT_JOB_SETTINGS: JobSettings = { formUrl: 'http://localhost:3000', dueSoonDays: 3, concurrency: 8 };

/**
 * One org's annual-report run, as runOrgJob calls it. `mail` false (the run's day is not a working
 * day for the org): the report is generated, and the next working day's daily pass mails it.
 */
export type AnnualReportRun = (
  deps: JobDependencies,
  orgId: string,
  scheduledTime: Date,
  today: PlainDate,
  actor: string,
  options?: { mail?: boolean },
) => Promise<DeliveryOutcome[]>;
