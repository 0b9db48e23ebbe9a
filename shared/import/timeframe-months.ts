// The months of the fiscal year a measure's timeframe names, as its follow-ups' first and last
// month (review 17 s23, S23-7): a measure worked April to September ("เม.ย. - ก.ย. 2569", or ticks
// in the เม.ย. … ก.ย. columns of a Gantt) that reports "ทุกเดือน" owes no reports for October to
// March. The rule (docs/domain.md "A measure's timeframe as its follow-ups' months"):
// - a span of months named ("เม.ย. - ก.ย.", "มกราคม ถึง มิถุนายน", runs of ticked months): from the
//   first month named to the last;
// - months named one by one only ("ธ.ค., มี.ค., มิ.ย., ก.ย.": ticks in the months a report is due, or
//   the months of single activities): nothing (they are no span of the work);
// - one month after "ตั้งแต่"/"เริ่ม" (from): from it; after "ภายใน"/"ก่อน"/"ไม่เกิน"/"ถึง" (by): until it;
// - one month alone (a one-off activity's month), no month, or the whole year: nothing.
// Months may be named in English ("Jan-Jun 2567", english-month-names.ts), or as dates, quarters, halves.
// A month without its year takes the next named year (เม.ย. - ก.ย. 2569), else the plan's; months
// all of one other fiscal year (a plan of another year, said by fiscal-year-differs) are read in
// the plan's; months past the plan's year are cut to it.
import { BE_OFFSET, fiscalYearBounds } from '../domain/fiscal-calendar.js';
import { firstRoundCoverage, followUpMonthsLabel, timeframeMonthsFor } from '../domain/follow-up-months.js';
import type { FollowUp } from '../domain/plan.js';
import type { Cadence } from '../domain/due-rules.js';
import { THAI_MONTHS, toThaiDigits } from '../domain/thai-format.js';
import { withEnglishMonthsInThai } from './english-month-names.js';
import { ceYear, MONTH, monthOf, withYearFirstDatesDayFirst } from './thai-dates.js';
import { regexMatches } from './regex-matches.js';
import { matchKey, stripTags } from './thai-text.js';
import {
  beforeItBegins,
  HALF,
  PERIOD_BOUND,
  QUARTER,
  QUARTER_SPAN_JOIN,
  quarterListPattern,
  quartersOfList,
} from './year-part-names.js';
import { quoteWords } from './warning-quotes.js';

/** A month named, with the year written right after it (in a match key: no spaces, Arabic digits). */
const NAMED = new RegExp(`${MONTH}(?:พ\\.ศ\\.)?([0-9]{4}|[0-9]{2})?`, 'g');
/** A date's day before its month: "1", "วันที่ 1" (review 17 s24, S24-1) */
const DAY = '(?:วันที่)?[0-9]{0,2}';
/** "from" before a month alone ("ตั้งแต่เดือน", "ตั้งแต่วันที่ 1") */
const FROM = new RegExp(`(?:ตั้งแต่|เริ่ม)(?:เดือน|${DAY})$`);
/** "before" a month alone, not a day of it ("ก่อนเดือน", "ก่อน"): until the month before (beforeItBegins) */
const BEFORE_START = /ก่อน(?:เดือน)?$/;
/** "by" before a month alone ("ภายในเดือน", "ภายในวันที่ 31") */
const UNTIL = new RegExp(`(?:ภายใน|ก่อน|ไม่เกิน|ถึง)(?:สิ้น)?(?:เดือน|${DAY})$`);
/**
 * What joins two months into a span, between them in a match key: a dash, "ถึง" (to), "สิ้น" (the
 * end of: "ต.ค. - สิ้นมี.ค.", review 17 s25), the second date's day
 */
const SPAN = new RegExp(`^(?:[-–—~]|(?:จน)?ถึง)(?:สิ้น)?(?:เดือน|${DAY})$`);
/** A date in digits ("01/10/2566", "1.4.67", "31-03-2567"; one written year first is turned day first): read as its month and year */
const DIGITS_DATE = /(?<![0-9])[0-9]{1,2}([/.-])([0-9]{1,2})\1([0-9]{4}|[0-9]{2})(?![0-9])/g;
/** Dates in digits of a match key as their months' names and years ("ตุลาคม2566"); others as they are. */
const withDigitDatesNamed = (key: string) =>
  key.replace(DIGITS_DATE, (date, _sep: string, month: string, year: string) => {
    const name = THAI_MONTHS[Number(month) - 1];
    return name === undefined ? date : `${name}${year}`;
  });
