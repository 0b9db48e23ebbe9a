// Review 17 s14, S14-8: a measure or follow-up added to a saved plan during the year owed every
// period since 1 October: the unit was "overdue" for months before the measure existed, the moment
// it was saved. What is added now owes the periods from the month it is added (Asia/Bangkok), as a
// unit added mid-year does; a first month the coordinator chose is kept.
import { describe, expect, it } from 'vitest';
import { startAdditionsAtSave } from '../../shared/domain/mid-year-additions.js';
import { expandPlan } from '../../shared/domain/obligations.js';
import type { FollowUp, Plan } from '../../shared/domain/plan.js';

const followUp = (followUpNo: number, more: Partial<FollowUp> = {}): FollowUp => ({
  followUpNo,
  text: 'รายงานผลทุกเดือน',
  cadence: 'monthly',
  audience: [],
  ...more,
});
const measure = (measureId: string, followUps: FollowUp[], unitIds = ['clerk']) =>
  ({
    measureId,
    followUps,
    responsible: { allUnits: false, unitIds, text: '' },
  }) as unknown as Plan['measures'][number];
const plan = (measures: Plan['measures']) => ({ orgId: 'demo', fy: 2570, title: 'แผน', measures });
const firstMonths = (p: Plan) => p.measures.map((m) => m.followUps.map((f) => f.firstMonth ?? null));

describe('what is added to a saved plan during its year', () => {
  const saved = { measures: [measure('i4', [followUp(1)])] };

  it('a new measure added on 1 December (Bangkok) owes its periods from December', () => {
    const p = plan([measure('i4', [followUp(1)]), measure('m2', [followUp(1), followUp(2, { cadence: 'quarterly' })])]);
    expect(startAdditionsAtSave(p, saved, new Date('2026-11-30T17:30:00Z'))).toBe(2);
    expect(firstMonths(p)).toEqual([[null], ['2026-12', '2026-12']]);
  });

  it('a new follow-up of a kept measure too; the kept follow-up is not touched', () => {
    const p = plan([measure('i4', [followUp(1), followUp(2, { cadence: 'semiannual' })])]);
    startAdditionsAtSave(p, saved, new Date('2027-04-20T03:00:00Z'));
    expect(firstMonths(p)).toEqual([[null, '2027-04']]);
  });

  it('a first month chosen, a "once" duty, October, and another year are left as they are', () => {
    const chosen = plan([measure('m2', [followUp(1, { firstMonth: '2026-11' }), followUp(2, { cadence: 'once' })])]);
    startAdditionsAtSave(chosen, saved, new Date('2027-01-10T03:00:00Z'));
    expect(firstMonths(chosen)).toEqual([['2026-11', null]]);
    const october = plan([measure('m2', [followUp(1)])]);
    expect(startAdditionsAtSave(october, saved, new Date('2026-10-15T03:00:00Z'))).toBe(0);
    const nextYear = plan([measure('m2', [followUp(1)])]);
    expect(startAdditionsAtSave(nextYear, saved, new Date('2027-12-01T03:00:00Z'))).toBe(0);
    expect(firstMonths(nextYear)).toEqual([[null]]);
  });

  // tester s51: the page's "ต้นปีงบประมาณ" sends October, as a client may; stored as the year's default
  it('October chosen ("from the year\'s start") is stored as no first month, added in January or kept', () => {
    const added = plan([measure('m2', [followUp(1, { firstMonth: '2026-10' })])]);
    expect(startAdditionsAtSave(added, saved, new Date('2027-01-10T03:00:00Z'))).toBe(0);
    expect(firstMonths(added)).toEqual([[null]]);
    const firstSave = plan([measure('m2', [followUp(1, { firstMonth: '2026-10' })])]);
    startAdditionsAtSave(firstSave, undefined, new Date('2027-01-10T03:00:00Z'));
    expect(firstMonths(firstSave)).toEqual([[null]]);
  });
});

