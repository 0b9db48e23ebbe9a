// One org's share of a scheduled run: f(org, kind, scheduledTime). Idempotent: run it twice, or
// three times at once, and each email still goes out once.
import { closedUnitIds, countedUnitName } from '../domain/active-units.js';
import { type DayOff, dayOffEn } from '../domain/day-off.js';
import type { JobKind } from '../domain/job-kinds.js';
import { bangkokDate, type PlainDate } from '../domain/plain-date.js';
import { DEFAULT_CUTOFF_DAYS } from '../domain/reminder-ladder.js';
import {
  audienceKey,
  batchItems,
  itemMarkerStage,
  type ReminderBatch,
  type TrackedObligation,
} from '../domain/reminder-plan.js';
import type { Person } from '../domain/organisation.js';
import { markerId } from '../store/outbox-repository.js';
import { backlogBatches } from './backlog-batches.js';
import { notingFallbackYears, thaiWorkingDaysBetween } from '../domain/thai-working-days.js';
import type { WorkingDays } from '../domain/working-days.js';
import { deliverOnce, type DeliveryOutcome, givenUpMail, retryOutbox, type RunState } from '../mail/deliver-once.js';
import {
  batchPart,
  measuresOf,
  reminderPartMail,
  reminderRecipe,
  rerender,
  summaryMail,
  summaryRecipe,
} from './mail-recipes.js';
import { recipients, summaryReaders } from './recipients.js';
import type { JobDependencies } from './job-dependencies.js';
import { type DeliveryCounts, noDeliveries } from './delivery-counts.js';
import type { OrgYear } from '../domain/org-year.js';
import { loadOrgYear } from '../store/fiscal-year-repository.js';
import { activePeople, calendarSpan, reminderYears } from './org-year.js';
import { reminderBatches } from './reminder-batches.js';
import { failedMailLines } from './failed-mail-lines.js';
import { annualReportDaysToMail, summariesToSend } from './summary-plans.js';
import { mailScheduledAnnualReport } from './annual-report-run.js';

export type JobPart = 'reminders' | 'summaries';

export interface OrgJobRequest {
  orgId: string;
  kind: JobKind;
  scheduledTime: Date;
  /** default: both */
  parts?: JobPart[];
}

export interface OrgJobResult extends DeliveryCounts {
  orgId: string;
  /** the run's day was not a working day for this org: nothing was sent (docs/reminders.md) */
  notWorkingDay?: PlainDate;
  /** why it was not (the weekday, the holiday's name, the org's closure day); absent if the calendar cannot tell */
  dayOff?: DayOff;
  /** SES stopped this run's sends (daily quota, or a refusal of the account): the rest was deferred */
  sendsStopped?: { kind: 'quota' | 'account'; cause: string };
  /**
   * calendar years (CE) whose holidays this run used with no Cabinet list for them (a computed list
   * or npm date-holidays filled in: notingFallbackYears); absent when none, or with a calendar given
   */
  fallbackHolidayYears?: number[];
}

const COUNTER: Record<DeliveryOutcome, keyof OrgJobResult> = {
  sent: 'sent',
  duplicate: 'duplicates',
  failed: 'failed',
  'given-up': 'givenUp',
  deferred: 'deferred',
  dropped: 'dropped',
};

/** What an org's run had done when it threw: keyed by the error it threw (countsBeforeAbort). */
const doneBeforeAbort = new WeakMap<object, OrgJobResult>();

/**
 * The counts of an org's run that threw `error`, up to the throw (emails already sent stay sent):
 * undefined for an error runOrgJob did not throw. The error itself is rethrown unchanged, so a
 * Lambda worker's retry and alarms are as before.
 */
export function countsBeforeAbort(error: unknown): OrgJobResult | undefined {
  return typeof error === 'object' && error !== null ? doneBeforeAbort.get(error) : undefined;
}

/** The result's note of a day off: the day, and why when the calendar can tell (day-off.ts). */
function notWorkingDay(calendar: WorkingDays, today: PlainDate): Pick<OrgJobResult, 'notWorkingDay' | 'dayOff'> {
  const why = calendar.dayOff?.(today);
  return { notWorkingDay: today, ...(why ? { dayOff: why } : {}) };
}

/** The log's field for it: "a Sunday", "a government holiday, วันสิ้นปี". */
const loggedDayOff = (off: Pick<OrgJobResult, 'dayOff'>): Record<string, string> =>
  off.dayOff ? { why: dayOffEn(off.dayOff) } : {};

