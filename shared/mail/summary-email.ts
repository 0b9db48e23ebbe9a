// The executives' summaries: the monthly digest, the April (first half) and September (year so far) reports.
import { type ComplianceSummary, IN_GRACE_TH } from '../domain/compliance-summary.js';
import { indicator as catalogIndicator } from '../domain/ita-catalog.js';
import { PAGE, pageLink } from '../domain/page-addresses.js';
import type { Measure } from '../domain/plan.js';
import { fiscalYearBounds, fiscalYearOf } from '../domain/fiscal-calendar.js';
import { addDays, type PlainDate } from '../domain/plain-date.js';
import type { StoredDateProblem } from '../domain/stored-plan-dates.js';
import type { TrackedObligation } from '../domain/reminder-plan.js';
import { formatThaiDate, formatThaiMonth, thaiList, toThaiDigits } from '../domain/thai-format.js';
import { BE_OFFSET } from '../domain/fiscal-calendar.js';
import { holidaySource } from '../domain/thai-working-days.js';
import { ROLE_LABELS } from '../domain/status-labels.js';
import { type UndeliverableMark, undeliverableKindTh, undeliverableTh } from '../domain/undeliverable-text.js';
import { emailPage, FOOTER, greetingTh, type RenderedEmail, subjectOf, unsentFigureTh } from './html.js';
import { byCodeUnits } from '../domain/code-unit-order.js';
import { compareUnitIds } from '../domain/unit-order.js';
import { followUpGistOf, obligationLabelTh, returnedLineTh } from './obligation-line.js';
import { type BackReports, backReportsTh } from '../domain/back-reports.js';
import { graceEndsOn, inGraceOn, overdueAfter, timeliness } from '../domain/settlement.js';
import { graceUntilTh } from './grace-until.js';
import { WHOLE_COUNT_LABELS } from './count-labels.js';
import {
  type Block,
  type FailedMailLine,
  note,
  NOT_YET_DUE_TH,
  type OverdueLine,
  type OverdueRest,
  type Section,
  sectionsHtml,
  sectionsText,
  totalsTh,
} from './summary-sections.js';

export { type FailedMailLine, percentText } from './summary-sections.js';

export interface SummaryContext {
  /** the official title, the body's heading ("สรุปผลการรายงานตามมาตรการ ITA ประจำเดือน…") */
  title: string;
  /** the subject's first words, the summary and its period (summarySubjectPeriodTh: "สรุปเดือนมีนาคม ๒๕๖๖") */
  subjectPeriod: string;
  orgName: string;
  /** whom the email greets ("เรียน ผู้บริหาร เทศบาล…"; coordinators: "เรียน คณะทำงาน ITA …"); default executive */
  reader?: 'executive' | 'coordinator' | 'admin';
  unitNames: Map<string, string>;
  /** the year's measures in plan order: the overdue list names each follow-up */
  measures: ReadonlyMap<string, Measure>;
  formUrl: string;
  /**
   * the closing link: the org's overview of the summary's year (a digest: of its month, the
   * figures it counts), not the site's front, which opens the reader's home of today's year (on
   * 2 October, September's digest opened the new year's empty overview; tester s55)
   */
  overview?: { orgId: string; fy: number; month?: string };
  /**
   * coordinators only: the plan's stored due dates and months outside its fiscal year (their
   * obligations never fall due, so no reminder says so), with the plan page's link
   */
  planDates?: { problems: readonly StoredDateProblem[]; link: string };
  /**
   * the roles the org has nobody active in (shared/jobs/mail-recipes.ts): a coordinator's copy says
   * no executive hears the 14-day escalations; an executive's, which then carries the coordinators'
   * sections, that there is no coordinator (session 56)
   */
  missingRoles?: readonly MissingRole[];
  /** coordinators only: the units whose reminders reach nobody, with the people page's link */
  unreachable?: { units: readonly UnreachableUnit[]; link: string };
  /**
   * coordinators only: the active people whose email SES could not deliver to (Person.undeliverable,
   * from its bounce, complaint and reject notifications), with the people page's link
   */
  undeliverable?: { people: readonly UndeliverablePerson[]; link: string };
  /**
   * a monthly digest's section for the previous fiscal year's reports due in its month (an org due
   * rule puts September's in October: earlierYearOf, shared/jobs/summary-plans.ts): `fy` that
   * year, `ownFy` the digest's own, which the email then names too (`ownPlanMissing`: that year's
   * plan is not saved yet, and the email says so)
   */
  earlier?: {
    fy: number;
    ownFy: number;
    ownPlanMissing?: boolean;
    /** none of its reports fall due in the digest's month: the section is its backlog alone */
    backlogOnly?: boolean;
    summary: ComplianceSummary;
    /**
     * those of `summary.overdue` past their cut-off (no longer reminded): counted after the list,
     * not listed, so the returned and escalated reports the section is for come first (s48)
     */
    pastCutoff?: readonly TrackedObligation[];
    measures: ReadonlyMap<string, Measure>;
  };
  /**
   * coordinators' digest only: the calendar years (CE) whose holidays the run used with no Cabinet
   * list for them (notingFallbackYears); a short line says so, and what the coordinator can do
   */
  holidayFallbackYears?: readonly number[];
  /**
   * a digest sent the same day as a period summary to the same readers (sameDaySummaryTh,
   * shared/jobs/summary-plans.ts): that summary's short name; the digest's overdue list then holds
   * its own month's reports and names that email for the rest (backlogElsewhereTh)
   */
  backlogIn?: string;
  /** the range's back reports (back-reports.ts): said under the headline figures, which count by due date */
  backReports?: BackReports;
  /**
   * the year's reports in a late addition's grace on the as-of day (not in the overdue list), one
   * last on-time day each (graceDaysOf): the overdue list's section says how many and until when
   */
  inGraceUntil?: readonly PlainDate[];
}

