// Tester s52 (P2): the plan editor's first-month default for what the save adds (a new follow-up,
// a cadence changed) is the save's month, said as such; October chosen is sent as October. The
// month is the save's own rule (monthGivenAtSave), read on the draft as the save will see it.
import { describe, expect, it } from 'vitest';
import {
  draftFromStored,
  firstMonthAtSave,
  newFollowUp,
  newMeasure,
  planBody,
  type DraftMeasure,
} from '../../web/src/plan-draft.js';

const i6: DraftMeasure = {
  ...newMeasure(),
  measureId: 'i6',
  indicator: 6,
  title: 'มาตรการ i6',
  followUps: [{ followUpNo: 1, text: 'รายงานครึ่งปีหลัง', cadence: 'april-september', audience: [] }],
  responsible: { allUnits: false, unitIds: ['clerk'], text: 'สำนักปลัด' },
};
const JANUARY = '2023-01-10';
const draft = () => draftFromStored({ fy: 2566, version: 1, title: 'แผน', measures: [structuredClone(i6)] });

describe('the month the save gives a follow-up the draft names no first month for', () => {
  it('a follow-up added to a kept measure, and a new measure’s: the save’s month (January)', () => {
    const d = draft();
    const m = d.measures[0]!;
    m.followUps.push(newFollowUp(m.followUps));
    expect(firstMonthAtSave(d, m, m.followUps[1]!, JANUARY)).toBe('2023-01');
    const added = { ...newMeasure(), indicator: 4, title: 'ใหม่' };
    expect(firstMonthAtSave(d, added, added.followUps[0]!, JANUARY)).toBe('2023-01');
  });

  it('a kept follow-up: none, until its cadence changes', () => {
    const d = draft();
    const f = d.measures[0]!.followUps[0]!;
    expect(firstMonthAtSave(d, d.measures[0]!, f, JANUARY)).toBeUndefined();
    f.cadence = 'monthly';
    expect(firstMonthAtSave(d, d.measures[0]!, f, JANUARY)).toBe('2023-01');
  });

  it('none for a "once", one stopped before the save, a save in October or in another year, or a year with no saved plan', () => {
    const d = draft();
    const m = d.measures[0]!;
    const f = newFollowUp(m.followUps);
    expect(firstMonthAtSave(d, m, { ...f, cadence: 'once' }, JANUARY)).toBeUndefined();
    expect(firstMonthAtSave(d, m, { ...f, lastMonth: '2022-12' }, JANUARY)).toBeUndefined();
    expect(firstMonthAtSave(d, m, f, '2022-10-20')).toBeUndefined();
    expect(firstMonthAtSave(d, m, f, '2023-10-02')).toBeUndefined();
    expect(firstMonthAtSave({ ...d, baseVersion: undefined }, m, f, JANUARY)).toBeUndefined();
    expect(firstMonthAtSave(d, m, f, undefined)).toBeUndefined();
  });

  it('October chosen for an addition is sent as October; the default sends none', () => {
    const d = draft();
    const m = d.measures[0]!;
    m.followUps.push({ ...newFollowUp(m.followUps), firstMonth: '2022-10' });
    m.followUps.push(newFollowUp(m.followUps));
    const sent = planBody(d).measures[0]!.followUps;
    expect(sent.map((f) => f.firstMonth)).toEqual([undefined, '2022-10', undefined]);
  });
});
