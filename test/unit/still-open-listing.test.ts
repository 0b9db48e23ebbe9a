// The 1st of the month lists again the reports opened before it and not yet due ("รายงานที่เปิดรอบ
// ไว้ก่อนหน้านี้และยังไม่ได้ส่ง"). Re-check 2 s48 (P2): a plan re-saved on 29 September made Oct-Aug
// due at once, on time until 4 October; the 30 September email listed them, and on 1 October the
// monthly run listed the same 11 again as "still open", though each was months past its due date.
import { describe, expect, it } from 'vitest';
import type { Obligation } from '../../shared/domain/obligations.js';
import type { PlainDate } from '../../shared/domain/plain-date.js';
import { stillOpenObligations, type TrackedObligation } from '../../shared/domain/reminder-plan.js';
import { EVERY_DAY } from '../../shared/domain/working-days.js';

const monthly = (periodId: string, dueDate: string, addedOn?: string): TrackedObligation => ({
  obligation: {
    orgId: 'demo',
    fy: 2570,
    obligationId: `i1.f1.${periodId}.finance`,
    measureId: 'i1',
    followUpNo: 1,
    cadence: 'monthly',
    periodId,
    periodStart: `${periodId}-01`,
    periodEnd: `${periodId}-28`,
    opensOn: `${periodId}-25`,
    dueDate,
    unitId: 'finance',
    ...(addedOn ? { addedOn } : {}),
  } as unknown as Obligation,
  status: 'due',
});
const listedOn = (runDay: PlainDate, tracked: TrackedObligation[]) =>
  stillOpenObligations({ cadence: 'monthly', runDay }, runDay, tracked, { calendar: EVERY_DAY }).map(
    (t) => t.obligation.periodId,
  );

describe("the 1st's list of reports still open", () => {
  it('leaves out work added after its due date (in its grace): its own email named it already', () => {
    const added = ['2026-10', '2026-11', '2027-08'].map((m) => monthly(m, `${m}-28`, '2027-09-29'));
    expect(listedOn('2027-10-01', added)).toEqual([]);
  });

  it('a plan adopted on the 27th: last months, in their grace over the 1st, are not listed again', () => {
    const added = ['2027-01', '2027-02'].map((m) => monthly(m, `${m}-28`, '2027-04-29'));
    expect(listedOn('2027-05-01', added)).toEqual([]);
  });

  it("still lists a report not yet due by its own date (September's, due 5 October under an org's rule)", () => {
    const september = monthly('2027-09', '2027-10-05');
    expect(listedOn('2027-10-01', [september])).toEqual(['2027-09']);
  });
});
