// Sub-columns of a grouped header that name periods of the fiscal year: the reporting rounds under
// a follow-up group ("การติดตามผล" over "รอบ ๖ เดือน" | "รอบ ๑๒ เดือน": each round's cell holds
// its own follow-ups) and the months of a Gantt-style timeframe ("ระยะเวลาดำเนินการ" over
// "ต.ค." … "ก.ย.", a mark in each month of the work).
import type { Column, Role } from './column-names.js';
import { escapeMarkup } from './table-row-kinds.js';
import { matchKey, splitItems, stripTags } from './thai-text.js';
import { ceYear, CELL_END_YEAR, MONTH, monthOf } from './thai-dates.js';
import { withEnglishMonthsInThai } from './english-month-names.js';
import { THAI_SHORT_MONTHS, toThaiDigits } from '../domain/thai-format.js';
import { BE_OFFSET } from '../domain/fiscal-calendar.js';
import { CADENCE_NOTES, type NotedCadence } from '../domain/plan-labels.js';
import { detectCadences } from './cadence-detection.js';

/** "รอบ ๖ เดือน", "รอบที่ ๒", "ไตรมาสที่ ๑", "ครึ่งปีแรก", "ครั้งที่ ๑", "งวดที่ ๒", "๖ เดือน" (in a match key). */
const ROUND = /^(?:รอบ|ไตรมาส|ครึ่งปี|ครั้งที่|งวดที่|[0-9]{1,2}เดือน$)/;

/** Whether a sub-header under a follow-up group names a reporting round (its cells: that round's follow-ups). */
export const namesRound = (label: string) => ROUND.test(matchKey(label));

/** A Gantt cell's mark: ✓, /, x, ●, *, "1", Wingdings' check "ü"/"P" … (a short cell of no word). */
const MARK = /^(?:[^\p{L}\p{N}]{1,3}|[xXüP✓]|1)$/u;

/** A Gantt cell of an arrow or a line ("<------>", "←→", "◄────►"): a mark, however long (S23-7's lows) */
const LINE = /^[^\p{L}\p{N}]{1,80}$/u;
/** an arrow's start typed in one month's cell ("<----", "←", "----"), its head in a later one ("---->", "→") */
const ARROW_OPENS = /^[<←◄◀\-–—─━=~_]/u;
const ARROW_CLOSES = /[>→►▶]$/u;
const isMark = (text: string) => MARK.test(text) || LINE.test(text);

/** a dash in a round's cell: nothing in that round */
const NOTHING = /^[-–—]+$/;

/**
 * Where in the fiscal year a round ends, in months from its start: "ไตรมาส ๒" 6, "ครึ่งปีแรก" or
 * "รอบ ๖ เดือน" 6, "ครึ่งปีหลัง" or "รอบ ๑๒ เดือน" 12; undefined for "รอบที่ ๑", "ครั้งที่ ๒"…
 */
function roundEnd(round: string): number | undefined {
  const key = matchKey(round);
  const quarter = /^ไตรมาส(?:ที่)?([1-4])$/.exec(key);
  if (quarter) return 3 * Number(quarter[1]);
  if (/^ครึ่งปีแรก$|^(?:รอบ)?6เดือน(?:แรก)?$/.test(key)) return 6;
  if (/^ครึ่งปีหลัง$|^(?:รอบ)?12เดือน$/.test(key)) return 12;
  return undefined;
}

/**
 * The cadence the rounds of a follow-up make (review 17 s11, S11-35): every quarter, quarterly; the
 * half-years' ends (or quarters 2 and 4), April and September; the year's end alone, annual.
 * Undefined for other rounds (the follow-up's words decide, as before).
 */
function cadenceOfRounds(rounds: readonly string[]): NotedCadence | undefined {
  const ends = rounds.map(roundEnd);
  if (ends.some((e) => e === undefined)) return undefined;
  const named = [...new Set(ends as number[])].sort((a, b) => a - b).join();
  if (named === '3,6,9,12') return 'quarterly';
  if (named === '6,12') return 'april-september';
  if (named === '12') return 'annual';
  return undefined;
}

/** A row's round columns: each round's cell, and the group's label over them (for marks). */
export interface RoundCell {
  round: string;
  cell: string;
  group: string;
}

