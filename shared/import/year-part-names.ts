// How plans name the parts of a fiscal year, in a match key (matchKey: no spaces, Arabic digits):
// its halves ("ครึ่งปีแรก", "6 เดือนหลัง", "หกเดือนแรก") and quarters ("ไตรมาสที่ 2", "ไตรมาส 2-3").
// One source for the timeframe reader (timeframe-months.ts) and the deadline reader
// (follow-up-cadence.ts). Pattern sources, to be put in a RegExp.

/**
 * A half of the fiscal year: "ครึ่งปีแรก", "ครึ่งแรก", "ครึ่งปีงบประมาณหลัง", "6เดือนแรก", "หกเดือนหลัง";
 * group: "แรก" (the first, October-March) or "หลัง" (the second, April-September). Review 17 s25, S25-1.
 */
export const HALF = '(?:ครึ่ง|(?<![0-9])6เดือน|หกเดือน)(?:ปี)?(?:งบประมาณ)?(แรก|หลัง)';
/** The word before a quarter's number: "ไตรมาส", "ไตรมาสที่" */
export const QUARTER = 'ไตรมาส(?:ที่)?';
/**
 * The words before a part of the year that bound it: "by" (ภายใน, ก่อน, ไม่เกิน, ถึง) or "from"
 * (ตั้งแต่, เริ่ม), then "สิ้น"/"สิ้นสุด" (the end of); groups: the word, the end. Pattern source.
 */
export const PERIOD_BOUND = '(ภายใน|ก่อน|ไม่เกิน|ถึง|ตั้งแต่|เริ่ม)?(สิ้น(?:สุด)?)?';
/**
 * Whether a bound word and its "สิ้น" (PERIOD_BOUND's groups) put a deadline before the period
 * begins: "ก่อน" + a month, quarter or half year ("ก่อนไตรมาส 3": by 31 March; "ก่อนเดือนมีนาคม": by
 * the end of February); "ก่อนสิ้น…" is by its end (session 27, s27-d; docs/domain.md).
 */
export const beforeItBegins = (word: string | undefined, end: string | undefined) =>
  word === 'ก่อน' && end === undefined;
/** A dash of any kind between two quarters (review 17 s26, S26-1) */
const QUARTER_DASH = '[-–—~]';
/** What joins two quarters into a span: a dash or "ถึง" */
export const QUARTER_SPAN_JOIN = `(?:${QUARTER_DASH}|ถึง)`;

/**
 * Quarters listed one by one after the quarter word `word`, a pattern source whose one group is the
 * list ("2และ3", "1,2และ3", "2และไตรมาสที่4"): numbers 1-4 joined by ",", "และ", "/" or the word
 * again, with `spans` by a dash too ("1-4"), `fewest` (1 or 2) to four of them. `word`: QUARTER
 * for the timeframe reader (months: "ไตรมาส 2 และ 3" too); "ไตรมาสที่" for the cadence reader's
 * rounds, which "ไตรมาส 2 และ 4" without "ที่" are not (follow-up-cadence.ts, as it read them).
 */
export function quarterListPattern(word: string, { spans = false, fewest = 2 } = {}): string {
  return `${word}([1-4](?:(?:,|และ|/|${spans ? `${QUARTER_DASH}|` : ''}${word})+[1-4]){${fewest - 1},3})`;
}

/** A list that is one span of quarters, first and last ("1-4") */
const LIST_SPAN = new RegExp(`^([1-4])${QUARTER_DASH}([1-4])$`);
/**
 * The quarters a quarterListPattern list names, as written ("2และ4": [2, 4]); a list that is one
 * span ("1-4") names every quarter from its first to its last ([1, 2, 3, 4]; "3-1": none).
 */
export function quartersOfList(list: string): number[] {
  const span = LIST_SPAN.exec(list);
  if (!span) return (list.match(/[1-4]/g) ?? []).map(Number);
  const quarters: number[] = [];
  for (let q = Number(span[1]); q <= Number(span[2]); q++) quarters.push(q);
  return quarters;
}
