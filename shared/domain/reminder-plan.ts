// Which obligations a scheduled run reminds, of whom, at which stage. Pure: no I/O, no clock.
import type { JobKind } from './job-kinds.js';
import type { Obligation, ObligationStatus } from './obligations.js';
import type { Cadence } from './due-rules.js';
import { bangkokDate, firstOfMonth, type PlainDate } from './plain-date.js';
import {
  addedLate,
  ladderOf,
  type LadderOptions,
  type LadderStage,
  type LadderSubject,
  stagesOn,
  staffStageOn,
} from './reminder-ladder.js';
import type { Report } from './report.js';

/** backlog: the one email to someone who joined a unit, of its overdue reports they missed (unit-backlog.ts) */
export type ReminderStage = LadderStage | 'returned' | 'backlog';

export type Audience =
  | { kind: 'unit'; unitId: string }
  | { kind: 'unit-head'; unitId: string }
  | { kind: 'coordinators' }
  | { kind: 'executives' };

export interface TrackedObligation {
  obligation: Obligation;
  status: ObligationStatus;
  report?: Report;
}

export interface ReminderBatch {
  stage: ReminderStage;
  audience: Audience;
  items: TrackedObligation[];
  /**
   * An opening batch of a listing run only: obligations that opened in an earlier month and are
   * still open and not yet due, listed again below the new ones (marker `listed-{listedIn}`).
   */
  stillOpen?: TrackedObligation[];
  /** the listing run's month, YYYY-MM (with stillOpen) */
  listedIn?: string;
  /**
   * A newcomer's backlog batch only: the unit's reports they missed that are past their cut-off
   * (unit-backlog.ts newcomerBacklog). No reminder names them any more: the email counts them and
   * links to the unit's page; not items of the email (no send marker).
   */
  pastCutoff?: TrackedObligation[];
  /** A newcomer's backlog batch: the role they joined the unit in; a unit head's: the reader's post (joinedAsOf; absent: staff). */
  joinedAs?: JoinedAs;
  /**
   * The batch's items sent to the same person in other emails (one email lists at most
   * MAX_MARKERS_PER_MAIL): the email says it is a part ("๙๘ จาก ๑๓๘ รายการ", "และอีก ๔๐ รายการ …").
   */
  elsewhere?: number;
  /** With `elsewhere`: which email of the split this is, and the number its first item carries. */
  part?: BatchPart;
}

/** The role a newcomer joined a unit in: its head, its acting head, or its staff (tester s47 P3). */
export type JoinedAs = 'head' | 'acting-head' | 'staff';

/**
 * One email of a batch split over several (tester s44 F1: three same-subject emails to an
 * executive, each numbered from ๑): `index` of `of` (1-based), `first` the list number of its first
 * item, so the parts read "ฉบับที่ ๒/๓: รายการที่ ๙๙–๑๙๖ จาก ๒๖๒" and number on from the one before.
 */
export interface BatchPart {
  index: number;
  of: number;
  first: number;
  /** each unit's count in the whole list, all parts (a part's counts say them beside its own: tester s50) */
  units?: Readonly<Record<string, number>>;
}

/** A kind's run on the 1st lists its cadence: scheduled on `runDay` (sent on the next working day). */
export interface Listing {
  cadence: Cadence;
  runDay: PlainDate;
}

/** dueSoonDays, cutoffDays and the working-day calendar: see reminder-ladder.ts */
export type ReminderOptions = LadderOptions;

export { ESCALATE_TO_EXECUTIVES_AFTER_DAYS, ESCALATE_TO_HEAD_AFTER_DAYS } from './reminder-ladder.js';

export function audienceKey(a: Audience): string {
  return a.kind === 'unit' || a.kind === 'unit-head' ? `${a.kind}.${a.unitId}` : a.kind;
}