/**
 * A row's follow-ups from its round columns, as items: each item with the rounds it is under
 * ("รายงานผลต่อนายกเทศมนตรี (รอบ ๖ เดือน)"); an item under several rounds is one follow-up of
 * them all ("… (รอบ ๖ เดือน และ รอบ ๑๒ เดือน)"), so its cadence is read from its rounds: the
 * product's cadence note is added when the rounds are quarters or half-years (cadenceOfRounds). A
 * mark (✓) under rounds is a follow-up named by the group's label; `marked` says so.
 */
export function roundFollowUps(rounds: readonly RoundCell[]): { html: string; marked?: string } {
  const byItem = new Map<string, { text: string; rounds: string[] }>();
  let marked: string | undefined;
  for (const { round, cell, group } of rounds) {
    const plain = stripTags(cell).trim();
    if (NOTHING.test(plain)) continue;
    const mark = MARK.test(plain);
    if (mark) marked ??= group || 'รายงานผลการดำเนินการ';
    for (const text of mark ? [group || 'รายงานผลการดำเนินการ'] : splitItems(cell)) {
      const key = matchKey(text);
      const item = byItem.get(key) ?? { text, rounds: [] };
      if (!item.rounds.includes(round)) item.rounds.push(round);
      byItem.set(key, item);
    }
  }
  const html = [...byItem.values()]
    .map((i) => {
      // a cadence the text names itself ("สรุปผลทุกไตรมาส" under ไตรมาส ๔) wins over its rounds
      const cadence = detectCadences(i.text).cadence === 'unspecified' ? cadenceOfRounds(i.rounds) : undefined;
      const note = cadence ? ` (${CADENCE_NOTES[cadence]})` : '';
      return `<p>${escapeMarkup(`${i.text} (${i.rounds.join(' และ ')})${note}`)}</p>`;
    })
    .join('');
  return marked === undefined ? { html } : { html, marked };
}

/**
 * A month named alone, its year after it if any: "ต.ค.", "ตุลาคม", "ต.ค. ๖๖", "ต.ค.2566", "ต.ค.-66"
 * (Excel's "mmm-yy"); the 1st of the month as a date cell reads ("๑ ตุลาคม ๒๕๖๖": S26-9).
 */
const MONTH_LABEL = new RegExp(`^(?:0?1)?${MONTH}${CELL_END_YEAR}`);
/** A month by its number with its year: "10/66", "1/2567", "10-2023" (S26-10). */
const MONTH_NUMBER_LABEL = /^(0?[1-9]|1[0-2])[/.-]([0-9]{2}|[0-9]{4})$/;

/** A month a header cell names: 1-12, and its year (CE) when written (or told by its row: month-row-dates.ts). */
export interface HeaderMonth {
  month: number;
  year?: number;
}

/**
 * The month (1-12) a sub-header names alone, with its year (CE) when written, else undefined: a
 * Thai or English name ("Oct-23", english-month-names.ts) with or without its year, or a month
 * number with its year ("10/66"). Linear in the label (anchored, no nested quantifiers).
 */
export function headerMonthOfLabel(label: string): HeaderMonth | undefined {
  const key = matchKey(withEnglishMonthsInThai(stripTags(label)));
  const named = MONTH_LABEL.exec(key);
  const numbered = named ? null : MONTH_NUMBER_LABEL.exec(key);
  if (!named && !numbered) return undefined;
  const month = named ? monthOf(named[1]!) : Number(numbered![1]);
  const year = (named ?? numbered)![2];
  return year === undefined ? { month } : { month, year: headerYear(year) };
}

/**
 * A header month's written year as CE: 4 digits BE or CE (ceYear); 2 digits BE from "50" ("66" =
 * 2566 = 2023), CE below it ("Oct-23", Excel's "mmm-yy" in English: 2023). The two readings never
 * meet in a plan's years (BE 2550-2599 is 2007-2056).
 */
export function headerYear(written: string): number {
  return written.length === 2 && Number(written) < 50 ? 2000 + Number(written) : ceYear(written);
}

/** The month (1-12) a sub-header names alone (headerMonthOfLabel), else undefined. */
export const monthOfLabel = (label: string) => headerMonthOfLabel(label)?.month;

