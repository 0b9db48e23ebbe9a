// Which summary a run sends: last month's digest (monthly), the half-year in April, the year in
// September. A summary whose run fell on a non-working day goes out with the next working day's
// daily pass (docs/reminders.md, "Working days"); so does the annual report's email.
import { MAX_DAYS_AFTER } from '../domain/due-rules.js';
import { wholeYearRange } from '../domain/compliance-summary.js';
import { fiscalYearBounds, fiscalYearOf } from '../domain/fiscal-calendar.js';
import type { JobKind } from '../domain/job-kinds.js';
import { addDays, firstOfMonth, type PlainDate } from '../domain/plain-date.js';
import {
  formatThaiDate,
  formatThaiDayMonthShort,
  formatThaiMonth,
  FY_SHORT_TH,
  toThaiDigits,
} from '../domain/thai-format.js';
import type { WorkingDays } from '../domain/working-days.js';
import { runsSincePreviousWorkingDay } from './runs-since-working-day.js';

export interface SummaryPlan {
  id: string;
  title: string;
  fy: number;
  from: PlainDate;
  to: PlainDate;
}

/**
 * The dates a summary counts. The September year summary (`year-{fy}`) counts every report of the
 * year's plan (wholeYearRange: also those an org due rule puts after 30 September, as not yet due);
 * other summaries count their own dates.
 */
export function summaryRange(
  plan: Pick<SummaryPlan, 'id' | 'fy' | 'from' | 'to'>,
  dueDates: readonly PlainDate[],
): { from: PlainDate; to: PlainDate } {
  if (!plan.id.startsWith('year-')) return { from: plan.from, to: plan.to };
  return { from: plan.from, to: wholeYearRange(plan.fy, dueDates).to };
}

/**
 * The fiscal year whose reports falling due in a monthly digest's month the digest also shows in
 * a section of their own: the year before the digest's, for the digests of October to December
 * (an org due rule puts that year's last reports at most MAX_DAYS_AFTER after 30 September; under
 * the default rules none, and the digest has no such section). Other summaries: none.
 */
export function earlierYearOf(plan: Pick<SummaryPlan, 'id' | 'fy' | 'from'>): number | undefined {
  if (!plan.id.startsWith('digest-')) return undefined;
  const reach = addDays(fiscalYearBounds(plan.fy - 1).end, MAX_DAYS_AFTER);
  return plan.from <= reach ? plan.fy - 1 : undefined;
}

/**
 * A summary and its period as its subject begins, short for a phone's inbox line (tester s41b, F8):
 * "สรุปเดือนมีนาคม ๒๕๖๖", "สรุปครึ่งปีแรก ปีงบฯ ๒๕๖๖", "สรุปปีงบฯ ๒๕๖๖ ณ ๑ ก.ย." (the year
 * summary: as of `countedTo`, the last day its figures count, as its heading's "ข้อมูล ณ"; its BE
 * year is the fiscal year's or plain from it). "ปีงบฯ" (FY_SHORT_TH) and "ณ" keep the figure's
 * number within a phone's 40 columns (session 56: "ยังไม่ส่ง ๑๒…" was cut). The official title, in full, heads the email's body.
 */
export function summarySubjectPeriodTh(
  plan: Pick<SummaryPlan, 'id' | 'fy' | 'to' | 'title'>,
  countedTo: PlainDate,
): string {
  if (plan.id.startsWith('digest-')) return `สรุปเดือน${formatThaiMonth(plan.to.slice(0, 7))}`;
  if (plan.id.startsWith('h1-')) return `สรุปครึ่งปีแรก ${FY_SHORT_TH} ${toThaiDigits(plan.fy)}`;
  if (plan.id.startsWith('year-')) {
    return `สรุป${FY_SHORT_TH} ${toThaiDigits(plan.fy)} ณ ${formatThaiDayMonthShort(countedTo)}`;
  }
  return plan.title;
}

/**
 * The summary's title, the email's heading, for figures computed on `asOf`: the year summary says
 * that day ("(ข้อมูล ณ ๒ กันยายน ๒๕๖๗)"), which is its run's day or, sent on the next working day
 * or retried later, that later day (tester s41c F3: the heading said the run's Sunday while the
 * range and the subject counted to Monday). The other summaries' titles name no day.
 */