/**
 * The last on-time day of each of `tracked` in its grace on `asOf` (settlement.ts inGraceOn), or on
 * its last day (graceEndsOn): due, unsent, added to the plan after its due date. An adopting org's
 * earlier periods (tester s49 re-check).
 */
export function graceDaysOf(tracked: readonly TrackedObligation[], asOf: PlainDate): PlainDate[] {
  return tracked.flatMap(({ obligation: o, report }) => {
    const until = overdueAfter(o, asOf);
    const kind = timeliness(o, report, asOf);
    const dated = { dueDate: o.dueDate, onTimeUntil: until };
    const sent = kind === 'on_time' || kind === 'late';
    // its last day too: sent today it is on time (re-check 2 s49)
    return inGraceOn(dated, sent, asOf) || graceEndsOn(dated, sent, asOf) ? [until] : [];
  });
}

/**
 * Under the overdue list's heading: "รอส่งย้อนหลังอีก ๒๓๕ รายการ ส่งได้ตรงเวลาถึง ๔ ตุลาคม ๒๕๗๐" (several
 * last days: the grace's rule and the first and last), so the list never reads as all there is to
 * send (tester s49 re-check: "ไม่มีรายงานค้างส่ง" while every earlier report awaited back-reporting).
 */
export function inGraceBacklogTh(days: readonly PlainDate[], more: boolean): string | undefined {
  if (days.length === 0) return undefined;
  return `${IN_GRACE_TH}${more ? 'อีก' : ''} ${th(days.length)} รายการ ${graceUntilTh(days)}`;
}

/** "ยังไม่มีแผนมาตรการปีงบประมาณ ๒๕๖๗ ในระบบ": a digest sent before its own year's plan is saved. */
export const noPlanTh = (fy: number) => `ยังไม่มีแผนมาตรการปีงบประมาณ ${toThaiDigits(fy)} ในระบบ`;

/** "รายงานของปีงบประมาณ ๒๕๖๖ ที่ครบกำหนดในเดือนนี้": the heading of a digest's earlier-year section. */
export const earlierYearHeadingTh = (fy: number) => `รายงานของปีงบประมาณ ${toThaiDigits(fy)} ที่ครบกำหนดในเดือนนี้`;

const th = toThaiDigits;
/**
 * What the figures count: obligations due from `from` to the as-of day, or to `to` when that is
 * earlier (a summary whose period ends after its run day, the September year summary, counts only
 * what is due by then: break s31 F5).
 */
function rangeLine(summary: ComplianceSummary): string {
  return `ครบกำหนดระหว่าง ${formatThaiDate(summary.from)} ถึง ${formatThaiDate(countedTo(summary))} (ข้อมูล ณ ${formatThaiDate(summary.asOf)})`;
}

/** The last day a summary's figures count: its range's end, or its as-of day when that is earlier. */
export const countedTo = (summary: Pick<ComplianceSummary, 'to' | 'asOf'>): PlainDate =>
  summary.to < summary.asOf ? summary.to : summary.asOf;

/** "ยังไม่ถึงกำหนด ๗๖ รายการ (ครบกำหนด … ถึง …) ไม่นับรวมในตัวเลขข้างล่าง", or undefined when none. */
function notYetDueLine(summary: ComplianceSummary): string | undefined {
  const n = summary.total.notYetDue;
  if (n === 0) return undefined;
  const next = addDays(summary.asOf, 1);
  return `${NOT_YET_DUE_TH} ${th(n)} รายการ (ครบกำหนดระหว่าง ${formatThaiDate(next)} ถึง ${formatThaiDate(summary.to)}) ไม่นับรวมในตัวเลขข้างล่าง`;
}

/** Said in the overdue list's heading: the list is the year's, not the summary's range. */
export const OVERDUE_SINCE_TH = 'ตั้งแต่ต้นปีงบประมาณ';

/**
 * What the overdue list covers, under its heading: every report of the year still unsent, due from
 * the fiscal year's start to the day before the as-of day, and, when some of them fall outside the
 * summary's own range, how many fall inside it ("ในจำนวนนี้ ๔๓ รายการครบกำหนดระหว่าง ๑ มีนาคม …"),
 * so a month's "ยังไม่ส่ง ๔๓" above a list of ๑๖๕ reads as what it is (tester t36, P2).
 */
