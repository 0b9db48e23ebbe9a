// When an obligation counts as reported ("settled"), and whether that was on time. The one place
// for this rule: reminders, the obligation status, the digests and the annual report all ask here.
//
// - A report settles its obligation unless its progress is `not_started` (a placeholder is not a
//   report) or the coordinator returned it (a returned report is unsettled until resubmitted).
// - The settling submission is the one that made the obligation settled and kept it so: the first
//   submission, or the resubmission after a return, or the first revision past `not_started`. Its
//   time is kept on the latest report as `settledAt` by the report repository.
// - On time: the settling submission's Bangkok date is on or before the due date.
import { ValidationError } from './errors.js';
import { bangkokDate, type PlainDate } from './plain-date.js';
import { formatThaiDate } from './thai-format.js';
import type { Report } from './report.js';

export type SettlementFacts = Pick<Report, 'reviewState' | 'progress'> &
  Partial<Pick<Report, 'settledAt' | 'firstSubmittedAt' | 'submittedAt'>>;

/** True if this (latest) report settles its obligation. */
export function reportSettles(report: Pick<Report, 'reviewState' | 'progress'> | undefined): boolean {
  return report !== undefined && report.progress !== 'not_started' && report.reviewState !== 'returned';
}

/** Does a newly written version, with this progress, settle the obligation? (a new version is `submitted`) */
export function versionSettles(progress: Report['progress']): boolean {
  return reportSettles({ progress, reviewState: 'submitted' });
}

/**
 * The instant (ISO) of the settling submission, or undefined if the obligation is unsettled.
 * Reports written before `settledAt` existed fall back to the first submission.
 */
export function settledAt(report: SettlementFacts | undefined): string | undefined {
  if (!report || !reportSettles(report)) return undefined;
  return report.settledAt ?? report.firstSubmittedAt ?? report.submittedAt;
}

export type Timeliness = 'on_time' | 'late' | 'missing' | 'not_yet_due';

/** On time / late by the settling submission; unsettled: missing once the due date has passed `asOf`. */
export function timeliness(dueDate: PlainDate, report: SettlementFacts | undefined, asOf: PlainDate): Timeliness {
  const at = settledAt(report);
  if (at) return bangkokDate(new Date(at)) <= dueDate ? 'on_time' : 'late';
  return dueDate < asOf ? 'missing' : 'not_yet_due';
}

/**
 * A report is taken from the first day of its period (an early placeholder would silence the
 * period's reminders before it began). Throws ValidationError (400) before that day.
 */
export function assertPeriodOpen(obligation: { periodStart: PlainDate; obligationId: string }, today: PlainDate): void {
  if (today >= obligation.periodStart) return;
  throw new ValidationError(
    `ยังไม่ถึงรอบการรายงานนี้ ส่งรายงานได้ตั้งแต่วันที่ ${formatThaiDate(obligation.periodStart)}`,
    `this reporting period has not begun; reports are taken from ${obligation.periodStart}`,
    [
      {
        path: 'path.obligationId',
        message_th: `รอบการรายงานเริ่ม ${formatThaiDate(obligation.periodStart)}`,
        message_en: `the period begins on ${obligation.periodStart}`,
      },
    ],
  );
}