export function summaryTitleTh(plan: Pick<SummaryPlan, 'id' | 'fy' | 'title'>, asOf: PlainDate): string {
  return plan.id.startsWith('year-') ? yearSummaryTitle(plan.fy, asOf) : plan.title;
}

const yearSummaryTitle = (fy: number, asOf: PlainDate) =>
  `รายงานผลการดำเนินการตามมาตรการ ปีงบประมาณ ${toThaiDigits(fy)} (ข้อมูล ณ ${formatThaiDate(asOf)})`;

/**
 * The period summary that goes out with a monthly digest, the same day to the same readers (every
 * executive and coordinator): the half year beside March's digest (1 April), the year beside
 * August's (1 September), by its short name as its subject begins ("สรุปครึ่งปีแรก ปีงบฯ ๒๕๖๖",
 * "สรุปปีงบฯ ๒๕๖๖"). Its overdue list is the year's backlog, as the digest's would be,
 * so the digest lists its own month's and names it for the rest (tester s45 F2: the two ended with
 * the same list word for word). Undefined for every other digest and summary.
 */
export function sameDaySummaryTh(plan: Pick<SummaryPlan, 'id' | 'to'>): string | undefined {
  if (!plan.id.startsWith('digest-')) return undefined;
  const [other] = summariesFor('april-september', addDays(plan.to, 1));
  if (!other) return undefined;
  return other.id.startsWith('year-')
    ? `สรุป${FY_SHORT_TH} ${toThaiDigits(other.fy)}`
    : summarySubjectPeriodTh(other, other.to);
}

/** The summaries a kind's run on `day` sends. */
export function summariesFor(kind: JobKind, day: PlainDate): SummaryPlan[] {
  if (kind === 'monthly') {
    const to = addDays(firstOfMonth(day), -1);
    const from = firstOfMonth(to);
    return [
      {
        id: `digest-${to.slice(0, 7)}`,
        title: `สรุปผลการรายงานตามมาตรการ ITA ประจำเดือน${formatThaiMonth(to.slice(0, 7))}`,
        fy: fiscalYearOf(to),
        from,
        to,
      },
    ];
  }
  if (kind === 'april-september') {
    const fy = fiscalYearOf(day);
    const bounds = fiscalYearBounds(fy);
    const month = Number(day.slice(5, 7));
    if (month === 4) {
      return [
        {
          id: `h1-${fy}`,
          title: `รายงานผลการดำเนินการตามมาตรการ รอบ ๖ เดือนแรก ปีงบประมาณ ${toThaiDigits(fy)}`,
          fy,
          from: bounds.start,
          to: addDays(firstOfMonth(day), -1),
        },
      ];
    }
    if (month === 9) {
      return [
        {
          id: `year-${fy}`,
          title: yearSummaryTitle(fy, day),
          fy,
          from: bounds.start,
          to: bounds.end,
        },
      ];
    }
  }
  return [];
}

/**
 * What a run on working day `today` sends: its own kind's summaries and, for the daily pass, those
 * of every scheduled run that fell on the non-working days since the previous working day.
 */
export function summariesToSend(kind: JobKind, today: PlainDate, calendar: WorkingDays): SummaryPlan[] {
  if (kind !== 'daily') return summariesFor(kind, today);
  return runsSincePreviousWorkingDay(today, calendar, { includeToday: false }).flatMap((run) =>
    summariesFor(run.kind, run.day),
  );
}

/**
 * The days since the previous working day (before `today`) on which the annual-report run fired:
 * the daily pass on working day `today` mails the reports those runs generated (break s31-u F9;
 * docs/reminders.md, "Working days").
 */
export function annualReportDaysToMail(kind: JobKind, today: PlainDate, calendar: WorkingDays): PlainDate[] {
  if (kind !== 'daily') return [];
  return runsSincePreviousWorkingDay(today, calendar, { includeToday: false })
    .filter((run) => run.kind === 'annual-report')
    .map((run) => run.day);
}