/**
 * Quarters of the fiscal year named ("ไตรมาส 2-3", "ไตรมาสที่ ๒ และ ๓", "ไตรมาส 1, 2, 3", "ไตรมาส 1"
 * in a match key; Q1 = ต.ค.-ธ.ค.): from the first quarter's first month to the last's last (review
 * 17 s25, S25-1 and S25-8's quarter Gantt); after "ภายใน"/"ตั้งแต่"… the last's or the first's month.
 * A dash of any kind ("–", "—", "~") joins two quarters as "-" does (review 17 s26, S26-1).
 */
const QUARTERS = new RegExp(
  `${PERIOD_BOUND}${QUARTER}([1-4](?:(?:${QUARTER_SPAN_JOIN}|และ|,)(?:${QUARTER})?[1-4])*)(?![0-9])`,
  'g',
);
/** The name of a fiscal quarter's first (0) or last (2) month: Q1 October, Q2 January… */
const quarterMonth = (quarter: number, at: 0 | 2) => THAI_MONTHS[((quarter - 1) * 3 + 9 + at) % 12]!;
/** Quarters of a match key as the span of their months' names ("มกราคม-มิถุนายน"); others as they are. */
const withQuartersNamed = (key: string) =>
  key.replace(QUARTERS, (_q, word: string | undefined, end: string | undefined, list: string) => {
    const quarters = [...list.matchAll(/[1-4]/g)].map((d) => Number(d[0]));
    return periodNamed(word, end, quarterMonth(Math.min(...quarters), 0), quarterMonth(Math.max(...quarters), 2));
  });
/**
 * A part of the year, its months `first` to `last`, after its bound (PERIOD_BOUND's groups), as the
 * month names the span and bound rules read: no word, the span; "from", its first month; "ก่อน" alone,
 * before its first (BEFORE_START: until the month before, beforeItBegins); "by", its last.
 */
function periodNamed(word: string | undefined, end: string | undefined, first: string, last: string): string {
  if (word === undefined) return `${end ?? ''}${first}-${last}`;
  if (word === 'ตั้งแต่' || word === 'เริ่ม') return word + first;
  if (beforeItBegins(word, end)) return word + first;
  return `${word}${end === undefined ? '' : 'สิ้น'}${last}`;
}
/**
 * Halves of the fiscal year named ("ครึ่งปีแรก", "6 เดือนแรกของปีงบประมาณ", "ครึ่งปีหลัง" in a match
 * key): the first October-March, the second April-September (review 17 s25, S25-1).
 */
const HALVES = new RegExp(`${PERIOD_BOUND}(?:ช่วง)?${HALF}`, 'g');
/** Halves of the year in a match key as the span of their months' names, bounded as quarters are; others as they are. */
const withHalvesNamed = (key: string) =>
  key.replace(HALVES, (_h, word: string | undefined, end: string | undefined, half: string) =>
    half === 'แรก' ? periodNamed(word, end, 'ตุลาคม', 'มีนาคม') : periodNamed(word, end, 'เมษายน', 'กันยายน'),
  );
/** At most this many months are read of a timeframe (a Gantt names twelve, a list of rounds a few more). */
const MAX_NAMED = 48;
/** Only this much of a timeframe is read. */
const MAX_TEXT = 1000;

export interface TimeframeMonths {
  /** "YYYY-MM": the first month covered, when after the year's first */
  firstMonth?: string;
  /** "YYYY-MM": the last month covered, when before the year's last */
  lastMonth?: string;
}

/** A month as a count of months (CE year × 12 + month − 1), and back to "YYYY-MM". */
const index = (year: number, month: number) => year * 12 + month - 1;
const yearMonth = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
/** The fiscal year (BE) a month (count) falls in: October starts the next one. */
const fiscalYearOfIndex = (i: number) => Math.floor(i / 12) + BE_OFFSET + ((i % 12) + 1 >= 10 ? 1 : 0);

/**
 * The months a timeframe covers inside fiscal year `fy` (BE), when fewer than the whole year;
 * undefined when it names no span of months or the whole year.
 */
