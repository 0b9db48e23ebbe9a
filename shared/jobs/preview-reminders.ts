// What the engine would send on each day of a span, without sending: the coordinator's and the IT
// officer's answer to "who will be reminded, when?" (npm run job -- preview). From today's data: it
// assumes no report comes in meanwhile, and leaves out what the send markers say is already sent,
// and, for a span starting after today, what the runs from today up to its start will have sent.
import { closedUnitIds, countedUnitName } from '../domain/active-units.js';
import { NotFoundError, ValidationError } from '../domain/errors.js';
import type { JobKind } from '../domain/job-kinds.js';
import { addDays, bangkokDate, type PlainDate } from '../domain/plain-date.js';
import { DEFAULT_CUTOFF_DAYS } from '../domain/reminder-ladder.js';
import { previewSpanRefusals } from './preview-span.js';
import {
  batchItems,
  itemMarkerStage,
  type ReminderBatch,
  type ReminderStage,
  type TrackedObligation,
} from '../domain/reminder-plan.js';
import { backlogBatches } from './backlog-batches.js';
import { notingFallbackYears, thaiWorkingDaysBetween } from '../domain/thai-working-days.js';
import { batchParts, maskAddress } from '../mail/deliver-once.js';
import { keys } from '../store/keys.js';
import { cliTime, kindsFiringOn, scheduledTimeOn } from '../schedules/schedule-catalog.js';
import type { JobDependencies } from './job-dependencies.js';
import type { WorkingDays } from '../domain/working-days.js';
import { recipients, summaryReaders } from './recipients.js';
import { readerLabel, recipientLabel } from './failed-mail-lines.js';
import type { Person } from '../domain/organisation.js';
import type { OrgYear } from '../domain/org-year.js';
import { loadOrgYear } from '../store/fiscal-year-repository.js';
import { activePeople, calendarSpan, reminderYears } from './org-year.js';
import { reminderBatches } from './reminder-batches.js';
import { annualReportDaysToMail, summariesFor, summariesToSend } from './summary-plans.js';
import { annualReportReaders, generationsOfRun } from './annual-report-run.js';
import { formatThaiDate, toThaiDigits } from '../domain/thai-format.js';
import { ROLE_LABELS } from '../domain/status-labels.js';
import type { OutboxItem } from '../store/outbox-repository.js';
import { measuresOf, reminderPartMail, summaryHasData } from './mail-recipes.js';

/** 404 for an --org no organisation has (field `org`): the preview's and the job CLI's words. */
export const noSuchOrg = (orgId: string) =>
  new NotFoundError(`ไม่พบองค์กร "${orgId}"`, `no organisation "${orgId}"`, [
    { path: 'org', message_th: 'ไม่มีองค์กรรหัสนี้', message_en: 'no organisation has this id' },
  ]);

export interface PreviewLine {
  /** the working day the email would go out (Bangkok) */
  day: PlainDate;
  /**
   * still-open: listed again by the run of the month (docs/reminders.md); resend: an email an earlier
   * run failed to send, kept in the outbox, that the next working day's pass sends again
   */
  stage: ReminderStage | 'still-open' | 'summary' | 'annual-report' | 'resend';
  /** the obligation id, the summary id (e.g. digest-2023-09), the annual report's (annual-report-2566), or a resend's email (overdue:unit.finance) */
  subject: string;
  /** masked: s***@example.org */
  recipient: string;
  /** who, for the operator: "สมชาย ใจดี (กองคลัง)" (the preview is a person's tool, not a log) */
  person: string;
}

/**
 * What the operator must know about a day beyond its lines, Thai first: the annual report that day
 * would mail is still being generated, failed, or was not made by its run (docs/reminders.md, Preview).
 */
export interface PreviewNote {
  day: PlainDate;
  th: string;
  en: string;
}

/**
 * One line per (day, stage, obligation or summary, recipient) the daily pass and the scheduled runs
 * would send from `from` to `to` (inclusive, at most 400 days), in day order; of a span starting after
 * today (the wallClock's Bangkok date), none the runs from today up to `from` send first. Reads only: one org,
 * its people, its years' plans and reports, its annual-report generations, its send markers. Throws NotFoundError (field `org`)
 * if the org does not exist, ValidationError (field `to`) for a span outside 0 to MAX_PREVIEW_DAYS days,
 * (field `from` or `to`) for a date outside SYSTEM_DAYS (shared/domain/system-days.ts).
 */
export async function previewReminders(
  deps: Pick<JobDependencies, 'store' | 'repos' | 'settings' | 'calendar' | 'wallClock' | 'files'>,
  orgId: string,
  from: PlainDate,
  to: PlainDate,
): Promise<PreviewLine[]> {
  return (await previewMail(deps, orgId, from, to)).lines;
}