// Review 17 s15, S15-1: S14-8's neighbours. A unit added to a kept measure, and a kept follow-up
// whose cadence changed (no reports yet), owed every period since October: overdue at once.
describe('what changes on a kept measure during its year', () => {
  const units = ['clerk', 'finance', 'engineering'];
  const saved = { measures: [measure('i6', [followUp(1, { cadence: 'april-september' })])] };
  const december = new Date('2026-12-02T03:00:00Z');

  it('a unit added to the measure on 2 December reports from December; the units it had keep the whole year', () => {
    const p = plan([measure('i6', [followUp(1, { cadence: 'april-september' })], ['clerk', 'engineering'])]);
    expect(startAdditionsAtSave(p, saved, december, units)).toBe(1);
    expect(p.measures[0]!.responsible.unitFirstMonths).toEqual({ engineering: '2026-12' });
    expect(firstMonths(p)).toEqual([[null]]);
  });

  it('a unit keeps its first month on later saves, loses it when taken off; "every unit" adds the others', () => {
    const first = plan([measure('i6', [followUp(1, { cadence: 'april-september' })], ['clerk', 'engineering'])]);
    startAdditionsAtSave(first, saved, december, units);
    const savedAgain = { measures: first.measures };
    const later = plan([measure('i6', [followUp(1, { cadence: 'april-september' })], ['clerk', 'engineering'])]);
    startAdditionsAtSave(later, savedAgain, new Date('2027-02-10T03:00:00Z'), units);
    expect(later.measures[0]!.responsible.unitFirstMonths).toEqual({ engineering: '2026-12' });
    const off = plan([measure('i6', [followUp(1, { cadence: 'april-september' })], ['clerk'])]);
    startAdditionsAtSave(off, savedAgain, new Date('2027-02-10T03:00:00Z'), units);
    expect(off.measures[0]!.responsible.unitFirstMonths).toBeUndefined();
    const every = plan([measure('i6', [followUp(1, { cadence: 'april-september' })], [])]);
    every.measures[0]!.responsible.allUnits = true;
    startAdditionsAtSave(every, saved, december, units);
    expect(every.measures[0]!.responsible.unitFirstMonths).toEqual({ finance: '2026-12', engineering: '2026-12' });
  });

  it('a kept follow-up whose cadence changes starts its new periods in the month of the save', () => {
    const p = plan([measure('i6', [followUp(1, { cadence: 'monthly' })])]);
    expect(startAdditionsAtSave(p, saved, december, units)).toBe(1);
    expect(firstMonths(p)).toEqual([['2026-12']]);
    const same = plan([measure('i6', [followUp(1, { cadence: 'april-september', text: 'แก้ข้อความ' })])]);
    expect(startAdditionsAtSave(same, saved, december, units)).toBe(0);
  });
});

// Review 17 s16, S16-1: S15-1's neighbour. A unit added to a kept follow-up's own units (S13-3)
// owed that follow-up since October: overdue at once.
describe('a unit added to a kept follow-up’s own units during its year', () => {
  const units = ['clerk', 'finance', 'engineering'];
  const december = new Date('2026-12-02T03:00:00Z');
  const savedWith = (own?: string[]) => ({
    measures: [measure('i5', [followUp(1, own ? { unitIds: own } : {}), followUp(2)], units)],
  });
  const firstPeriods = (p: Plan, unitId: string) =>
    expandPlan(p, units)
      .filter((o) => o.unitId === unitId && o.measureId === 'i5')
      .map((o) => `${o.followUpNo}:${o.periodId}`)
      .filter((_, i, all) => all.findIndex((x) => x.startsWith(_.slice(0, 2))) === i)
      .sort();

  it('reports it from the month of the save; the unit it had and the other follow-up keep the year', () => {
    const p = plan([measure('i5', [followUp(1, { unitIds: ['clerk', 'finance'] }), followUp(2)], units)]);
    expect(startAdditionsAtSave(p, savedWith(['clerk']), december, units)).toBe(1);
    expect(p.measures[0]!.followUps[0]!.unitFirstMonths).toEqual({ finance: '2026-12' });
    expect(p.measures[0]!.responsible.unitFirstMonths).toBeUndefined();
    expect(firstPeriods(p, 'finance')).toEqual(['1:2026-12', '2:2026-10']);
    expect(firstPeriods(p, 'clerk')).toEqual(['1:2026-10', '2:2026-10']);
  });

  it('clearing the follow-up’s own list (every unit of the measure) starts the others from that month', () => {
    const p = plan([measure('i5', [followUp(1), followUp(2)], units)]);
    expect(startAdditionsAtSave(p, savedWith(['clerk']), december, units)).toBe(2);
    expect(p.measures[0]!.followUps[0]!.unitFirstMonths).toEqual({ finance: '2026-12', engineering: '2026-12' });
    expect(firstPeriods(p, 'engineering')).toEqual(['1:2026-12', '2:2026-10']);
  });

  it('keeps the month on later saves, drops it when the unit leaves; a unit new to the measure has the measure’s month only', () => {
    const saved = {
      measures: [
        measure(
          'i5',
          [followUp(1, { unitIds: ['clerk', 'finance'], unitFirstMonths: { finance: '2026-12' } })],
          ['clerk', 'finance'],
        ),
      ],
    };
    const later = plan([measure('i5', [followUp(1, { unitIds: ['clerk', 'finance'] })], ['clerk', 'finance'])]);
    expect(startAdditionsAtSave(later, saved, new Date('2027-02-10T03:00:00Z'), units)).toBe(0);
    expect(later.measures[0]!.followUps[0]!.unitFirstMonths).toEqual({ finance: '2026-12' });
    const off = plan([measure('i5', [followUp(1, { unitIds: ['clerk'] })], ['clerk', 'finance'])]);
    startAdditionsAtSave(off, saved, new Date('2027-02-10T03:00:00Z'), units);
    expect(off.measures[0]!.followUps[0]!.unitFirstMonths).toBeUndefined();
    const joined = plan([measure('i5', [followUp(1, { unitIds: ['clerk', 'engineering'] })], units)]);
    const notResponsible = { measures: [measure('i5', [followUp(1, { unitIds: ['clerk'] })], ['clerk', 'finance'])] };
    startAdditionsAtSave(joined, notResponsible, december, units);
    expect(joined.measures[0]!.followUps[0]!.unitFirstMonths).toBeUndefined();
    expect(joined.measures[0]!.responsible.unitFirstMonths).toEqual({ engineering: '2026-12' });
  });
});

