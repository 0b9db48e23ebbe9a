import { describe, expect, it } from 'vitest';
import { expandPlan, obligationStatus, parseObligationId } from '../../shared/domain/obligations.js';
import { FIVE_UNITS, importSeedPlan } from '../support/seed-plan.js';

const { plan } = importSeedPlan();
const obligations = expandPlan(plan, FIVE_UNITS);
const find = (id: string) => obligations.find((o) => o.obligationId === id);

describe('expanding the FY2566 plan for a five-unit org', () => {
  it('gives every unit its April 2023 monthly obligations, due 30 April 2023', () => {
    const april = obligations.filter((o) => o.cadence === 'monthly' && o.periodId === '2023-04');
    // indicator 4 (1 monthly follow-up) + 5 (1) + 10 (2), each for all five units
    expect(april).toHaveLength(4 * 5);
    expect(new Set(april.map((o) => o.dueDate))).toEqual(new Set(['2023-04-30']));
    expect(new Set(april.map((o) => o.indicator))).toEqual(new Set([4, 5, 10]));
  });

  it('makes the april-september H1 obligations due 30 April 2023', () => {
    const h1 = obligations.filter((o) => o.cadence === 'april-september' && o.periodId === 'H1');
    expect(new Set(h1.map((o) => o.dueDate))).toEqual(new Set(['2023-04-30']));
    // indicator 6 is สำนักปลัด's alone; 7 and 9 belong to every unit
    expect(h1.filter((o) => o.indicator === 6).map((o) => o.unitId)).toEqual(['clerk']);
    expect(h1.filter((o) => o.indicator === 7)).toHaveLength(5);
  });

  it('makes the semiannual H1 obligation due 31 March 2023', () => {
    const h1 = obligations.filter((o) => o.cadence === 'semiannual' && o.periodId === 'H1');
    expect(h1.length).toBe(5);
    expect(h1.every((o) => o.dueDate === '2023-03-31' && o.indicator === 5 && o.followUpNo === 4)).toBe(true);
  });

  it('gives obligations stable, readable ids that parse back', () => {
    const o = find('i4.f2.2023-04.finance');
    expect(o).toMatchObject({
      measureId: 'i4',
      followUpNo: 2,
      periodId: '2023-04',
      unitId: 'finance',
      dueDate: '2023-04-30',
    });
    expect(parseObligationId('i4.f2.2023-04.finance')).toEqual({
      measureId: 'i4',
      followUpNo: 2,
      periodId: '2023-04',
      unitId: 'finance',
    });
    expect(parseObligationId('i4.f2.2023-04.finance#ORG#other')).toBeUndefined();
    expect(expandPlan(plan, FIVE_UNITS).map((x) => x.obligationId)).toEqual(obligations.map((x) => x.obligationId));
  });

  it('flags obligations from follow-ups without a cadence and treats them as annual', () => {
    const o = find('i4.f1.FY.clerk');
    expect(o).toMatchObject({ cadence: 'unspecified', cadenceFlagged: true, dueDate: '2023-09-30' });
  });

  it('marks สำนักปลัด as the lead where a cell names it before ทุกกองงาน', () => {
    expect(find('i5.f1.2023-04.clerk')?.isLead).toBe(true);
    expect(find('i5.f1.2023-04.finance')?.isLead).toBe(false);
  });

  it('sorts obligations by due date', () => {
    const dues = obligations.map((o) => o.dueDate);
    expect(dues).toEqual([...dues].sort());
  });
});

describe('obligation status on a given date', () => {
  const april = { opensOn: '2023-04-01', dueDate: '2023-04-30' } as const;

  it('is upcoming before it opens, due until the due date, and overdue the day after', () => {
    expect(obligationStatus(april, undefined, '2023-03-31')).toBe('upcoming');
    expect(obligationStatus(april, undefined, '2023-04-01')).toBe('due');
    expect(obligationStatus(april, undefined, '2023-04-30')).toBe('due');
    expect(obligationStatus(april, undefined, '2023-05-01')).toBe('overdue');
  });

  it("follows the latest report's review state once a report exists", () => {
    expect(obligationStatus(april, 'submitted', '2023-05-10')).toBe('submitted');
    expect(obligationStatus(april, 'accepted', '2023-05-10')).toBe('accepted');
    expect(obligationStatus(april, 'returned', '2023-05-10')).toBe('returned');
  });
});
