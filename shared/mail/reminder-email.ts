// The email a run sends to one audience: a list of obligations in Thai, each with a link to the form.
import { addedHow } from '../domain/obligations.js';
import { PAGE, pageLink, unitWorkTitle } from '../domain/page-addresses.js';
import { addedLate, DEFAULT_CUTOFF_DAYS } from '../domain/reminder-ladder.js';
import { periodLabel, periodNameTh, yearOfPeriodTh } from '../domain/period-labels.js';
import type { Measure } from '../domain/plan.js';
import { fiscalYearOf } from '../domain/fiscal-calendar.js';
import { bangkokDate, type PlainDate } from '../domain/plain-date.js';
import {
  type Audience,
  batchItems,
  type ReminderBatch,
  ladderSubject,
  type JoinedAs,
  type ReminderStage,
  type TrackedObligation,
} from '../domain/reminder-plan.js';
import {
  buddhistYear,
  formatThaiDate,
  formatThaiDayMonthShort,
  formatThaiMonth,
  thaiList,
  thaiMonthName,
  toThaiDigits,
} from '../domain/thai-format.js';
import { REVIEW_COMMENT_LABEL, ROLE_LABELS } from '../domain/status-labels.js';
import { daysOverdue, onTimeUntilTh, overdueAfter } from '../domain/settlement.js';
import { DUE_ON_DAY_OFF_STAYS_TH, dueOnDayOffTh } from '../domain/day-off.js';
import type { WorkingDays } from '../domain/working-days.js';
import { button, emailPage, escapeHtml, FOOTER, greetingTh, type RenderedEmail, subjectOf } from './html.js';
import { followUpGistOf, obligationLabelTh, returnedLineTh } from './obligation-line.js';

export interface ReminderContext {
  orgName: string;
  unitNames: Map<string, string>;
  measures: Map<string, Measure>;
  /** a run that lists several fiscal years: each obligation's measures from its own year's plan */
  measuresOf?: (fy: number) => Map<string, Measure> | undefined;
  today: PlainDate;
  /** the web page; an obligation's address is {formUrl}/#/fy/{fy}/o/{id} */
  formUrl: string;
  /** the run's cut-off (days after the due date; default DEFAULT_CUTOFF_DAYS): a newcomer's email names it */
  cutoffDays?: number;
  /** the run's working days: a due date still ahead that is a day off says which (dayOffNote) */
  calendar?: WorkingDays;
}

/** What a newcomer joined as, in the backlog email's intro ("คุณเพิ่งเข้ามาเป็นหัวหน้าหน่วยงานนี้"). */
const JOINED_AS_TH: Record<JoinedAs, string> = {
  head: 'เป็นหัวหน้าหน่วยงานนี้',
  'acting-head': 'รักษาราชการแทนหัวหน้าหน่วยงานนี้',
  staff: 'เป็นเจ้าหน้าที่ของหน่วยงานนี้',
};

/** The backlog email's intro for a newcomer who joined as `joinedAs` (tester s47 P3: a head read "เจ้าหน้าที่"). */
export const backlogIntroTh = (joinedAs: JoinedAs) =>
  `คุณเพิ่งเข้ามา${JOINED_AS_TH[joinedAs]} รายงานต่อไปนี้ของหน่วยงานเลยกำหนดส่งแล้วและยังไม่ได้ส่ง (แจ้งเตือนผู้รับผิดชอบไปก่อนที่คุณจะเข้ามา) กรุณาส่งโดยเร็ว`;

/** An acting head's (to the unit's head, s48): the head's escalation went out before they came. */
export const actingHeadBacklogIntroTh = () =>
  `คุณเพิ่งเข้ามา${JOINED_AS_TH['acting-head']} รายงานต่อไปนี้ของหน่วยงานค้างส่งเกิน ๗ วันแล้ว (แจ้งหัวหน้าหน่วยงานไปก่อนที่คุณจะเข้ามา) กรุณาติดตาม`;

const HEADINGS: Record<ReminderStage, { subject: string; intro: string }> = {
  opening: { subject: 'ถึงรอบรายงานผล', intro: 'ถึงรอบการรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ดังนี้' },
  'due-soon': { subject: 'ใกล้ครบกำหนดส่งรายงาน', intro: 'รายงานต่อไปนี้ใกล้ครบกำหนดส่ง กรุณาส่งภายในกำหนด' },
  due: { subject: 'ถึงกำหนดส่งรายงาน', intro: 'รายงานต่อไปนี้ถึงกำหนดส่งแล้ว กรุณาส่งภายในวันครบกำหนด' },
  overdue: { subject: 'เลยกำหนดส่งรายงาน', intro: 'รายงานต่อไปนี้เลยกำหนดส่งแล้ว กรุณาส่งโดยเร็ว' },
  // the greeting above the intro addresses the reader (greetingOf): an intro greets no one (tester t36, P3)
  'escalation-head': { subject: 'รายงานค้างส่งเกิน ๗ วัน', intro: 'รายงานต่อไปนี้ค้างส่งเกิน ๗ วัน กรุณาติดตาม' },
  'escalation-executive': {
    subject: 'รายงานค้างส่งเกิน ๑๔ วัน',
    intro: 'รายงานผลตามมาตรการต่อไปนี้ค้างส่งเกิน ๑๔ วัน กรุณาติดตาม',
  },
  returned: {
    subject: 'รายงานถูกส่งกลับให้แก้ไข',
    intro: `${ROLE_LABELS.coordinator} ได้ส่งรายงานต่อไปนี้กลับให้แก้ไข ตามความเห็นที่แนบ`,
  },
  backlog: {
    subject: 'รายงานค้างส่งของหน่วยงานที่คุณเข้ามารับผิดชอบ',
    intro: backlogIntroTh('staff'),
  },
};

