// The ladder of one obligation: the dated stages its reminders climb until it is settled or cut off.
// Pure: no I/O, no clock. Source of the rule: docs/reminders.md ("The ladder").
//
//   opening          the period's opening date (periods.ts)        -> moved to the next working day
//   due-soon         dueSoonDays (3) before the due date            -> moved to the working day before,
//                    kept strictly between the opening's and the due date's days (dueSoonDay)
//   due              the due date                                   -> moved to the working day before
//   overdue          1 day after the due date                        -> moved to the next working day
//   escalation-head  7 days after                                    -> moved to the next working day
//   escalation-executive 14 days after                               -> moved to the next working day
//
// The unit's staff climb opening, due soon, due, overdue: one of those that lands on or before an
// earlier one's day gives way (on the same day the later, more urgent one is sent; before it, it is
// dropped). The escalations go to other people (unit heads and coordinators, executives) and never
// give way, nor make a staff stage give way: a holiday run that puts "overdue" and the unit head's
// escalation on one day sends both. Nothing is sent after the cut-off (the due date + cutoffDays,
// default 60). The plan's due dates never move.
//
// After a return (the coordinator sent a report back): the stages whose day is on or before the
// return day are spent (the "returned" email stands for them), and the after-due stages count from
// the return day + RETURN_GRACE_DAYS when that is later than the due date, so a unit whose on-time
// report comes back after the due date gets its overdue notice, then its head, then the executives,
// as for a due date RETURN_GRACE_DAYS after the return. The cut-off stays counted from the due date.
//
// Added late (break s31-u F4): an obligation that came into the plan on or after its due date
// (`addedOn`: a late import, a replacement, a mid-year addition) has not been reminded. Its opening
// goes out on the first working day after the day it was added, and the after-due stages count, as
// if it were the due date, from the last day its report is on time (the LATE_ADDITION_GRACE_DAYS-th
// working day after the day it was added, settlement.ts onTimeUntil; the first reminder's day if a holiday run puts
// that later); the cut-off counts from the day it was added.
// Added after its fiscal year ended (a past year's plan entered after the fact): never sent.
import { afterFiscalYearOf } from './fiscal-calendar.js';
import { onTimeUntil } from './settlement.js';
import type { Obligation } from './obligations.js';
import { addDays, type PlainDate } from './plain-date.js';
import { EVERY_DAY, nextWorkingDay, previousWorkingDay, workingDayBefore, type WorkingDays } from './working-days.js';

export const LADDER_STAGES = [
  'opening',
  'due-soon',
  'due',
  'overdue',
  'escalation-head',
  'escalation-executive',
] as const;
export type LadderStage = (typeof LADDER_STAGES)[number];

/** The stages sent to the unit's staff; the others (escalations) go to other people. */
export const STAFF_STAGES: readonly LadderStage[] = ['opening', 'due-soon', 'due', 'overdue'];
const isStaffStage = (stage: LadderStage) => STAFF_STAGES.includes(stage);

export const DEFAULT_DUE_SOON_DAYS = 3;
export const ESCALATE_TO_HEAD_AFTER_DAYS = 7;
export const ESCALATE_TO_EXECUTIVES_AFTER_DAYS = 14;
/** An unsettled obligation leaves the ladder this many days after its due date. */
export const DEFAULT_CUTOFF_DAYS = 60;
/** After a return, the unit has this many days before the after-due stages count (docs/reminders.md). */
export const RETURN_GRACE_DAYS = 3;

/**
 * What the ladder reads of an obligation: its dates, the day its report was returned, if it was, and
 * the day it came into the plan, if it was already due then.
 */
export type LadderSubject = Pick<Obligation, 'opensOn' | 'dueDate' | 'addedOn'> & {
  returnedOn?: PlainDate;
  /** the period's first day: which fiscal year the obligation is of (an added-late one of an ended year is never sent) */
  periodStart?: PlainDate;
};

/** The day an obligation added on or after its due date came into the plan; undefined for the others. */
export function addedLate(subject: Pick<LadderSubject, 'dueDate' | 'addedOn'>): PlainDate | undefined {
  return subject.addedOn !== undefined && subject.addedOn >= subject.dueDate ? subject.addedOn : undefined;
}

/** An added-late obligation's first reminder: the first working day after the day it was added. */
function firstReminderDay(cal: WorkingDays, subject: LadderSubject): PlainDate | undefined {
  const added = addedLate(subject);
  return added === undefined ? undefined : nextWorkingDay(cal, addDays(added, 1));
}

const latest = (...days: (PlainDate | undefined)[]) =>
  days.filter((d): d is PlainDate => d !== undefined).reduce((a, b) => (b > a ? b : a));

/**
 * The date the after-due stages count from: the latest of the due date, the return day + grace,
 * and for an added-late obligation the last day its report is on time (settlement.ts onTimeUntil:
 * not overdue before then) and its first reminder day (a holiday run may put that later).
 */
function lateFrom(subject: LadderSubject, cal: WorkingDays): PlainDate {
  const grace = subject.returnedOn ? addDays(subject.returnedOn, RETURN_GRACE_DAYS) : undefined;
  return latest(subject.dueDate, grace, onTimeUntil(subject), firstReminderDay(cal, subject));
}

