// Review 17 s26, S26-5: an ISO date's year ("2024-01-01 ถึง 2024-06-30", the importer reads it as
// months since S25-1) stayed in last year when the plan was copied, while its follow-ups moved on
// and the timeframe-months warning said the timeframe "moved on with it". Now it moves as
// "01/01/2024 - 30/06/2024" does, and the move is named (years-moved).
import { describe, expect, it } from 'vitest';
import { copyPlanToYear, newMeasure, shiftBeYears } from '../../web/src/plan-draft.js';

/** FY2567's plan of one measure with `timeframe`, its monthly follow-up January-June 2024, copied into 2568. */
const copied = (timeframe: string) =>
  copyPlanToYear(
    {
      fy: 2567,
      title: 'แผน',
      measures: [
        {
          ...newMeasure(),
          measureId: 'i1',
          indicator: 1,
          title: 'มาตรการ',
          timeframe,
          followUps: [
            {
              followUpNo: 1,
              text: 'รายงานผลทุกเดือน',
              cadence: 'monthly',
              audience: [],
              firstMonth: '2024-01',
              lastMonth: '2024-06',
            },
          ],
        },
      ],
    },
    2568,
  );

describe("copying a plan moves an ISO date's year (S26-5)", () => {
  it('"2024-01-01 ถึง 2024-06-30" becomes 2025 with its follow-up\'s months, and the move is named', () => {
    const copy = copied('2024-01-01 ถึง 2024-06-30');
    const [measure] = copy.measures;
    expect(measure!.timeframe).toBe('2025-01-01 ถึง 2025-06-30');
    expect([measure!.followUps[0]!.firstMonth, measure!.followUps[0]!.lastMonth]).toEqual(['2025-01', '2025-06']);
    const moved = copy.warnings.find((w) => w.code === 'years-moved' && w.measureId === 'i1')!;
    expect(moved.message_en).toContain("this text's years were moved from 2024 to 2025, 2024 to 2025");
  });

  it('one ISO date after ตั้งแต่, and one in Thai digits, move', () => {
    expect(shiftBeYears('ตั้งแต่ 2024-04-01', 1, 2567)).toBe('ตั้งแต่ 2025-04-01');
    expect(shiftBeYears('ภายใน ๒๐๒๔-๐๓-๓๑', 1, 2567)).toBe('ภายใน ๒๐๒๕-๐๓-๓๑');
  });

  it('what only looks like one stays: no such month or day, a longer number, a standard and its year', () => {
    expect(shiftBeYears('เลขที่ 2024-13-01 และ 2024-01-32', 1, 2567)).toBe('เลขที่ 2024-13-01 และ 2024-01-32');
    expect(shiftBeYears('รหัส 2024-01-011', 1, 2567)).toBe('รหัส 2024-01-011');
    expect(shiftBeYears('ตามมาตรฐาน ISO 9001-2015', 1, 2567)).toBe('ตามมาตรฐาน ISO 9001-2015');
    expect(shiftBeYears('ISO 2020-01-01 ของปี 2010', 1, 2567)).toBe('ISO 2020-01-01 ของปี 2010');
  });
});

// S26-5's neighbour (session 26's verifier): slashes, the year first (only the second year moved)
describe('copying a plan moves both years of a span of dates written year first', () => {
  it.each([
    ['2024/01/01 - 2024/06/30', '2025/01/01 - 2025/06/30'],
    ['2024/1/1 - 2024/6/30', '2025/1/1 - 2025/6/30'],
    ['๒๕๖๗/๐๑/๐๑ ถึง ๒๕๖๗/๐๖/๓๐', '๒๕๖๘/๐๑/๐๑ ถึง ๒๕๖๘/๐๖/๓๐'],
    ['01/01/2024 - 30/06/2024', '01/01/2025 - 30/06/2025'],
    ['1/1/67 - 30/6/67', '1/1/68 - 30/6/68'],
  ])('%s becomes %s, its follow-up January-June 2025', (timeframe, moved) => {
    const copy = copied(timeframe);
    const [measure] = copy.measures;
    expect(measure!.timeframe).toBe(moved);
    expect([measure!.followUps[0]!.firstMonth, measure!.followUps[0]!.lastMonth]).toEqual(['2025-01', '2025-06']);
    expect(copy.warnings.filter((w) => w.code === 'months-from-last-year')).toEqual([]);
  });
});
