import { describe, expect, it } from 'vitest';
import type { Cadence, DueRule } from '../../shared/domain/due-rules.js';
import { expandPlan } from '../../shared/domain/obligations.js';
import { periodsFor } from '../../shared/domain/periods.js';
import { addDays, type PlainDate } from '../../shared/domain/plain-date.js';
import { ladderOf, type LadderStep, stageOn } from '../../shared/domain/reminder-ladder.js';
import { thaiWorkingDays } from '../../shared/domain/thai-working-days.js';
import type { WorkingDays } from '../../shared/domain/working-days.js';
import { dailyReminders, openingReminders, type TrackedObligation } from '../../shared/domain/reminder-plan.js';
import { FIVE_UNITS, importSeedPlan } from '../support/seed-plan.js';

const fy2566 = expandPlan(importSeedPlan().plan, FIVE_UNITS);
const find = (id: string) => fy2566.find((o) => o.obligationId === id)!;
const unsettled = (today: PlainDate): TrackedObligation[] =>
  fy2566.map((o) => ({ obligation: o, status: today > o.dueDate ? 'overdue' : 'due' }));
const idsAt = (batches: ReturnType<typeof dailyReminders>, stage: string) =>
  new Set(batches.filter((b) => b.stage === stage).flatMap((b) => b.items.map((t) => t.obligation.obligationId)));

describe('the ladder across the year end', () => {
  it("FY2566's September obligations are overdue on 2 October 2023, escalated to heads on 9 October and to executives on 16 October", () => {
    for (const id of [
      'i4.f2.2023-09.engineering',
      'i5.f4.H2.engineering',
      'i7.f1.H2.engineering',
      'i4.f1.FY.engineering',
    ]) {
      expect(stageOn(find(id), '2023-10-02')).toBe('overdue');
      expect(stageOn(find(id), '2023-10-09')).toBe('escalation-head');
      expect(stageOn(find(id), '2023-10-16')).toBe('escalation-executive');
    }
    expect(idsAt(dailyReminders('2023-10-16', unsettled('2023-10-16')), 'escalation-executive')).toContain(
      'i8.f3.FY.health',
    );
  });

  it('nothing is sent after the cut-off: 60 days after the due date by default, or as configured', () => {
    const september = find('i4.f2.2023-09.finance');
    expect(stageOn(september, '2023-11-29')).toBe('escalation-executive');
    expect(stageOn(september, '2023-11-30')).toBeUndefined();
    expect(stageOn(september, '2023-10-20', { cutoffDays: 19 })).toBeUndefined();
    expect(ladderOf(september, { cutoffDays: 10 }).map((s) => s.stage)).toEqual([
      'opening',
      'due-soon',
      'due',
      'overdue',
      'escalation-head',
    ]);
  });

  it('monthly reports due on the 5th of the next month get "due soon" on 2 October and "due" on 5 October', () => {
    const [september] = periodsFor('monthly', 2566, {
      dueRules: { monthly: { kind: 'day-of-next-month', day: 5 } },
    }).slice(-1);
    const o = { opensOn: september!.opensOn, dueDate: september!.dueDate };
    expect(o.dueDate).toBe('2023-10-05');
    expect(ladderOf(o)).toEqual([
      { stage: 'opening', on: '2023-09-01' },
      { stage: 'due-soon', on: '2023-10-02' },
      { stage: 'due', on: '2023-10-05' },
      { stage: 'overdue', on: '2023-10-06' },
      { stage: 'escalation-head', on: '2023-10-12' },
      { stage: 'escalation-executive', on: '2023-10-19' },
    ]);
  });
});