export async function runOrgJob(deps: JobDependencies, request: OrgJobRequest): Promise<OrgJobResult> {
  const result: OrgJobResult = { orgId: request.orgId, ...noDeliveries() };
  try {
    return await runOrgJobCounting(deps, request, result);
  } catch (error) {
    if (typeof error === 'object' && error !== null) doneBeforeAbort.set(error, { ...result });
    throw error;
  }
}

async function runOrgJobCounting(
  deps: JobDependencies,
  request: OrgJobRequest,
  result: OrgJobResult,
): Promise<OrgJobResult> {
  // the run's Thai calendar, once made, tells which years without a Cabinet list it was asked of
  const noted: { years?: () => number[] } = {};
  const done = await runOrgJobNoting(deps, request, result, noted);
  const years = noted.years?.() ?? [];
  return years.length ? { ...done, fallbackHolidayYears: years } : done;
}

async function runOrgJobNoting(
  deps: JobDependencies,
  request: OrgJobRequest,
  result: OrgJobResult,
  noted: { years?: () => number[] },
): Promise<OrgJobResult> {
  const { orgId, kind } = request;
  const parts = request.parts ?? ['reminders', 'summaries'];
  const actor = `system:${kind}`;
  const count = (outcomes: DeliveryOutcome[]) => {
    for (const o of outcomes) (result[COUNTER[o]] as number)++;
  };
  const today = bangkokDate(request.scheduledTime);
  const run: RunState = { today };
  const cutoffDays = deps.settings.cutoffDays ?? DEFAULT_CUTOFF_DAYS;
  const repo = deps.repos.orgs;
  const org = await repo.getOrg(orgId);
  if (!org) return result;
  const span = calendarSpan(today, today, cutoffDays);
  // the Thai calendar notes the years it is asked of: those without a Cabinet list are said (run-summary.ts)
  const thai = deps.calendar
    ? undefined
    : notingFallbackYears(await thaiWorkingDaysBetween(span.from, span.to, (org.closureDays ?? []) as PlainDate[]));
  if (thai) noted.years = thai.fallbackYears;
  const calendar = deps.calendar ?? thai!;
  if (kind === 'annual-report') {
    // the PDF code loads only where this port is given (the document function, local, the CLI)
    if (!deps.annualReport) throw new Error('the annual-report run is not wired into this function');
    // generated on the day; mailed on a working day only: else by the next working day's daily pass
    const mail = calendar.isWorkingDay(today);
    const off = mail ? undefined : notWorkingDay(calendar, today);
    if (off)
      deps.log?.('not a working day: the annual report is mailed on the next one', {
        orgId,
        kind,
        day: today,
        ...loggedDayOff(off),
      });
    count(await deps.annualReport(deps, org.orgId, request.scheduledTime, today, actor, { mail }));
    return off ? { ...result, ...off } : result;
  }
  if (!calendar.isWorkingDay(today)) {
    // Nothing goes out on a non-working day: the next working day's daily pass sends it.
    const off = notWorkingDay(calendar, today);
    deps.log?.('not a working day', { orgId, kind, day: today, ...loggedDayOff(off) });
    return { ...result, ...off };
  }

  // one Query for both (a working day's run reads them once; a day off reads neither)
  const { units, people: everyone } = await repo.listUnitsAndPeople(orgId);
  const people = activePeople(everyone);
  // a deactivated unit named so wherever its reports are counted or listed (tester s43 F7)
  const unitNames = new Map(units.map((u) => [u.unitId, countedUnitName(u)]));
  const years = new Map<number, OrgYear | undefined>();
  const year = async (fy: number) => {
    if (!years.has(fy)) years.set(fy, await loadOrgYear(deps.store, org, units, fy, today));
    return years.get(fy);
  };
  const options = { dueSoonDays: deps.settings.dueSoonDays, cutoffDays, calendar };
  const context = {
    deps,
    org,
    units,
    unitNames,
    people,
    today,
    year,
    ladder: options,
    ...(thai ? { holidayFallbackYears: thai.fallbackYears } : {}),
  };

  const retried = await retryOutbox(deps, orgId, actor, (item) => rerender(context, item), run);
  count(retried.filter((o) => o !== 'sent'));
  result.retried = retried.filter((o) => o === 'sent').length;

  // The summaries do not depend on the reminders: a fault in the reminders still lets them go out,
  // then fails the org's run (retried by the schedule's next delivery; markers keep each email once).
  let remindersFault: { error: unknown } | undefined;
  if (parts.includes('reminders')) {
    try {
      // every year whose obligations can still be on the ladder, in one plan: one email per person
      // and stage lists them all (each marker keeps its obligation's own fiscal year)
      const fys = reminderYears(today, cutoffDays);
      const tracked = (await Promise.all(fys.map(year))).flatMap((data) => data?.tracked ?? []);
      const mailContext = {
        org,
        unitNames,
        today,
        formUrl: deps.settings.formUrl,
        measuresOf: await measuresOf(context, fys),
        cutoffDays,
        calendar,
      };
      const markerOf = (batch: ReminderBatch, person: Person) => (t: TrackedObligation) => ({
        fy: t.obligation.fy,
        stage: itemMarkerStage(batch, t, today),
        recipient: `person.${person.personId}`,
        subjectId: t.obligation.obligationId,
      });
      const sends: { batch: ReminderBatch; readers: Person[] }[] = [];
      for (const batch of reminderBatches(kind, today, tracked, options, closedUnitIds(units), unitNames)) {
        const readers = recipients(batch.audience, people);
        if (readers.length === 0) {
          result.noRecipients++;
          deps.log?.('no recipients', { orgId, audience: audienceKey(batch.audience), stage: batch.stage });
          continue;
        }
        sends.push({ batch, readers });
      }
      // a person who joined a unit: once, its overdue reports they never heard of (docs/reminders.md)
      if (kind === 'daily')
        for (const { batch, person } of await backlogBatches(
          { outbox: deps.repos.outbox, orgId, today, tracked, options },
          people,
        ))
          sends.push({ batch, readers: [person] });
      // A stage stays current until the next one's day, so most of a day's batches were claimed by
      // an earlier run: one BatchGetItem of their markers spares a refused claim per email.
      const claimed = sends.length
        ? await deps.repos.outbox.claimedMarkers(
            orgId,
            sends.flatMap(({ batch, readers }) =>
              readers.flatMap((person) => batchItems(batch).map(markerOf(batch, person))),
            ),
          )
        : new Map<string, string>();
      for (const { batch, readers } of sends) {
        // One message per person: exactly once per (obligation, stage, person).
        for (const person of readers) {
          count(
            await deliverOnce(deps, {
              orgId,
              actor,
              what: `${batch.stage}:${audienceKey(batch.audience)}`,
              items: batchItems(batch),
              markerOf: markerOf(batch, person),
              claimedBefore: (marker) => claimed.get(markerId(orgId, marker)),
              groupOf: (t) => t.obligation.unitId,
              render: reminderPartMail(mailContext, batch, person),
              recipe: (items, elsewhere, part) =>
                reminderRecipe(batchPart(batch, items, elsewhere, part), person, today),
              run,
            }),
          );
        }
      }
    } catch (error) {
      remindersFault = { error };
    }
  }

  if (parts.includes('summaries')) {
    for (const plan of summariesToSend(kind, today, calendar)) {
      const unique = summaryReaders(people);
      if (unique.length === 0) result.noRecipients++;
      // the monthly digest shows the coordinators the emails given up since the last one
      const givenUp = plan.id.startsWith('digest-') ? await givenUpMail(deps.repos.outbox, orgId, run) : [];
      const failedMail = await failedMailLines(context, givenUp, everyone);
      // forgotten only once every coordinator got a digest listing them (a plan-less year sends none)
      let listedTo = 0;
      let missed = 0;
      for (const person of unique) {
        const coordinator = person.roles.includes('coordinator');
        const mail = await summaryMail(context, plan, person, failedMail);
        if (!mail) {
          if (coordinator) missed++;
          continue;
        }
        const outcomes = await deliverOnce(deps, {
          orgId,
          actor,
          what: plan.id,
          items: [person],
          markerOf: () => ({
            fy: plan.fy,
            stage: 'summary',
            recipient: `person.${person.personId}`,
            subjectId: plan.id,
          }),
          render: () => mail,
          recipe: () => summaryRecipe(plan, person),
          run,
        });
        if (coordinator && outcomes.every((o) => o === 'sent')) listedTo++;
        else if (coordinator) missed++;
        count(outcomes);
      }
      if (listedTo > 0 && missed === 0 && givenUp.length > 0) {
        delete run.outboxRead;
        await deps.repos.outbox.forget(
          orgId,
          givenUp.map((f) => f.mailId),
        );
      }
    }
  }
  let annualFault: { error: unknown } | undefined;
  if (parts.includes('summaries')) {
    // the annual report of a run that fell on a non-working day (break s31-u F9)
    for (const runDay of annualReportDaysToMail(kind, today, calendar)) {
      try {
        count(await mailScheduledAnnualReport(deps, everyone, orgId, runDay, actor));
      } catch (error) {
        annualFault ??= { error };
      }
    }
  }
  if (remindersFault) throw remindersFault.error;
  if (annualFault) throw annualFault.error;
  return run.stopped ? { ...result, sendsStopped: run.stopped } : result;
}