/**
 * What a grouped header's sub-column names beyond its role: a follow-up column's round, a
 * timeframe column's month (and its year). `role`: the column's role read from both labels;
 * `inRow`: the month its row names there (month-row-dates.ts monthRow), if any.
 */
export function periodOfSubColumn(
  upper: Role,
  role: Role,
  lower: string,
  inRow?: HeaderMonth,
): Pick<Column, 'round' | 'month' | 'year'> {
  if (role === 'followUps' && upper === 'followUps' && namesRound(lower)) return { round: lower };
  if (role !== 'timeframe') return {};
  const named = inRow ?? headerMonthOfLabel(lower);
  if (named) return named.year === undefined ? { month: named.month } : { month: named.month, year: named.year };
  return namesRound(lower) ? { round: lower } : {};
}

/** A cell of a timeframe's month or period column. */
export interface PeriodCell {
  month?: number;
  /** the month's year (CE), when the header dates it */
  year?: number;
  round?: string;
  cell: string;
  /** covered by a cell merged from its left: its period is marked with it, its words said once */
  spanned?: boolean;
  /** filled with a colour other than its row's: a Gantt bar drawn by colour marks its period (S24-15) */
  filled?: true;
}

/** A timeframe column of a Gantt month or quarter (a mark in it stands for its period). */
export const isPeriodColumn = (col: Column | undefined) =>
  col?.role === 'timeframe' && (col.month !== undefined || col.round !== undefined);

/**
 * The colour a row is filled with as a whole, not a bar: the fill (cell-fills.ts keys) that every
 * cell outside the period columns has, the measure cell's too; "" when they differ or have none. A
 * period cell of this colour is no mark: a row coloured whole is no bar, a row shaded yellow keeps
 * its blue bars (review 17 s24, S24-15). `fill`: the row's cells' fills, as many as its cells.
 */
export function rowColour(fill: readonly string[], columns: readonly Column[]): string {
  let colour: string | undefined;
  for (let j = 0; j < fill.length; j++) {
    if (isPeriodColumn(columns[j])) continue;
    if (colour === undefined) colour = fill[j]!;
    else if (fill[j] !== colour) return '';
  }
  return colour ?? '';
}

/** The cells an arrow typed from one cell to a later one passes over (empty between its ends). */
function arrowed(cells: readonly PeriodCell[]): Set<number> {
  const over = new Set<number>();
  let open: number | undefined;
  cells.forEach((c, i) => {
    const text = stripTags(c.cell).trim();
    if (!text) return;
    if (!LINE.test(text)) open = undefined;
    else if (ARROW_CLOSES.test(text)) {
      for (let k = (open ?? i) + 1; k < i; k++) over.add(k);
      open = undefined;
    } else if (ARROW_OPENS.test(text)) open ??= i;
    else open = undefined;
  });
  return over;
}

/** A month as a count of months (CE year × 12 + month − 1) named short with its BE year: "ต.ค. ๒๕๖๖". */
export const monthCountName = (i: number) =>
  `${THAI_SHORT_MONTHS[i % 12]} ${toThaiDigits(Math.floor(i / 12) + BE_OFFSET)}`;

/** Counts of months (sorted, distinct) as runs: "ต.ค. ๒๕๖๖ - ก.ย. ๒๕๖๗", a month alone "เม.ย. ๒๕๖๗". */
function monthRuns(counts: readonly number[]): string[] {
  const parts: string[] = [];
  for (let i = 0; i < counts.length;) {
    let j = i;
    while (j + 1 < counts.length && counts[j + 1] === counts[j]! + 1) j++;
    parts.push(i === j ? monthCountName(counts[i]!) : `${monthCountName(counts[i]!)} - ${monthCountName(counts[j]!)}`);
    i = j + 1;
  }
  return parts;
}

/** What a row's marks in month (or quarter) columns make: its timeframe, and the marks outside the fiscal year. */
export interface MarkedTimeframe {
  /** the marked months and periods of the year (see markedTimeframe); "" when none */
  timeframe: string;
  /** the marked months a header dated outside the fiscal year, and their words, quoted; the first one's cell (0-based) */
  outside?: { text: string; cell: number };
}