// tester s39 #1: the follow-ups a CLI import left "unspecified" (the document said no cadence),
// settled on 5 December, printed "(ตั้งแต่เดือนธันวาคม ๒๕๖๙)" and, made monthly, owed nothing for
// October and November: settling the plan's "ไม่ระบุ" completes the plan as adopted.
describe('a follow-up saved "unspecified" (ไม่ระบุ) given its cadence during the year', () => {
  const saved = { measures: [measure('i5', [followUp(1, { cadence: 'unspecified' })])] };
  const december = new Date('2026-12-05T03:00:00Z');

  it.each([
    ['monthly', 12],
    ['quarterly', 4],
    ['annual', 1],
  ] as const)(
    'made %s on 5 December: it owes the whole year (%i periods), no first month given',
    (cadence, periods) => {
      const p = plan([measure('i5', [followUp(1, { cadence })])]);
      expect(startAdditionsAtSave(p, saved, december)).toBe(0);
      expect(firstMonths(p)).toEqual([[null]]);
      expect(expandPlan(p, ['clerk'])).toHaveLength(periods);
    },
  );

  it('a first month the coordinator chose while settling it is kept', () => {
    const p = plan([measure('i5', [followUp(1, { cadence: 'monthly', firstMonth: '2027-01' })])]);
    startAdditionsAtSave(p, saved, december);
    expect(firstMonths(p)).toEqual([['2027-01']]);
  });

  it('a unit added to it while settling it reports from December; a monthly one made quarterly still starts then', () => {
    const units = ['clerk', 'finance'];
    const p = plan([measure('i5', [followUp(1, { cadence: 'monthly', unitIds: ['clerk', 'finance'] })], units)]);
    const before = { measures: [measure('i5', [followUp(1, { cadence: 'unspecified', unitIds: ['clerk'] })], units)] };
    startAdditionsAtSave(p, before, december, units);
    expect(p.measures[0]!.followUps[0]!.unitFirstMonths).toEqual({ finance: '2026-12' });
    const changed = plan([measure('i5', [followUp(1, { cadence: 'quarterly' })])]);
    startAdditionsAtSave(changed, { measures: [measure('i5', [followUp(1)])] }, december);
    expect(firstMonths(changed)).toEqual([['2026-12']]);
  });
});