export function timeframeMonths(timeframe: string, fy: number): TimeframeMonths | undefined {
  const span = spanNamed(monthsNamed(timeframe, fy), fy);
  if (!span) return undefined;
  const { start, end } = span;
  const [first, last] = [Math.max(span.first, start), Math.min(span.last, end)];
  if (first > last || (first === start && last === end)) return undefined;
  return {
    ...(first > start ? { firstMonth: yearMonth(first) } : {}),
    ...(last < end ? { lastMonth: yearMonth(last) } : {}),
  };
}

/**
 * The fiscal year (BE) all the months a timeframe names fall in, when another than `fy` (review 17
 * s26: "ต.ค. 2565 - มี.ค. 2566" in a plan for 2568 is 2566), and whether they make a span, which
 * timeframeMonths reads as the plan's months of those names (a date or month alone gives nothing);
 * undefined when they are `fy`'s, of two or more years, or no month is named.
 */
export function timeframeOtherFiscalYear(timeframe: string, fy: number): { fy: number; span: boolean } | undefined {
  const read = monthsNamed(timeframe, fy);
  const years = new Set(read?.months.map(fiscalYearOfIndex));
  const [only] = years;
  if (years.size !== 1 || only === undefined || only === fy) return undefined;
  return { fy: only, span: spanNamed(read, fy) !== undefined };
}

/**
 * The span of months (counts, first and last, uncut) a timeframe's months read (monthsNamed) make
 * in fiscal year `fy` (BE), whose first and last months are `start` and `end`: months all of one
 * other fiscal year are the plan's months of the same names; two months or more only when joined
 * as a span; one month only after "from" or "by". Undefined when they make none.
 */
function spanNamed(read: ReturnType<typeof monthsNamed>, fy: number) {
  if (!read) return undefined;
  const { key, named, months, endYear } = read;
  const start = index(endYear - 1, 10);
  const end = index(endYear, 9);
  const fiscalYears = new Set(months.map(fiscalYearOfIndex));
  const shift = fiscalYears.size === 1 ? (fy - [...fiscalYears][0]!) * 12 : 0;
  const shifted = months.map((i) => i + shift);
  let first = Math.min(...shifted);
  let last = Math.max(...shifted);
  const spans = named.some((n, i) => i > 0 && SPAN.test(key.slice(named[i - 1]!.end, n.at)));
  if (named.length > 1 && !spans) return undefined;
  if (new Set(shifted).size === 1) {
    const opening = key.slice(0, named[0]!.at);
    if (FROM.test(opening)) last = end;
    else if (BEFORE_START.test(opening)) [first, last] = [start, last - 1];
    else if (UNTIL.test(opening)) first = start;
    else return undefined;
  }
  return { first, last, start, end };
}

/**
 * The months a timeframe names, in order, as counts (index), each in its year: its own, else the
 * next named one's, else the last named one's, else the plan's (fy, BE); with the match key read
 * and where each stands in it. Undefined when none is named.
 */
function monthsNamed(timeframe: string, fy: number) {
  const key = withHalvesNamed(
    withQuartersNamed(
      withDigitDatesNamed(
        withYearFirstDatesDayFirst(matchKey(withEnglishMonthsInThai(stripTags(timeframe.slice(0, MAX_TEXT))))),
      ),
    ),
  );
  const named: { month: number; year: number | undefined; at: number; end: number }[] = [];
  for (const m of regexMatches(key, NAMED)) {
    const [at, end] = [m.index, m.index + m[0].length];
    named.push({ month: monthOf(m[1]!), year: m[2] === undefined ? undefined : ceYear(m[2]), at, end });
    if (named.length >= MAX_NAMED) break;
  }
  if (named.length === 0) return undefined;
  const endYear = Number(fiscalYearBounds(fy).end.slice(0, 4));
  // each month's year: its own, else the next named one's (a later month in that year or before
  // it: "ต.ค. - มี.ค. 2569" is October 2568), else the last named one's, else the plan's
  const years: number[] = new Array<number>(named.length);
  let next: { month: number; year: number } | undefined;
  for (let i = named.length - 1; i >= 0; i--) {
    const n = named[i]!;
    if (n.year !== undefined) next = { month: n.month, year: n.year };
    else if (next) years[i] = n.month <= next.month ? next.year : next.year - 1;
    if (n.year !== undefined) years[i] = n.year;
  }
  let before: { month: number; year: number } | undefined;
  const months = named.map((n, i) => {
    let year = years[i];
    if (year === undefined) year = before ? (n.month >= before.month ? before.year : before.year + 1) : undefined;
    if (year === undefined) year = n.month >= 10 ? endYear - 1 : endYear;
    before = { month: n.month, year };
    return index(year, n.month);
  });
  return { key, named, months, endYear };
}

