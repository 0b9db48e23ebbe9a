// When this year's home points to last year's open work (tester s47 F1): while the reminders still
// chase that year (its last due date, 90 days past 30 September at most, plus the 60-day cut-off),
// on this year's screens only, and only when that year has a plan.
import { describe, expect, it } from 'vitest';
import { earlierYearChased } from '../../web/src/earlier-year-work.js';

const me = (today: string, planYears = [2570, 2569]) => ({ today, fiscalYear: 2570, planYears });

describe('the months this year’s home points to last year’s open work', () => {
  it.each([
    ['the tester’s 5 October 2569 (2026)', '2026-10-05'],
    ['the tester’s 30 November 2569', '2026-11-30'],
    ['1 October, the new year’s first day', '2026-10-01'],
    ['27 February 2570, the cut-off of a report due 29 December', '2027-02-27'],
  ])('on %s, FY2570’s home points to FY2569', (_, today) => {
    expect(earlierYearChased(me(today), 2570)).toBe(2569);
  });

  it.each([
    ['28 February 2570, past every FY2569 cut-off', '2027-02-28'],
    ['in April', '2027-04-20'],
  ])('on %s it points nowhere', (_, today) => {
    expect(earlierYearChased(me(today), 2570)).toBeUndefined();
  });

  it('points nowhere from last year’s own screens, nor when last year had no plan', () => {
    expect(earlierYearChased(me('2026-10-05'), 2569)).toBeUndefined();
    expect(earlierYearChased(me('2026-10-05', [2570]), 2570)).toBeUndefined();
  });
});