/** A stage's words as the email's subject says them ("เลยกำหนดส่งรายงาน"). */
export const stageSubjectTh = (stage: ReminderStage): string => HEADINGS[stage].subject;

function audienceName(a: Audience, ctx: Pick<ReminderContext, 'unitNames'>): string {
  if (a.kind === 'unit' || a.kind === 'unit-head') return ctx.unitNames.get(a.unitId) ?? a.unitId;
  // the roles' names the page and the people screen use (DESIGN.md: the coordinators are คณะทำงาน ITA)
  return a.kind === 'coordinators' ? ROLE_LABELS.coordinator : ROLE_LABELS.executive;
}

/**
 * The email's one greeting, to its reader: "เรียน ผู้บริหาร เทศบาล…", "เรียน คณะทำงาน ITA …", a
 * unit head (or acting head) "เรียน หัวหน้าส่วนราชการ กองช่าง …", an acting head's own backlog email "เรียน
 * ผู้รักษาราชการแทนหัวหน้าส่วนราชการ กองช่าง …", a unit's staff "เรียน กองช่าง …".
 */
function greetingOf(batch: ReminderBatch, ctx: Pick<ReminderContext, 'orgName' | 'unitNames'>): string {
  const a = batch.audience;
  // an acting head's own backlog email greets them as acting (re-check 2 s48)
  const head = batch.joinedAs === 'acting-head' ? 'ผู้รักษาราชการแทนหัวหน้าส่วนราชการ' : 'หัวหน้าส่วนราชการ';
  const who = a.kind === 'unit-head' ? `${head} ${audienceName(a, ctx)}` : audienceName(a, ctx);
  return greetingTh(who, ctx.orgName);
}

/** The heading above a listing's still-open obligations (test/support/mail-ledger.ts reads it). */
export const STILL_OPEN_HEADING = 'รายงานที่เปิดรอบไว้ก่อนหน้านี้และยังไม่ได้ส่ง กรุณาส่งภายในกำหนด';

/**
 * "เลยกำหนดนานกว่า ๖๐ วันอีก ๑๘ รายการ": a newcomer's reports past their cut-off, which the email
 * counts but does not list (ReminderBatch.pastCutoff); undefined when there are none.
 */
function pastCutoffTh(batch: ReminderBatch, ctx: ReminderContext): string | undefined {
  const n = batch.pastCutoff?.length ?? 0;
  const days = ctx.cutoffDays ?? DEFAULT_CUTOFF_DAYS;
  return n > 0 ? `เลยกำหนดนานกว่า ${toThaiDigits(days)} วันอีก ${toThaiDigits(n)} รายการ` : undefined;
}

/** The periods that are not months in an opening's subject, in their order there (the year last). */
const PERIOD_ORDER = ['Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2', 'ONCE', 'FY'];

const isMonthly = (t: TrackedObligation) => t.obligation.cadence === 'monthly';

/** A monthly obligation's month ("2026-10"), or undefined for a period that is not one. */
const monthOf = (t: TrackedObligation) =>
  /^\d{4}-\d{2}$/.test(t.obligation.periodId) ? t.obligation.periodId : undefined;

