// A unit's backlog for someone who joined its staff: the unit's overdue reports whose staff
// reminders all went out before they came (added, moved in, reactivated), so no email of the
// ladder will ever name them to this person. Pure: no I/O, no clock. docs/reminders.md ("Joining a unit").
import type { Person } from './organisation.js';
import type { PlainDate } from './plain-date.js';
import { cutoffDate, type LadderOptions, ladderOf, STAFF_STAGES, stagesOn } from './reminder-ladder.js';
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
  const out = { listed: [] as TrackedObligation[], pastCutoff: [] as TrackedObligation[] };
  const units = staffUnits(person);
  if (!joined || joined > today || units.length === 0) return out;
  for (const t of [...tracked].sort(oldestFirst)) {
    if (!units.includes(t.obligation.unitId) || !isUnsettled(t) || t.status === 'returned') continue;
    const subject = ladderSubject(t, today);
    const overdue = ladderOf(subject, options).find((s) => s.stage === 'overdue');
    if (overdue === undefined || overdue.on > joined) continue;
    if (today > cutoffDate(subject, options)) {
      out.pastCutoff.push(t);
      continue;
    }
    const now = stagesOn(subject, today, options);
    if (now.length > 0 && !now.some((s) => STAFF_STAGES.includes(s))) out.listed.push(t);
  }
  return out;
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
