// Log messages that alarms count (metric filters, infra/cdk/alarms.ts): the code that logs them and
// the filters that match them read the same words, so a reworded line cannot silence an alarm.

/** An org's share of a run is done; the line's fields are its OrgJobResult (givenUp, ...). */
export const ORG_JOB_DONE = 'org job done';

/** The start of deliver-once's warning when SES refuses the account (sending paused, IAM, ...). */
export const SES_ACCOUNT_REFUSED = 'SES REFUSED THE ACCOUNT';

/** The start of the annual-report run's error when a generation's last attempt failed (no DLQ message follows). */
export const ANNUAL_REPORT_FAILED = 'ANNUAL REPORT FAILED';