function overdueRangeLine(summary: ComplianceSummary): string {
  const start = fiscalYearBounds(fiscalYearOf(summary.from)).start;
  const countedEnd = countedTo(summary);
  // ends where the summary's range does (tester s38b: "ถึง ๓๑ มีนาคม" above, "ถึง ๒ เมษายน" here;
  // tester s41b: "ถึง ๑ กันยายน" above, "ถึง ๓๑ สิงหาคม" here), unless it lists reports due after
  // it: then the day before the as-of day, and "ในจำนวนนี้" says why
  const later = summary.overdue.some((t) => t.obligation.dueDate > countedEnd);
  const end = later ? addDays(summary.asOf, -1) : countedEnd;
  const inside = summary.overdue.filter(
    (t) => t.obligation.dueDate >= summary.from && t.obligation.dueDate <= countedEnd,
  );
  const of =
    inside.length < summary.overdue.length
      ? ` ในจำนวนนี้ ${th(inside.length)} รายการครบกำหนดระหว่าง ${formatThaiDate(summary.from)} ถึง ${formatThaiDate(countedEnd)}`
      : '';
  return `ครบกำหนดระหว่าง ${formatThaiDate(start)} ถึง ${formatThaiDate(end)}${of}`;
}

/**
 * A digest's overdue list beside a period summary (SummaryContext.backlogIn): the reports due in
 * its own range, and the line saying where the rest of the year's backlog is, or undefined when it
 * holds them all ("รายงานที่ค้างส่งทั้ง ๑๖๕ รายการ อยู่ในอีเมล "สรุปครึ่งปีแรก ปีงบประมาณ ๒๕๖๖" ที่ส่งถึงคุณอีก
 * ฉบับหนึ่ง ที่นี่แสดงเฉพาะ ๔๓ รายการที่ครบกำหนดในเดือนมีนาคม ๒๕๖๖").
 */
function backlogElsewhere(summary: ComplianceSummary, backlogIn: string | undefined) {
  if (!backlogIn) return { overdue: summary.overdue, line: undefined };
  const end = countedTo(summary);
  const overdue = summary.overdue.filter((t) => t.obligation.dueDate >= summary.from && t.obligation.dueDate <= end);
  if (overdue.length === summary.overdue.length) return { overdue, line: undefined };
  const month = `เดือน${formatThaiMonth(summary.to.slice(0, 7))}`;
  const shown = overdue.length
    ? `ที่นี่แสดงเฉพาะ ${th(overdue.length)} รายการที่ครบกำหนดใน${month}`
    : `ไม่มีรายงานที่ครบกำหนดใน${month}ค้างส่ง`;
  return {
    overdue,
    line: `รายงานที่ค้างส่งทั้ง ${th(summary.overdue.length)} รายการ อยู่ในอีเมล "${backlogIn}" ที่ส่งถึงคุณอีกฉบับหนึ่ง ${shown}`,
  };
}

/** The digest's given-up sections: the sure failures, then those SES may have delivered. */
const FAILED_MAIL_SECTIONS = [
  { unsure: false, heading: 'อีเมลที่ส่งไม่สำเร็จ', intro: '' },
  {
    unsure: true,
    heading: 'อีเมลที่ไม่แน่ใจว่าส่งถึงหรือไม่',
    intro: 'ระบบขัดข้องระหว่างส่ง ผู้รับอาจได้รับอีเมลเหล่านี้แล้ว โปรดสอบถามผู้รับก่อนส่งให้ซ้ำ',
  },
] as const;

/**
 * The given-up emails, under each kind's heading with its count ("อีเมลที่ส่งไม่สำเร็จ (๒ ฉบับ)"): the
 * kinds with some, one section.
 */
function failedMailSection(failedMail: readonly FailedMailLine[]): Section {
  const blocks = FAILED_MAIL_SECTIONS.flatMap(({ unsure, heading, intro }): Block[] => {
    const lines = failedMail.filter((f) => f.unsure === unsure);
    if (lines.length === 0) return [];
    return [
      { kind: 'heading', text: `${heading} (${th(lines.length)} ฉบับ)` },
      ...(intro ? [note(intro, 8)] : []),
      { kind: 'failed', lines },
    ];
  });
  return { blocks, keepLine: true, gap: 'before' };
}

function overdueLine(
  t: TrackedObligation,
  ctx: SummaryContext,
  measures: ReadonlyMap<string, Measure> = ctx.measures,
): OverdueLine {
  const o = t.obligation;
  return {
    label: `${ctx.unitNames.get(o.unitId) ?? o.unitId}: ${obligationLabelTh(o, measures)}`,
    gist: followUpGistOf(o, measures),
    due: `กำหนดส่ง ${formatThaiDate(o.dueDate)}`,
    returned: returnedLineTh(t),
    link: pageLink(ctx.formUrl, o.orgId, PAGE.obligation(o.fy, o.obligationId)),
  };
}

/** The longest overdue list a digest shows; the rest is counted ("และอีก N รายการ"). */
export const OVERDUE_LIST_CAP = 50;

/**
 * The overdue obligations a digest lists, and how many it leaves out: oldest first; a list over
 * OVERDUE_LIST_CAP shows those due in the summary's last month (`summary.to`'s) first, so the
 * month's own missing reports are never crowded out by older ones (break s30-u F7). The HTML and
 * the text part both take it, with `more` as "และอีก N รายการ" (overdueMoreTh).
 */
