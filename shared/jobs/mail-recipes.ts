// What the outbox keeps of each email (a recipe, never the body), and how a retry renders it again
// from current data: only for an active person, only the obligations still unsettled.
import { summarizeCompliance } from '../domain/compliance-summary.js';
import { backReportsSent } from '../domain/back-reports.js';
import { PAGE, pageLink } from '../domain/page-addresses.js';
import { storedDatesOutsideFiscalYear } from '../domain/stored-plan-dates.js';
import type { Org, Person, Unit } from '../domain/organisation.js';
import type { PlainDate } from '../domain/plain-date.js';
import type { Measure } from '../domain/plan.js';
import {
  cutoffDate,
  DEFAULT_CUTOFF_DAYS,
  type LadderOptions,
  STAFF_STAGES,
  stagesOn,
} from '../domain/reminder-ladder.js';
import {
  type Audience,
  batchItems,
  type BatchPart,
  batchWith,
  isUnsettled,
  itemMarkerStage,
  ladderSubject,
  markerStage,
  type ReminderBatch,
  type ReminderStage,
  type TrackedObligation,
} from '../domain/reminder-plan.js';
import { type OutgoingMail, senderNameOf } from '../mail/outgoing-mail.js';
import { renderReminder } from '../mail/reminder-email.js';
import {
  countedTo,
  type FailedMailLine,
  graceDaysOf,
  type MissingRole,
  renderSummary,
  type SummaryContext,
} from '../mail/summary-email.js';
import type { MailRecipe, OutboxItem } from '../store/outbox-repository.js';
import { annualReportMail } from './annual-report-run.js';
import type { JobDependencies } from './job-dependencies.js';
import type { OrgYear } from '../domain/org-year.js';
import type { WorkingDays } from '../domain/working-days.js';
import {
  earlierYearOf,
  sameDaySummaryTh,
  type SummaryPlan,
  summaryRange,
  summarySubjectPeriodTh,
  summaryTitleTh,
} from './summary-plans.js';
import { recipients, summaryReaders } from './recipients.js';
import { unreachableUnits } from './unreachable-units.js';
import { recipientLabel } from './failed-mail-lines.js';
import { actingHeadMail, newcomerMail } from './backlog-batches.js';
import { joinedAsOf } from '../domain/unit-backlog.js';
import { reminderYears } from './org-year.js';

/** One org's data as a run has loaded it. */
export interface OrgRunContext {
  deps: JobDependencies;
  org: Org;
  units: Unit[];
  unitNames: Map<string, string>;
  /** active people only */
  people: Person[];
  today: PlainDate;
  year: (fy: number) => Promise<OrgYear | undefined>;
  /** the run's ladder options (calendar, due soon, cut-off): a retry checks its stage is still current */
  ladder: LadderOptions;
  /** the years without a Cabinet holiday list the run's calendar was asked of so far (notingFallbackYears) */
  holidayFallbackYears?: () => number[];
}

/** Each fiscal year's measures, for an email listing obligations of several years. */
export async function measuresOf(
  ctx: Pick<OrgRunContext, 'year'>,
  fys: number[],
): Promise<(fy: number) => Map<string, Measure> | undefined> {
  const byYear = new Map<number, Map<string, Measure>>();
  for (const fy of fys) {
    const data = await ctx.year(fy);
    if (data) byYear.set(fy, data.measures);
  }
  return (fy) => byYear.get(fy);
}

/** The batch as one email of it holds it: `items`, and how many more go in the person's other emails. */
export const batchPart = (
  batch: ReminderBatch,
  items: TrackedObligation[],
  elsewhere: number,
  part: BatchPart,
): ReminderBatch => ({
  ...batchWith(batch, items),
  ...(elsewhere > 0 ? { elsewhere, part } : {}),
});

/**
 * `batch` as `person` reads it: a unit head's email greets an acting head as acting (รักษาราชการแทน,
 * whatever the stage: tester s51, it read "เรียน หัวหน้าส่วนราชการ กองช่าง"), the unit's own head as head.
 */
const asReadBy = (batch: ReminderBatch, person: Person): ReminderBatch =>
  batch.audience.kind === 'unit-head' ? { ...batch, joinedAs: joinedAsOf(person, batch.audience.unitId) } : batch;

/** What a reminder's email is rendered with: the org, its unit names, the day and the ladder's settings. */
type ReminderMailContext = Pick<OrgRunContext, 'org' | 'unitNames' | 'today'> & {
  formUrl: string;
  measuresOf: (fy: number) => Map<string, Measure> | undefined;
  cutoffDays?: number | undefined;
  calendar?: WorkingDays | undefined;
};

