// Who counts as joining a unit's staff, and which of its reports are their backlog (unit-backlog.ts).
import { describe, expect, it } from 'vitest';
import { expandPlan, obligationStatus } from '../../shared/domain/obligations.js';
import type { Person } from '../../shared/domain/organisation.js';
import type { PlainDate } from '../../shared/domain/plain-date.js';
import type { TrackedObligation } from '../../shared/domain/reminder-plan.js';
import { actingHeadBacklog, actingHeadDays, backlogOf, joinsUnitStaff } from '../../shared/domain/unit-backlog.js';
import { FIVE_UNITS, importSeedPlan } from '../support/seed-plan.js';

const { plan } = importSeedPlan();
const track = (today: PlainDate): TrackedObligation[] =>
  expandPlan(plan, FIVE_UNITS).map((o) => ({ obligation: o, status: obligationStatus(o, undefined, today) }));
const staff: Person = {
  orgId: 'demo',
  personId: 'p1',
  email: 'p1@demo.example.org',
  name: 'เจ้าหน้าที่',
  unitId: 'finance',
  roles: ['staff'],
  headOfUnit: false,
  active: true,
};

describe('joining a unit’s staff', () => {
  it('is being added, moved in, reactivated or given the staff role; not a rename, a leave or an executive', () => {
    expect(joinsUnitStaff(undefined, staff)).toBe(true);
    expect(joinsUnitStaff({ ...staff, unitId: 'health' }, staff)).toBe(true);
    expect(joinsUnitStaff({ ...staff, active: false }, staff)).toBe(true);
    expect(joinsUnitStaff({ ...staff, roles: ['coordinator'] }, { ...staff, roles: ['coordinator', 'staff'] })).toBe(
      true,
    );
    expect(joinsUnitStaff(staff, { ...staff, name: 'ชื่อใหม่' })).toBe(false);
    expect(joinsUnitStaff(staff, { ...staff, active: false })).toBe(false);
    const { unitId: _none, ...mayor } = { ...staff, roles: ['executive' as const] };
    expect(joinsUnitStaff(undefined, mayor)).toBe(false);
  });
});

describe('joining another unit’s staff as well (Person.alsoStaffOf)', () => {
  it('is a unit added to the list; not the list kept, shortened, or given to someone without the staff role', () => {
    expect(joinsUnitStaff(staff, { ...staff, alsoStaffOf: ['education'] })).toBe(true);
    expect(
      joinsUnitStaff({ ...staff, alsoStaffOf: ['education'] }, { ...staff, alsoStaffOf: ['education', 'health'] }),
    ).toBe(true);
    expect(joinsUnitStaff({ ...staff, alsoStaffOf: ['education'] }, { ...staff, alsoStaffOf: ['education'] })).toBe(
      false,
    );
    expect(
      joinsUnitStaff({ ...staff, alsoStaffOf: ['education', 'health'] }, { ...staff, alsoStaffOf: ['health'] }),
    ).toBe(false);
    const executive = { ...staff, roles: ['executive' as const] };
    expect(joinsUnitStaff(executive, { ...executive, alsoStaffOf: ['education'] })).toBe(false);
  });

  it("their backlog holds the other unit's reports too, and no unit they are not staff of", () => {
    const today = '2023-05-15' as PlainDate;
    const units = backlogOf({ ...staff, alsoStaffOf: ['education'], joinedUnitOn: today }, today, track(today)).map(
      (t) => t.obligation.unitId,
    );
    expect(new Set(units)).toEqual(new Set(['finance', 'education']));
  });
});