export function overdueListing(
  summary: Pick<ComplianceSummary, 'overdue' | 'to'>,
  /** returned reports first (an earlier year's section: those the section is for, s48) */
  returnedFirst = false,
): {
  shown: TrackedObligation[];
  more: number;
  /** those left out, oldest first */
  rest: TrackedObligation[];
  /** the line above the list saying its order (overdueOrderTh); '' for an empty list */
  order: string;
} {
  // by due date, oldest first (stable: a day's reports keep the year's order, by obligation id)
  const byDue = [...summary.overdue].sort((a, b) => byCodeUnits(a.obligation.dueDate, b.obligation.dueDate));
  const returned = returnedFirst ? byDue.filter((t) => t.status === 'returned') : [];
  const all = returned.length ? [...returned, ...byDue.filter((t) => t.status !== 'returned')] : byDue;
  const first = returned.length > 0;
  if (all.length <= OVERDUE_LIST_CAP)
    return { shown: all, more: 0, rest: [], order: overdueOrderTh(all.length, undefined, first) };
  const month = summary.to.slice(0, 7);
  const inMonth = (t: TrackedObligation) => !returned.includes(t) && t.obligation.dueDate.startsWith(month);
  const own = all.filter(inMonth);
  const shown = [...returned, ...own, ...all.filter((t) => !returned.includes(t) && !inMonth(t))].slice(
    0,
    OVERDUE_LIST_CAP,
  );
  const listed = new Set(shown);
  const rest = byDue.filter((t) => !listed.has(t));
  const order = overdueOrderTh(all.length, own.length > 0 ? month : undefined, first);
  return { shown, more: rest.length, rest, order };
}

/**
 * The one line above an overdue list saying how it is ordered (tester s38): by due date, oldest
 * first; a capped list with reports due in its last month (`firstMonth`) shows those first.
 */
export function overdueOrderTh(count: number, firstMonth?: string, returnedFirst = false): string {
  if (count === 0) return '';
  const byDue = 'เรียงตามวันครบกำหนด จากเก่าไปใหม่';
  const firsts = [
    ...(returnedFirst ? ['รายงานที่ถูกส่งกลับให้แก้ไข'] : []),
    ...(firstMonth === undefined ? [] : [`รายงานที่ครบกำหนดในเดือน${formatThaiMonth(firstMonth)}`]),
  ];
  return firsts.length === 0 ? byDue : `${firsts.join(' แล้ว')} ขึ้นก่อน แล้วจึง${byDue}`;
}

/** "และอีก ๒๕๔ รายการ", or undefined when nothing is left out. */
export const overdueMoreTh = (more: number) => (more > 0 ? `และอีก ${th(more)} รายการ` : undefined);

/**
 * Where a capped list's rest is: "และอีก ๘๘ รายการ ดูได้ที่หน้างานของแต่ละหน่วยงาน", then each unit
 * with some left out, how many, and its page of the year (shared/domain/page-addresses.ts); none
 * when nothing is left out.
 */
function overdueRest(rest: readonly TrackedObligation[], ctx: SummaryContext, what = ''): OverdueRest[] {
  const more = overdueMoreTh(rest.length);
  if (!more) return [];
  const units = new Map<string, { fy: number; orgId: string; count: number }>();
  for (const { obligation: o } of rest) {
    const key = `${o.fy}|${o.unitId}`;
    const seen = units.get(key);
    units.set(key, { fy: o.fy, orgId: o.orgId, count: (seen?.count ?? 0) + 1 });
  }
  const links = [...units]
    .map(([key, u]) => {
      const unitId = key.slice(key.indexOf('|') + 1);
      return {
        label: `${ctx.unitNames.get(unitId) ?? unitId} ${th(u.count)} รายการ`,
        url: pageLink(ctx.formUrl, u.orgId, PAGE.unitObligations(u.fy, unitId)),
        unitId,
      };
    })
    .sort((a, b) => compareUnitIds(ctx.unitNames)(a.unitId, b.unitId));
  return [{ line: `${more}${what} ดูได้ที่หน้างานของแต่ละหน่วยงาน`, links: links.map(({ label, url }) => ({ label, url })) }];
}

/** A section with nothing to say: the HTML keeps its empty line (Section.keepLine), the text says nothing. */
const NOTHING: Section = { blocks: [], keepLine: true };

const PLAN_DATES_INTRO =
  'วันครบกำหนดหรือเดือนต่อไปนี้ในแผนที่บันทึกไว้อยู่นอกปีงบประมาณ (เช่น พิมพ์ปี พ.ศ. แทน ค.ศ.) ภาระการรายงานของการติดตามผลนั้นจึงไม่ถึงกำหนดและไม่มีการแจ้งเตือน กรุณาแก้ไขในหน้าแผนมาตรการ';

/** The save's message for a stored date problem, then "ควรเป็น 2023-03-31" when it has a repair. */
const planDateLine = (p: StoredDateProblem) => `${p.message_th}${p.repaired ? ` ควรเป็น ${p.repaired}` : ''}`;

/**
 * The coordinators' section on stored dates outside the plan's year (break 16 s28, B14: such an
 * obligation stayed "ยังไม่ถึงกำหนด" for ever, and nothing said so).
 */
function planDatesSection(planDates: SummaryContext['planDates']): Section {
  if (!planDates || planDates.problems.length === 0) return NOTHING;
  return coordinatorsSection(
    `วันที่ในแผนที่ต้องแก้ไข (${toThaiDigits(planDates.problems.length)} รายการ)`,
    PLAN_DATES_INTRO,
    planDates.problems.map(planDateLine),
    { url: planDates.link, label: 'เปิดหน้าแผนมาตรการ' },
  );
}

/** A coordinators' section on something to fix: its red heading, what to do, the list, the page's link. */
function coordinatorsSection(
  heading: string,
  intro: string | undefined,
  items: readonly string[],
  link: { url: string; label: string },
): Section {
  const blocks: Block[] = [
    { kind: 'heading', text: heading, tone: 'alert' },
    ...(intro ? [note(intro, 8)] : []),
    { kind: 'items', items },
    { kind: 'link', ...link, space: 16 },
  ];
  return { blocks, keepLine: true, gap: 'before' };
}