/**
 * The marker stage: a returned report is announced once per review decision that returned it (a
 * return, a return again with another comment, a reopen of the accepted version), keyed on the
 * version and the decision's time: `returned-v2-20230515020000000`. A report with no review time
 * (none is stored so) keeps the version-only marker `returned-v2` of earlier releases. The opening
 * of an obligation added late (read on `today`: ladderSubject) is its own, `opening-added-2023-05-03`:
 * it goes out even when the period's opening went out before a due-rule change or a replacement made
 * the report due (docs/reminders.md "Added late"); a run of a day before the addition keeps `opening`.
 */
export function markerStage(stage: ReminderStage, item: TrackedObligation, today?: PlainDate): string {
  if (stage === 'opening') {
    const added = today === undefined ? undefined : addedLate(ladderSubject(item, today));
    return added === undefined ? stage : `opening-added-${added}`;
  }
  if (stage !== 'returned') return stage;
  const at = item.report?.reviewedAt?.replace(/\D/g, '');
  return `returned-v${item.report?.version ?? 0}${at ? `-${at}` : ''}`;
}

/** Every obligation a batch's email lists: the batch's own, then those listed again. */
export function batchItems(batch: ReminderBatch): TrackedObligation[] {
  return [...batch.items, ...(batch.stillOpen ?? [])];
}

/**
 * An item's marker stage in its batch: a still-open obligation is listed once per listing month
 * (`listed-2024-10`), the others as markerStage says (on `today`, the run's day). With the obligation's own fiscal year in the
 * marker key, no marker of one year meets one of another.
 */
export function itemMarkerStage(batch: ReminderBatch, item: TrackedObligation, today: PlainDate): string {
  return batch.stillOpen?.includes(item) ? `listed-${batch.listedIn}` : markerStage(batch.stage, item, today);
}

/** The batch for a subset of its items (those not yet sent), each kept in its own part. */
export function batchWith(batch: ReminderBatch, items: TrackedObligation[]): ReminderBatch {
  if (!batch.stillOpen) return { ...batch, items };
  const again = new Set(batch.stillOpen);
  return { ...batch, items: items.filter((t) => !again.has(t)), stillOpen: items.filter((t) => again.has(t)) };
}

/** The Bangkok day the coordinator returned the obligation's (latest) report, if it is returned. */
export function returnedOn(t: TrackedObligation): PlainDate | undefined {
  const r = t.report;
  return r?.reviewState === 'returned' && r.reviewedAt ? bangkokDate(new Date(r.reviewedAt)) : undefined;
}

/**
 * What the ladder reads of a tracked obligation on `today`: its dates, its return day and the day it
 * was added late (reminder-ladder.ts). A run on a day before that addition (a time-travel run, a
 * replay of an old run) cannot know of it: it reads the plain ladder.
 */
export function ladderSubject(t: TrackedObligation, today: PlainDate): LadderSubject {
  const { opensOn, dueDate, addedOn, periodStart } = t.obligation;
  const back = returnedOn(t);
  return {
    opensOn,
    dueDate,
    periodStart,
    ...(back ? { returnedOn: back } : {}),
    ...(addedOn !== undefined && addedOn <= today ? { addedOn } : {}),
  };
}

/** Unsettled: the status already applies shared/domain/settlement.ts. */
export const isUnsettled = (t: TrackedObligation) => t.status !== 'submitted' && t.status !== 'accepted';
const open = isUnsettled;

function byUnit(stage: ReminderStage, items: TrackedObligation[], audience: 'unit' | 'unit-head'): ReminderBatch[] {
  const units = [...new Set(items.map((t) => t.obligation.unitId))].sort();
  return units.map((unitId) => ({
    stage,
    audience: { kind: audience, unitId },
    items: items.filter((t) => t.obligation.unitId === unitId),
  }));
}

/** The kind runs and the cadence whose openings each announces. */
const CADENCE_OF_RUN: Partial<Record<JobKind, Obligation['cadence']>> = {
  monthly: 'monthly',
  semiannual: 'semiannual',
  'april-september': 'april-september',
};

/** The cadence a kind's run lists on the 1st, if it lists one. */
export const cadenceOfRun = (kind: JobKind): Cadence | undefined => CADENCE_OF_RUN[kind];