/** `batch` as the email to `person` (the run's parts, and a retry's rerender). */
const reminderMail = (ctx: ReminderMailContext, batch: ReminderBatch, person: Person): OutgoingMail => ({
  to: [person.email],
  tags: { orgId: ctx.org.orgId, kind: 'reminder' },
  ...senderNameOf(ctx.org.name),
  ...renderReminder(asReadBy(batch, person), {
    orgName: ctx.org.name,
    unitNames: ctx.unitNames,
    measures: new Map(),
    measuresOf: ctx.measuresOf,
    today: ctx.today,
    formUrl: ctx.formUrl,
    ...(ctx.cutoffDays !== undefined ? { cutoffDays: ctx.cutoffDays } : {}),
    ...(ctx.calendar ? { calendar: ctx.calendar } : {}),
  }),
});

/**
 * A part of `batch` as the email to `person` on `today` (deliverOnce's render): the run sends it, the
 * preview measures it to count the parts the run sends (batchParts).
 */
export const reminderPartMail =
  (ctx: ReminderMailContext, batch: ReminderBatch, person: Person) =>
  (items: TrackedObligation[], elsewhere: number, part: BatchPart): OutgoingMail =>
    reminderMail(ctx, batchPart(batch, items, elsewhere, part), person);

/**
 * What the outbox keeps of a reminder: ids `obligationId|markerStage|fy` (items of several years
 * in one email; recipes stored before that have `obligationId|markerStage` and the one `fy`).
 */
export function reminderRecipe(batch: ReminderBatch, person: Person, today: PlainDate): MailRecipe {
  const a = batch.audience;
  const items = batchItems(batch);
  return {
    type: 'reminder',
    stage: batch.stage,
    audience: a.kind,
    ...(a.kind === 'unit' || a.kind === 'unit-head' ? { unitId: a.unitId } : {}),
    personId: person.personId,
    fy: items[0]?.obligation.fy ?? 0,
    ids: items.map((t) => `${t.obligation.obligationId}|${itemMarkerStage(batch, t, today)}|${t.obligation.fy}`),
    // one part of a batch split over several emails: a retry still says so
    ...(batch.elsewhere ? { elsewhere: batch.elsewhere } : {}),
    ...(batch.part ? { partIndex: batch.part.index, partsOf: batch.part.of, partFirst: batch.part.first } : {}),
    // and each unit's count in the whole list ("unitId:count")
    ...(batch.part?.units ? { partUnits: Object.entries(batch.part.units).map(([u, n]) => `${u}:${n}`) } : {}),
  };
}

export function summaryRecipe(plan: SummaryPlan, person: Person): MailRecipe {
  return { type: 'summary', ...plan, personId: person.personId };
}

const dueIn = (t: TrackedObligation, range: Pick<SummaryPlan, 'from' | 'to'>) =>
  t.obligation.dueDate >= range.from && t.obligation.dueDate <= range.to;

/**
 * Whether a summary has anything to say: its year's plan, or (a digest before the new year's plan
 * is saved) the previous year's section (earlierYearSection). The run and the preview both ask.
 */
export async function summaryHasData(
  year: (fy: number) => Promise<OrgYear | undefined>,
  plan: SummaryPlan,
  today: PlainDate,
  ladder: LadderOptions,
): Promise<boolean> {
  if (await year(plan.fy)) return true;
  return (await earlierYearSection({ year, today, ladder, unitNames: new Map() }, plan, true)) !== undefined;
}

/**
 * The previous fiscal year a monthly digest may show beside its own: while that year is still on
 * the ladder (reminderYears), or an org due rule puts its reports in the digest's month.
 */
function earlierYearCandidate(plan: SummaryPlan, today: PlainDate, ladder: LadderOptions): number | undefined {
  if (!plan.id.startsWith('digest-')) return undefined;
  if (earlierYearOf(plan) !== undefined) return plan.fy - 1;
  return reminderYears(today, ladder.cutoffDays ?? DEFAULT_CUTOFF_DAYS).includes(plan.fy - 1) ? plan.fy - 1 : undefined;
}

/**
 * A monthly digest's section for the previous fiscal year, or undefined when it has nothing there:
 * its reports due in the digest's month (an org due rule's October to December), counted as the
 * digest counts; and that year's backlog (every report unsent or returned, as the digest's own
 * list), listed while any of it is still chased, i.e. before its cut-off, the rule that keeps its
 * reminders going (tester s47 P2: after the turn the digest dropped them). Nothing is chased any
 * more: only the month's own, if any.
 */
