// Session 28 (s28-c item 2): a Gantt month row's dates of any day (month-row-dates.ts) were read by
// two anchored patterns of its own, DAY_MONTH and DIGITS_DATE, writing again what thai-dates.ts
// THAI_DATE reads. They are now thai-dates.ts cellDayDate, built of THAI_DATE's pieces. It must give
// the months and years the two patterns gave (copied below as main 90a7c20c had them), over random
// cells of date pieces and over a real plan's cells; and a date it reads is the day THAI_DATE reads.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cellDayDate, MONTH, monthOf, THAI_DATE } from '../../shared/import/thai-dates.js';
import { matchKey } from '../../shared/import/thai-text.js';
import { seededRandom } from '../support/seeded-random.js';

/** month-row-dates.ts's patterns before the merge, and what it read with them: month, year as written. */
const DAY_MONTH = new RegExp(`^(?:วันที่)?(?:0?[1-9]|[12][0-9]|3[01])${MONTH}(?:พ\\.ศ\\.)?[-/]?([0-9]{2}|[0-9]{4})?$`);
const DIGITS_DATE = /^(?:0?[1-9]|[12][0-9]|3[01])([/.-])(0?[1-9]|1[0-2])\1([0-9]{2}|[0-9]{4})$/;
function before(key: string): { month: number; year?: string } | undefined {
  const day = DAY_MONTH.exec(key);
  if (day) return day[2] === undefined ? { month: monthOf(day[1]!) } : { month: monthOf(day[1]!), year: day[2] };
  const digits = DIGITS_DATE.exec(key);
  return digits ? { month: Number(digits[2]), year: digits[3]! } : undefined;
}
function now(key: string): { month: number; year?: string } | undefined {
  const date = cellDayDate(key);
  if (!date) return undefined;
  return date.year === undefined ? { month: date.month } : { month: date.month, year: date.year };
}

/** In the second separator's slot: the first separator again. */
const SAME = 'same';
/** A cell's slots, in order: what may stand before the day, the day, between, the month, between, the year, after. */
const SLOTS = [
  ['', '', 'วันที่', 'เดือน', 'ก', '1'],
  ['0', '00', '01', '1', '9', '10', '15', '29', '31', '32', '45', '100', ''],
  ['', '', '/', '.', '-', '–', ' '],
  ['ต.ค.', 'ตุลาคม', 'ตค', 'ต.ค', 'มี.ค.', 'ก.พ.ร.', 'อ.ก.พ.', 'Oct', '0', '1', '10', '12', '13', ''],
  ['', '', '/', '.', '-', 'พ.ศ.', ' ', '//', SAME, SAME, SAME, SAME],
  ['66', '67', '23', '2566', '2023', '256', '6', ''],
  ['', '', '', '.', '/', 'ก', '1'],
];

function randomCells(count: number, seed: number): string[] {
  const next = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const picks = SLOTS.map((slot) => slot[Math.floor(next() * slot.length)]!);
    if (picks[4] === SAME) picks[4] = picks[2]!;
    return matchKey(picks.join(''));
  });
}

describe("a cell's date of a day reads as month-row-dates' own patterns read it", () => {
  it('over 40,000 random cells of days, months, years, separators and what may stand around them', () => {
    const cells = randomCells(40_000, 28);
    expect(cells.filter((key) => JSON.stringify(now(key)) !== JSON.stringify(before(key)))).toEqual([]);
    // the cells hold dates of both kinds and not-dates: the comparison reads all
    const dates = cells.filter((k) => before(k) !== undefined);
    expect(dates.filter((k) => /[ก-ฮ]/.test(k)).length).toBeGreaterThan(200);
    expect(dates.filter((k) => !/[ก-ฮ]/.test(k)).length).toBeGreaterThan(100);
    expect(cells.length - dates.length).toBeGreaterThan(20_000);
  });

  it("over a real plan's cells", () => {
    const plan = readFileSync(new URL('../fixtures/measures-fy2566-don-arang.txt', import.meta.url), 'utf8');
    for (const key of plan.split(/[\t\n]/).map(matchKey)) expect(now(key), key).toEqual(before(key));
  });

  it('a date it reads is the day, month and year THAI_DATE reads in it', () => {
    for (const [key, date] of [
      ['15ตุลาคม2566', { day: 15, month: 10, year: '2566' }],
      ['วันที่31ต.ค.66', { day: 31, month: 10, year: '66' }],
      ['1ต.ค.', { day: 1, month: 10 }],
      ['15/10/2566', { day: 15, month: 10, year: '2566' }],
      ['15.10.23', { day: 15, month: 10, year: '23' }],
    ] as const) {
      expect(cellDayDate(key), key).toEqual(date);
      const m = THAI_DATE.exec(key)!;
      const [day, month, year] = m[2] !== undefined ? [m[1], monthOf(m[2]), m[3]] : [m[4], Number(m[5]), m[6]];
      expect({ day: Number(day), month, ...(year === undefined ? {} : { year }) }, key).toEqual(date);
    }
  });
});
