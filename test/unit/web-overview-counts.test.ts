// s49: an org adopting the system on 12 May 2027 saved its plan that day; October-April were past
// their due dates and on time until 17 May, to be sent now. The overview (ภาพรวมองค์กร) counted them
// "ยังไม่ถึงกำหนดส่ง" (not yet due). They are รอส่งย้อนหลัง, a column of their own beside what else
// must be sent now, with the day they can be sent until.
import { describe, expect, it } from 'vitest';
import type { Obligation } from '../../web/src/api-types.js';
import { COLUMNS, graceUntilTh, overviewUnits, partOf, tally } from '../../web/src/overview-counts.js';

const o = (dueDate: string, onTimeUntil = dueDate, status: Obligation['status'] = 'due') =>
  ({ dueDate, onTimeUntil, status }) as Obligation;
/** The column's heading a reader sees `x` counted under on `today`. */
const seen = (x: Obligation, today: string) => COLUMNS.find(([id]) => id === partOf(x, today))![1];
const heads = COLUMNS.map(([, label]) => label);

describe("the overview's columns for work past its due date still in its back-reporting grace", () => {
  it('the heads: รอส่งย้อนหลัง with what must be sent now, after เลยกำหนด and ส่งกลับแก้ไข', () => {
    expect(heads).toEqual(['เลยกำหนด', 'ส่งกลับแก้ไข', 'รอส่งย้อนหลัง', 'รอตรวจ', 'ตรวจรับแล้ว', 'ยังไม่ถึงกำหนดส่ง', 'รวม']);
  });

  it.each([
    ['October, read the day the plan was saved', o('2026-10-31', '2027-05-17'), '2027-05-12'],
    [
      'April, read on its last on-time day (still due: status due until then)',
      o('2027-04-30', '2027-05-17'),
      '2027-05-17',
    ],
    ['a one-off due 31 March added 20 April 2566, read that day', o('2023-03-31', '2023-04-25'), '2023-04-20'],
  ])('%s: รอส่งย้อนหลัง', (_name, x, today) => {
    expect(seen(x, today)).toBe('รอส่งย้อนหลัง');
  });

  it.each([
    ["May's own report, due at the month's end", o('2027-05-31'), '2027-05-12', 'ยังไม่ถึงกำหนดส่ง'],
    ['a report due today in a year without grace', o('2027-04-30'), '2027-04-30', 'ยังไม่ถึงกำหนดส่ง'],
    [
      'a returned report in its grace: to fix, as every returned one',
      o('2027-04-30', '2027-05-17', 'returned'),
      '2027-05-12',
      'ส่งกลับแก้ไข',
    ],
    ['its grace over', o('2027-04-30', '2027-05-17', 'overdue'), '2027-05-18', 'เลยกำหนด'],
    ['sent within its grace', o('2027-04-30', '2027-05-17', 'submitted'), '2027-05-12', 'รอตรวจ'],
  ])('%s', (_name, x, today, column) => {
    expect(seen(x, today)).toBe(column);
  });

  it("a unit that sent nothing on time: its row's counts add up to รวม, the past months รอส่งย้อนหลัง", () => {
    const months = ['2026-10-31', '2026-11-30', '2026-12-31', '2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30'];
    const row = [...months.map((d) => o(d, '2027-05-17')), o('2027-05-31')];
    const counts = tally(row, '2027-05-12');
    expect(counts).toMatchObject({ inGrace: 7, notYetDue: 1, all: 8 });
    const { all, ...parts } = counts;
    expect(Object.values(parts).reduce((a, b) => a + b, 0)).toBe(all);
  });

  it('a year without grace counts none there', () => {
    const counts = tally(
      [o('2027-04-30', '2027-04-30', 'overdue'), o('2027-05-31'), o('2027-03-31', '2027-03-31', 'accepted')],
      '2027-05-12',
    );
    expect(counts).toMatchObject({ overdue: 1, inGrace: 0, accepted: 1, notYetDue: 1, all: 3 });
  });
});

describe("the day a row's รอส่งย้อนหลัง can be sent until, under its count", () => {
  it('one day for the row', () => {
    expect(
      graceUntilTh([o('2026-10-31', '2027-05-17'), o('2027-04-30', '2027-05-17'), o('2027-05-31')], '2027-05-12'),
    ).toBe('ส่งได้ถึง ๑๗ พ.ค.');
  });

  it('work added on two days: the first and the last', () => {
    expect(graceUntilTh([o('2027-05-31', '2027-07-26'), o('2027-06-30', '2027-07-23')], '2027-07-22')).toBe(
      'ส่งได้ถึง ๒๓ ก.ค.–๒๖ ก.ค.',
    );
  });

  it('none in grace, or only a returned one: nothing', () => {
    expect(graceUntilTh([o('2027-04-30'), o('2027-05-31')], '2027-05-12')).toBe('');
    expect(graceUntilTh([o('2027-04-30', '2027-05-17', 'returned')], '2027-05-12')).toBe('');
  });
});

// tester s50: a unit created and deactivated the same day (กองยุทธศาสตร์), never in any plan, was a
// row "กองยุทธศาสตร์ (ปิดการใช้งานแล้ว)" of zeros on the overview of FY2566 and FY2567
describe("the overview's by-unit rows", () => {
  const units = [
    { unitId: 'finance', name: 'กองคลัง', active: true },
    { unitId: 'strategy', name: 'กองยุทธศาสตร์', active: false },
    { unitId: 'education', name: 'กองการศึกษา', active: false },
    { unitId: 'library', name: 'งานห้องสมุด', active: true },
  ];
  const owed = (...unitIds: string[]) => unitIds.map((unitId) => ({ unitId }));
  const rows = (yearItems: { unitId: string }[]) => overviewUnits(units, yearItems).map((u) => u.unitId);

  it.each([
    ['a year where only กองคลัง has work', owed('finance', 'finance'), ['finance', 'library']],
    ['a year with no work at all', owed(), ['finance', 'library']],
    [
      'a year where the closed กองการศึกษา still has work',
      owed('education', 'finance'),
      ['finance', 'education', 'library'],
    ],
  ])('%s: a closed unit without work in the year has no row; active units keep theirs', (_n, yearItems, expected) => {
    expect(rows(yearItems)).toEqual(expected);
  });
});
