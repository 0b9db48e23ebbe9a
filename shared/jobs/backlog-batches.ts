// The daily pass's one email to a person who joined a unit with overdue reports they never heard
// of (shared/domain/unit-backlog.ts): the planner for the run (run-org-job.ts) and the preview.
import type { Person } from '../domain/organisation.js';
import type { PlainDate } from '../domain/plain-date.js';
import type { LadderOptions } from '../domain/reminder-ladder.js';
import type { ReminderBatch, TrackedObligation } from '../domain/reminder-plan.js';
import { backlogOf, HEARD_OVERDUE_STAGES } from '../domain/unit-backlog.js';
import type { OutboxRepository } from '../store/outbox-repository.js';

export interface BacklogMail {
  person: Person;
  batch: ReminderBatch;
}

/**
 * For each active staff member with a join day: their unit's backlog (backlogOf) less the
 * obligations they already heard are overdue (their own overdue, escalation or backlog marker,
 * read by one narrow Query per stage and fiscal year, only for people who have a backlog at all).
 * People who never joined through the API (no join day) cost nothing.
 */
export async function backlogBatches(
  outbox: Pick<OutboxRepository, 'markedSubjects'>,
  orgId: string,
  people: Person[],
  today: PlainDate,
  tracked: TrackedObligation[],
  options: LadderOptions,
): Promise<BacklogMail[]> {
  const out: BacklogMail[] = [];
  for (const person of people) {
    const backlog = backlogOf(person, today, tracked, options);
    if (backlog.length === 0) continue;
    const heard = new Set<string>();
    const fys = [...new Set(backlog.map((t) => t.obligation.fy))];
    for (const fy of fys)
      for (const stage of HEARD_OVERDUE_STAGES)
        for (const id of await outbox.markedSubjects(orgId, fy, stage, `person.${person.personId}`))
          heard.add(`${fy}|${id}`);
    const items = backlog.filter((t) => !heard.has(`${t.obligation.fy}|${t.obligation.obligationId}`));
    if (items.length === 0) continue;
    out.push({ person, batch: { stage: 'backlog', audience: { kind: 'unit', unitId: person.unitId! }, items } });
  }
  return out;
}
