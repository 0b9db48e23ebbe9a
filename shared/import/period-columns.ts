// Sub-columns of a grouped header that name periods of the fiscal year: the reporting rounds under
// a follow-up group ("การติดตามผล" over "รอบ ๖ เดือน" | "รอบ ๑๒ เดือน": each round's cell holds
// its own follow-ups) and the months of a Gantt-style timeframe ("ระยะเวลาดำเนินการ" over
// "ต.ค." … "ก.ย.", a mark in each month of the work).
import type { Column, Role } from './column-names.js';
import { escapeMarkup } from './table-row-kinds.js';
import { matchKey, splitItems, stripTags } from './thai-text.js';
import { MONTH, monthOf } from './thai-dates.js';
import { withEnglishMonthsInThai } from './english-month-names.js';
import { toThaiDigits } from '../domain/thai-format.js';
import type { Cadence } from '../domain/due-rules.js';
import { CADENCE_LABELS } from '../domain/plan-labels.js';
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
function cadenceOfRounds(rounds: readonly string[]): Cadence | undefined {
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
      const note = cadence ? ` (${CADENCE_LABELS[cadence]})` : '';
      return `<p>${escapeMarkup(`${i.text} (${i.rounds.join(' และ ')})${note}`)}</p>`;
    })
    .join('');
  return marked === undefined ? { html } : { html, marked };
}

/**
 * A month named alone, its year after it if any: "ต.ค.", "ตุลาคม", "ต.ค. ๖๖", "ต.ค.2566", "ต.ค.-66"
 * (Excel's "mmm-yy"); the 1st of the month as a date cell reads ("๑ ตุลาคม ๒๕๖๖": S26-9).
 */
const MONTH_LABEL = new RegExp(`^(?:0?1)?${MONTH}(?:พ\\.ศ\\.)?[-/]?(?:[0-9]{2}|[0-9]{4})?$`);
/** A month by its number with its year: "10/66", "1/2567", "10-2023" (S26-10). */
const MONTH_NUMBER_LABEL = /^(0?[1-9]|1[0-2])[/.-](?:[0-9]{2}|[0-9]{4})$/;

/**
 * The month (1-12) a sub-header names alone, else undefined: a Thai or English name ("Oct-23",
 * english-month-names.ts) with or without its year, or a month number with its year ("10/66").
 * Linear in the label (anchored, no nested quantifiers).
 */
export function monthOfLabel(label: string): number | undefined {
  const key = matchKey(withEnglishMonthsInThai(stripTags(label)));
  const m = MONTH_LABEL.exec(key);
  if (m) return monthOf(m[1]!);
  const n = MONTH_NUMBER_LABEL.exec(key);
  return n ? Number(n[1]) : undefined;
}

/**
 * What a grouped header's sub-column names beyond its role: a follow-up column's round, a
 * timeframe column's month. `role`: the column's role read from both labels.
 */
export function periodOfSubColumn(upper: Role, role: Role, lower: string): Pick<Column, 'round' | 'month'> {
  if (role === 'followUps' && upper === 'followUps' && namesRound(lower)) return { round: lower };
  if (role !== 'timeframe') return {};
  const month = monthOfLabel(lower);
  if (month !== undefined) return { month };
  return namesRound(lower) ? { round: lower } : {};
}

const SHORT_MONTHS = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];

/** A cell of a timeframe's month or period column. */
export interface PeriodCell {
  month?: number;
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

/**
 * The timeframe a row's marks (a filled cell is one) in month (or quarter) columns make, in fiscal year `fy`: runs of
 * months "ต.ค. ๒๕๖๖ - ก.ย. ๒๕๖๗", a month alone "เม.ย. ๒๕๖๗", joined by ", "; a cell with words
 * instead of a mark adds them ("ม.ค. ๒๕๖๗: จัดประชุม"). Empty when nothing is marked.
 */
export function markedTimeframe(cells: readonly PeriodCell[], fy: number): string {
  if (cells.length === 0) return '';
  const year = (month: number) => toThaiDigits(month >= 10 ? fy - 1 : fy);
  const name = (month: number) => `${SHORT_MONTHS[month - 1]} ${year(month)}`;
  const fyIndex = (month: number) => (month + 2) % 12;
  const over = arrowed(cells);
  const marked = cells.filter((c, i) => stripTags(c.cell) || over.has(i) || c.filled);
  const months = [...new Set(marked.flatMap((c) => (c.month === undefined ? [] : [c.month])))].sort(
    (a, b) => fyIndex(a) - fyIndex(b),
  );
  const parts: string[] = [];
  for (let i = 0; i < months.length;) {
    let j = i;
    while (j + 1 < months.length && fyIndex(months[j + 1]!) === fyIndex(months[j]!) + 1) j++;
    parts.push(i === j ? name(months[i]!) : `${name(months[i]!)} - ${name(months[j]!)}`);
    i = j + 1;
  }
  for (const c of marked) {
    if (c.month === undefined) parts.push(c.round!);
  }
  const words = marked
    .filter((c) => !c.spanned && stripTags(c.cell) && !isMark(stripTags(c.cell).trim()))
    .map((c) => `${c.month === undefined ? c.round! : name(c.month)}: ${stripTags(c.cell)}`);
  return [parts.join(', '), ...words].filter(Boolean).join('; ');
}

/** A bare number a month row may hold ("1" … "12", "๑"): which month it is (fiscal or calendar order) cannot be told. */
const BARE_MONTH_NUMBER = /^(?:0?[1-9]|1[0-2])$/;

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
 * A one-row header's month columns ("ต.ค." … "ก.ย." beside the others, no group over them): at
 * least three note columns naming a month alone are the timeframe's months.
 */
export function withMonthColumns(columns: readonly Column[]): Column[] {
  const months = columns.map((c) => (c.role === 'note' ? monthOfLabel(c.label) : undefined));
  if (months.filter((m) => m !== undefined).length < 3) return [...columns];
  return columns.map((c, j) => (months[j] === undefined ? c : { ...c, role: 'timeframe', month: months[j] }));
}

/**
 * The group an empty top cell lies under when the header has no merges (a text file, a CSV): the
 * group on its left, when both that group's column and this one name a period under it.
 */
export function continuedGroup(top: Column | undefined, left: Column | undefined, lower: string): Column | undefined {
  if ((top && top.label) || !left || !lower) return undefined;
  const period = periodOfSubColumn(left.role, left.role, lower);
  return period.round !== undefined || period.month !== undefined ? left : undefined;
}