async function earlierYearSection(
  ctx: Pick<OrgRunContext, 'year' | 'today' | 'ladder' | 'unitNames'>,
  plan: SummaryPlan,
  ownPlanMissing: boolean,
): Promise<SummaryContext['earlier'] | undefined> {
  const fy = earlierYearCandidate(plan, ctx.today, ctx.ladder);
  if (fy === undefined) return undefined;
  const data = await ctx.year(fy);
  if (!data) return undefined;
  const summary = summarizeCompliance(data.tracked, plan, ctx.today, ctx.unitNames);
  const inMonth = summary.total.due + summary.total.notYetDue > 0;
  const stillChased = (t: TrackedObligation) => ctx.today <= cutoffDate(ladderSubject(t, ctx.today), ctx.ladder);
  const chased = summary.overdue.some(stillChased);
  if (!inMonth && !chased) return undefined;
  const inRange = (t: TrackedObligation) => dueIn(t, plan);
  // those past their cut-off are counted after the list, not listed (s48: the oldest 50 crowded out the returned)
  const pastCutoff = chased ? summary.overdue.filter((t) => !stillChased(t)) : [];
  return {
    fy,
    ownFy: plan.fy,
    ...(ownPlanMissing ? { ownPlanMissing } : {}),
    ...(inMonth ? {} : { backlogOnly: true }),
    ...(pastCutoff.length ? { pastCutoff } : {}),
    summary: chased ? summary : { ...summary, overdue: summary.overdue.filter(inRange) },
    measures: data.measures,
  };
}

/**
 * A summary email for one reader; coordinators also see the given-up emails, the plan's dates to
 * fix and the units whose reminders reach nobody (unreachable-units.ts), and so do the executives
 * while the org has no active coordinator; a role with nobody active is named (session 56).
 */
export async function summaryMail(
  ctx: OrgRunContext,
  plan: SummaryPlan,
  person: Person,
  failedMail: FailedMailLine[] = [],
): Promise<OutgoingMail | undefined> {
  const data = await ctx.year(plan.fy);
  // a digest still goes out before the new year's plan is saved when the previous year's reports
  // fall due in its month (its own figures then say there is no plan)
  const earlier = await earlierYearSection(ctx, plan, !data);
  if (!data && !earlier) return undefined;
  const tracked = data?.tracked ?? [];
  const range = summaryRange(
    plan,
    tracked.map((t) => t.obligation.dueDate),
  );
  const summary = summarizeCompliance(tracked, range, ctx.today, ctx.unitNames);
  // from October, the previous year's reports sent late in the month too (its data already loaded)
  const earlierFy = earlierYearCandidate(plan, ctx.today, ctx.ladder);
  const before = earlierFy === undefined ? [] : ((await ctx.year(earlierFy))?.tracked ?? []);
  const backReports = backReportsSent([...before, ...tracked], range, ctx.today, ctx.unitNames);
  const coordinator = person.roles.includes('coordinator');
  // an org with no active coordinator, or none SES can deliver to: its executives read the
  // coordinators' sections (session 56)
  const noCoordinator = (role: MissingRole) => role.startsWith('coordinator');
  // a coordinator's own copy lists them among the undeliverable already
  const missingRoles = missingRolesOf(ctx.people).filter((role) => !(coordinator && noCoordinator(role)));
  const keeper = coordinator || missingRoles.some(noCoordinator);
  const unreachable = keeper ? await unreachableUnits(ctx) : [];
  const sameDay = sameDaySummaryTh(plan);
  const inGraceUntil = graceDaysOf(tracked, summary.asOf);
  return {
    to: [person.email],
    tags: { orgId: ctx.org.orgId, kind: 'summary' },
    ...senderNameOf(ctx.org.name),
    ...renderSummary(
      summary,
      {
        title: summaryTitleTh(plan, summary.asOf),
        subjectPeriod: summarySubjectPeriodTh(plan, countedTo(summary)),
        orgName: ctx.org.name,
        reader: coordinator ? 'coordinator' : person.roles.includes('executive') ? 'executive' : 'admin',
        unitNames: ctx.unitNames,
        measures: data?.measures ?? new Map(),
        formUrl: ctx.deps.settings.formUrl,
        overview: overviewOf(ctx.org.orgId, plan, data ? undefined : earlier?.fy),
        ...(earlier ? { earlier } : {}),
        ...(sameDay ? { backlogIn: sameDay } : {}),
        ...(backReports ? { backReports } : {}),
        ...(inGraceUntil.length ? { inGraceUntil } : {}),
        // the digest, the coordinators' monthly email, says which coming reminders follow a computed calendar
        ...(keeper && plan.id.startsWith('digest-')
          ? { holidayFallbackYears: ctx.holidayFallbackYears?.() ?? [] }
          : {}),
        ...(missingRoles.length ? { missingRoles } : {}),
        ...(keeper
          ? {
              planDates: {
                problems: data ? storedDatesOutsideFiscalYear(data.plan) : [],
                link: pageLink(ctx.deps.settings.formUrl, ctx.org.orgId, PAGE.plan(plan.fy)),
              },
              unreachable: {
                units: unreachable,
                link: pageLink(ctx.deps.settings.formUrl, ctx.org.orgId, PAGE.people()),
              },
              undeliverable: {
                people: ctx.people.flatMap((p) =>
                  p.undeliverable
                    ? [{ who: recipientLabel(p.undeliverable.kind, p, ctx.unitNames, p.email), mark: p.undeliverable }]
                    : [],
                ),
                link: pageLink(ctx.deps.settings.formUrl, ctx.org.orgId, PAGE.people()),
              },
            }
          : {}),
      },
      keeper ? failedMail : [],
    ),
  };
}

