// What the engine would send on each day of a span, without sending: the coordinator's and the IT
// officer's answer to "who will be reminded, when?" (npm run job -- preview). From today's data: it
// assumes no report comes in meanwhile, and leaves out what the send markers say is already sent.
import { NotFoundError, ValidationError } from '../domain/errors.js';
import type { JobKind } from '../domain/job-kinds.js';
import { addDays, type PlainDate } from '../domain/plain-date.js';
import { DEFAULT_CUTOFF_DAYS } from '../domain/reminder-ladder.js';
import { RANGE_ENDS_BEFORE_START } from '../domain/gregorian-date.js';
import { batchItems, itemMarkerStage, type ReminderStage } from '../domain/reminder-plan.js';
import { thaiWorkingDaysBetween } from '../domain/thai-working-days.js';
import { maskAddress } from '../mail/deliver-once.js';
import { keys } from '../store/keys.js';
import { MAX_MARKERS_PER_MAIL } from '../store/outbox-repository.js';
import { kindsFiringOn } from '../schedules/schedule-catalog.js';
import type { JobDependencies } from './job-dependencies.js';
import { recipients } from './recipients.js';
import { personLabel } from './failed-mail-lines.js';
import type { Person } from '../domain/organisation.js';
import type { OrgYear } from '../domain/org-year.js';
import { loadOrgYear } from '../store/fiscal-year-repository.js';
import { activePeople, calendarSpan, reminderYears } from './org-year.js';
import { reminderBatches } from './reminder-batches.js';
import { summariesFor, summariesToSend } from './summary-plans.js';
import { toThaiDigits } from '../domain/thai-format.js';

/** The longest span a preview covers, in days after `from`. */
export const MAX_PREVIEW_DAYS = 400;
/** The refusal of a longer span (field `to`): the CLI's option check and previewMail say the same. */
export const PREVIEW_TOO_LONG = {
  th: `วันสิ้นสุดต้องไม่เกิน ${toThaiDigits(MAX_PREVIEW_DAYS)} วันหลังวันเริ่มต้น`,
  en: `"to" must be at most ${MAX_PREVIEW_DAYS} days after "from"`,
} as const;

export interface PreviewLine {
  /** the working day the email would go out (Bangkok) */
  day: PlainDate;
  /** still-open: listed again by the run of the month (docs/reminders.md) */
  stage: ReminderStage | 'still-open' | 'summary';
  /** the obligation id, or the summary id (e.g. digest-2023-09) */
  subject: string;
  /** masked: s***@example.org */
  recipient: string;
  /** who, for the operator: "สมชาย ใจดี (กองคลัง)" (the preview is a person's tool, not a log) */
  person: string;
}

/**
 * One line per (day, stage, obligation or summary, recipient) the daily pass and the scheduled runs
 * would send from `from` to `to` (inclusive, at most 400 days), in day order. Reads only: one org,
 * its people, its years' plans and reports, its send markers. Throws NotFoundError (field `org`)
 * if the org does not exist, ValidationError (field `to`) for a span outside 0 to MAX_PREVIEW_DAYS days.
 */
export async function previewReminders(
  deps: Pick<JobDependencies, 'store' | 'repos' | 'settings' | 'calendar'>,
  orgId: string,
  from: PlainDate,
  to: PlainDate,
): Promise<PreviewLine[]> {
  return (await previewMail(deps, orgId, from, to)).lines;
}

/**
 * The preview's lines and the number of emails they make, grouped as the runs group them: the
 * runs of a day in the schedule catalog's order (a kind's run, then the daily pass), one email per
 * (run, stage, audience, person) with anything new, at most MAX_MARKERS_PER_MAIL obligations each,
 * and one per summary and reader.
 */