/**
 * The preview's lines and the number of emails they make, grouped as the runs group them: the
 * runs of a day in the schedule catalog's order (a kind's run, then the daily pass), one email per
 * (run, stage, audience, person) with anything new, split into parts as the run splits it (batchParts:
 * at most MAX_MARKERS_PER_MAIL obligations and MAX_PART_BYTES each),
 * one per summary and reader, and one per annual report and reader; `notes`: an annual report that
 * will not go out or waits (annualReportPlan); `fallbackHolidayYears`: the years whose holidays the
 * preview used with no Cabinet list for them (notingFallbackYears; none with a calendar given).
 */
export async function previewMail(
  deps: Pick<JobDependencies, 'store' | 'repos' | 'settings' | 'calendar' | 'wallClock' | 'files'>,
  orgId: string,
  from: PlainDate,
  to: PlainDate,
): Promise<{ lines: PreviewLine[]; emails: number; notes: PreviewNote[]; fallbackHolidayYears: number[] }> {
  const refused = previewSpanRefusals(from, to);
  if (refused.length > 0)
    throw new ValidationError(
      'ช่วงวันที่ไม่ถูกต้อง',
      'the date range is not valid',
      refused.map(({ path, words }) => ({ path, message_th: words.th, message_en: words.en })),
    );
  const repo = deps.repos.orgs;
  const org = await repo.getOrg(orgId);
  if (!org) {
    throw noSuchOrg(orgId);
  }
  const { units, people: everyone } = await repo.listUnitsAndPeople(orgId);
  const people = activePeople(everyone);
  // a deactivated unit named so wherever its reports are counted or listed (tester s43 F7)
  const unitNames = new Map(units.map((u) => [u.unitId, countedUnitName(u)]));
  // a reminder's: by unit, the executives' escalation by role (recipientLabel); one of a unit not
  // their own says how they get it (s46 re-check P3: "(กองคลัง)" alone on กองการศึกษา's lines)
  const who = (person: Person, batch: ReminderBatch, unitId: string) => {
    const other = unitId === person.unitId ? undefined : (unitNames.get(unitId) ?? unitId);
    const kind = batch.audience.kind;
    const also = !other
      ? undefined
      : kind === 'unit'
        ? `ปฏิบัติงานใน${other}ด้วย`
        : kind === 'unit-head'
          ? `รักษาราชการแทนหัวหน้า${other}`
          : undefined;
    return {
      recipient: maskAddress(person.email),
      person: recipientLabel('reminder', person, unitNames, maskAddress(person.email), batch.stage, also),
    };
  };
  // a summary's or the annual report's reader: by the role they get it in (tester s45 #5)
  const reader = (person: Person) => ({
    recipient: maskAddress(person.email),
    person: readerLabel(person, maskAddress(person.email)),
  });
  const cutoffDays = deps.settings.cutoffDays ?? DEFAULT_CUTOFF_DAYS;
  // a span starting after today: the runs from today up to it are planned too, claiming their
  // markers, and what they send is dropped when the span starts (nothing sent before it is listed)
  const today = bangkokDate(deps.wallClock());
  const start = today < from ? today : from;
  const span = calendarSpan(start, to, cutoffDays);
  // the Thai calendar notes the years it is asked of, as a run's does (run-org-job.ts): on the span's
  // days only (the days before it decide only what goes out first)
  const loaded = deps.calendar
    ? undefined
    : await thaiWorkingDaysBetween(span.from, span.to, (org.closureDays ?? []) as PlainDate[]);
  const thai = loaded && notingFallbackYears(loaded);
  let before = start < from;
  const calendar: WorkingDays = deps.calendar ?? {
    isWorkingDay: (d) => (before ? loaded! : thai!).isWorkingDay(d),
    dayOff: (d) => (before ? loaded! : thai!).dayOff!(d),
  };
  const options = { dueSoonDays: deps.settings.dueSoonDays, cutoffDays, calendar };
  const data = new Map<number, Promise<OrgYear | undefined>>();
  const markers = new Map<number, Promise<Set<string>>>();
  const yearOf = (fy: number) => data.get(fy) ?? data.set(fy, loadOrgYear(deps.store, org, units, fy, from)).get(fy)!;
  const markersOf = (fy: number) =>
    markers.get(fy) ?? markers.set(fy, deps.repos.outbox.sentMarkers(orgId, fy)).get(fy)!;
  const lines: PreviewLine[] = [];
  const notes: PreviewNote[] = [];
  let emails = 0;
  // a marker not yet claimed, seen for the first time in this preview: it would be sent
  const wouldSend = async (fy: number, stage: string, personId: string, subject: string) => {
    const seen = await markersOf(fy);
    const sk = keys.sentMarker(orgId, fy, stage, `person.${personId}`, subject).sk;
    if (seen.has(sk)) return false;
    seen.add(sk);
    return true;
  };
  // the markers a person holds of one stage, as the run reads them (backlog-batches.ts), this preview's included
  const seenOutbox = {
    markedSubjects: async (_org: string, fy: number, stage: string, recipient: string) => {
      const prefix = keys.sentMarkerPrefix(stage, recipient);
      const sks = [...(await markersOf(fy))].filter((sk) => sk.startsWith(prefix));
      return new Set(sks.map((sk) => sk.slice(prefix.length)));
    },
  };
  // emails kept for retry (failed, or claimed by a run that stopped): the first working day's pass sends
  // them again, before anything new; their markers are claimed, so wouldSend leaves them out (break-32 F4).
  // Given-up emails are not sent again: the digest lists them; nor is one a run handed to SES and
  // never settled ("sending": SES may have taken it), which the pass gives up and the digest lists.
  let resends: OutboxItem[] | undefined = (await deps.repos.outbox.pending(orgId)).filter(
    (i) => i.status !== 'given-up' && i.status !== 'sending',
  );
  for (let day = start; day <= to; day = addDays(day, 1)) {
    if (day === from && before) [lines.length, notes.length, emails, before] = [0, 0, 0, false];
    if (!calendar.isWorkingDay(day)) continue;
    // today's pass already ran (--today is 09:00): what it kept for retry is the next working day's to
    // send, before the span (break s58-D) or on its first day (s59-B)
    const passRan = day === today && deps.wallClock() >= scheduledTimeOn('daily', day);
    for (const item of passRan ? [] : (resends ?? [])) {
      const person = people.find((p) => p.personId === item.recipe.personId);
      // a person no longer active: the pass drops it (no longer needed)
      if (item.recipe.personId !== undefined && !person) continue;
      lines.push({
        day,
        stage: 'resend',
        subject: item.what,
        recipient: item.recipient,
        person: recipientLabel(item.recipe.type, person, unitNames, item.recipient, item.recipe.stage),
      });
      emails++;
    }
    if (!passRan) resends = undefined;
    const tracked = (await Promise.all(reminderYears(day, cutoffDays).map(yearOf))).flatMap((y) => y?.tracked ?? []);
    const periodic = kindsFiringOn(day).filter((k): k is JobKind => k !== 'daily' && k !== 'annual-report');
    const mailContext = {
      org,
      unitNames,
      today: day,
      formUrl: deps.settings.formUrl,
      measuresOf: await measuresOf({ year: yearOf }, reminderYears(day, cutoffDays)),
      cutoffDays,
      calendar,
    };
    const preview = async (batch: ReminderBatch, person: Person) => {
      const fresh: TrackedObligation[] = [];
      for (const item of batchItems(batch)) {
        const o = item.obligation;
        if (!(await wouldSend(o.fy, itemMarkerStage(batch, item, day), person.personId, o.obligationId))) continue;
        fresh.push(item);
        lines.push({
          day,
          stage: batch.stillOpen?.includes(item) ? 'still-open' : batch.stage,
          subject: o.obligationId,
          ...who(person, batch, o.unitId),
        });
      }
      // the emails the run splits them into: by count and by size, as rendered (deliverOnce)
      emails += batchParts(fresh, reminderPartMail(mailContext, batch, person), (t) => t.obligation.unitId).sizes
        .length;
    };
    for (const kind of [...periodic, 'daily' as const]) {
      const batches = reminderBatches(kind, day, tracked, options, closedUnitIds(units), unitNames);
      // the daily pass's one email to a person who joined a unit (planned before the day's sends, as the run does)
      const backlog =
        kind === 'daily'
          ? await backlogBatches({ outbox: seenOutbox, orgId, today: day, tracked, options }, people)
          : [];
      for (const batch of batches)
        for (const person of recipients(batch.audience, people)) await preview(batch, person);
      for (const { batch, person } of backlog) await preview(batch, person);
    }
    const summaries = [...periodic.flatMap((k) => summariesFor(k, day)), ...summariesToSend('daily', day, calendar)];
    const readers = summaryReaders(people);
    for (const plan of summaries) {
      if (!(await summaryHasData(yearOf, plan, day, options))) continue;
      for (const person of readers)
        if (await wouldSend(plan.fy, 'summary', person.personId, plan.id)) {
          lines.push({ day, stage: 'summary', subject: plan.id, ...reader(person) });
          emails++;
        }
    }
    // the annual report: by its own run on a working 1 October, else by this daily pass
    const annualRuns = [
      ...(kindsFiringOn(day).includes('annual-report') ? [day] : []),
      ...annualReportDaysToMail('daily', day, calendar),
    ];
    for (const runDay of annualRuns) {
      const plan = await annualReportPlan(deps, orgId, day, runDay);
      if (plan.note) notes.push(plan.note);
      if (!plan.mailed) continue;
      for (const person of annualReportReaders(people)) {
        const marker = plan.generation === undefined ? `run-${runDay}` : `g${plan.generation}`;
        if (!(await wouldSend(plan.fy, 'annual-report', person.personId, marker))) continue;
        lines.push({ day, stage: 'annual-report', subject: `annual-report-${plan.fy}`, ...reader(person) });
        emails++;
      }
    }
  }
  return { lines, emails, notes, fallbackHolidayYears: thai?.fallbackYears() ?? [] };
}

