// When an obligation counts as reported ("settled"), and whether that was on time. The one place
// for this rule: reminders, the obligation status, the digests and the annual report all ask here.
//
// - A report settles its obligation unless its progress is `not_started` (a placeholder is not a
//   report) or the coordinator returned it (a returned report is unsettled until resubmitted).
// - An `in_progress` report sent before the obligation's opening date (its latest version's Bangkok
//   date < opensOn) does not settle it either: "work has begun" months before an annual or H2 report
//   opens is not that report, and the ladder goes on (break 14 s28, F1). From the opening date a
//   revision settles. A `done` report settles whenever it comes (a training held in January for an
//   annual measure is done), and so does one the coordinator accepted.
// - The settling submission is the one that made the obligation settled and kept it so: the first
//   submission, or the resubmission after a return, or the first revision that settles. Its
//   time is kept on the latest report as `settledAt` by the report repository.
// - On time: the settling submission's Bangkok date is on or before the due date; for an obligation
//   that came into the plan on or after its due date (addedOn: a late plan, a mid-year addition), on
//   or before the LATE_ADDITION_GRACE_DAYS-th working day after the day it was added (onTimeUntil).
import { ValidationError } from './errors.js';
import { addDays, bangkokDate, daysBetween, type PlainDate } from './plain-date.js';
import { weekendDay } from './day-off.js';
import { afterFiscalYearOf } from './fiscal-calendar.js';
import { HOLIDAY_DATES, HOLIDAY_DATES_FROM } from './holiday-dates.js';
import { formatThaiDate, toThaiDigits } from './thai-format.js';
import type { Report } from './report.js';

export type SettlementFacts = Pick<Report, 'reviewState' | 'progress'> &
  Partial<Pick<Report, 'settledAt' | 'firstSubmittedAt' | 'submittedAt'>>;

/**
 * What the rule reads of the obligation: its opening date (shared/domain/periods.ts openingDate).
 * `undefined` only where the obligation is no longer in the plan: then no date rule applies.
 */
export type SettlementSubject = { opensOn: PlainDate } | undefined;

/** Sent before the obligation opened (by the Bangkok date of `submittedAt`, an ISO instant). */
function beforeOpening(submittedAt: string | undefined, obligation: SettlementSubject): boolean {
  return (
    submittedAt !== undefined && obligation !== undefined && bangkokDate(new Date(submittedAt)) < obligation.opensOn
  );
}

/** True if this (latest) report settles `obligation` (see the rules at the top of this file). */
export function reportSettles(
  report: Pick<SettlementFacts, 'reviewState' | 'progress' | 'submittedAt'> | undefined,
  obligation: SettlementSubject,
): boolean {
  if (report === undefined || report.progress === 'not_started' || report.reviewState === 'returned') return false;
  return (
    report.progress === 'done' || report.reviewState === 'accepted' || !beforeOpening(report.submittedAt, obligation)
  );
}

/** Does a newly written version (`submitted`, at `submittedAt`, ISO) with this progress settle `obligation`? */
export function versionSettles(
  version: Pick<Report, 'progress' | 'submittedAt'>,
  obligation: SettlementSubject,
): boolean {
  return reportSettles({ ...version, reviewState: 'submitted' }, obligation);
}

/**
 * The instant (ISO) of the settling submission, or undefined if `obligation` is unsettled.
 * Reports written before `settledAt` existed fall back to the first submission.
 */
export function settledAt(report: SettlementFacts | undefined, obligation: SettlementSubject): string | undefined {
  if (!report || !reportSettles(report, obligation)) return undefined;
  return report.settledAt ?? report.firstSubmittedAt ?? report.submittedAt;
}

export type Timeliness = 'on_time' | 'late' | 'missing' | 'not_yet_due';

/**
 * Working days after the day an obligation was added late within which its report is on time: the
 * unit could not report before the obligation existed (tester s37 u2: a plan saved in December made
 * every October report "late" in the published results). Working days (graceWorkingDay), so a plan
 * saved in a holiday week leaves the units three days to report (tester s42 F1: saved Sunday 6
 * December 2569, three calendar days left Tuesday 8 and Wednesday 9 only, 7 and 10 December being
 * holidays; before session 42 the grace was three calendar days).
 */
export const LATE_ADDITION_GRACE_DAYS = 3;