/**
 * The roles whose summaries and escalations reach nobody among `people` (active): no executive, no
 * coordinator, or coordinators whose every address SES marked undeliverable (their digest, which
 * lists such people, would reach none of them).
 */
function missingRolesOf(people: readonly Person[]): MissingRole[] {
  const coordinators = people.filter((p) => p.roles.includes('coordinator'));
  return [
    ...(coordinators.length === 0
      ? (['coordinator'] as const)
      : coordinators.every((p) => p.undeliverable)
        ? (['coordinator-undeliverable'] as const)
        : []),
    ...(people.some((p) => p.roles.includes('executive')) ? [] : (['executive'] as const)),
  ];
}

/**
 * The overview a summary links to: its month's for a digest, else its year's; a digest sent before
 * its own year's plan, about last year's backlog: that year's.
 */
function overviewOf(orgId: string, plan: SummaryPlan, backlogFy: number | undefined): SummaryContext['overview'] {
  if (backlogFy !== undefined) return { orgId, fy: backlogFy };
  return plan.id.startsWith('digest-') ? { orgId, fy: plan.fy, month: plan.from.slice(0, 7) } : { orgId, fy: plan.fy };
}

/**
 * Render a failed or abandoned email again from current data, or say why it is no longer wanted:
 * the person is inactive, no longer in the email's audience (moved to another unit, no longer head,
 * coordinator or executive), or every obligation it listed is settled ('settled') or past the stage
 * it was sent for, or past its cut-off ('stage passed': a due soon failed before the due date is not
 * sent after it; the obligation's current stage goes out by itself).
 */
