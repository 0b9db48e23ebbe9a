// The government holidays' dates alone, for the late-addition grace (settlement.ts), which the API
// function computes: the Cabinet's table with its names (thai-government-holidays.ts) is 13 KB
// minified, this is under 1 KB (the API bundle's goal is 400 KB, README Performance). Derived from
// that table, never edited by hand: test/unit/holiday-dates.test.ts fails when they differ and shows
// the lines to paste here.

/** The first date the tables cover (FY2566 began on 1 October 2022). */
export const HOLIDAY_DATES_FROM = '2022-10-01';

/**
 * Each calendar year's (CE) government holidays as "MMDD" words: the Cabinet's list, or the
 * computed one for a year it has not listed yet. A year absent has none known.
 */
export const HOLIDAY_DATES: Readonly<Record<number, string>> = {
  2022: '1013 1014 1023 1024 1205 1210 1212 1230 1231',
  2023: '0101 0102 0306 0406 0413 0414 0415 0417 0504 0505 0603 0605 0728 0731 0801 0802 0812 0814 1013 1023 1205 1210 1211 1229 1231',
  2024: '0101 0224 0226 0406 0408 0412 0413 0414 0415 0416 0504 0506 0522 0603 0720 0721 0722 0728 0729 0812 1013 1014 1023 1205 1210 1230 1231',
  2025: '0101 0212 0406 0407 0413 0414 0415 0416 0504 0505 0511 0512 0602 0603 0710 0711 0728 0811 0812 1013 1023 1205 1210 1231',
  2026: '0101 0102 0303 0406 0413 0414 0415 0504 0531 0601 0603 0728 0729 0730 0812 1013 1023 1205 1207 1210 1231',
  2027: '0101 0221 0222 0406 0413 0414 0415 0504 0520 0603 0718 0719 0720 0728 0812 1013 1023 1025 1205 1206 1210 1231',
  2028: '0101 0103 0210 0406 0413 0414 0415 0417 0504 0508 0603 0605 0706 0707 0728 0812 0814 1013 1023 1205 1210 1211 1231',
};