/** A unit whose reminders reach nobody, as the coordinators' summaries list it (shared/jobs/unreachable-units.ts). */
export interface UnreachableUnit {
  unitId: string;
  name: string;
  /** its staff reminders (opening, due soon, due, overdue) reach nobody: no active staff in it */
  noStaff: boolean;
  /** its unit head's escalations reach nobody: no active head */
  noHead: boolean;
  /**
   * its unsettled obligations on the ladder today whose emails reach nobody: all of them with no
   * staff; with staff but no head, those whose unit-head escalation has come
   */
  open: number;
}

const PEOPLE_PAGE = 'หน้าผู้ใช้งานและหน่วยงาน';

/**
 * "กองช่าง: ไม่มีผู้รับอีเมลแจ้งเตือน กรุณาเพิ่มเจ้าหน้าที่ในหน้าผู้ใช้งานและหน่วยงาน (…)". A closed unit is
 * never listed (unreachable-units.ts).
 */
export function unreachableUnitLine(u: UnreachableUnit): string {
  const what =
    u.noStaff && u.noHead
      ? `ไม่มีผู้รับอีเมลแจ้งเตือน (ไม่มีทั้งเจ้าหน้าที่และหัวหน้าหน่วยงาน) กรุณาเพิ่มเจ้าหน้าที่และกำหนดหัวหน้าหน่วยงานใน${PEOPLE_PAGE}`
      : u.noStaff
        ? `ไม่มีผู้รับอีเมลแจ้งเตือน กรุณาเพิ่มเจ้าหน้าที่ใน${PEOPLE_PAGE}`
        : `ไม่มีหัวหน้าหน่วยงานรับอีเมลแจ้งรายงานค้างส่ง กรุณากำหนดหัวหน้าหน่วยงานใน${PEOPLE_PAGE}`;
  // what it counts: the reports still reminded, not those past their cut-off the list may show (tester s47 P3)
  return `${u.name}: ${what} (รายงานที่ยังไม่ได้ส่งซึ่งระบบยังแจ้งเตือนอยู่ ${th(u.open)} รายการ)`;
}

/** A role with nobody active in it, or (coordinators) none whose address SES delivers to. */
export type MissingRole = 'coordinator' | 'coordinator-undeliverable' | 'executive';

/** What a summary says of a role the org has nobody active in (session 56); roles by ROLE_LABELS. */
export const MISSING_ROLE_TH: Record<MissingRole, string> = {
  coordinator: `ไม่มี${ROLE_LABELS.coordinator} ที่ใช้งานอยู่ในระบบ อีเมลแจ้งรายงานค้างส่งเกิน ๗ วันถึง${ROLE_LABELS.coordinator} และรายการที่${ROLE_LABELS.coordinator} ต้องแก้ไขจึงไม่ถึงผู้ใด ระบบจึงแสดงไว้ในอีเมลนี้ กรุณาแต่งตั้ง${ROLE_LABELS.coordinator} และแจ้ง${ROLE_LABELS.admin}ให้เพิ่มใน${PEOPLE_PAGE}`,
  'coordinator-undeliverable': `อีเมลถึง${ROLE_LABELS.coordinator} ส่งไม่ถึงผู้ใด ระบบส่งอีเมลแจ้งว่าส่งถึงที่อยู่อีเมลของ${ROLE_LABELS.coordinator} ทุกคนไม่ได้ รายการที่${ROLE_LABELS.coordinator} ต้องแก้ไขจึงแสดงไว้ในอีเมลนี้ด้วย กรุณาแจ้ง${ROLE_LABELS.admin}ให้ตรวจที่อยู่อีเมลของ${ROLE_LABELS.coordinator} ใน${PEOPLE_PAGE}`,
  executive: `ไม่มี${ROLE_LABELS.executive}ที่ใช้งานอยู่ในระบบ อีเมลแจ้งรายงานค้างส่งเกิน ๑๔ วันและอีเมลสรุปผลจึงไม่ถึง${ROLE_LABELS.executive} กรุณาเพิ่ม${ROLE_LABELS.executive}ใน${PEOPLE_PAGE}`,
};

const missingRolesSection = (roles: SummaryContext['missingRoles']): Section => ({
  blocks: (roles ?? []).map((role) => note(MISSING_ROLE_TH[role], 'around', 'warn')),
  keepLine: true,
  gap: 'before',
});

/** The coordinators' section on units whose reminders reach nobody (break s31 F8). */
function unreachableSection(unreachable: SummaryContext['unreachable']): Section {
  if (!unreachable || unreachable.units.length === 0) return NOTHING;
  return coordinatorsSection(
    `หน่วยงานที่ไม่มีผู้รับอีเมลแจ้งเตือน (${th(unreachable.units.length)} หน่วยงาน)`,
    undefined,
    unreachable.units.map(unreachableUnitLine),
    { url: unreachable.link, label: `เปิด${PEOPLE_PAGE}` },
  );
}

/** A person whose email SES could not deliver to, as the coordinators' digest lists them. */
export interface UndeliverablePerson {
  /** "สมชาย ใจดี (กองคลัง)" */
  who: string;
  mark: UndeliverableMark;
}