/**
 * The follow-ups of a measure whose timeframe is shorter than the year get its months (a follow-up
 * due once keeps its date; one with months of its own keeps them), and what to say of it, Thai
 * first, quoting the timeframe; undefined when nothing changed.
 */
export function withTimeframeMonths(
  followUps: FollowUp[],
  timeframe: string,
  fy: number,
): { th: string; en: string } | undefined {
  const months = timeframeMonths(timeframe, fy);
  if (!months) return undefined;
  const open = followUps.filter((f) => f.cadence !== 'once' && f.firstMonth === undefined && f.lastMonth === undefined);
  // each as its cadence owes: the period the work ends in is still reported (tester s43 F2)
  for (const f of open) Object.assign(f, timeframeMonthsFor(months, f.cadence, fy));
  const given = open.filter((f) => f.firstMonth !== undefined || f.lastMonth !== undefined);
  if (given.length === 0) return undefined;
  const quoted = quoteWords(timeframe);
  // the same words as the plan screens and documents give a follow-up's months (one set for all,
  // else each follow-up's: a quarterly one runs to its quarter's end)
  const labels = given.map((f) => followUpMonthsLabel(f)!);
  const alike = labels.every((l) => l.th === labels[0]!.th);
  const { th, en } = alike
    ? labels[0]!
    : {
        th: given.map((f, i) => `ข้อ ${toThaiDigits(followUps.indexOf(f) + 1)} ${labels[i]!.th}`).join(', '),
        en: given.map((f, i) => `no. ${followUps.indexOf(f) + 1} ${labels[i]!.en}`).join(', '),
      };
  const all = !alike || given.length === followUps.length;
  const covered = coverageOf(given, fy, (f) => (followUps.length > 1 ? followUps.indexOf(f) + 1 : undefined));
  return {
    th: `ระยะเวลาดำเนินการ "${quoted}" ไม่ครบทั้งปีงบประมาณ จึงให้การติดตามผล${all ? '' : `ข้อ ${given.map((f) => toThaiDigits(followUps.indexOf(f) + 1)).join(', ')} `}ติดตาม${th} (ไม่มีรายงานของเดือนนอกช่วงนี้)${covered.th} ตรวจว่าถูกต้อง`,
    en: `the timeframe "${quoted}" is shorter than the fiscal year, so ${all ? 'its follow-ups run' : `follow-up ${given.map((f) => followUps.indexOf(f) + 1).join(', ')} runs`} ${en} only (no reports are due for the months outside it)${covered.en}: check it`,
  };
}

/**
 * " เริ่มเดือนมีนาคม: รายงานรอบไตรมาส ม.ค.–มี.ค. ครอบคลุมทั้งไตรมาส" for each of `followUps` whose first
 * month falls inside its period (firstRoundCoverage, tester s44), after "การติดตามผลข้อ N" when `noOf`
 * numbers it; '' when none does.
 */
export function coverageOf<F extends TimeframeMonths & { cadence: Cadence }>(
  followUps: readonly F[],
  fy: number,
  noOf: (f: F) => number | undefined = () => undefined,
): { th: string; en: string } {
  const said = followUps.flatMap((f) => {
    const c = firstRoundCoverage(f, fy);
    const no = noOf(f);
    if (!c) return [];
    return [no === undefined ? c : { th: `การติดตามผลข้อ ${toThaiDigits(no)} ${c.th}`, en: `follow-up ${no} ${c.en}` }];
  });
  return {
    th: said.map((c) => ` ${c.th}`).join(''),
    en: said.map((c) => `; ${c.en}`).join(''),
  };
}

const RECURRING: ReadonlySet<Cadence> = new Set(['monthly', 'quarterly', 'semiannual']);
/** A quarter named, and a span of quarters (in a match key) */
const QUARTER_NAMED = new RegExp(`${QUARTER}[0-9]`);
const QUARTER_SPAN = new RegExp(`${QUARTER}[0-9]${QUARTER_SPAN_JOIN}(?:${QUARTER})?[0-9]`);
/**
 * One quarter qualified as the follow-up's months: "ทุกเดือนในไตรมาสที่ 1" (in), "ทุกไตรมาส เริ่มไตรมาสที่ 2"
 * (from), "ถึงไตรมาส 3" (until), no other quarter after it (session 27's break attempt, M-4).
 */
