import { describe, expect, it } from 'vitest';
import type { Obligation } from '../../web/src/api-types.js';
import { groupObligations, groupOf } from '../../web/src/obligation-groups.js';

const today = '2023-04-20';
const o = (id: string, status: Obligation['status'], dueDate: string, onTimeUntil = dueDate) =>
  ({ obligationId: id, status, dueDate, onTimeUntil }) as Obligation;

describe("the page's grouping of a unit's obligations", () => {
  it('puts past-due unreported work under overdue, April work under this month, rounds not yet open under upcoming', () => {
    expect(groupOf(o('a', 'overdue', '2023-03-31'), today)).toBe('overdue');
    expect(groupOf(o('b', 'due', '2023-04-30'), today)).toBe('thisMonth');
    expect(groupOf(o('c', 'upcoming', '2023-05-31'), today)).toBe('upcoming');
    expect(groupOf(o('d', 'upcoming', '2023-06-05'), today)).toBe('upcoming');
  });

  // session 56 tester E: open work (status due, the opening email sent) due after this month was
  // folded under รอบต่อไป among rounds not yet open
  it('puts work open now but due after this month under open, not among rounds not yet open', () => {
    // monthly, org rule "5th of the next month": April's report opened 3 April, due 5 May
    expect(groupOf(o('a', 'due', '2023-05-05'), today)).toBe('open');
    // once, due 3 January 2023: opens 1 December, seen that day
    expect(groupOf(o('b', 'due', '2023-01-03'), '2022-12-01')).toBe('open');
    // quarterly Q2 (Jan-Mar), due the 5th after the quarter: opened 1 March, seen 20 March
    expect(groupOf(o('c', 'due', '2023-04-05'), '2023-03-20')).toBe('open');
    // a report returned for revision and due later is work to do now too
    expect(groupOf(o('d', 'returned', '2023-05-05'), today)).toBe('open');
  });

  it("lists the org-rule month's open reports in their own group, none of them under upcoming", () => {
    const april = ['i2.f1', 'i4.f2', 'i9.f1', 'i10.f1'].map((id) => o(`${id}.2023-04.finance`, 'due', '2023-05-05'));
    const may = ['i2.f1', 'i4.f2'].map((id) => o(`${id}.2023-05.finance`, 'upcoming', '2023-06-05'));
    const groups = groupObligations([...april, ...may], today);
    expect(groups.thisMonth).toEqual([]);
    expect(groups.open.map((g) => g.obligationId)).toEqual(april.map((g) => g.obligationId));
    expect(groups.upcoming.map((g) => g.obligationId)).toEqual(may.map((g) => g.obligationId));
  });

  it('counts submitted and accepted reports as done, whatever their dates', () => {
    expect(groupOf(o('a', 'submitted', '2023-03-31'), today)).toBe('done');
    expect(groupOf(o('b', 'accepted', '2023-04-30'), today)).toBe('done');
  });

  it('keeps a returned report with the work still to do, by its due date, and lists it first', () => {
    expect(groupOf(o('a', 'returned', '2023-03-31'), today)).toBe('overdue');
    expect(groupOf(o('b', 'returned', '2023-04-30'), today)).toBe('thisMonth');
    const groups = groupObligations(
      [o('x', 'due', '2023-04-15'), o('y', 'returned', '2023-04-30'), o('z', 'due', '2023-04-30')],
      '2023-04-01',
    );
    expect(groups.thisMonth.map((g) => g.obligationId)).toEqual(['y', 'x', 'z']);
  });

  // tester s38 n2: a late addition still on time showed under เลยกำหนด by its past due date
  it('puts work added late and still on time under this month, by the API status, not its past due date', () => {
    expect(groupOf(o('a', 'due', '2023-03-31', '2023-04-21'), today)).toBe('thisMonth');
    expect(groupOf(o('b', 'due', '2023-03-31', '2023-04-20'), today)).toBe('thisMonth');
    expect(groupOf(o('c', 'returned', '2023-03-31', '2023-04-22'), today)).toBe('thisMonth');
  });

  // its on-time day next month was folded under รอบต่อไป until session 56: it is open now (status due)
  it('work added late: overdue once its on-time day has passed, open while that is next month (neighbours)', () => {
    expect(groupOf(o('a', 'overdue', '2023-03-31', '2023-04-19'), today)).toBe('overdue');
    expect(groupOf(o('b', 'returned', '2023-03-31', '2023-04-19'), today)).toBe('overdue');
    expect(groupOf(o('c', 'due', '2023-03-31', '2023-05-01'), '2023-04-30')).toBe('open');
  });

  // tester s44: a date's items were put in id order (i10, i11, i2; f10 before f2), not the API's (the plan's)
  it("keeps a date's items in the API's order, the plan's: to do, returned first, and done, newest date first", () => {
    const april = ['i2.f1', 'i2.f2', 'i2.f10', 'i10.f1', 'i11.f1'].map((id) =>
      o(`${id}.2023-04.finance`, 'due', '2023-04-30'),
    );
    const march = ['i9.f1', 'i10.f1'].map((id) => o(`${id}.2023-03.finance`, 'accepted', '2023-03-31'));
    const doneApril = ['i3.f2', 'i3.f10'].map((id) => o(`${id}.2023-04.finance`, 'submitted', '2023-04-30'));
    const returned = o('i12.f1.2023-04.finance', 'returned', '2023-04-30');
    const groups = groupObligations([...march, ...april, returned, ...doneApril], '2023-04-01');
    expect(groups.thisMonth.map((g) => g.obligationId)).toEqual([returned, ...april].map((g) => g.obligationId));
    expect(groups.done.map((g) => g.obligationId)).toEqual([...doneApril, ...march].map((g) => g.obligationId));
  });

  it('lists done work newest first', () => {
    const groups = groupObligations([o('old', 'accepted', '2022-10-31'), o('new', 'submitted', '2023-03-31')], today);
    expect(groups.done.map((g) => g.obligationId)).toEqual(['new', 'old']);
  });
});