/** "สมชาย ใจดี (กองคลัง): ส่งอีเมลถึงที่อยู่นี้ไม่ได้ (ตีกลับ) เมื่อ … : ตรวจที่อยู่อีเมล (อีเมลแจ้งเตือน)" */
const undeliverableLine = (p: UndeliverablePerson) => {
  const kind = undeliverableKindTh(p.mark);
  return `${p.who}: ${undeliverableTh(p.mark)}${kind ? ` (${kind})` : ''}`;
};

const UNDELIVERABLE_INTRO =
  'ระบบส่งอีเมลถึงผู้ใช้งานต่อไปนี้ไม่ได้ จึงไม่ได้รับอีเมลเชิญ การแจ้งเตือน และสรุปผล กรุณาตรวจที่อยู่อีเมล หากพิมพ์ผิด ให้เพิ่มผู้ใช้งานใหม่ด้วยอีเมลที่ถูกต้องแล้วปิดการใช้งานรายการเดิม หากอีเมลถูกต้องแล้ว ส่งอีเมลเชิญอีกครั้งจากหน้าของผู้นั้น';

/** The coordinators' section on people whose email SES could not deliver to. */
function undeliverableSection(undeliverable: SummaryContext['undeliverable']): Section {
  if (!undeliverable || undeliverable.people.length === 0) return NOTHING;
  return coordinatorsSection(
    `ผู้ใช้งานที่ส่งอีเมลถึงไม่ได้ (${th(undeliverable.people.length)} คน)`,
    UNDELIVERABLE_INTRO,
    undeliverable.people.map(undeliverableLine),
    { url: undeliverable.link, label: `เปิด${PEOPLE_PAGE}` },
  );
}

/**
 * What an earlier year's overdue list covers: its reports due from that year's start, unsent on the
 * as-of day, and how many of them fall in the digest's month when some do not.
 */
function earlierBacklogRangeLine(fy: number, summary: ComplianceSummary): string {
  const start = fiscalYearBounds(fy).start;
  const due = summary.overdue.map((t) => t.obligation.dueDate).sort(byCodeUnits);
  const yearEnd = fiscalYearBounds(fy).end;
  const last = due.at(-1);
  const end = last !== undefined && last > yearEnd ? last : yearEnd;
  const countedEnd = countedTo(summary);
  const inside = summary.overdue.filter(
    (t) => t.obligation.dueDate >= summary.from && t.obligation.dueDate <= countedEnd,
  );
  const of =
    inside.length > 0 && inside.length < summary.overdue.length
      ? ` ในจำนวนนี้ ${th(inside.length)} รายการครบกำหนดระหว่าง ${formatThaiDate(summary.from)} ถึง ${formatThaiDate(countedEnd)}`
      : '';
  return `ครบกำหนดระหว่าง ${formatThaiDate(start)} ถึง ${formatThaiDate(end)}${of}`;
}

/**
 * A digest's section for the previous fiscal year, labelled by that year: its reports due in the
 * digest's month (the range, the counts, per unit), then its reports still unsent; a year with none
 * due in the month shows the list alone (SummaryContext.earlier).
 */
function earlierSection(ctx: SummaryContext): Section {
  const e = ctx.earlier;
  if (!e) return NOTHING;
  const unitRows = e.summary.byUnit.map((u) => ({ label: ctx.unitNames.get(u.unitId) ?? u.unitId, counts: u.counts }));
  // the reports still chased are listed; those past their cut-off only counted, after them (s48)
  const past = new Set(e.pastCutoff ?? []);
  const listing = overdueListing({ overdue: e.summary.overdue.filter((t) => !past.has(t)), to: e.summary.to }, true);
  const gone = overdueRest(e.pastCutoff ?? [], ctx, PAST_CUTOFF_TH);
  // beside the line of those past their cut-off, the rest still chased says so (re-check 2 s48)
  const more = overdueRest(listing.rest, ctx, gone.length > 0 ? STILL_CHASED_REST_TH : '');
  const order = past.size > 0 && listing.order ? `${STILL_CHASED_TH} ${listing.order}` : listing.order;
  const backlogRange = e.summary.overdue.length ? earlierBacklogRangeLine(e.fy, e.summary) : undefined;
  const month: Block[] = e.backlogOnly
    ? []
    : [
        { kind: 'heading', text: earlierYearHeadingTh(e.fy), rule: true },
        note(rangeLine(e.summary), 16, 'muted'),
        { kind: 'totals', counts: e.summary.total },
        { kind: 'heading', text: `รายหน่วยงาน ปีงบประมาณ ${th(e.fy)}` },
        { kind: 'counts', rows: unitRows },
      ];
  const blocks: Block[] = [
    ...month,
    // its count in brackets as the digest's other sections' (session 50)
    {
      kind: 'heading',
      text: `รายงานที่ค้างส่ง ปีงบประมาณ ${th(e.fy)} (${th(e.summary.overdue.length)} รายการ)`,
      ...(e.backlogOnly ? { rule: true } : {}),
    },
    {
      kind: 'overdue',
      notes: [backlogRange, order].flatMap((n) => (n ? [note(n, 8, 'muted')] : [])),
      lines: listing.shown.map((o) => overdueLine(o, ctx, e.measures)),
      rests: [...more, ...gone],
    },
  ];
  return { blocks, keepLine: true, gap: 'before' };
}

