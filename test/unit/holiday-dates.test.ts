// The late-addition grace's holiday dates (shared/domain/holiday-dates.ts) are the Cabinet's table's
// (thai-government-holidays.ts), listed years first, computed after: a year added or corrected there
// must reach the grace too.
import { describe, expect, it } from 'vitest';
import { HOLIDAY_DATES, HOLIDAY_DATES_FROM } from '../../shared/domain/holiday-dates.js';
import { COMPUTED_THAI_HOLIDAYS, THAI_GOVERNMENT_HOLIDAYS } from '../../shared/domain/thai-government-holidays.js';

describe("the grace's holiday dates", () => {
  it("are the Cabinet's table's dates, year by year (paste the expected lines on a failure)", () => {
    const years = new Set([...Object.keys(THAI_GOVERNMENT_HOLIDAYS), ...Object.keys(COMPUTED_THAI_HOLIDAYS)]);
    const expected = Object.fromEntries(
      [...years].map((y) => {
        const list = THAI_GOVERNMENT_HOLIDAYS[Number(y)] ?? COMPUTED_THAI_HOLIDAYS[Number(y)] ?? [];
        return [y, [...new Set(list.map((h) => h.date.slice(5).replace('-', '')))].join(' ')];
      }),
    );
    expect(HOLIDAY_DATES).toEqual(expected);
  });

  it('begin where the listed table does', () => {
    const first = Object.values(THAI_GOVERNMENT_HOLIDAYS).flat()[0]!.date;
    expect(first >= HOLIDAY_DATES_FROM).toBe(true);
    expect(first.slice(0, 7)).toBe(HOLIDAY_DATES_FROM.slice(0, 7));
  });
});