let holidays: Set<string> | undefined;

/**
 * A working day for the late-addition grace: Monday to Friday and not a government holiday (the
 * Cabinet's list, or the computed list of a year it has not listed yet: holiday-dates.ts). Not the
 * jobs' calendar (thai-working-days.ts): the org's own closure days are not counted out, and a date
 * before HOLIDAY_DATES_FROM or in a year past the tables has only weekends off, so the API function,
 * which computes the statuses, loads no holiday library and no org calendar.
 */
export function graceWorkingDay(date: PlainDate): boolean {
  if (weekendDay(date)) return false;
  holidays ??= new Set(
    Object.entries(HOLIDAY_DATES).flatMap(([year, days]) =>
      days.split(' ').map((d) => `${year}-${d.slice(0, 2)}-${d.slice(2)}`),
    ),
  );
  return date < HOLIDAY_DATES_FROM || !holidays.has(date);
}

/**
 * The last day (Bangkok) a report of `obligation` counts as on time: its due date; for one added on
 * or after its due date, the LATE_ADDITION_GRACE_DAYS-th working day (graceWorkingDay) after the
 * day it was added. Not for one added after its fiscal year ended (a past year's plan entered
 * after the fact, by its period's start): reports sent then are late, or a year could be published
 * all on time (tester s37 v; reminder-ladder.ts sends such obligations nothing either).
 */
export function onTimeUntil(obligation: {
  dueDate: PlainDate;
  addedOn?: PlainDate | undefined;
  periodStart?: PlainDate | undefined;
}): PlainDate {
  const { dueDate, addedOn, periodStart } = obligation;
  if (addedOn === undefined || addedOn < dueDate) return dueDate;
  if (periodStart !== undefined && afterFiscalYearOf(periodStart, addedOn)) return dueDate;
  let day = addedOn;
  for (let left = LATE_ADDITION_GRACE_DAYS; left > 0;) {
    day = addDays(day, 1);
    if (graceWorkingDay(day)) left--;
  }
  return day;
}

type OnTimeSubject = Parameters<typeof onTimeUntil>[0];

/**
 * The last day `obligation` is not overdue, read on `asOf`: onTimeUntil, one rule for the status,
 * the reminder ladder and the emails' "เลยกำหนด N วัน". An addition after `asOf` is not known on that
 * day (a time-travel run, `npm start -- --today`): the plain due date, as reminder-plan.ts
 * ladderSubject reads it.
 */
export function overdueAfter(obligation: OnTimeSubject, asOf: PlainDate): PlainDate {
  const known = obligation.addedOn === undefined || obligation.addedOn <= asOf;
  return known ? onTimeUntil(obligation) : obligation.dueDate;
}

/**
 * "ส่งได้ตรงเวลาถึง ๑๑ ธันวาคม ๒๕๖๙" for an obligation added late, whose last on-time day `until`
 * (overdueAfter; the API's onTimeUntil) is after its due date; '' for the others. The emails' due
 * line and the page's cards and obligation screen say it alike.
 */
export function onTimeUntilTh(dueDate: string, until: string): string {
  return until > dueDate ? `ส่งได้ตรงเวลาถึง ${formatThaiDate(until as PlainDate)}` : '';
}

/**
 * Why work added after its due date counts as not yet due: `counted` (the words it is counted under,
 * 'ช่อง "ยังไม่ถึงกำหนดส่ง"' on the overview, '"ยังไม่ถึงกำหนด"' in the results report) "รวม ๒๐
 * รายการที่เพิ่มเข้าแผนหลังวันครบกำหนด ซึ่งส่งได้ตรงเวลาถึง ๑๑ ธันวาคม ๒๕๖๙" (several last on-time
 * days: the grace's rule and the first and last of them); `lastOnTimeDays` has one entry a piece of
 * work (its overdueAfter, after its due date). '' for none. Tester s42 (the overview), s44 F6 (the report).
 */