const atStage = (stage: LadderStage, today: PlainDate, options: ReminderOptions) => (t: TrackedObligation) =>
  open(t) && staffStageOn(ladderSubject(t, today), today, options) === stage;

/**
 * Opening reminders: unsettled obligations whose ladder is at "opening" today, of every cadence
 * (the daily pass) or of the given ones.
 */
export function openingReminders(
  today: PlainDate,
  tracked: TrackedObligation[],
  options: ReminderOptions = {},
  cadences?: readonly Obligation['cadence'][],
): ReminderBatch[] {
  const inScope = tracked.filter(
    (t) => (!cadences || cadences.includes(t.obligation.cadence)) && atStage('opening', today, options)(t),
  );
  return byUnit('opening', inScope, 'unit');
}

/**
 * The obligations a listing run lists again, sent on working day `today`: unsettled, of its
 * cadence, whatever their fiscal year, opened before the run's day (their opening went out then)
 * and not yet due (ladder at opening or due soon, due date not passed: not work in a late addition's
 * grace), unless a stage of their own goes out today (the
 * more urgent email says it). E.g. under "monthly reports due on the 5th of the next month" the
 * 1 October run lists September's reports (due 5 October, last fiscal year) with October's.
 */
export function stillOpenObligations(
  listing: Listing,
  today: PlainDate,
  tracked: TrackedObligation[],
  options: ReminderOptions = {},
): TrackedObligation[] {
  return tracked.filter((t) => {
    if (!open(t) || t.obligation.cadence !== listing.cadence) return false;
    const subject = ladderSubject(t, today);
    const ladder = ladderOf(subject, options);
    const stage = staffStageOn(subject, today, options);
    return (
      (ladder[0]?.on ?? today) < listing.runDay &&
      (stage === 'opening' || stage === 'due-soon') &&
      // not yet due by its own date: work added after it, in its grace, was named by its own
      // opening and is not "เปิดรอบไว้ก่อนหน้านี้" (re-check 2 s48: the same 11 months twice)
      t.obligation.dueDate >= today &&
      !ladder.some((s) => s.on === today)
    );
  });
}

/**
 * What listing runs send on working day `today`: per unit, one email with the openings (of
 * `cadences`, or of every cadence) and the still-open obligations of each listing. All listings
 * are of one month (they fire on its 1st).
 */
export function listingReminders(
  today: PlainDate,
  tracked: TrackedObligation[],
  options: ReminderOptions,
  listings: readonly Listing[],
  cadences?: readonly Obligation['cadence'][],
): ReminderBatch[] {
  const openings = openingReminders(today, tracked, options, cadences);
  const again = [...new Set(listings.flatMap((l) => stillOpenObligations(l, today, tracked, options)))];
  if (again.length === 0) return openings;
  const listedIn = listings[0]!.runDay.slice(0, 7);
  const openedBy = new Map(openings.map((b) => [b.audience.kind === 'unit' ? b.audience.unitId : '', b.items]));
  const unitIds = [...new Set([...openedBy.keys(), ...again.map((t) => t.obligation.unitId)])].sort();
  return unitIds.map((unitId) => ({
    stage: 'opening' as const,
    audience: { kind: 'unit' as const, unitId },
    items: openedBy.get(unitId) ?? [],
    stillOpen: again.filter((t) => t.obligation.unitId === unitId),
    listedIn,
  }));
}

/**
 * A kind's own run on `today`: the openings of its cadence and its cadence's still-open
 * obligations. The daily pass sends the same for the runs that fired since the last working day.
 * The listing is the one of the 1st of today's month, whatever day the run is made: a re-run on a
 * later day of the month (by hand, or a replay with another time) plans the very emails and send
 * markers of the 1st's run, so it sends nothing new (break s30-o F2; docs/reminders.md).
 */
export function periodicReminders(
  kind: JobKind,
  today: PlainDate,
  tracked: TrackedObligation[],
  options: ReminderOptions = {},
): ReminderBatch[] {
  const cadence = CADENCE_OF_RUN[kind];
  const runDay = firstOfMonth(today);
  return cadence ? listingReminders(today, tracked, options, [{ cadence, runDay }], [cadence]) : [];
}

