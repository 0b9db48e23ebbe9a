import { describe, expect, it } from 'vitest';
import { expandPlan, obligationStatus } from '../../shared/domain/obligations.js';
import { dailyReminders, periodicReminders, type TrackedObligation } from '../../shared/domain/reminder-plan.js';
import type { PlainDate } from '../../shared/domain/plain-date.js';
import { FIVE_UNITS, importSeedPlan } from '../support/seed-plan.js';

const { plan } = importSeedPlan();
const track = (today: PlainDate, submitted: string[] = []): TrackedObligation[] =>
  expandPlan(plan, FIVE_UNITS).map((o) => ({
    obligation: o,
    status: obligationStatus(o, submitted.includes(o.obligationId) ? 'submitted' : undefined, today),
  }));

describe('which obligations a run reminds', () => {
  it('the monthly run of April lists only April monthly obligations, one batch per unit', () => {
    const batches = periodicReminders('monthly', '2023-04-01', track('2023-04-01'));
    expect(batches.map((b) => b.audience)).toEqual(
      FIVE_UNITS.slice()
        .sort()
        .map((unitId) => ({ kind: 'unit', unitId })),
    );
    for (const b of batches)
      expect(b.items.map((t) => t.obligation.periodId)).toEqual(['2023-04', '2023-04', '2023-04', '2023-04']);
  });

  it('never reminds a submitted obligation', () => {
    const batches = periodicReminders('monthly', '2023-04-01', track('2023-04-01', ['i4.f2.2023-04.finance']));
    const finance = batches.find((b) => b.audience.kind === 'unit' && b.audience.unitId === 'finance')!;
    expect(finance.items.map((t) => t.obligation.obligationId)).not.toContain('i4.f2.2023-04.finance');
  });

  it('the daily pass moves an obligation from due soon to overdue to the head to the executives', () => {
    const stageOf = (today: PlainDate) =>
      dailyReminders(today, track(today))
        .filter((b) => b.items.some((t) => t.obligation.obligationId === 'i4.f2.2023-04.finance'))
        .map((b) => `${b.stage}:${b.audience.kind}`);
    expect(stageOf('2023-04-26')).toEqual([]);
    expect(stageOf('2023-04-27')).toEqual(['due-soon:unit']);
    expect(stageOf('2023-05-01')).toEqual(['overdue:unit']);
    expect(stageOf('2023-05-07')).toEqual(['escalation-head:unit-head', 'escalation-head:coordinators']);
    expect(stageOf('2023-05-14')).toEqual(['escalation-executive:executives']);
  });
});
