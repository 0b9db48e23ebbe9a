// Break s31-u F4's neighbours below the plan's own follow-ups: a unit that begins reporting a kept
// "once" follow-up after its due date, and a unit added to the org that owes one, are reminded from
// that day, not escalated at once (docs/reminders.md, "Added late").
import { describe, expect, it } from 'vitest';
import { markLateAdditions, startAdditionsAtSave } from '../../shared/domain/mid-year-additions.js';
import { assembleOrgYear } from '../../shared/domain/org-year.js';
import type { FollowUp, Plan, StoredPlan } from '../../shared/domain/plan.js';
import { ladderSubject } from '../../shared/domain/reminder-plan.js';
import { ladderOf } from '../../shared/domain/reminder-ladder.js';

const once = (more: Partial<FollowUp> = {}): FollowUp => ({
  followUpNo: 1,
  text: 'รายงานผลการตรวจสอบพัสดุประจำปี',
  cadence: 'once',
  audience: [],
  dueDate: '2023-01-20',
  ...more,
});
const monthly: FollowUp = { followUpNo: 2, text: 'รายงานทุกเดือน', cadence: 'monthly', audience: [] };
const plan = (unitIds: string[], followUps: FollowUp[] = [once(), monthly]): Plan => ({
  orgId: 'demo',
  fy: 2566,
  title: 'แผน',
  measures: [
    {
      measureId: 'i4',
      order: 1,
      indicator: 4,
      title: 'มาตรการ',
      subMeasures: [],
      methods: [],
      timeframe: '',
      followUps,
      responsible: { allUnits: false, unitIds, text: '' },
      recommendations: [],
    },
  ],
});
const stored = (p: Plan): StoredPlan => ({ ...p, version: 1, updatedAt: '2022-10-01T02:00:00Z', updatedBy: 'seed' });
const units = ['clerk', 'finance', 'health'];
const ladder = (p: StoredPlan, id: string, lifetimes = units.map((unitId) => ({ unitId, active: true }))) => {
  const year = assembleOrgYear({ plan: p, reports: new Map(), units: lifetimes, dueRules: {}, asOf: '2023-02-20' });
  return ladderOf(ladderSubject(year.trackedById.get(id)!, '2023-02-20')).map((s) => `${s.on.slice(5)} ${s.stage}`);
};

describe('a unit that joins after a due date is reminded from the day it joined', () => {
  it('a unit added to a kept measure on 6 February: its "once" report (due 20 January) from 7 February', () => {
    const before = stored(plan(['clerk']));
    const after = plan(['clerk', 'finance']);
    // as the save does: the monthly periods before February are not the new unit's
    startAdditionsAtSave(after, before, new Date('2023-02-06T03:00:00Z'), units);
    expect(markLateAdditions(after, before, new Date('2023-02-06T03:00:00Z'), units)).toBe(1);
    expect(after.measures[0]!.followUps[0]!.unitsAddedOn).toEqual({ finance: '2023-02-06' });
    const saved = stored(after);
    expect(ladder(saved, 'i4.f1.ONCE.finance')).toEqual([
      '02-07 opening',
      // on time until 9 February (3 days after it was added): overdue the day after
      '02-10 overdue',
      '02-16 escalation-head',
      '02-23 escalation-executive',
    ]);
    // the unit that always had it: the plain ladder (overdue 21 January, ...)
    expect(ladder(saved, 'i4.f1.ONCE.clerk')[0]).toBe('01-01 opening');
  });

  it("a follow-up's own units widened on 10 February: only the unit added starts late", () => {
    const before = stored(plan(['clerk', 'finance', 'health'], [once({ unitIds: ['clerk'] })]));
    const after = plan(['clerk', 'finance', 'health'], [once({ unitIds: ['clerk', 'health'] })]);
    markLateAdditions(after, before, new Date('2023-02-10T03:00:00Z'), units);
    expect(after.measures[0]!.followUps[0]!.unitsAddedOn).toEqual({ health: '2023-02-10' });
    expect(ladder(stored(after), 'i4.f1.ONCE.health')[0]).toBe('02-11 opening');
  });

  it('a unit added to the org on 15 February owes the "once" report from 16 February', () => {
    const saved = stored(plan(['clerk', 'finance', 'health']));
    const lifetimes = [
      { unitId: 'clerk', active: true },
      { unitId: 'finance', active: true },
      { unitId: 'health', active: true, addedAt: '2023-02-15T03:00:00Z' },
    ];
    expect(ladder(saved, 'i4.f1.ONCE.health', lifetimes)).toEqual([
      // on time until its third working day, Monday 20 February
      '02-16 opening',
      '02-21 overdue',
      '02-27 escalation-head',
      '03-06 escalation-executive',
    ]);
  });

  it('values a request sends are not kept, and nothing not yet due is marked', () => {
    const after = plan(['clerk'], [once({ addedOn: '2022-10-01', dueDate: '2023-03-31' }), monthly]);
    expect(markLateAdditions(after, undefined, new Date('2022-12-20T03:00:00Z'), units)).toBe(1);
    // the "once" is due in March: no mark; the monthly's October and November are past due
    expect(after.measures[0]!.followUps.map((f) => f.addedOn ?? null)).toEqual([null, '2022-12-20']);
  });
});