/** After an earlier year's list: "และอีก ๑๘ รายการที่พ้นกำหนดติดตามแล้ว ดูได้ที่…" (its cut-off passed). */
const PAST_CUTOFF_TH = 'ที่พ้นกำหนดติดตามแล้ว';
/** "และอีก ๒๖ รายการที่ระบบยังแจ้งเตือนอยู่ ดูได้ที่…": the list's rest, beside those past their cut-off. */
const STILL_CHASED_REST_TH = 'ที่ระบบยังแจ้งเตือนอยู่';
/** The earlier year's order line when some are left out as past their cut-off. */
const STILL_CHASED_TH = 'แสดงรายงานที่ระบบยังแจ้งเตือนอยู่';

/**
 * The coordinators' digest's line on years without a Cabinet holiday list (tester s42, F3: only the
 * job CLI said it, and in AWS nobody reads it): reminders that year skip the computed holidays, which
 * lack the extra days the Cabinet declares later; the org's closure days (set by the system
 * administrator) keep reminders off such a day. Undefined when every year used has a Cabinet list.
 */
export function holidayFallbackTh(years: readonly number[]): string | undefined {
  if (years.length === 0) return undefined;
  const be = thaiList(
    years.map((y) => toThaiDigits(y + BE_OFFSET)),
    'และ',
  );
  const computed = years.every((y) => holidaySource(y) === 'computed');
  const lacks = computed
    ? 'ซึ่งยังไม่รวมวันหยุดพิเศษที่คณะรัฐมนตรีอาจประกาศเพิ่มภายหลัง'
    : 'ซึ่งอาจไม่รวมวันหยุดชดเชยและวันหยุดพิเศษที่คณะรัฐมนตรีประกาศ';
  return (
    `ปฏิทินวันหยุดปี พ.ศ. ${be} ยังไม่มีประกาศคณะรัฐมนตรีในระบบ อีเมลแจ้งเตือนในปีนั้นเว้นวันหยุดตามที่ระบบคำนวณไว้ ${lacks} ` +
    `หากมีวันหยุดพิเศษ โปรดแจ้ง${ROLE_LABELS.admin}ให้กำหนดวันนั้นเป็นวันปิดทำการขององค์กร ระบบจะไม่ส่งอีเมลแจ้งเตือนในวันนั้น`
  );
}

/** "เรียน ผู้บริหาร เทศบาลตำบล…" (coordinators: "เรียน คณะทำงาน ITA …"), as the reminders greet. */
export const summaryGreetingTh = (ctx: Pick<SummaryContext, 'reader' | 'orgName'>): string =>
  greetingTh(ROLE_LABELS[ctx.reader ?? 'executive'], ctx.orgName);

/**
 * The subject's key figure (tester s41b, F8: no summary subject carried one): the reports due in the
 * summary's range still unsent, of those due, as its headline line counts them ("ยังไม่ส่ง ๒๙ จาก
 * ๓๑ รายการ"); with a digest's earlier-year section, both years' reports due in its month.
 */
export function subjectFigureTh(summary: ComplianceSummary, earlier?: ComplianceSummary): string {
  return unsentFigureTh(
    summary.total.due + (earlier?.total.due ?? 0),
    summary.total.missing + (earlier?.total.missing ?? 0),
    undefined,
    (summary.total.inGrace ?? 0) + (earlier?.total.inGrace ?? 0),
  );
}

export function renderSummary(
  summary: ComplianceSummary,
  ctx: SummaryContext,
  failedMail: FailedMailLine[] = [],
): RenderedEmail {
  const t = summary.total;
  const e = ctx.earlier;
  const notYet = notYetDueLine(summary);
  // beside a period summary sent the same day, the digest lists its own month's (tester s45 F2)
  const elsewhere = backlogElsewhere(summary, ctx.backlogIn);
  // the year's work still in its grace, beside the list: never "ไม่มีรายงานค้างส่ง" alone (s49 re-check)
  const grace = inGraceBacklogTh(ctx.inGraceUntil ?? [], summary.overdue.length > 0);
  // no all-zero totals or empty own-year backlog under "(ยังไม่มีแผนมาตรการ…)" (re-check 2 s49)
  const own = !(e?.ownPlanMissing && t.due === 0 && summary.overdue.length === 0 && !grace && !elsewhere.line);
  const back = ctx.backReports ? backReportsTh(ctx.backReports, ctx.unitNames) : undefined;
  const holidays = holidayFallbackTh(ctx.holidayFallbackYears ?? []);
  const sections: Section[] = [
    // the greeting names the org, as the reminders' do (tester s39: the summaries greeted no one)
    { blocks: [note(summaryGreetingTh(ctx), 4), note(rangeLine(summary), notYet ? 4 : 16, 'muted')] },
    { blocks: notYet ? [note(notYet, 16, 'muted')] : [], keepLine: true },
    {
      blocks: [
        // with an earlier year's section, the digest's own figures are named by their year too
        ...(e ? [ownYearHeading(e)] : []),
        ...(own ? [{ kind: 'totals', counts: t } as const] : []),
      ],
      keepLine: true,
      gap: 'before',
    },
    { blocks: back ? [note(back, 16)] : [], gap: 'after' },
    // no own rows (no plan of its own yet): no chart or tables, not headings over nothing (s49 re-check)
    ...(summary.byUnit.length > 0 ? [ownTablesSection(summary, ctx)] : []),
    ...(own ? [ownOverdueSection(summary, ctx, elsewhere, grace)] : []),
    earlierSection(ctx),
    missingRolesSection(ctx.missingRoles),
    unreachableSection(ctx.unreachable),
    undeliverableSection(ctx.undeliverable),
    planDatesSection(ctx.planDates),
    failedMailSection(failedMail),
    { blocks: holidays ? [note(holidays, 'around', 'warn')] : [], keepLine: true, gap: 'before' },
    { blocks: [closingLink(ctx)], gap: 'before' },
  ];
  // nothing due in the month, last year's backlog listed: the subject says that, not "ยังไม่มีรายงานครบกำหนด"
  const backlogOnly = e && t.due + e.summary.total.due === 0 && e.summary.overdue.length > 0;
  const figure = backlogOnly
    ? // the figure first: within a phone's 40 columns (tester s55)
      `ค้างส่ง ${th(e.summary.overdue.length)} รายการ (ปีงบประมาณ ${th(e.fy)})`
    : subjectFigureTh(summary, e?.summary);
  const html = emailPage(
    ctx.title,
    sectionsHtml(sections),
    FOOTER,
    totalsTh(t),
    // "รอส่งย้อนหลัง" whole: "· รอ" at a line's end read "wait" on a 320 px phone (s49); so every count label
    [ctx.orgName, ...ctx.unitNames.values(), ...WHOLE_COUNT_LABELS],
  );
  const text = [ctx.title, ...sectionsText(sections), '', FOOTER].join('\n');
  return { subject: subjectOf(`${ctx.subjectPeriod}: ${figure}`), html, text };
}

