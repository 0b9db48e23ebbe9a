// A unit's backlog for someone who joined its staff: the unit's overdue reports whose staff
// reminders all went out before they came (added, moved in, reactivated), so no email of the
// ladder will ever name them to this person. Pure: no I/O, no clock. docs/reminders.md ("Joining a unit").
import type { Person } from './organisation.js';
import type { PlainDate } from './plain-date.js';
import {
  cutoffDate,
  type LadderOptions,
  ladderOf,
  type LadderStage,
  STAFF_STAGES,
  stagesOn,
} from './reminder-ladder.js';
import { isUnsettled, type JoinedAs, ladderSubject, type TrackedObligation } from './reminder-plan.js';

/** The units `p` is active staff of (the unit audience of the reminders): their own, and Person.alsoStaffOf. */
const staffUnits = (p: Person | undefined): string[] =>
  p?.active && p.roles.includes('staff') ? [...(p.unitId ? [p.unitId] : []), ...(p.alsoStaffOf ?? [])] : [];

/**
 * True when `next` joins a unit's staff (the unit audience of the reminders): active, with the staff
 * role, in a unit (their own, or one they are staff of as well) of whose staff `previous` (absent
 * for a new person) was not.
 */
export function joinsUnitStaff(previous: Person | undefined, next: Person): boolean {
  const was = staffUnits(previous);
  return staffUnits(next).some((u) => !was.includes(u));
}

/**
 * What a newcomer missed of their unit: `listed`, the obligations past the staff ladder on `today`
 * (only escalations still current, the cut-off not passed), and `pastCutoff`, those whose cut-off
 * has passed (no reminder names them any more: the email counts them and links to the unit's page,
 * docs/reminders.md "Joining a unit"). Both: unsettled and not returned (a returned report has its
 * own email to every staff member), whose overdue email went out on or before the day the person
 * joined (sent before they came, or on that day before they were added). Oldest due date first.
 * Empty for a person with no join day (people from before this rule), one who is not staff, or a
 * join after `today` (a run replayed for an earlier day). The run drops the items the person
 * already heard of (their own overdue or escalation marker: a reactivated officer, a coordinator
 * moved in).
 */
export function newcomerBacklog(
  person: Person,
  today: PlainDate,
  tracked: TrackedObligation[],
  options: LadderOptions = {},
): { listed: TrackedObligation[]; pastCutoff: TrackedObligation[] } {
  const joined = person.joinedUnitOn as PlainDate | undefined;
  const units = staffUnits(person);
  if (!joined || joined > today || units.length === 0) return { listed: [], pastCutoff: [] };
  return missedSince(tracked, today, options, {
    inUnit: (unitId) => units.includes(unitId),
    stage: 'overdue',
    since: joined,
    stillReaching: STAFF_STAGES,
  });
}

/**
 * The rule newcomerBacklog and actingHeadBacklog share: of `tracked` in a unit `inUnit` takes,
 * unsettled and not returned, those whose `stage` went out on or before `since`, oldest first;
 * `pastCutoff` after their cut-off, else `listed` unless a stage of `stillReaching` is current
 * today (the run's own email reaches them).
 */
function missedSince(
  tracked: TrackedObligation[],
  today: PlainDate,
  options: LadderOptions,
  rule: {
    inUnit: (unitId: string) => boolean;
    stage: LadderStage;
    since: PlainDate;
    stillReaching: readonly LadderStage[];
  },
): { listed: TrackedObligation[]; pastCutoff: TrackedObligation[] } {
  const out = { listed: [] as TrackedObligation[], pastCutoff: [] as TrackedObligation[] };
  for (const t of [...tracked].sort(oldestFirst)) {
    if (!rule.inUnit(t.obligation.unitId) || !isUnsettled(t) || t.status === 'returned') continue;
    const subject = ladderSubject(t, today);
    const sent = ladderOf(subject, options).find((s) => s.stage === rule.stage);
    if (sent === undefined || sent.on > rule.since) continue;
    if (today > cutoffDate(subject, options)) {
      out.pastCutoff.push(t);
      continue;
    }
    const now = stagesOn(subject, today, options);
    if (now.length > 0 && !now.some((s) => rule.stillReaching.includes(s))) out.listed.push(t);
  }
  return out;
}

/**
 * The days of `next`'s acting appointments (Person.actingHeadSince): a unit new to their list, or the
 * list of a person reactivated, from `today`; a unit kept, its day (none if it had none); undefined
 * when no unit has one.
 */
export function actingHeadDays(
  previous: Person | undefined,
  next: Person,
  today: PlainDate,
): Record<string, PlainDate> | undefined {
  const was = previous?.active ? (previous.actingHeadOf ?? []) : [];
  const days: Record<string, PlainDate> = {};
  for (const u of next.active ? (next.actingHeadOf ?? []) : []) {
    const kept = was.includes(u) ? (previous?.actingHeadSince?.[u] as PlainDate | undefined) : today;
    if (kept) days[u] = kept;
  }
  return Object.keys(days).length ? days : undefined;
}

/**
 * What an acting head missed of each unit they were appointed to (Person.actingHeadSince): the
 * unit's reports, unsettled and not returned, whose unit-head escalation went out on or before the
 * appointment day and whose escalation-head window has passed, so no escalation will name them to
 * this person; `listed` before their cut-off, `pastCutoff` after (counted, as a newcomer's). The same rule as newcomerBacklog, one stage up the
 * ladder: the reports escalated after the day reach them by the ladder itself. Oldest first.
 */
export function actingHeadBacklog(
  person: Person,
  today: PlainDate,
  tracked: TrackedObligation[],
  options: LadderOptions = {},
): { unitId: string; listed: TrackedObligation[]; pastCutoff: TrackedObligation[] }[] {
  if (!person.active) return [];
  return (person.actingHeadOf ?? []).flatMap((unitId) => {
    const since = person.actingHeadSince?.[unitId] as PlainDate | undefined;
    if (!since || since > today) return [];
    // still the head's stage today: the run's escalation reaches them (its window, once per person)
    const missed = missedSince(tracked, today, options, {
      inUnit: (u) => u === unitId,
      stage: 'escalation-head',
      since,
      stillReaching: ['escalation-head'],
    });
    return missed.listed.length || missed.pastCutoff.length ? [{ unitId, ...missed }] : [];
  });
}

/** By due date; a date's as the plan reads (`tracked` is in expandPlan's order, the sort stable: tester s44). */
const oldestFirst = (a: TrackedObligation, b: TrackedObligation) =>
  a.obligation.dueDate.localeCompare(b.obligation.dueDate);

/** The obligations a newcomer's email lists (newcomerBacklog's `listed`). */
export function backlogOf(
  person: Person,
  today: PlainDate,
  tracked: TrackedObligation[],
  options: LadderOptions = {},
): TrackedObligation[] {
  return newcomerBacklog(person, today, tracked, options).listed;
}

/** The marker stages that say a person already heard an obligation is overdue. */
export const HEARD_OVERDUE_STAGES = ['overdue', 'escalation-head', 'escalation-executive', 'backlog'] as const;

/**
 * The role `person` is in for `unitId`, as their newcomer email says it: head of their own unit,
 * acting head (a unit they are staff of as well and act as head for), else staff (tester s47 P3).
 */
export function joinedAsOf(person: Pick<Person, 'unitId' | 'headOfUnit' | 'actingHeadOf'>, unitId: string): JoinedAs {
  if (person.unitId === unitId && person.headOfUnit) return 'head';
  if (person.actingHeadOf?.includes(unitId)) return 'acting-head';
  return 'staff';
}
