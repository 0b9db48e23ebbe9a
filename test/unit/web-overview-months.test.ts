import { describe, expect, it } from 'vitest';
import { overviewMonths } from '../../web/src/overview-months.js';
import { parseRoute } from '../../web/src/routes.js';

const labels = (fy: number, dueDates: string[], selected?: string) =>
  overviewMonths(fy, dueDates, selected).map((m) => m.label);

describe("the overview's month choice", () => {
  it("offers October 2566 for FY2566's September reports a due rule puts on 5 October", () => {
    const offered = labels(2566, ['2023-09-30', '2023-10-05']);
    expect(offered).toHaveLength(13);
    expect(offered[0]).toBe('ตุลาคม ๒๕๖๕');
    expect(offered[11]).toBe('กันยายน ๒๕๖๖');
    expect(offered[12]).toBe('ตุลาคม ๒๕๖๖ (หลังสิ้นปีงบประมาณ)');
  });

  it('offers November and December too when reports fall due there (a days-after rule of 60 and 90 days)', () => {
    expect(labels(2567, ['2024-11-29', '2024-12-29']).slice(12)).toEqual([
      'พฤศจิกายน ๒๕๖๗ (หลังสิ้นปีงบประมาณ)',
      'ธันวาคม ๒๕๖๗ (หลังสิ้นปีงบประมาณ)',
    ]);
  });

  it('offers October and December in time order without November when nothing falls due in November', () => {
    expect(labels(2566, ['2023-12-29', '2023-10-05', '2023-09-30']).slice(11)).toEqual([
      'กันยายน ๒๕๖๖',
      'ตุลาคม ๒๕๖๖ (หลังสิ้นปีงบประมาณ)',
      'ธันวาคม ๒๕๖๖ (หลังสิ้นปีงบประมาณ)',
    ]);
  });

  it('offers only the twelve months when every report falls due by 30 September', () => {
    expect(labels(2566, ['2022-10-31', '2023-09-30'])).toHaveLength(12);
  });

  it('shows a month after the year that a link names even with nothing due in it', () => {
    expect(labels(2566, [], '2023-12')).toEqual([...labels(2566, []), 'ธันวาคม ๒๕๖๖ (หลังสิ้นปีงบประมาณ)']);
  });

  it("never offers a month past a due rule's reach (January after the year)", () => {
    expect(labels(2566, ['2024-01-05'])).toHaveLength(12);
  });
});

describe("the overview's address for a month after the fiscal year", () => {
  it.each(['2023-10', '2023-11', '2023-12'])('#/fy/2566/overview/%s opens the overview of that month', (month) => {
    expect(parseRoute(`#/fy/2566/overview/${month}`)).toEqual({ screen: 'overview', fy: 2566, month });
  });

  it.each(['2024-01', '2023-09-extra'])('#/fy/2566/overview/%s is not found', (month) => {
    expect(parseRoute(`#/fy/2566/overview/${month}`)).toEqual({ screen: 'not-found' });
  });
});