// tester s37 u1: FY2569's plan saved in December 2569, after the year ended, put its whole year on
// the ladder ("เลยกำหนด ๔๐๓ วัน"), every unit and the executives emailed hundreds of items
describe("a year's plan saved after the year ended is recorded, not reminded", () => {
  const added = (id: string, addedOn: PlainDate) => ({ ...find(id), addedOn });
  const sentEver = (o: ReturnType<typeof added>, from: PlainDate) => {
    const stages: string[] = [];
    for (let day = from; day <= addDays(from, 120); day = addDays(day, 1)) {
      const stage = stageOn(o, day);
      if (stage) stages.push(stage);
    }
    return stages;
  };
  it.each([
    ['October, saved two months after the year ended', 'i4.f2.2022-10.finance', '2023-12-01'],
    ['September, saved the day after the year ended', 'i4.f2.2023-09.finance', '2023-10-01'],
    ['the yearly report, saved a year later', 'i4.f1.FY.engineering', '2024-10-15'],
  ] as const)('%s: nothing is ever sent', (_name, id, addedOn) => {
    const o = added(id, addedOn);
    expect(ladderOf(o)).toEqual([]);
    expect(sentEver(o, addedOn)).toEqual([]);
    const plan = dailyReminders(addDays(addedOn, 2), [{ obligation: o, status: 'overdue' }]);
    expect(plan.flatMap((b) => b.items)).toEqual([]);
  });

  // every day a working day for the ladder here; its grace counts working days (2-4 October)
  it('saved on the last day of the year, it is still reminded from the next day (every day a working day here)', () => {
    const o = added('i4.f2.2023-08.finance', '2023-09-30');
    expect(ladderOf(o).map((s) => `${s.on} ${s.stage}`)).toEqual([
      '2023-10-01 opening',
      '2023-10-05 overdue',
      '2023-10-11 escalation-head',
      '2023-10-18 escalation-executive',
    ]);
  });
});

describe('every cadence opens', () => {
  const cases: [Cadence, string, PlainDate][] = [
    ['monthly', '2023-04', '2023-04-01'],
    ['quarterly', 'Q2', '2023-03-01'],
    ['semiannual', 'H1', '2023-03-01'],
    ['april-september', 'H1', '2023-04-01'],
    ['annual', 'FY', '2023-09-01'],
    ['unspecified', 'FY', '2023-09-01'],
    ['once', 'ONCE', '2023-06-01'],
  ];
  for (const [cadence, periodId, opens] of cases) {
    it(`a ${cadence} obligation (${periodId}) gets its opening reminder on ${opens}`, () => {
      const period = periodsFor(cadence, 2566, { onceDueDate: '2023-06-15' }).find((p) => p.periodId === periodId)!;
      const obligation = {
        ...find('i4.f2.2023-04.finance'),
        cadence,
        periodId,
        opensOn: period.opensOn,
        dueDate: period.dueDate,
      };
      expect(ladderOf(obligation)[0]).toEqual({ stage: 'opening', on: opens });
      const batches = openingReminders(opens, [{ obligation, status: 'due' }]);
      expect(batches.map((b) => b.stage)).toEqual(['opening']);
    });
  }

  it('with no working day between the opening and the due date, "due soon" gives way: opening, then due', () => {
    expect(ladderOf({ opensOn: '2023-06-01', dueDate: '2023-06-02' }).map((s) => s.stage)).toEqual([
      'opening',
      'due',
      'overdue',
      'escalation-head',
      'escalation-executive',
    ]);
  });
});

const calendar = await thaiWorkingDays([2022, 2023]);

describe('every cadence gets its opening and "due soon" on days of their own, whatever day it falls due', () => {
  const onceDue = (due: PlainDate) => {
    const [p] = periodsFor('once', 2566, { onceDueDate: due });
    return { opensOn: p!.opensOn, dueDate: p!.dueDate };
  };
  const firstThree = (o: { opensOn: PlainDate; dueDate: PlainDate }) => ladderOf(o, { calendar }).slice(0, 3);

  const cases: [string, PlainDate, LadderStep[]][] = [
    [
      'a "once" follow-up due on the 1st (1 June 2023) opens on 1 May',
      '2023-06-01',
      [
        { stage: 'opening', on: '2023-05-01' },
        { stage: 'due-soon', on: '2023-05-29' },
        { stage: 'due', on: '2023-06-01' },
      ],
    ],
    [
      'a "once" follow-up due on the 2nd (2 March 2023) opens on 1 February',
      '2023-03-02',
      [
        { stage: 'opening', on: '2023-02-01' },
        { stage: 'due-soon', on: '2023-02-27' },
        { stage: 'due', on: '2023-03-02' },
      ],
    ],
    [
      'a "once" follow-up due right after the New Year holidays (3 January 2023) opens on 1 December',
      '2023-01-03',
      [
        { stage: 'opening', on: '2022-12-01' },
        { stage: 'due-soon', on: '2022-12-29' },
        { stage: 'due', on: '2023-01-03' },
      ],
    ],
  ];
  for (const [what, due, steps] of cases)
    it(what, () => {
      expect(firstThree(onceDue(due))).toEqual(steps);
    });

  it('a "once" follow-up due on any day from 12 October 2022 to 30 September 2023 gets opening < due soon < due', () => {
    for (let due: PlainDate = '2022-10-12'; due <= '2023-09-30'; due = addDays(due, 1)) {
      const steps = firstThree(onceDue(due));
      expect(
        steps.map((s) => s.stage),
        due,
      ).toEqual(['opening', 'due-soon', 'due']);
      expect(steps[0]!.on < steps[1]!.on && steps[1]!.on < steps[2]!.on, due).toBe(true);
    }
  });

  it('so does every period of every cadence under every kind of org due rule', () => {
    const rules: DueRule[] = [
      { kind: 'default' },
      { kind: 'day-of-next-month', day: 1 },
      { kind: 'day-of-next-month', day: 5 },
      { kind: 'day-of-next-month', day: 28 },
      { kind: 'days-after', days: 0 },
      { kind: 'days-after', days: 2 },
    ];
    const cadences: Cadence[] = ['monthly', 'quarterly', 'semiannual', 'april-september', 'annual', 'unspecified'];
    for (const rule of rules)
      for (const cadence of cadences)
        for (const p of periodsFor(cadence, 2566, { dueRules: { [cadence]: rule } })) {
          const steps = firstThree(p);
          const where = `${cadence} ${p.periodId} ${JSON.stringify(rule)}`;
          expect(
            steps.map((s) => s.stage),
            where,
          ).toEqual(['opening', 'due-soon', 'due']);
        }
  });

  it('a holiday run before the due date moves "due soon" off the due date\'s day (due Sunday 16 April 2023, after Songkran)', () => {
    expect(firstThree({ opensOn: '2023-04-01', dueDate: '2023-04-16' })).toEqual([
      { stage: 'opening', on: '2023-04-03' },
      { stage: 'due-soon', on: '2023-04-11' },
      { stage: 'due', on: '2023-04-12' },
    ]);
  });
});

