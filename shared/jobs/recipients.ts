// Who an audience of the reminder jobs is, among the org's active people.
import type { Person } from '../domain/organisation.js';
import type { Audience } from '../domain/reminder-plan.js';

/** Who an audience is, among the org's active people. */
export function recipients(audience: Audience, people: Person[]): Person[] {
  switch (audience.kind) {
    case 'unit':
      // its staff, and staff of other units who are its staff as well (Person.alsoStaffOf)
      return people.filter(
        (p) =>
          p.roles.includes('staff') &&
          (p.unitId === audience.unitId || (p.alsoStaffOf ?? []).includes(audience.unitId)),
      );
    case 'unit-head':
      // its head, and whoever is acting head of it (รักษาราชการแทน) besides their own unit
      return people.filter(
        (p) => (p.unitId === audience.unitId && p.headOfUnit) || (p.actingHeadOf ?? []).includes(audience.unitId),
      );
    case 'coordinators':
      return people.filter((p) => p.roles.includes('coordinator'));
    case 'executives':
      return people.filter((p) => p.roles.includes('executive'));
  }
}

/**
 * Who reads an org's summaries and its annual report: its active executives, then its coordinators,
 * each once; with neither role held, its active admins (ผู้ดูแลระบบ), who can give those roles: else the
 * summaries, which say that nobody holds them, reach nobody (tester s56 A's lead).
 */
export function summaryReaders(people: readonly Person[]): Person[] {
  const active = people.filter((p) => p.active);
  const holding = (role: Person['roles'][number]) => active.filter((p) => p.roles.includes(role));
  // the executives first: a coordinator's digest, sent after, lists what the run gave up before it
  const readers = [...new Set([...holding('executive'), ...holding('coordinator')])];
  return readers.length ? readers : holding('admin');
}
