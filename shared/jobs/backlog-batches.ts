// The daily pass's one email to a person who joined a unit with overdue reports they never heard
// of (shared/domain/unit-backlog.ts): the planner for the run (run-org-job.ts) and the preview.
import type { Person } from '../domain/organisation.js';
import type { PlainDate } from '../domain/plain-date.js';
import type { LadderOptions } from '../domain/reminder-ladder.js';
import type { ReminderBatch, TrackedObligation } from '../domain/reminder-plan.js';
import { actingHeadBacklog, HEARD_OVERDUE_STAGES, joinedAsOf, newcomerBacklog } from '../domain/unit-backlog.js';
import type { OutboxRepository } from '../store/outbox-repository.js';

export interface BacklogMail {
  person: Person;
  batch: ReminderBatch;
}

/** What a backlog is read against: the org's outbox, `today`, the years' tracked obligations, the ladder. */
export interface BacklogRun {
  outbox: Pick<OutboxRepository, 'markedSubjects'>;
  orgId: string;
  today: PlainDate;
  tracked: TrackedObligation[];
  options: LadderOptions;
}

/**
 * What `person`'s newcomer email lists and counts today: their unit's backlog (newcomerBacklog) less
 * the obligations they already heard are overdue (their own overdue, escalation or backlog marker,
 * read by one narrow Query per stage and fiscal year, only for people who have a backlog at all).
 */
export async function newcomerMail(
  run: BacklogRun,
  person: Person,
): Promise<{ listed: TrackedObligation[]; pastCutoff: TrackedObligation[] }> {
  const backlog = newcomerBacklog(person, run.today, run.tracked, run.options);
  const unheard = await unheardBy(run, person, [...backlog.listed, ...backlog.pastCutoff]);
  return { listed: backlog.listed.filter(unheard), pastCutoff: backlog.pastCutoff.filter(unheard) };
}

/** Whether `person` never heard an obligation of `all` is overdue (no overdue, escalation or backlog marker). */
async function unheardBy(
  { outbox, orgId }: BacklogRun,
  person: Person,
  all: TrackedObligation[],
): Promise<(t: TrackedObligation) => boolean> {
  const heard = new Set<string>();
  const fys = [...new Set(all.map((t) => t.obligation.fy))];
  for (const fy of fys)
    for (const stage of HEARD_OVERDUE_STAGES)
      for (const id of await outbox.markedSubjects(orgId, fy, stage, `person.${person.personId}`))
        heard.add(`${fy}|${id}`);
  return (t) => !heard.has(`${t.obligation.fy}|${t.obligation.obligationId}`);
}

/**
 * An acting head's email of one unit they were appointed to (actingHeadBacklog): the reports it
 * lists and those past their cut-off it counts, less those they heard of (as a newcomer's) and
 * those `staffListed` (their newcomer email as its staff as well says them).
 */
export async function actingHeadMail(
  run: BacklogRun,
  person: Person,
  staffListed: readonly TrackedObligation[] = [],
): Promise<{ unitId: string; listed: TrackedObligation[]; pastCutoff: TrackedObligation[] }[]> {
  const units = actingHeadBacklog(person, run.today, run.tracked, run.options);
  if (units.length === 0) return [];
  const all = units.flatMap((u) => [...u.listed, ...u.pastCutoff]);
  const unheard = await unheardBy(run, person, all);
  const fresh = (t: TrackedObligation) => unheard(t) && !staffListed.includes(t);
  return units.map((u) => ({
    unitId: u.unitId,
    listed: u.listed.filter(fresh),
    pastCutoff: u.pastCutoff.filter(fresh),
  }));
}

/**
 * For each active staff member with a join day, one email per unit (newcomerMail): the reports it lists, and
 * those past their cut-off it counts. None when it would list nothing. People who never joined
 * through the API (no join day) cost nothing.
 */
export async function backlogBatches(run: BacklogRun, people: Person[]): Promise<BacklogMail[]> {
  const out: BacklogMail[] = [];
  for (const person of people) {
    const mail = await newcomerMail(run, person);
    // one email per unit they are staff of (their own, Person.alsoStaffOf), each naming its unit
    const units = [...new Set(mail.listed.map((t) => t.obligation.unitId))];
    for (const unitId of units) {
      const ofUnit = (ts: TrackedObligation[]) => ts.filter((t) => t.obligation.unitId === unitId);
      const pastCutoff = ofUnit(mail.pastCutoff);
      out.push({
        person,
        batch: {
          stage: 'backlog',
          audience: { kind: 'unit', unitId },
          items: ofUnit(mail.listed),
          ...(pastCutoff.length ? { pastCutoff } : {}),
          joinedAs: joinedAsOf(person, unitId),
        },
      });
    }
    // an acting head appointed to a unit: one email per unit, to them as its head (s48)
    for (const acting of await actingHeadMail(run, person, mail.listed)) {
      if (acting.listed.length === 0) continue;
      out.push({
        person,
        batch: {
          stage: 'backlog',
          audience: { kind: 'unit-head', unitId: acting.unitId },
          items: acting.listed,
          ...(acting.pastCutoff.length ? { pastCutoff: acting.pastCutoff } : {}),
          joinedAs: 'acting-head',
        },
      });
    }
  }
  return out;
}