const QUARTER_QUALIFIED = new RegExp(
  `(?:ใน|ช่วง|ระหว่าง|เฉพาะ|ตั้งแต่|เริ่ม|ถึง|ภายใน)${QUARTER}[1-4](?![0-9]|${QUARTER_SPAN_JOIN}|และ|,|/)`,
);
const QUARTERS_NAMED = new RegExp(`${QUARTER}[0-9]`, 'g');
/** Quarters named one by one in a match key, not one qualified as months: the cadence's rounds. */
const quarterRounds = (key: string) =>
  QUARTER_NAMED.test(key) &&
  !QUARTER_SPAN.test(key) &&
  !(QUARTER_QUALIFIED.test(key) && regexMatches(key, QUARTERS_NAMED).length === 1);

/** Quarters listed one by one ("ไตรมาสที่ 2 และ 3", "ไตรมาส ๑, ๒ และ ๓"; a match key). */
const QUARTER_LIST = new RegExp(`${quarterListPattern(QUARTER)}(?![0-9])`);
/**
 * Quarters listed in a row ("ทุกเดือน ในไตรมาสที่ 2 และ 3"): a monthly report's months, not rounds
 * (verify 17 s27, M-4 neighbour: it ran all year).
 */
function quartersInARow(key: string): boolean {
  const list = quartersListed(key) ?? [];
  return list.length > 0 && list.every((q, i) => i === 0 || q === list[i - 1]! + 1);
}

/** The quarters a match key lists one by one ("ไตรมาสที่ 2 และ 4": [2, 4]), or undefined when it lists none. */
export function quartersListed(key: string): number[] | undefined {
  const listed = QUARTER_LIST.exec(key)?.[1];
  return listed === undefined ? undefined : quartersOfList(listed);
}

/**
 * The months a follow-up's own words give it, in any wording a timeframe may use ("รายงานผลทุกเดือน
 * (ต.ค. - มี.ค.)", "ถึงเดือนมีนาคม 2567", "ตั้งแต่ ม.ค. 67 เป็นต้นไป", "ในไตรมาส 2-3", "ในช่วงครึ่งปีแรก"),
 * and what to say of it for follow-up `no` (from 1), Thai first, quoting the words; undefined when
 * they name no span of months or the whole year, or the cadence does not recur within the year (review 17 s26, S26-11: before, the words were
 * ignored and the follow-up ran all year).
 */
export function followUpOwnMonths(
  text: string,
  cadence: Cadence,
  no: number,
  fy: number,
): { months: TimeframeMonths; th: string; en: string } | undefined {
  // a one-off's or a yearly report's month is its deadline ("ภายใน 31 ตุลาคม 2567"): the cadence
  // reader's; only a recurring report runs over months
  if (!RECURRING.has(cadence)) return undefined;
  // quarters named one by one ("(ไตรมาส ๒ และ ไตรมาส ๔)") are the reporting rounds the cadence
  // reader takes (quarter-rounds); only a span of them ("ในไตรมาส 2-3") or one qualified
  // ("ในไตรมาสที่ 1", "เริ่มไตรมาสที่ 2") is months
  const key = matchKey(text);
  if (quarterRounds(key) && !(cadence === 'monthly' && quartersInARow(key))) return undefined;
  const months = timeframeMonths(text, fy);
  if (!months) return undefined;
  const quoted = quoteWords(text);
  const { th, en } = followUpMonthsLabel(months)!;
  const covered = coverageOf([{ ...months, cadence }], fy);
  return {
    months,
    th: `การติดตามผลข้อ ${toThaiDigits(no)} ระบุช่วงเดือนไว้ในข้อความ "${quoted}" จึงให้ติดตาม${th} (ไม่มีรายงานของเดือนนอกช่วงนี้)${covered.th} ตรวจว่าถูกต้อง`,
    en: `follow-up ${no} names months in its words "${quoted}", so it runs ${en} only (no reports are due for the months outside it)${covered.en}: check it`,
  };
}