describe('a kept follow-up made due by a replacement starts, for what was not due before, on the save day', () => {
  const monthlyFrom = (unitFirstMonths?: Record<string, string>) =>
    plan(['clerk', 'finance'], [{ ...monthly, ...(unitFirstMonths ? { unitFirstMonths } : {}) }]);
  const may10 = new Date('2023-05-10T03:00:00Z');

  it("a unit's first month moved from March to January on 10 May: its January and February only, for that unit", () => {
    const before = stored(monthlyFrom({ finance: '2023-03' }));
    const after = monthlyFrom({ finance: '2023-01' });
    expect(markLateAdditions(after, before, may10, units)).toBe(2);
    expect(after.measures[0]!.followUps[0]!.periodsAddedOn).toEqual({
      '2023-01.finance': '2023-05-10',
      '2023-02.finance': '2023-05-10',
    });
    const saved = stored(after);
    const at = (id: string) => {
      const year = assembleOrgYear({
        plan: saved,
        reports: new Map(),
        units: units.map((unitId) => ({ unitId, active: true })),
        dueRules: {},
        asOf: '2023-05-20',
      });
      return ladderOf(ladderSubject(year.trackedById.get(id)!, '2023-05-20')).map((s) => `${s.on.slice(5)} ${s.stage}`);
    };
    expect(at('i4.f2.2023-01.finance')).toEqual([
      // on time until its third working day, Monday 15 May
      '05-11 opening',
      '05-16 overdue',
      '05-22 escalation-head',
      '05-29 escalation-executive',
    ]);
    // the unit that always had January, and finance's March (due before the save too): the plain ladder
    expect(at('i4.f2.2023-01.clerk')).toContain('02-14 escalation-executive');
    expect(at('i4.f2.2023-03.finance')).toContain('04-14 escalation-executive');
  });

  it('a monthly follow-up that stopped after January runs on, from 10 May: February to April start then', () => {
    const before = stored(plan(['clerk'], [{ ...monthly, lastMonth: '2023-01' }]));
    const after = plan(['clerk'], [monthly]);
    expect(markLateAdditions(after, before, may10, units)).toBe(3);
    expect(after.measures[0]!.followUps[0]!.periodsAddedOn).toEqual({
      '2023-02': '2023-05-10',
      '2023-03': '2023-05-10',
      '2023-04': '2023-05-10',
    });
  });

  it('a "once" date moved later, then back before the save day by a third save: from that third save', () => {
    const first = stored(plan(['clerk'], [once({ dueDate: '2023-06-30' })]));
    const second = plan(['clerk'], [once({ dueDate: '2023-08-31' })]);
    expect(markLateAdditions(second, first, new Date('2023-05-01T03:00:00Z'), units)).toBe(0);
    const third = plan(['clerk'], [once({ dueDate: '2023-04-30' })]);
    expect(markLateAdditions(third, stored(second), new Date('2023-05-15T03:00:00Z'), units)).toBe(1);
    expect(third.measures[0]!.followUps[0]!.periodsAddedOn).toEqual({ ONCE: '2023-05-15' });
    // a fourth save that keeps it due keeps the day; a request's own value is not kept
    const fourth = plan(['clerk'], [once({ dueDate: '2023-04-15', periodsAddedOn: { ONCE: '2022-10-01' } })]);
    expect(markLateAdditions(fourth, stored(third), new Date('2023-05-20T03:00:00Z'), units)).toBe(0);
    expect(fourth.measures[0]!.followUps[0]!.periodsAddedOn).toEqual({ ONCE: '2023-05-15' });
  });
});
