// A unit's backlog for someone who joined its staff: the unit's overdue reports whose staff
// reminders all went out before they came (added, moved in, reactivated), so no email of the
// ladder will ever name them to this person. Pure: no I/O, no clock. docs/reminders.md ("Joining a unit").
import type { Person } from './organisation.js';
import type { PlainDate } from './plain-date.js';
import { type LadderOptions, ladderOf, STAFF_STAGES, stagesOn } from './reminder-ladder.js';
import { isUnsettled, ladderSubject, type TrackedObligation } from './reminder-plan.js';

/**
 * True when `next` joins a unit's staff (the unit audience of the reminders): active, in a unit,
 * with the staff role, and `previous` (absent for a new person) was not active staff of that unit.
 */
export function joinsUnitStaff(previous: Person | undefined, next: Person): boolean {
  const staffOf = (p: Person | undefined) => (p?.active && p.roles.includes('staff') ? p.unitId : undefined);
  const unit = staffOf(next);
  return unit !== undefined && staffOf(previous) !== unit;
}

/**
 * The obligations of `person`'s unit that are past the staff ladder on `today` (only escalations
 * still current, the cut-off not passed), unsettled and not returned (a returned report has its own
 * email to every staff member), whose overdue email went out on or before the day the person joined:
 * sent before they came, or on that day before they were added. Oldest due date first. Empty for a
 * person with no join day (people from before this rule), one who is not staff, or a join after
 * `today` (a run replayed for an earlier day). The run drops the items the person already heard of
 * (their own overdue or escalation marker: a reactivated officer, a coordinator moved in).
 */
export function backlogOf(
  person: Person,
  today: PlainDate,
  tracked: TrackedObligation[],
  options: LadderOptions = {},
): TrackedObligation[] {
  const joined = person.joinedUnitOn as PlainDate | undefined;
  if (!joined || joined > today || !person.active || !person.unitId || !person.roles.includes('staff')) return [];
  return tracked
    .filter((t) => {
      if (t.obligation.unitId !== person.unitId || !isUnsettled(t) || t.status === 'returned') return false;
      const subject = ladderSubject(t, today);
      const now = stagesOn(subject, today, options);
      if (now.length === 0 || now.some((s) => STAFF_STAGES.includes(s))) return false;
      const overdue = ladderOf(subject, options).find((s) => s.stage === 'overdue');
      return overdue !== undefined && overdue.on <= joined;
    })
    .sort(
      (a, b) =>
        a.obligation.dueDate.localeCompare(b.obligation.dueDate) ||
        a.obligation.obligationId.localeCompare(b.obligation.obligationId),
    );
}

/** The marker stages that say a person already heard an obligation is overdue. */
export const HEARD_OVERDUE_STAGES = ['overdue', 'escalation-head', 'escalation-executive', 'backlog'] as const;