export function lateAdditionsTh(counted: string, lastOnTimeDays: readonly string[], are = 'รวม'): string {
  if (lastOnTimeDays.length === 0) return '';
  const days = [...new Set(lastOnTimeDays)].sort();
  const until =
    days.length === 1
      ? `ส่งได้ตรงเวลาถึง ${formatThaiDate(days[0] as PlainDate)}`
      : `ส่งได้ตรงเวลาถึงวันทำการที่ ${toThaiDigits(LATE_ADDITION_GRACE_DAYS)} หลังวันที่เพิ่ม (${formatThaiDate(days[0] as PlainDate)} ถึง ${formatThaiDate(days.at(-1) as PlainDate)} แล้วแต่รายการ)`;
  return `${counted} ${are} ${toThaiDigits(lastOnTimeDays.length)} รายการที่เพิ่มเข้าแผนหลังวันครบกำหนด ซึ่ง${until}`;
}

/**
 * The note under the results report's and the public ITA page's "รอส่งย้อนหลัง" counts: "หมายเหตุ:
 * "รอส่งย้อนหลัง" คือ ๕๑ รายการที่เพิ่มเข้าแผนหลังวันครบกำหนด ซึ่งส่งได้ตรงเวลาถึง ๑๗ พฤษภาคม ๒๕๗๐
 * ยังไม่ได้ส่ง ณ วันที่จัดทำรายงาน จึงไม่นับเป็นส่งแล้ว" (lateAdditionsTh); undefined for none. Before
 * session 48 they were counted "ยังไม่ถึงกำหนด" and the note said so (tester s48).
 */
export const notYetDueLateAdditionsNote = (lastOnTimeDays: readonly string[]): string | undefined =>
  lastOnTimeDays.length > 0
    ? `หมายเหตุ: ${lateAdditionsTh('"รอส่งย้อนหลัง"', lastOnTimeDays, 'คือ')} ยังไม่ได้ส่ง ณ วันที่จัดทำรายงาน จึงไม่นับเป็นส่งแล้ว`
    : undefined;

/** Days `obligation` is overdue on `asOf`, counted from overdueAfter; 0 while it is not. */
export function daysOverdue(obligation: OnTimeSubject, asOf: PlainDate): number {
  return Math.max(0, daysBetween(overdueAfter(obligation, asOf), asOf));
}

/**
 * On time / late by the settling submission (a report sent by onTimeUntil is on time, even
 * while the obligation is not yet due); unsettled: missing once its last on-time day (overdueAfter:
 * the due date, or for one added late the grace's end) is `asOf` or earlier ("ยังไม่ส่ง" on that day
 * itself: the summaries count what is due on their as-of day as ครบกำหนด, docs/reminders.md
 * "Summaries"), else not yet due: within its grace a late addition is not missing (tester s38 n1).
 */
export function timeliness(
  obligation: { opensOn: PlainDate; dueDate: PlainDate; addedOn?: PlainDate | undefined; periodStart?: PlainDate },
  report: SettlementFacts | undefined,
  asOf: PlainDate,
): Timeliness {
  const at = settledAt(report, obligation);
  if (at) return bangkokDate(new Date(at)) <= onTimeUntil(obligation) ? 'on_time' : 'late';
  return overdueAfter(obligation, asOf) <= asOf ? 'missing' : 'not_yet_due';
}

/**
 * What work in grace (inGraceOn) is called wherever it is counted: the results report, the public
 * page, the emails, the overview (compliance-summary.ts exports it too).
 */
export const IN_GRACE_TH = 'รอส่งย้อนหลัง';

/**
 * รอส่งย้อนหลัง on `asOf`: not `sent` (not settled: a returned report is not), due by then, and its
 * last on-time day (overdueAfter, the API's `onTimeUntil`) still after it. One rule for the counts
 * (compliance-summary.ts classify) and the documents screen's warning (web/src/due-notes.ts), so the
 * warning says what the results report will count (s49).
 */
export const inGraceOn = (o: { dueDate: string; onTimeUntil: string }, sent: boolean, asOf: string): boolean =>
  !sent && o.dueDate <= asOf && asOf < o.onTimeUntil;

/**
 * Work added late on the last day of its grace (`asOf` is its last on-time day), not sent: the counts
 * call it due and not sent that day (as any report due that day), yet sent that day it is on time
 * (timeliness). What the emails and screens tell people to do says so (re-check 2 s49: the 1 October
 * email called 236 such reports "นับเป็นส่งล่าช้า", the digest left them out).
 */
export const graceEndsOn = (o: { dueDate: string; onTimeUntil: string }, sent: boolean, asOf: string): boolean =>
  !sent && o.dueDate < o.onTimeUntil && asOf === o.onTimeUntil;

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