/**
 * The timeframe a row's marks (a filled cell is one) in month (or quarter) columns make, in fiscal
 * year `fy`: runs of months "ต.ค. ๒๕๖๖ - ก.ย. ๒๕๖๗", a month alone "เม.ย. ๒๕๖๗", joined by ", "; a
 * cell with words instead of a mark adds them ("ม.ค. ๒๕๖๗: จัดประชุม"). A month with its year
 * (a dated header: month-row-dates.ts) is placed by it, and one outside `fy` is no part of the
 * timeframe: it is given as `outside`; a month without, by its name in `fy`.
 */
export function markedTimeframe(cells: readonly PeriodCell[], fy: number): MarkedTimeframe {
  if (cells.length === 0) return { timeframe: '' };
  const endYear = fy - BE_OFFSET;
  const first = (endYear - 1) * 12 + 9;
  const count = (month: number, year: number | undefined) =>
    (year ?? (month >= 10 ? endYear - 1 : endYear)) * 12 + month - 1;
  const inYear = (i: number) => i >= first && i < first + 12;
  const over = arrowed(cells);
  const marked = cells.flatMap((c, i) => (stripTags(c.cell) || over.has(i) || c.filled ? [{ ...c, at: i }] : []));
  const counts = [...new Set(marked.flatMap((c) => (c.month === undefined ? [] : [count(c.month, c.year)])))].sort(
    (a, b) => a - b,
  );
  const parts = monthRuns(counts.filter(inYear));
  for (const c of marked) {
    if (c.month === undefined) parts.push(c.round!);
  }
  const words = marked
    .filter((c) => !c.spanned && stripTags(c.cell) && !isMark(stripTags(c.cell).trim()))
    .map((c) => ({
      inYear: c.month === undefined || inYear(count(c.month, c.year)),
      text: `${c.month === undefined ? c.round! : monthCountName(count(c.month, c.year))}: ${stripTags(c.cell)}`,
    }));
  const timeframe = [parts.join(', '), ...words.filter((w) => w.inYear).map((w) => w.text)].filter(Boolean).join('; ');
  const outsideCounts = counts.filter((i) => !inYear(i));
  if (outsideCounts.length === 0) return { timeframe };
  const text = [monthRuns(outsideCounts).join(', '), ...words.filter((w) => !w.inYear).map((w) => w.text)].join('; ');
  const cell = marked.find((c) => c.month !== undefined && !inYear(count(c.month, c.year)))!.at;
  return { timeframe, outside: { text, cell } };
}

/**
 * A bare number a month row may hold ("1" … "12", "๑"): alone, which month it is (fiscal or calendar
 * order) cannot be told; in a run of October to September it is read (month-row-dates.ts monthRow).
 */
export const BARE_MONTH_NUMBER = /^(?:0?[1-9]|1[0-2])$/;

/**
 * The cells of a row under the header that are bare numbers 1-12 from a timeframe column on (S26-10:
 * "1" … "12" over a Gantt's month columns, the columns before them empty), when there are three or
 * more and no column of `columns` names its month: a month row not read, its ticks lost. Empty
 * otherwise; `merged`: the row's cell merges (a merged cell is skipped) (a row of column numbers from the first column: table-row-kinds.ts isColumnNumbersRow).
 */
export function unreadMonthNumbers(
  columns: readonly Column[],
  sub: readonly string[],
  merged: readonly unknown[],
): string[] {
  if (columns.some((c) => c.month !== undefined)) return [];
  // a cell merged into another (a label merged down over this row) is the other's, not this row's
  const first = sub.findIndex((cell, j) => !merged[j] && cell.trim() !== '');
  if (first < 0 || columns[first]?.role !== 'timeframe') return [];
  const numbers = sub.filter(
    (cell, j) => !merged[j] && cell.length <= 8 && BARE_MONTH_NUMBER.test(matchKey(stripTags(cell))),
  );
  return numbers.length >= 3 ? numbers : [];
}

/**
 * The group an empty top cell lies under when the header has no merges (a text file, a CSV): the
 * group on its left, when both that group's column and this one name a period under it (`inRow`:
 * the month its row names there).
 */
export function continuedGroup(
  top: Column | undefined,
  left: Column | undefined,
  lower: string,
  inRow?: HeaderMonth,
): Column | undefined {
  if ((top && top.label) || !left || !lower) return undefined;
  const period = periodOfSubColumn(left.role, left.role, lower, inRow);
  return period.round !== undefined || period.month !== undefined ? left : undefined;
}