export interface LadderOptions {
  /** "due soon" this many days before the due date (default 3) */
  dueSoonDays?: number;
  /** no reminder later than this many days after the due date (default 60) */
  cutoffDays?: number;
  /** the days emails may go out (default: every day; the jobs pass the Thai official calendar) */
  calendar?: WorkingDays;
}

export interface LadderStep {
  stage: LadderStage;
  /** the working day the stage is sent */
  on: PlainDate;
}

/**
 * The last day anything is sent for this obligation: counted from its due date, or from the day it
 * was added late. Added after its fiscal year ended (a past year's plan saved after the fact, or a
 * follow-up added to it then): the day before it was added, so nothing of it is ever sent; the
 * year's figures and summaries still count it (docs/reminders.md, "Added late").
 */
export function cutoffDate(
  obligation: Pick<LadderSubject, 'dueDate' | 'addedOn'> & Partial<Pick<LadderSubject, 'opensOn' | 'periodStart'>>,
  options: LadderOptions = {},
): PlainDate {
  const days = options.cutoffDays ?? DEFAULT_CUTOFF_DAYS;
  const added = addedLate(obligation);
  if (added === undefined) return addDays(obligation.dueDate, days);
  // the period's start (else its opening) lies in the obligation's fiscal year
  const inYear = obligation.periodStart ?? obligation.opensOn;
  if (inYear !== undefined && afterFiscalYearOf(inYear, added)) return addDays(added, -1);
  return addDays(added, days);
}

/**
 * "Due soon" goes out on its own working day between the opening's and the due date's: the working
 * day on or before `planned`; if a holiday run puts that on the due date's day, the working day
 * before it; if on or before the opening's (a late opening after holidays), the first working day
 * after the opening. With no working day in between there is none (the opening and the due email
 * are sent).
 */
function dueSoonDay(
  cal: WorkingDays,
  opening: PlainDate,
  dueDay: PlainDate,
  planned: PlainDate,
): PlainDate | undefined {
  let soon = previousWorkingDay(cal, planned);
  if (soon >= dueDay) soon = workingDayBefore(cal, dueDay);
  if (soon > opening) return soon;
  const after = nextWorkingDay(cal, addDays(opening, 1));
  return after < dueDay ? after : undefined;
}

/** The obligation's stages in order, each with the working day it is sent on. */
export function ladderOf(obligation: LadderSubject, options: LadderOptions = {}): LadderStep[] {
  const cal = options.calendar ?? EVERY_DAY;
  const due = obligation.dueDate;
  const late = lateFrom(obligation, cal);
  const opening = firstReminderDay(cal, obligation) ?? nextWorkingDay(cal, obligation.opensOn);
  const dueDay = previousWorkingDay(cal, due);
  const soon = dueSoonDay(cal, opening, dueDay, addDays(due, -(options.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS)));
  const planned: LadderStep[] = [
    { stage: 'opening', on: opening },
    ...(soon ? [{ stage: 'due-soon' as const, on: soon }] : []),
    { stage: 'due', on: dueDay },
    { stage: 'overdue', on: nextWorkingDay(cal, addDays(late, 1)) },
    { stage: 'escalation-head', on: nextWorkingDay(cal, addDays(late, ESCALATE_TO_HEAD_AFTER_DAYS)) },
    { stage: 'escalation-executive', on: nextWorkingDay(cal, addDays(late, ESCALATE_TO_EXECUTIVES_AFTER_DAYS)) },
  ];
  const cutoff = cutoffDate(obligation, options);
  const steps: LadderStep[] = [];
  for (const step of planned) {
    if (step.on > cutoff) break;
    // planned in order: while staff stages come, `steps` holds staff stages only
    const last = isStaffStage(step.stage) ? steps.at(-1) : undefined;
    if (last && step.on < last.on) continue;
    if (last && step.on === last.on) steps.pop();
    steps.push(step);
  }
  return steps;
}

/**
 * The stages current on `today`: those of the latest stage day reached (usually one; two or three
 * when stages for different people fell on one day). Each is current from its day up to the next
 * stage's day, so a day the job did not run is caught up on the next working day; each stage still
 * goes out once (the send markers see to that). Empty before the first stage and after the cut-off,
 * and after a return until the next stage's day (the "returned" email stands for the spent ones).
 */
export function stagesOn(obligation: LadderSubject, today: PlainDate, options: LadderOptions = {}): LadderStage[] {
  if (today > cutoffDate(obligation, options)) return [];
  const reached = ladderOf(obligation, options).filter((s) => s.on <= today);
  const latest = reached.at(-1)?.on;
  if (latest && obligation.returnedOn && latest <= obligation.returnedOn) return [];
  return reached.filter((s) => s.on === latest).map((s) => s.stage);
}

/** The staff's stage on `today` (see stagesOn), or undefined. */
export function staffStageOn(
  obligation: LadderSubject,
  today: PlainDate,
  options: LadderOptions = {},
): LadderStage | undefined {
  return stagesOn(obligation, today, options).find(isStaffStage);
}

/** The latest stage reached on `today`, whoever it goes to; undefined before the first and after the cut-off. */
export function stageOn(
  obligation: LadderSubject,
  today: PlainDate,
  options: LadderOptions = {},
): LadderStage | undefined {
  if (today > cutoffDate(obligation, options)) return undefined;
  return ladderOf(obligation, options)
    .filter((s) => s.on <= today)
    .at(-1)?.stage;
}