// Tester s52 (P3): a follow-up's October ("from the year's start") was stored as none since s51, a
// unit's October (unitFirstMonths) as sent: one rule now, on the measure's units and a follow-up's.
describe('a unit’s first month of October is stored as none, as a follow-up’s is', () => {
  const units = ['clerk', 'finance', 'engineering'];
  const january = new Date('2027-01-10T03:00:00Z');
  const responsible = (p: Plan) => p.measures[0]!.responsible.unitFirstMonths;
  const ofFollowUp = (p: Plan) => p.measures[0]!.followUps[0]!.unitFirstMonths;

  it('a unit added to a kept measure in January with October chosen: no first month, the whole year owed', () => {
    const saved = { measures: [measure('i6', [followUp(1)])] };
    const p = plan([measure('i6', [followUp(1)], ['clerk', 'finance'])]);
    p.measures[0]!.responsible.unitFirstMonths = { finance: '2026-10' };
    expect(startAdditionsAtSave(p, saved, january, units)).toBe(0);
    expect(responsible(p)).toBeUndefined();
    expect(expandPlan(p, units).filter((o) => o.unitId === 'finance')[0]!.periodId).toBe('2026-10');
  });

  it('a unit whose saved first month is December moved to October: none; another unit’s month is kept', () => {
    const saved = { measures: [measure('i6', [followUp(1)], units)] };
    saved.measures[0]!.responsible.unitFirstMonths = { finance: '2026-12', engineering: '2026-12' };
    const p = plan([measure('i6', [followUp(1)], units)]);
    p.measures[0]!.responsible.unitFirstMonths = { finance: '2026-10' };
    startAdditionsAtSave(p, saved, january, units);
    expect(responsible(p)).toEqual({ engineering: '2026-12' });
  });

  it('a unit added to a kept follow-up’s own units with October chosen: none on the follow-up', () => {
    const saved = { measures: [measure('i5', [followUp(1, { unitIds: ['clerk'] })], units)] };
    const p = plan([measure('i5', [followUp(1, { unitIds: ['clerk', 'finance'] })], units)]);
    p.measures[0]!.followUps[0]!.unitFirstMonths = { finance: '2026-10' };
    expect(startAdditionsAtSave(p, saved, january, units)).toBe(0);
    expect(ofFollowUp(p)).toBeUndefined();
  });

  it('a first save and a save in October (no month given) store October as none too', () => {
    const first = plan([measure('i6', [followUp(1, { unitFirstMonths: { clerk: '2026-10' } })], ['clerk'])]);
    first.measures[0]!.responsible.unitFirstMonths = { clerk: '2026-10' };
    startAdditionsAtSave(first, undefined, january, units);
    expect(responsible(first)).toBeUndefined();
    expect(ofFollowUp(first)).toBeUndefined();
    const october = plan([measure('i6', [followUp(1)], ['clerk', 'finance'])]);
    october.measures[0]!.responsible.unitFirstMonths = { finance: '2026-10', clerk: '2026-11' };
    startAdditionsAtSave(
      october,
      { measures: [measure('i6', [followUp(1)])] },
      new Date('2026-10-15T03:00:00Z'),
      units,
    );
    expect(responsible(october)).toEqual({ clerk: '2026-11' });
  });
});

// Found beside tester s52's: a unit's saved first month that a client leaves out is kept while the
// unit stays responsible (docs/api.md), but only on a save inside the year after October: saved
// again after the year ended, the unit owed from October, its months before missed at once.
describe('a unit’s saved first month left out of a save after the year (or in its October) is kept', () => {
  const units = ['clerk', 'finance'];
  const saved = {
    measures: [
      measure('i6', [followUp(1, { unitIds: ['clerk', 'finance'], unitFirstMonths: { finance: '2027-01' } })], units),
    ],
  };
  saved.measures[0]!.responsible.unitFirstMonths = { finance: '2026-12' };
  const resent = () => plan([measure('i6', [followUp(1, { unitIds: ['clerk', 'finance'] })], units)]);

  it.each([
    ['after the year ended (10 November 2570)', new Date('2027-11-10T03:00:00Z')],
    ['in the year’s own October (months a client sent)', new Date('2026-10-20T03:00:00Z')],
    ['inside the year, as before', new Date('2027-02-10T03:00:00Z')],
  ])('%s: the measure’s and the follow-up’s unit months stay', (_when, now) => {
    const p = resent();
    startAdditionsAtSave(p, saved, now, units);
    expect(p.measures[0]!.responsible.unitFirstMonths).toEqual({ finance: '2026-12' });
    expect(p.measures[0]!.followUps[0]!.unitFirstMonths).toEqual({ finance: '2027-01' });
  });

  it('a unit taken off loses its month after the year too; a cadence changed keeps none of the follow-up’s', () => {
    const off = plan([measure('i6', [followUp(1, { unitIds: ['clerk'] })], ['clerk'])]);
    startAdditionsAtSave(off, saved, new Date('2027-11-10T03:00:00Z'), units);
    expect(off.measures[0]!.responsible.unitFirstMonths).toBeUndefined();
    expect(off.measures[0]!.followUps[0]!.unitFirstMonths).toBeUndefined();
    const changed = plan([
      measure('i6', [followUp(1, { cadence: 'quarterly', unitIds: ['clerk', 'finance'] })], units),
    ]);
    startAdditionsAtSave(changed, saved, new Date('2027-11-10T03:00:00Z'), units);
    expect(changed.measures[0]!.followUps[0]!.unitFirstMonths).toBeUndefined();
  });
});