/**
 * Whether the annual report of the run on `runDay` would be mailed on working day `day`, as
 * mailScheduledAnnualReport (or the run itself) decides: its org has a plan that year, and the
 * generation that run claimed is ready, or pending (mailed once ready: the run is retried, with a
 * note), or not claimed yet because the run's time is still ahead (assumed made). Not mailed, with a
 * note: the generation failed, or the run's time has passed and it made none.
 */
async function annualReportPlan(
  deps: Pick<JobDependencies, 'repos' | 'wallClock' | 'files'>,
  orgId: string,
  day: PlainDate,
  runDay: PlainDate,
): Promise<{ fy: number; mailed: boolean; generation?: number; note?: PreviewNote }> {
  const { fy, scheduled } = await generationsOfRun(deps.repos.generations, orgId, runDay);
  if ((await deps.repos.plans.getPlanVersion(orgId, fy)) === undefined) return { fy, mailed: false };
  const runAt = scheduledTimeOn('annual-report', runDay);
  const ready = scheduled.filter((g) => g.status === 'ready').at(-1);
  if (ready) return { fy, mailed: true, generation: ready.generation };
  const noted = (mailed: boolean, th: string, en: string, generation?: number) => ({
    fy,
    mailed,
    ...(generation === undefined ? {} : { generation }),
    note: { day, th, en },
  });
  const pending = scheduled.filter((g) => g.status === 'pending').at(-1);
  if (pending)
    return noted(
      true,
      `รายงานผลประจำปีงบประมาณ ${toThaiDigits(fy)} (ฉบับที่ ${toThaiDigits(pending.generation)}) ยังจัดทำไม่เสร็จ จะส่งเมื่อจัดทำเสร็จ (ระบบลองใหม่เอง)`,
      `the FY${fy} annual report (generation ${pending.generation}) is still being generated: it is mailed once ready (the run is retried)`,
      pending.generation,
    );
  const failed = scheduled.at(-1);
  if (failed)
    return noted(
      false,
      `รายงานผลประจำปีงบประมาณ ${toThaiDigits(fy)} (ฉบับที่ ${toThaiDigits(failed.generation)}) จัดทำไม่สำเร็จ จะไม่ส่งอีเมลถึงผู้บริหารและ${ROLE_LABELS.coordinator}` +
        `${failed.failure ? ` (${failed.failure.message_th})` : ''} ${ROLE_LABELS.coordinator} สั่งจัดทำใหม่ได้ที่หน้าเอกสาร`,
      `the FY${fy} annual report (generation ${failed.generation}) failed: nothing will be mailed to the executives and coordinators` +
        `${failed.failure ? ` (${failed.failure.message_en})` : ''}; the coordinator asks for a new one on the documents screen (docs/operations.md, AnnualReportFailed)`,
    );
  if (deps.wallClock() < runAt) return { fy, mailed: true };
  const replay = `npm run job -- scheduled --kind annual-report --at ${cliTime(runAt)} --org ${orgId}`;
  const pass =
    day === runDay ? '' : ` && npm run job -- escalation --at ${cliTime(scheduledTimeOn('daily', day))} --org ${orgId}`;
  // the report file store is named only where this preview has none: the job CLI reads the same
  // settings (the local system's runtime-env.json, else BUCKET_NAME), so the replay lacks it too
  const settings = deps.files
    ? { th: 'สั่งรอบนั้นใหม่', en: 'replay it' }
    : {
        th: 'สั่งรอบนั้นใหม่โดยตั้งค่า BUCKET_NAME (และ S3_ENDPOINT สำหรับระบบในเครื่อง) ไว้',
        en: 'replay it with BUCKET_NAME (and S3_ENDPOINT for the local system) set',
      };
  return noted(
    false,
    `รอบจัดทำรายงานผลประจำปีงบประมาณ ${toThaiDigits(fy)} เมื่อวันที่ ${formatThaiDate(runDay)} ไม่ได้จัดทำรายงาน จะไม่ส่งอีเมล ` +
      `${settings.th}: ${replay}${pass}`,
    `the annual-report run of ${runDay} made no FY${fy} report: nothing will be mailed; ${settings.en}: ${replay}${pass}`,
  );
}