/**
 * `batches` without anything of a deactivated unit (`closed`): nobody is left there to tell or to
 * chase (it takes no people), so neither its staff's emails nor its head's are planned, and the
 * escalations to the coordinators and executives leave its obligations out; the coordinators'
 * summaries name the unit with its open reports instead (docs/reminders.md "Deactivated units";
 * tester s43 F7). Not planned, such an email is not counted "no recipients" either, as the digest
 * does not list the unit as one to fix (tester s45). A batch left with no item goes.
 */
export function withoutClosedUnits(batches: readonly ReminderBatch[], closed: ReadonlySet<string>): ReminderBatch[] {
  if (closed.size === 0) return [...batches];
  return batches.flatMap((b) => {
    if ('unitId' in b.audience) return closed.has(b.audience.unitId) ? [] : [b];
    // the coordinators' and executives' (escalations: no listing)
    const items = b.items.filter((t) => !closed.has(t.obligation.unitId));
    return items.length === 0 ? [] : [{ ...b, items }];
  });
}

/**
 * `items` with each report's units (the obligations of one measure, follow-up and period) in
 * `order` (unit-order.ts compareUnitIds); the reports stay where the first of each was.
 */
export function reportUnitsInOrder(
  items: readonly TrackedObligation[],
  order: (a: string, b: string) => number,
): TrackedObligation[] {
  const reportOf = ({ obligation: o }: TrackedObligation) => `${o.fy}|${o.measureId}|${o.followUpNo}|${o.periodId}`;
  const place = new Map<string, number>();
  items.forEach((t, i) => {
    if (!place.has(reportOf(t))) place.set(reportOf(t), i);
  });
  return [...items].sort(
    (x, y) => place.get(reportOf(x))! - place.get(reportOf(y))! || order(x.obligation.unitId, y.obligation.unitId),
  );
}

/**
 * `batches` with each report's units in the order units are listed to a reader (reportUnitsInOrder)
 * where a batch lists several units: the escalations to the coordinators and the executives.
 * Tester s44 F4: a report's nineteen units were listed by id, "audit, clerk, disaster, …".
 */
export function withUnitsInOrder(
  batches: readonly ReminderBatch[],
  order: (a: string, b: string) => number,
): ReminderBatch[] {
  return batches.map((b) =>
    b.audience.kind === 'unit' || b.audience.kind === 'unit-head'
      ? b
      : { ...b, items: reportUnitsInOrder(b.items, order) },
  );
}

/** The daily pass after the opening: due soon, due, overdue, escalations, and returned reports. */
export function dailyReminders(
  today: PlainDate,
  tracked: TrackedObligation[],
  options: ReminderOptions = {},
): ReminderBatch[] {
  // each obligation's current stages once (one per audience: staff, unit head, executives)
  const stages = tracked
    .filter(open)
    .flatMap((t) => stagesOn(ladderSubject(t, today), today, options).map((stage) => [t, stage] as const));
  const at = (stage: LadderStage) => stages.filter(([, s]) => s === stage).map(([t]) => t);
  const toHeads = at('escalation-head');
  const toExecutives = at('escalation-executive');
  const returned = tracked.filter((t) => t.status === 'returned');
  return [
    ...byUnit('due-soon', at('due-soon'), 'unit'),
    ...byUnit('due', at('due'), 'unit'),
    ...byUnit('overdue', at('overdue'), 'unit'),
    ...byUnit('escalation-head', toHeads, 'unit-head'),
    ...(toHeads.length
      ? [{ stage: 'escalation-head' as const, audience: { kind: 'coordinators' as const }, items: toHeads }]
      : []),
    ...(toExecutives.length
      ? [{ stage: 'escalation-executive' as const, audience: { kind: 'executives' as const }, items: toExecutives }]
      : []),
    ...byUnit('returned', returned, 'unit'),
  ];
}