/** The month after `yearMonth`: "2026-12" -> "2027-01". */
const nextMonth = (yearMonth: string) => {
  const [y, m] = [Number(yearMonth.slice(0, 4)), Number(yearMonth.slice(5, 7))];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

/** The most months an opening's subject names; more are counted ("รายเดือน ๕ เดือน"). */
const MONTHS_NAMED = 3;

/**
 * The months of the monthly reports an opening opens (tester s42, F5: reports added late, October's
 * and November's, opened on 8 December under "ประจำเดือนธันวาคม ๒๕๖๙"): one, "ประจำเดือนธันวาคม
 * ๒๕๖๙"; two or three in a row, "ประจำเดือนตุลาคม-ธันวาคม ๒๕๖๙" ("ธันวาคม ๒๕๖๙-มกราคม ๒๕๗๐" across a
 * year), else listed ("ประจำเดือนตุลาคม และ ธันวาคม ๒๕๖๙"), each year once; more, counted.
 */
function monthsTh(months: readonly string[]): string {
  if (months.length > MONTHS_NAMED) return `รายเดือน ${toThaiDigits(months.length)} เดือน`;
  const first = months[0]!;
  const last = months.at(-1)!;
  const oneYear = first.slice(0, 4) === last.slice(0, 4);
  const name = (ym: string, withYear: boolean) =>
    withYear ? formatThaiMonth(ym) : thaiMonthName(Number(ym.slice(5, 7)));
  if (months.length === 1) return `ประจำเดือน${formatThaiMonth(first)}`;
  const inARow = months.every((m, i) => i === 0 || nextMonth(months[i - 1]!) === m);
  if (inARow) return `ประจำเดือน${name(first, !oneYear)}-${formatThaiMonth(last)}`;
  return `ประจำเดือน${thaiList(
    months.map((m, i) => name(m, !oneYear || i === months.length - 1)),
    'และ',
  )}`;
}

/**
 * What an opening opens, for its subject: the months of its monthly reports (monthsTh; alone when
 * all are monthly), then the other periods, each fiscal year once ("ประจำเดือนมีนาคม ๒๕๖๖ และ
 * ไตรมาสที่ ๒ ปีงบประมาณ ๒๕๖๖", "ครึ่งปีหลัง และ ประจำปีงบประมาณ ๒๕๖๖"): those of the new openings, or
 * of the listed-again ones when nothing is new (tester s40: a 1st mixing cadences said no period).
 */
function openingPeriodsTh(batch: ReminderBatch, today: PlainDate): string {
  const opening = batch.items.length > 0 ? batch.items : batchItems(batch);
  const monthly = opening.filter(isMonthly);
  const months = [...new Set(monthly.map(monthOf).filter((m) => m !== undefined))].sort();
  // a monthly report always has a month; the run's is a guard only
  const words = monthly.length > 0 ? [monthsTh(months.length > 0 ? months : [today.slice(0, 7)])] : [];
  const others = opening.filter((t) => !isMonthly(t));
  for (const fy of [...new Set(others.map((t) => t.obligation.fy))].sort()) {
    const periods = new Set(others.filter((t) => t.obligation.fy === fy).map((t) => t.obligation.periodId));
    const named = PERIOD_ORDER.filter((id) => periods.has(id)).map(periodNameTh);
    const last = named.pop();
    if (last) words.push(...named, yearOfPeriodTh(last, fy));
  }
  return thaiList(words, 'และ');
}

/**
 * Which of a split batch's items one email lists (tester s44 F1: two parts of 98 had the same
 * subject): "ฉบับที่ ๒/๓: รายการที่ ๙๙–๑๙๖ จาก ๒๖๒", or "๙๘ จาก ๑๓๘ รายการ" for a part rendered from
 * a recipe without its place; undefined for an email that holds them all.
 */
function partTh(batch: ReminderBatch): string | undefined {
  if (!batch.elsewhere) return undefined;
  const n = batchItems(batch).length;
  const whole = toThaiDigits(n + batch.elsewhere);
  const part = batch.part;
  return part
    ? `ฉบับที่ ${toThaiDigits(part.index)}/${toThaiDigits(part.of)}: รายการที่ ${toThaiDigits(part.first)}–${toThaiDigits(part.first + n - 1)} จาก ${whole}`
    : `${toThaiDigits(n)} จาก ${whole} รายการ`;
}

/** The subject without its prefix (subjectOf): the audience, the stage, the count. */
function titleFor(batch: ReminderBatch, ctx: ReminderContext): string {
  // a part says which part, and which of the items it lists; a newcomer's, what it leaves out
  const older = pastCutoffTh(batch, ctx);
  const count = `${partTh(batch) ?? `${toThaiDigits(batchItems(batch).length)} รายการ`}${older ? ` และ${older}` : ''}`;
  const when = batch.stage === 'opening' ? ` ${openingPeriodsTh(batch, ctx.today)}` : earlierYearsTh(batch, ctx.today);
  return `${audienceName(batch.audience, ctx)}: ${HEADINGS[batch.stage].subject}${when} (${count})`;
}

/**
 * " ปีงบประمาณ ๒๕๖๙" when an email lists reports of a fiscal year before the one running on its day
 * (both years: " ปีงบประมาณ ๒๕๖๙ และ ๒๕๗๐"), else '' (tester s47 P3: on 2 October last year's
 * returned reports came beside this year's openings, and only the month told them apart). An
 * opening names its periods' years already (openingPeriodsTh).
 */
function earlierYearsTh(batch: ReminderBatch, today: PlainDate): string {
  const fys = [...new Set([...batchItems(batch), ...(batch.pastCutoff ?? [])].map((t) => t.obligation.fy))].sort();
  if (!fys.some((fy) => fy < fiscalYearOf(today))) return '';
  return ` ปีงบประมาณ ${thaiList(fys.map(toThaiDigits), 'และ')}`;
}

/** What an email leaves out, said after its list, with where to see it (docs/reminders.md). */
interface Closing {
  line: string;
  links: { label: string; url: string }[];
  /** said as a plain line (the overview's), not in bold as what the email leaves out */
  plain?: boolean;
}

/**
 * After the list: the rest of a batch split over several emails ("และอีก ๔๐ รายการ ในอีเมลฉบับอื่น…"),
 * and a newcomer's reports past their cut-off, counted, with their unit's page of each fiscal year
 * (shared/domain/page-addresses.ts).
 */
function closingOf(batch: ReminderBatch, ctx: ReminderContext): Closing[] {
  const out: Closing[] = [];
  if (batch.elsewhere) {
    const others = batch.part
      ? Array.from({ length: batch.part.of }, (_, k) => k + 1).filter((k) => k !== batch.part!.index)
      : [];
    const which = others.length > 0 ? ` (ฉบับที่ ${thaiList(others.map(toThaiDigits), 'และ')})` : '';
    out.push({ line: `และอีก ${toThaiDigits(batch.elsewhere)} รายการ ในอีเมลฉบับอื่นที่ส่งถึงคุณ${which}`, links: [] });
  }
  // the executives and the coordinators: the year's overview, where every unit's reports are (tester s50)
  if (isEscalation(batch) && batch.audience.kind !== 'unit-head') {
    const items = batchItems(batch);
    const orgId = items[0]?.obligation.orgId;
    const fys = [...new Set(items.map((t) => t.obligation.fy))].sort();
    if (orgId)
      out.push({
        line: 'รายงานของทุกหน่วยงานดูได้ที่หน้าภาพรวมการรายงานทั้งองค์กร',
        links: fys.map((fy) => ({
          label: `ภาพรวมการรายงานทั้งองค์กร ปีงบประมาณ ${toThaiDigits(fy)}`,
          url: pageLink(ctx.formUrl, orgId, PAGE.overview(fy)),
        })),
        plain: true,
      });
  }
  const older = pastCutoffTh(batch, ctx);
  // a unit's staff or its (acting) head: the intro said these are at the end (re-check 2 s48)
  if (older && (batch.audience.kind === 'unit' || batch.audience.kind === 'unit-head')) {
    const { unitId } = batch.audience;
    const unit = ctx.unitNames.get(unitId) ?? unitId;
    const orgId = batch.pastCutoff![0]!.obligation.orgId;
    const fys = [...new Set(batch.pastCutoff!.map((t) => t.obligation.fy))].sort();
    out.push({
      line: `และรายงานที่${older} ซึ่งระบบไม่แจ้งเตือนแล้ว ดูได้ที่หน้า "${unitWorkTitle(unit)}"`,
      links: fys.map((fy) => ({
        label: `${unitWorkTitle(unit)} ปีงบประมาณ ${toThaiDigits(fy)}`,
        url: pageLink(ctx.formUrl, orgId, PAGE.unitObligations(fy, unitId)),
      })),
    });
  }
  return out;
}

/**
 * The line a mail list shows after the subject: the first item's due day and title, and how many
 * more ("ครบกำหนด ๓๑ ธ.ค. ๒๕๖๙: ตัวชี้วัดที่ ๔ … และอีก ๓ รายการ"), with the rest the body counts
 * (a newcomer's reports past the cut-off). A part of a split batch names its range first, as its
 * subject does ("ฉบับที่ ๒/๓: รายการที่ ๙๙–๑๙๖ จาก ๒๖๒ · ครบกำหนด …"): its rest is in other emails
 * (tester s45: "และอีก ๙๗ รายการ" over a body's "และอีก ๑๖๔ รายการ ในอีเมลฉบับอื่น").
 */
function preheaderOf(batch: ReminderBatch, ctx: ReminderContext, firstTitle: string): string | undefined {
  const items = batchItems(batch);
  const [first] = items;
  if (!first) return undefined;
  const due = first.obligation.dueDate;
  const lead = `ครบกำหนด ${formatThaiDayMonthShort(due)} ${toThaiDigits(buddhistYear(due))}: ${firstTitle}`;
  const older = pastCutoffTh(batch, ctx);
  const also = older ? ` และ${older}` : '';
  const part = partTh(batch);
  if (part) return `${part}${also} · ${lead}`;
  return `${lead}${items.length > 1 ? ` และอีก ${toThaiDigits(items.length - 1)} รายการ` : ''}${also}`;
}

interface Entry {
  title: string;
  /** an escalation's one line (compact): "กองช่าง: ตัวชี้วัดที่ ๑๐ ข้อ ๔ รอบ ตุลาคม ๒๕๖๕" */
  label: string;
  /** with the label: the follow-up's text, shortened */
  gist: string;
  unit: string;
  followUp: string;
  period: string;
  due: string;
  comment: string;
  /** an escalated or overdue item whose report was sent and returned: says so, with the dates */
  returned: string;
  /** an item that came into the plan after its due date: the day, and why (added or made due) */
  late: LateMark | undefined;
  /** said under the item: its late mark's, unless its list says it once (sharedLateNote) */
  lateNote: string;
  link: string;
  /** its due date, still ahead (or today), is a day off: the due line names it, and dayOffNote says more */
  dueOnDayOff: boolean;
}

/** "ส่งรายงานเมื่อ … ส่งกลับให้แก้ไข เมื่อ …" for a returned report listed at another stage than "returned". */
function returnedNote(t: TrackedObligation): string {
  const back = returnedLineTh(t);
  if (!back) return '';
  const first = t.report?.firstSubmittedAt ?? t.report?.submittedAt;
  const sent = first ? `ส่งรายงานแล้วเมื่อ ${formatThaiDate(bangkokDate(new Date(first)))} ` : '';
  return `${sent}${back}`;
}

/** Why an obligation added late is already due: how and the day (lateMark), and its last on-time day. */
interface LateMark {
  how: 'added' | 'made-due';
  day: PlainDate;
  until: PlainDate;
}

/**
 * The late mark of an obligation added late (its reminders count from that day:
 * shared/domain/reminder-ladder.ts): 'made-due' when a plan change made its period due; undefined
 * for the others. Read as the ladder reads it on `today` (ladderSubject): a run on a day before the
 * addition (a time-travel run, a replay) knows nothing of it and says nothing (tester s37: an import
 * stamped with the real clock put a future day here).
 */
function lateMark(t: TrackedObligation, measure: Measure | undefined, today: PlainDate): LateMark | undefined {
  const o = t.obligation;
  const day = addedLate(ladderSubject(t, today));
  if (day === undefined) return undefined;
  const followUp = measure?.followUps.find((f) => f.followUpNo === o.followUpNo);
  const how = followUp ? addedHow(followUp, o.periodId, o.unitId) : 'added';
  return { how, day, until: overdueAfter(o, today) };
}

/** Under one item: "เพิ่มเข้าแผนมาตรการเมื่อ … ซึ่งถึงกำหนดส่งแล้ว …", "แผนมาตรการแก้ไขเมื่อ … ทำให้…". */
const itemLateNote = (m: LateMark): string =>
  m.how === 'made-due'
    ? `แผนมาตรการแก้ไขเมื่อ ${formatThaiDate(m.day)} ทำให้รอบรายงานนี้ถึงกำหนดส่งแล้ว การแจ้งเตือนจึงนับจากวันนั้น`
    : `เพิ่มเข้าแผนมาตรการเมื่อ ${formatThaiDate(m.day)} ซึ่งถึงกำหนดส่งแล้ว การแจ้งเตือนจึงนับจากวันนั้น`;

/**
 * Once below the intro, when every item of a list added late (two or more) came into the plan late the same
 * way on the same day (a plan saved mid-year, a measure added to a running plan): what happened,
 * that they are past rounds, and until when a report is on time (tester s48: an org adopting the
 * system on 12 May read the same line under each of 31 items, and nothing said they were past rounds).
 */
function sharedLateNote(m: LateMark, today: PlainDate, beside = false): string {
  const day = formatThaiDate(m.day);
  const until = formatThaiDate(m.until);
  // beside items not added late: those it speaks of are the ones due by that day (re-check 2 s48)
  const which = beside ? 'รายการต่อไปนี้ที่กำหนดส่งไม่เกินวันนั้น' : 'รายการต่อไปนี้';
  const what =
    m.how === 'made-due'
      ? `แผนมาตรการแก้ไขเมื่อ ${day} ทำให้${which}ถึงกำหนดส่งแล้ว`
      : `เพิ่มเข้าแผนมาตรการในระบบเมื่อ ${day} ${which}เป็นรอบที่ผ่านมาแล้ว (ถึงกำหนดส่งแล้วในวันนั้น)`;
  const when = m.until >= today ? `กรุณาบันทึกผลย้อนหลังภายใน ${until} จึงนับว่าส่งตรงเวลา` : `ส่งได้ตรงเวลาถึง ${until}`;
  return `${what} ${when} การแจ้งเตือนจึงนับจากวันที่${m.how === 'made-due' ? 'แก้ไข' : 'เพิ่ม'}`;
}

/** One key per kind of lateness: items alike say it once (sharedLateNote). */
const lateKey = (m: LateMark | undefined) => (m ? `${m.how} ${m.day} ${m.until}` : '');

/**
 * "กำหนดส่ง ๓๑ มีนาคม ๒๕๖๖ (เลยกำหนด ๔๕ วัน)"; for one added late, with the last day its report
 * is on time, overdue only after it and counted from it (settlement.ts overdueAfter): "กำหนดส่ง ๕
 * พฤศจิกายน ๒๕๖๕ ส่งได้ตรงเวลาถึง ๓ กุมภาพันธ์ ๒๕๖๖" (tester s38: "เลยกำหนด ๘๘ วัน" while on time).
 */
function dueLineTh(o: TrackedObligation['obligation'], today: PlainDate): string {
  const until = overdueAfter(o, today);
  const late = daysOverdue(o, today);
  const graced = onTimeUntilTh(o.dueDate, until);
  return `กำหนดส่ง ${formatThaiDate(o.dueDate)}${graced ? ` ${graced}` : ''}${late > 0 ? ` (เลยกำหนด ${toThaiDigits(late)} วัน)` : ''}`;
}

/**
 * Said once, below the intro, when an email lists a due date still ahead that is a day off (the
 * plan's due dates never move: docs/reminders.md "The ladder"): the "due" email a holiday sent the
 * working day before says why it came early; the others, that the page takes the report that day too.
 */
function dayOffNote(stage: ReminderStage, early: boolean): string {
  return stage === 'due' && early
    ? 'วันครบกำหนดเป็นวันหยุด อีเมลนี้จึงส่งในวันทำการก่อนหน้า ส่งรายงานผ่านหน้าเว็บได้จนถึงวันครบกำหนด'
    : DUE_ON_DAY_OFF_STAYS_TH;
}

/** A list at least this long, of two units or more, is counted by unit first (unitCountsOf). */
const COUNTED_BY_UNIT_FROM = 10;

/** The escalations, to the unit heads, the coordinators, the executives: one short entry per report. */
const isEscalation = (batch: ReminderBatch) =>
  batch.stage === 'escalation-head' || batch.stage === 'escalation-executive';

/** One unit's count in unitCountsOf: its words, and its page (the unit's work of the year). */
interface UnitCount {
  name: string;
  text: string;
  url: string;
}

/**
 * "แยกตามหน่วยงาน: กองช่าง ๓๒ รายการ, กองคลัง ๓๑ รายการ": an escalation to the coordinators or the
 * executives listing many items of several units, counted by unit (most first, ties as listed),
 * said once below the intro, each unit linked to its page; undefined for the others (tester s48: 63
 * numbered items, 33,718 px tall on a phone, and no word of whose they were but under each item). A
 * part of a split email counts the whole list and itself: "แยกตามหน่วยงาน (ทั้งหมด ๑๕๑ รายการ):
 * กองช่าง ๘๐ รายการ (ในฉบับนี้ ๔๐), …" (tester s50: "(ในฉบับนี้)" alone gave no unit's total).
 */
function unitCountsOf(batch: ReminderBatch, ctx: ReminderContext): { lead: string; units: UnitCount[] } | undefined {
  const items = batchItems(batch);
  if (!isEscalation(batch) || batch.audience.kind === 'unit-head' || items.length === 0) return undefined;
  const own = new Map<string, number>();
  for (const t of items) own.set(t.obligation.unitId, (own.get(t.obligation.unitId) ?? 0) + 1);
  const whole = batch.part?.units ? new Map(Object.entries(batch.part.units)) : undefined;
  const counts = whole ?? own;
  const all = [...counts.values()].reduce((a, b) => a + b, 0);
  if (all < COUNTED_BY_UNIT_FROM || counts.size < 2) return undefined;
  const first = items[0]!.obligation;
  const fyOf = (unitId: string) => items.find((t) => t.obligation.unitId === unitId)?.obligation.fy ?? first.fy;
  const units = [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([u, n]): UnitCount => {
      const here = own.get(u) ?? 0;
      const inThis = whole ? (here > 0 ? ` (ในฉบับนี้ ${toThaiDigits(here)})` : ' (ในฉบับอื่น)') : '';
      const name = ctx.unitNames.get(u) ?? u;
      return {
        name,
        text: `${name} ${toThaiDigits(n)} รายการ${inThis}`,
        url: pageLink(ctx.formUrl, first.orgId, PAGE.unitObligations(fyOf(u), u)),
      };
    });
  // a part rendered from a recipe without the whole's counts counts its own items, and says so
  const lead = whole
    ? `แยกตามหน่วยงาน (ทั้งหมด ${toThaiDigits(all)} รายการ): `
    : `แยกตามหน่วยงาน${batch.part ? ' (ในฉบับนี้)' : ''}: `;
  return { lead, units };
}

export function renderReminder(batch: ReminderBatch, ctx: ReminderContext): RenderedEmail {
  const showUnit = batch.audience.kind !== 'unit';
  // an escalation lists its reports one short entry each, as the digest does (tester s50: a card each,
  // 1.47 KB of HTML, clipped by Gmail past 70 items and 20,000 px tall on a phone)
  const compact = isEscalation(batch);
  // the executives read the reports; the form is the units' (tester s50): a link to the report's page
  const linkWord = batch.audience.kind === 'executives' ? 'ดูรายงาน' : 'แบบรายงาน';
  const entry = (t: TrackedObligation): Entry => {
    const o = t.obligation;
    const measures = ctx.measuresOf?.(o.fy) ?? ctx.measures;
    const measure = measures.get(o.measureId);
    const followUp = measure?.followUps.find((f) => f.followUpNo === o.followUpNo)?.text ?? '';
    // a past due date's day off matters no more ("เลยกำหนด … วัน" says what does)
    const off = o.dueDate < ctx.today ? undefined : ctx.calendar?.dayOff?.(o.dueDate);
    const unit = showUnit ? (ctx.unitNames.get(o.unitId) ?? o.unitId) : '';
    const label = obligationLabelTh(o, measures);
    return {
      title: measure?.title ?? o.measureId,
      label: unit ? `${unit}: ${label}` : label,
      gist: followUpGistOf(o, measures),
      followUp,
      period: periodLabel(o.periodId, o.fy),
      due: `${dueLineTh(o, ctx.today)}${off ? ` ${dueOnDayOffTh(off)}` : ''}`,
      dueOnDayOff: off !== undefined,
      unit,
      comment: batch.stage === 'returned' ? (t.report?.reviewComment ?? '') : '',
      returned: batch.stage === 'returned' ? '' : returnedNote(t),
      late: lateMark(t, measure, ctx.today),
      lateNote: '',
      link: pageLink(ctx.formUrl, o.orgId, PAGE.obligation(o.fy, o.obligationId)),
    };
  };
  // the new ones under the stage's intro, then those still open from earlier months
  const older = pastCutoffTh(batch, ctx);
  const stageIntro =
    batch.stage !== 'backlog'
      ? HEADINGS[batch.stage].intro
      : batch.audience.kind === 'unit-head'
        ? actingHeadBacklogIntroTh()
        : backlogIntroTh(batch.joinedAs ?? 'staff');
  const intro = `${stageIntro}${older ? ` ยังมีรายงานที่${older} อยู่ท้ายอีเมลนี้` : ''}`;
  const closing = closingOf(batch, ctx);
  const own = batch.items.map(entry);
  const sections: { intro: string; notes: string[]; entries: Entry[] }[] = [
    { intro, notes: [], entries: own },
    { intro: STILL_OPEN_HEADING, notes: [], entries: (batch.stillOpen ?? []).map(entry) },
  ].filter((s) => s.entries.length > 0);
  // once, below the first intro: the count by unit of a long escalation, a due date ahead that is a day off
  const byUnit = unitCountsOf(batch, ctx);
  if (sections.some((s) => s.entries.some((e) => e.dueOnDayOff)))
    sections[0]!.notes.push(
      dayOffNote(
        batch.stage,
        batch.items.some((t, i) => own[i]!.dueOnDayOff && t.obligation.dueDate > ctx.today),
      ),
    );
  // the late mark: once below a list's intro when all its items added late share it, else under each
  for (const s of sections) {
    const late = s.entries.filter((e) => e.late);
    const [first] = late;
    const alike = late.length > 1 && late.every((e) => lateKey(e.late) === lateKey(first?.late));
    if (alike && first?.late) s.notes.push(sharedLateNote(first.late, ctx.today, late.length < s.entries.length));
    else for (const e of s.entries) e.lateNote = e.late ? itemLateNote(e.late) : '';
  }
  // a later part numbers on from the part before it
  const numbered = sections.map((s, k) => ({
    ...s,
    first: (batch.part?.first ?? 1) - 1 + sections.slice(0, k).reduce((n, x) => n + x.entries.length, 0),
  }));
  const title = titleFor(batch, ctx);
  const subject = subjectOf(title);
  const cardHtml = (
    e: Entry,
    i: number,
  ) => `<div style="border:1px solid #e5e7eb;border-radius:6px;padding:12px;margin:0 0 12px">
<div style="font-weight:bold">${toThaiDigits(i + 1)}. ${escapeHtml(e.title)}</div>
${e.unit ? `<div style="color:#374151">หน่วยงาน: ${escapeHtml(e.unit)}</div>` : ''}
<div style="color:#374151">${escapeHtml(e.followUp)}</div>
<div>รอบการรายงาน: ${escapeHtml(e.period)}</div>
<div style="color:#b91c1c">${escapeHtml(e.due)}</div>
${e.lateNote ? `<div style="color:#374151">${escapeHtml(e.lateNote)}</div>` : ''}
${e.returned ? `<div style="color:#92400e">${escapeHtml(e.returned)}</div>` : ''}
${e.comment ? `<div style="background:#fef3c7;padding:8px;border-radius:4px;margin-top:6px">${REVIEW_COMMENT_LABEL}: ${escapeHtml(e.comment)}</div>` : ''}
<div style="margin-top:8px">${button(e.link, 'เปิดแบบรายงาน')}</div>
</div>`;
  // the label links to the report's page (where its form is, for those who may send it)
  const lineHtml = (e: Entry, i: number) =>
    `<div style="margin:0 0 10px">${toThaiDigits(i + 1)}. <a href="${escapeHtml(e.link)}" style="color:#1d4ed8">${escapeHtml(e.label)}</a>${[
      e.gist && `<span style="color:#374151">${escapeHtml(e.gist)}</span>`,
      // "(เลยกำหนด ๑๖ วัน)" kept on one line ("วัน)" alone took a phone's line)
      `<span style="color:#b91c1c">${escapeHtml(e.due).replace(/\(เลยกำหนด [๐-๙]+ วัน\)/, (d) => `<span style="white-space:nowrap">${d}</span>`)}</span>`,
      e.lateNote && `<span style="color:#374151">${escapeHtml(e.lateNote)}</span>`,
      e.returned && `<span style="color:#92400e">${escapeHtml(e.returned)}</span>`,
    ]
      .filter(Boolean)
      .map((x) => `<br>${x}`)
      .join('')}</div>`;
  const entryHtml = compact ? lineHtml : cardHtml;
  const countsHtml = byUnit
    ? `\n<p style="margin:0 0 16px;color:#92400e">${escapeHtml(byUnit.lead)}${byUnit.units
        .map((u) => `<a href="${escapeHtml(u.url)}" style="color:#92400e">${escapeHtml(u.text)}</a>`)
        .join(', ')}</p>`
    : '';
  const html = emailPage(
    title,
    `<p style="margin:0 0 8px">${escapeHtml(greetingOf(batch, ctx))}</p>
${numbered
  .map(
    (s, k) =>
      `<p style="margin:0 0 16px">${escapeHtml(s.intro)}</p>${k === 0 ? countsHtml : ''}${s.notes.map((n) => `\n<p style="margin:0 0 16px;color:#92400e">${escapeHtml(n)}</p>`).join('')}
${s.entries.map((e, i) => entryHtml(e, s.first + i)).join('\n')}`,
  )
  .join('\n')}${closing
      .map(
        (c) =>
          `\n<p style="margin:${c.plain ? '16px 0 8px' : '0 0 8px;font-weight:bold'}">${escapeHtml(c.line)}</p>${c.links.map((l) => `\n<div style="margin:0 0 12px">${button(l.url, l.label)}</div>`).join('')}`,
      )
      .join('')}`,
    FOOTER,
    // the first entry shown is the first item's (own, then still open)
    preheaderOf(batch, ctx, numbered[0]?.entries[0]?.title ?? ''),
    // the org's name whole too: "ดอนอะ" / "ระง" at 360 px (tester s55)
    [ctx.orgName, ...ctx.unitNames.values()],
  );
  const countsText = byUnit
    ? [
        `${byUnit.lead}${byUnit.units.map((u) => u.text).join(', ')}`,
        ...byUnit.units.map((u) => `   ${u.name}: ${u.url}`),
        '',
      ]
    : [];
  // opens with the HTML's headline, as the digest's and the results report's text parts (session 51)
  const text = [
    title,
    '',
    greetingOf(batch, ctx),
    '',
    ...numbered.flatMap((s, k) => [
      s.intro,
      '',
      ...(k === 0 ? countsText : []),
      ...s.notes.flatMap((n) => [n, '']),
      ...s.entries.flatMap((e, i) => (compact ? lineText(e, s.first + i, linkWord) : textEntry(e, s.first + i))),
    ]),
    ...closing.flatMap((c) => [c.line, ...c.links.map((l) => `   ${l.label}: ${l.url}`), '']),
    FOOTER,
  ].join('\n');
  return { subject, html, text };
}

/** An escalation's entry in the text part: as its HTML line, with the link said ("แบบรายงาน: …"). */
function lineText(e: Entry, i: number, linkWord: string): string[] {
  return [
    `${toThaiDigits(i + 1)}. ${e.label}`,
    ...[e.gist, e.due, e.lateNote, e.returned].filter(Boolean).map((x) => `   ${x}`),
    `   ${linkWord}: ${e.link}`,
    '',
  ];
}

function textEntry(e: Entry, i: number): string[] {
  return [
    `${toThaiDigits(i + 1)}. ${e.title}`,
    ...(e.unit ? [`   หน่วยงาน: ${e.unit}`] : []),
    `   ${e.followUp}`,
    `   รอบการรายงาน: ${e.period}`,
    `   ${e.due}`,
    ...(e.lateNote ? [`   ${e.lateNote}`] : []),
    ...(e.returned ? [`   ${e.returned}`] : []),
    ...(e.comment ? [`   ${REVIEW_COMMENT_LABEL}: ${e.comment}`] : []),
    `   แบบรายงาน: ${e.link}`,
    '',
  ];
}