/**
 * "ภาพรวมการรายงานทั้งองค์กร เดือนเมษายน ๒๕๖๖" (a digest) or "… ปีงบประมาณ ๒๕๖๖", as the escalations
 * name the overview, linked to it; without `overview`, the site's front.
 */
function closingLink(ctx: SummaryContext): Block {
  const o = ctx.overview;
  if (!o) return { kind: 'link', url: ctx.formUrl, label: 'เปิดระบบติดตามมาตรการ' };
  const of = o.month ? `เดือน${formatThaiMonth(o.month)}` : `ปีงบประมาณ ${th(o.fy)}`;
  return {
    kind: 'link',
    url: pageLink(ctx.formUrl, o.orgId, PAGE.overview(o.fy, o.month)),
    label: `ภาพรวมการรายงานทั้งองค์กร ${of}`,
  };
}

/** "รายงานของปีงบประมาณ ๒๕๖๗ (ยังไม่มีแผนมาตรการปีงบประมาณ ๒๕๖๗ ในระบบ)": the digest's own figures' heading. */
const ownYearHeading = (e: NonNullable<SummaryContext['earlier']>): Block => ({
  kind: 'heading',
  text: `รายงานของปีงบประมาณ ${th(e.ownFy)}${e.ownPlanMissing ? ` (${noPlanTh(e.ownFy)})` : ''}`,
});

/** The summary's chart of each indicator's share, and its counts by unit and by indicator. */
function ownTablesSection(summary: ComplianceSummary, ctx: SummaryContext): Section {
  const unitRows = summary.byUnit.map((u) => ({ label: ctx.unitNames.get(u.unitId) ?? u.unitId, counts: u.counts }));
  const indicatorRows = summary.byIndicator.map((i) => ({
    label: `${th(i.indicator)}. ${catalogIndicator(i.indicator).nameTh}`,
    counts: i.counts,
  }));
  return {
    blocks: [
      { kind: 'chart', heading: 'ร้อยละการส่งรายงาน รายตัวชี้วัด', rows: summary.byIndicator },
      { kind: 'heading', text: 'รายหน่วยงาน' },
      { kind: 'counts', rows: unitRows },
      { kind: 'heading', text: 'รายตัวชี้วัด' },
      { kind: 'counts', rows: indicatorRows, percent: true },
    ],
  };
}

/**
 * The year's reports still unsent ("รายงานที่ค้างส่ง ตั้งแต่ต้นปีงบประมาณ (๔๓ รายการ)"), what the list
 * covers, where the rest is when a period summary lists it (backlogElsewhere), the work still in its
 * grace, and the list.
 */
function ownOverdueSection(
  summary: ComplianceSummary,
  ctx: SummaryContext,
  elsewhere: ReturnType<typeof backlogElsewhere>,
  grace: string | undefined,
): Section {
  // its count in brackets as the digest's other headings, last year's backlog's too (session 51)
  const since = ctx.earlier ? `${OVERDUE_SINCE_TH} ${th(ctx.earlier.ownFy)}` : OVERDUE_SINCE_TH;
  const heading = `รายงานที่ค้างส่ง ${since} (${th(summary.overdue.length)} รายการ)`;
  const listing = overdueListing({ overdue: elsewhere.overdue, to: summary.to });
  const notes = [
    ...[elsewhere.line, grace].flatMap((n) => (n ? [note(n, 8)] : [])),
    ...(listing.order ? [note(listing.order, 8, 'muted')] : []),
  ];
  return {
    blocks: [
      { kind: 'heading', text: heading },
      note(overdueRangeLine(summary), 8, 'muted'),
      {
        kind: 'overdue',
        notes,
        lines: listing.shown.map((o) => overdueLine(o, ctx)),
        rests: overdueRest(listing.rest, ctx),
      },
    ],
  };
}