describe("a newcomer's backlog", () => {
  const ids = (person: Person, today: PlainDate) =>
    backlogOf(person, today, track(today)).map((t) => t.obligation.periodId);

  it('is the unit’s reports past the staff ladder whose overdue email went out by the join day, oldest first', () => {
    const periods = ids({ ...staff, joinedUnitOn: '2023-05-15' }, '2023-05-15');
    expect(periods[0]).toBe('2023-03');
    expect(periods).toContain('2023-04');
    expect(periods).not.toContain('2023-05');
    expect(periods).not.toContain('2023-02'); // cut off (60 days after 28 February)
  });

  it('is empty with no join day, a join after the run’s day, or a join before the overdue emails', () => {
    expect(ids(staff, '2023-05-15')).toEqual([]);
    expect(ids({ ...staff, joinedUnitOn: '2023-05-16' }, '2023-05-15')).toEqual([]);
    // in the unit since 1 March: March's and April's overdue emails reached them
    expect(ids({ ...staff, joinedUnitOn: '2023-03-01' }, '2023-05-15')).toEqual([]);
  });
});

// Re-check s48: an acting appointment set no day, so an acting head never heard of the unit's reports
// escalated before they came. The day is kept per unit (actingHeadSince); the rule is a newcomer's,
// one stage up: the head's escalation went out on or before the day, its window has passed.
describe('an acting head’s appointment day, and what they missed of the unit', () => {
  const head: Person = { ...staff, personId: 'h1', headOfUnit: true };

  it('a unit new to the list gets the day; a kept one keeps its day (or none); a dropped one, or a deactivation, none', () => {
    expect(actingHeadDays(undefined, { ...head, actingHeadOf: ['education'] }, '2023-05-15')).toEqual({
      education: '2023-05-15',
    });
    const acting = { ...head, actingHeadOf: ['education'], actingHeadSince: { education: '2023-04-01' } };
    expect(actingHeadDays(acting, { ...acting, actingHeadOf: ['education', 'health'] }, '2023-05-15')).toEqual({
      education: '2023-04-01',
      health: '2023-05-15',
    });
    // appointed before the rule (no day): none, so no burst of emails on deployment
    const { actingHeadSince: _none, ...before } = acting;
    expect(actingHeadDays(before, before, '2023-05-15')).toBeUndefined();
    expect(actingHeadDays(acting, { ...acting, actingHeadOf: [] }, '2023-05-15')).toBeUndefined();
    expect(actingHeadDays(acting, { ...acting, active: false }, '2023-05-15')).toBeUndefined();
    // reactivated with the unit named again: a new appointment
    expect(actingHeadDays({ ...acting, active: false }, acting, '2023-05-15')).toEqual({ education: '2023-05-15' });
  });

  const missed = (since: PlainDate, today: PlainDate) =>
    actingHeadBacklog(
      { ...head, actingHeadOf: ['education'], actingHeadSince: { education: since } },
      today,
      track(today),
    );

  it('on 15 May: the reports escalated to the head by then and past that window, education’s only; those past their cut-off counted', () => {
    const [unit, ...more] = missed('2023-05-15', '2023-05-15');
    expect(more).toEqual([]);
    expect(unit!.unitId).toBe('education');
    const listed = unit!.listed.map((t) => t.obligation.obligationId);
    // April's monthly report: head escalation 7 May, executives 14 May
    expect(listed).toContain('i4.f2.2023-04.education');
    expect(unit!.listed.every((t) => t.obligation.unitId === 'education')).toBe(true);
    // October's, long past its cut-off, counted
    expect(unit!.pastCutoff.map((t) => t.obligation.obligationId)).toContain('i4.f2.2022-10.education');
  });

  it('appointed on 10 May: April’s report is still in its head-escalation window, which reaches them; nothing listed of it', () => {
    const listed = missed('2023-05-10', '2023-05-10').flatMap((u) => u.listed.map((t) => t.obligation.obligationId));
    expect(listed).not.toContain('i4.f2.2023-04.education');
    expect(listed).toContain('i4.f2.2023-03.education');
  });

  it('a run replayed for a day before the appointment finds nothing', () => {
    expect(missed('2023-05-15', '2023-05-14')).toEqual([]);
  });
});
