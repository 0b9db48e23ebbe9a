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
      '02-08 overdue',
      '02-14 escalation-head',
      '02-21 escalation-executive',
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
      '02-16 opening',
      '02-17 overdue',
      '02-23 escalation-head',
      '03-02 escalation-executive',
    ]);
  });

  it('values a request sends are not kept, and nothing not yet due is marked', () => {
    const after = plan(['clerk'], [once({ addedOn: '2022-10-01', dueDate: '2023-03-31' }), monthly]);
    expect(markLateAdditions(after, undefined, new Date('2022-12-20T03:00:00Z'), units)).toBe(1);
    // the "once" is due in March: no mark; the monthly's October and November are past due
    expect(after.measures[0]!.followUps.map((f) => f.addedOn ?? null)).toEqual([null, '2022-12-20']);
  });
});