export async function previewMail(
  deps: Pick<JobDependencies, 'store' | 'repos' | 'settings' | 'calendar'>,
  orgId: string,
  from: PlainDate,
  to: PlainDate,
): Promise<{ lines: PreviewLine[]; emails: number }> {
  if (to < from || addDays(from, MAX_PREVIEW_DAYS) < to) {
    const said = to < from ? RANGE_ENDS_BEFORE_START : PREVIEW_TOO_LONG;
    throw new ValidationError('ช่วงวันที่ไม่ถูกต้อง', 'the date range is not valid', [
      { path: 'to', message_th: said.th, message_en: said.en },
    ]);
  }
  const repo = deps.repos.orgs;
  const org = await repo.getOrg(orgId);
  if (!org) {
    throw new NotFoundError(`ไม่พบองค์กร "${orgId}"`, `no organisation "${orgId}"`, [
      { path: 'org', message_th: 'ไม่มีองค์กรรหัสนี้', message_en: 'no organisation has this id' },
    ]);
  }
  const [units, people] = await Promise.all([repo.listUnits(orgId), repo.listPeople(orgId).then(activePeople)]);
  const unitNames = new Map(units.map((u) => [u.unitId, u.name]));
  const who = (person: Person) => ({
    recipient: maskAddress(person.email),
    person: personLabel(person, unitNames, maskAddress(person.email)),
  });
  const cutoffDays = deps.settings.cutoffDays ?? DEFAULT_CUTOFF_DAYS;
  const span = calendarSpan(from, to, cutoffDays);
  const calendar =
    deps.calendar ?? (await thaiWorkingDaysBetween(span.from, span.to, (org.closureDays ?? []) as PlainDate[]));
  const options = { dueSoonDays: deps.settings.dueSoonDays, cutoffDays, calendar };
  const data = new Map<number, Promise<OrgYear | undefined>>();
  const markers = new Map<number, Promise<Set<string>>>();
  const yearOf = (fy: number) => data.get(fy) ?? data.set(fy, loadOrgYear(deps.store, org, units, fy, from)).get(fy)!;
  const markersOf = (fy: number) =>
    markers.get(fy) ?? markers.set(fy, deps.repos.outbox.sentMarkers(orgId, fy)).get(fy)!;
  const lines: PreviewLine[] = [];
  let emails = 0;
  // a marker not yet claimed, seen for the first time in this preview: it would be sent
  const wouldSend = async (fy: number, stage: string, personId: string, subject: string) => {
    const seen = await markersOf(fy);
    const sk = keys.sentMarker(orgId, fy, stage, `person.${personId}`, subject).sk;
    if (seen.has(sk)) return false;
    seen.add(sk);
    return true;
  };
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (!calendar.isWorkingDay(day)) continue;
    const tracked = (await Promise.all(reminderYears(day, cutoffDays).map(yearOf))).flatMap((y) => y?.tracked ?? []);
    const periodic = kindsFiringOn(day).filter((k): k is JobKind => k !== 'daily' && k !== 'annual-report');
    for (const kind of [...periodic, 'daily' as const])
      for (const batch of reminderBatches(kind, day, tracked, options))
        for (const person of recipients(batch.audience, people)) {
          let fresh = 0;
          for (const item of batchItems(batch)) {
            const o = item.obligation;
            if (!(await wouldSend(o.fy, itemMarkerStage(batch, item), person.personId, o.obligationId))) continue;
            fresh++;
            lines.push({
              day,
              stage: batch.stillOpen?.includes(item) ? 'still-open' : batch.stage,
              subject: o.obligationId,
              ...who(person),
            });
          }
          emails += Math.ceil(fresh / MAX_MARKERS_PER_MAIL);
        }
    const summaries = [...periodic.flatMap((k) => summariesFor(k, day)), ...summariesToSend('daily', day, calendar)];
    const readers = [...recipients({ kind: 'executives' }, people), ...recipients({ kind: 'coordinators' }, people)];
    for (const plan of summaries) {
      if (!(await yearOf(plan.fy))) continue;
      for (const person of new Map(readers.map((p) => [p.personId, p])).values())
        if (await wouldSend(plan.fy, 'summary', person.personId, plan.id)) {
          lines.push({ day, stage: 'summary', subject: plan.id, ...who(person) });
          emails++;
        }
    }
  }
  return { lines, emails };
}