describe('stages that go to different people never give way to each other', () => {
  const stagesFor = (o: { opensOn: PlainDate; dueDate: PlainDate }, today: PlainDate, cal: WorkingDays = calendar) => {
    const obligation = { ...find('i4.f2.2023-04.finance'), ...o };
    return dailyReminders(today, [{ obligation, status: 'overdue' }], { calendar: cal }).map(
      (b) => `${b.stage}:${b.audience.kind}`,
    );
  };

  it('a "once" follow-up due Thursday 27 July 2023: the staff get "overdue" and the unit head the escalation, both on 3 August', () => {
    const [p] = periodsFor('once', 2566, { onceDueDate: '2023-07-27' });
    const o = { opensOn: p!.opensOn, dueDate: p!.dueDate };
    expect(ladderOf(o, { calendar }).slice(2)).toEqual([
      { stage: 'due', on: '2023-07-27' },
      { stage: 'overdue', on: '2023-08-03' },
      { stage: 'escalation-head', on: '2023-08-03' },
      { stage: 'escalation-executive', on: '2023-08-10' },
    ]);
    expect(stagesFor(o, '2023-08-03')).toEqual([
      'overdue:unit',
      'escalation-head:unit-head',
      'escalation-head:coordinators',
    ]);
  });

  // an org closed for a week, or two, right after a due date (its closure days)
  const closedAfter = (due: PlainDate, days: number) => ({
    isWorkingDay: (d: PlainDate) => !(d > due && d <= addDays(due, days)),
  });

  it('an org closed for the 7 days after a due date sends "overdue" and the unit head escalation together on the 8th', () => {
    const o = { opensOn: '2023-05-01' as PlainDate, dueDate: '2023-05-31' as PlainDate };
    expect(stagesFor(o, '2023-06-08', closedAfter(o.dueDate, 7))).toEqual([
      'overdue:unit',
      'escalation-head:unit-head',
      'escalation-head:coordinators',
    ]);
  });

  it('an org closed for the 14 days after a due date sends all three (staff, unit head, executives) on the 15th', () => {
    const o = { opensOn: '2023-05-01' as PlainDate, dueDate: '2023-05-31' as PlainDate };
    const cal = closedAfter(o.dueDate, 14);
    expect(
      ladderOf(o, { calendar: cal })
        .slice(-3)
        .map((s) => `${s.stage} ${s.on}`),
    ).toEqual(['overdue 2023-06-15', 'escalation-head 2023-06-15', 'escalation-executive 2023-06-15']);
    expect(stagesFor(o, '2023-06-15', cal)).toEqual([
      'overdue:unit',
      'escalation-head:unit-head',
      'escalation-head:coordinators',
      'escalation-executive:executives',
    ]);
  });
});
