import { describe, expect, it } from 'vitest';
import type { Cadence } from '../../shared/domain/due-rules.js';
import { expandPlan } from '../../shared/domain/obligations.js';
import { periodsFor } from '../../shared/domain/periods.js';
import type { PlainDate } from '../../shared/domain/plain-date.js';
import { ladderOf, stageOn } from '../../shared/domain/reminder-ladder.js';
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

  it('a stage that would fall before the opening gives way: a "once" obligation due on the 2nd opens, then is due', () => {
    expect(ladderOf({ opensOn: '2023-06-01', dueDate: '2023-06-02' }).map((s) => s.stage)).toEqual([
      'opening',
      'due',
      'overdue',
      'escalation-head',
      'escalation-executive',
    ]);
  });
});