export async function rerender(ctx: OrgRunContext, item: OutboxItem): Promise<OutgoingMail | { drop: string }> {
  const r = item.recipe;
  const person = ctx.people.find((p) => p.personId === r.personId);
  if (!person) return { drop: 'person inactive' };
  if (r.type === 'summary') {
    // summaries go to their readers (summaryReaders, run-org-job.ts): one who is no longer one does not get it
    if (!summaryReaders(ctx.people).some((p) => p.personId === person.personId))
      return { drop: 'no longer an executive or coordinator' };
    const plan = { id: String(r.id), title: String(r.title), fy: Number(r.fy), from: r.from, to: r.to } as SummaryPlan;
    return (await summaryMail(ctx, plan, person)) ?? { drop: 'no plan' };
  }
  if (r.type === 'annual-report') {
    return annualReportMail(ctx.deps, ctx.org.orgId, Number(r.fy), Number(r.generation), person);
  }
  if (r.type !== 'reminder') return { drop: 'unknown recipe' };
  const wanted = (r.ids as string[]).map((k) => {
    const [id = '', marker = '', fy] = k.split('|');
    return { id, marker, fy: fy ? Number(fy) : Number(r.fy) };
  });
  const fys = [...new Set(wanted.map((w) => w.fy))];
  const tracked = new Map<string, TrackedObligation>();
  for (const fy of fys)
    for (const t of (await ctx.year(fy))?.tracked ?? []) tracked.set(`${fy}|${t.obligation.obligationId}`, t);
  const stage = String(r.stage) as ReminderStage;
  const still = (w: (typeof wanted)[number], t: TrackedObligation) =>
    stage === 'returned'
      ? t.status === 'returned' && markerStage(stage, t) === w.marker
      : isUnsettled(t) && (stage !== 'backlog' || t.status !== 'returned');
  const unsettled = wanted.flatMap((w) => {
    const t = tracked.get(`${w.fy}|${w.id}`);
    return t && still(w, t) ? [{ t, listed: w.marker.startsWith('listed-') ? w.marker.slice(7) : undefined }] : [];
  });
  if (unsettled.length === 0) return { drop: 'settled' };
  // still the stage it was meant for today (a still-open listing: not yet due)
  const current = (k: (typeof unsettled)[number]) => {
    if (stage === 'returned') return true;
    const now = stagesOn(ladderSubject(k.t, ctx.today), ctx.today, ctx.ladder);
    // a backlog item: still past the staff ladder, before its cut-off (unit-backlog.ts)
    if (stage === 'backlog') return now.length > 0 && !now.some((s) => STAFF_STAGES.includes(s));
    return k.listed ? now.includes('opening') || now.includes('due-soon') : now.includes(stage);
  };
  const kept = unsettled.filter(current);
  if (kept.length === 0) return { drop: 'stage passed' };
  const audience = (
    r.audience === 'unit' || r.audience === 'unit-head'
      ? { kind: r.audience, unitId: String(r.unitId) }
      : { kind: r.audience }
  ) as Audience;
  // moved to another unit, or no longer head, coordinator or executive: not theirs to act on now
  if (!recipients(audience, ctx.people).some((p) => p.personId === person.personId))
    return { drop: 'no longer in the audience' };
  const listedIn = kept.find((k) => k.listed)?.listed;
  // a newcomer's email counts again what is past its cut-off today (backlog-batches.ts)
  const pastCutoff = stage === 'backlog' ? await pastCutoffNow(ctx, person, audience) : [];
  const batch: ReminderBatch = {
    stage,
    audience,
    items: kept.filter((k) => !k.listed).map((k) => k.t),
    ...(listedIn ? { stillOpen: kept.filter((k) => k.listed).map((k) => k.t), listedIn } : {}),
    ...(pastCutoff.length ? { pastCutoff } : {}),
    ...(stage === 'backlog' && audience.kind === 'unit' ? { joinedAs: joinedAsOf(person, audience.unitId) } : {}),
    ...(typeof r.elsewhere === 'number' && r.elsewhere > 0 ? { elsewhere: r.elsewhere } : {}),
    ...(typeof r.partIndex === 'number' && typeof r.partsOf === 'number' && typeof r.partFirst === 'number'
      ? { part: { index: r.partIndex, of: r.partsOf, first: r.partFirst, ...partUnitsOf(r.partUnits) } }
      : {}),
  };
  return reminderMail(
    {
      org: ctx.org,
      unitNames: ctx.unitNames,
      today: ctx.today,
      formUrl: ctx.deps.settings.formUrl,
      measuresOf: await measuresOf(ctx, fys),
      cutoffDays: ctx.ladder.cutoffDays,
      calendar: ctx.ladder.calendar,
    },
    batch,
    person,
  );
}

/** A recipe's `partUnits` ("unitId:count") as BatchPart.units; nothing for a recipe stored without them. */
function partUnitsOf(stored: MailRecipe[string]): { units?: Record<string, number> } {
  if (!Array.isArray(stored)) return {};
  const pairs = stored.map((s) => [s.slice(0, s.lastIndexOf(':')), Number(s.slice(s.lastIndexOf(':') + 1))] as const);
  return { units: Object.fromEntries(pairs.filter(([u, n]) => u && Number.isInteger(n))) };
}

/**
 * A newcomer's unit's reports past their cut-off today that they never heard of (newcomerMail); an
 * acting head's email (to the unit's head), that unit's (actingHeadMail).
 */
async function pastCutoffNow(ctx: OrgRunContext, person: Person, audience: Audience): Promise<TrackedObligation[]> {
  const fys = reminderYears(ctx.today, ctx.ladder.cutoffDays ?? DEFAULT_CUTOFF_DAYS);
  const tracked = (await Promise.all(fys.map(ctx.year))).flatMap((data) => data?.tracked ?? []);
  const run = { outbox: ctx.deps.repos.outbox, orgId: ctx.org.orgId, today: ctx.today, tracked, options: ctx.ladder };
  if (audience.kind === 'unit-head')
    return (await actingHeadMail(run, person)).find((u) => u.unitId === audience.unitId)?.pastCutoff ?? [];
  return (await newcomerMail(run, person)).pastCutoff;
}
