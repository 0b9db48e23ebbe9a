// A re-imported plan keeps the measure ids of the plan it replaces: reports are filed under
// `measureId.fN`, and the importer names measures by their place ("i4", then "i4-2" for a second
// measure of indicator 4), so a measure inserted above another of its indicator, or a measure whose
// indicator the document does not give, would take another measure's id and its reports
// (review 17 s11, S11-2 and S11-11).
import type { ImportResult } from './measures-document.js';
import { addToGroup } from './grouping.js';
import { likeness, onlyWordsAddedOrRemoved } from './text-likeness.js';
import { MONTH } from './thai-dates.js';
import { matchKey } from './thai-text.js';

/** What measure alignment needs of a saved measure. */
export interface SavedMeasure {
  measureId: string;
  /** absent: the saved measure is matched by its id only */
  title?: string;
  indicator?: number | null;
  /** what tells measures titled alike apart (the seed titles every measure by its indicator) */
  subMeasures?: readonly string[];
  followUps?: readonly { text: string; cadence?: string }[];
  /** methods tell a measure kept by its place from a new one (only there) */
  methods?: readonly string[];
}

/**
 * Whether a re-imported measure and the saved one at its place share text beyond their items: the
 * saved title among the other's sub-measures (a title the page shortened) or the reverse, or a
 * method (review 17 s13, S13-14: measure-kept-by-place said they shared nothing).
 */
function sharesOtherText(m: { methods: readonly string[] }, mine: Keyed, saved: SavedMeasure, theirs: Keyed): boolean {
  if ((theirs.title && mine.items.has(theirs.title)) || (mine.title && theirs.items.has(mine.title))) return true;
  const methods = new Set((saved.methods ?? []).map(matchKey).filter(Boolean));
  return m.methods.some((x) => methods.has(matchKey(x)));
}

/**
 * The `likeness` function used for titles, 0..1 (followUpLikeness: the part that differs decides).
 * Passed in to keep one implementation of it in align-saved-plan.ts.
 */
export type TextLikeness = (a: string, b: string) => number;

/** The least title likeness for a re-imported measure to be a saved one reworded. */
export const SAME_MEASURE = 0.6;

/**
 * The least likeness of whole titles (likeness: character bigrams) for a measure at a saved
 * measure's place, under its indicator and with its very follow-ups, to be it reworded (review 17
 * s20, S20-6: "เปิดเผยข้อมูลการจัดซื้อจัดจ้างรายเดือน (สขร.1)" rewritten "เผยแพร่ข้อมูลผลการจัดซื้อจัดจ้าง
 * ประจำเดือนตามแบบ สขร.1 บนเว็บไซต์", 0.60). Another measure put in its place with the same cadences
 * shares less ("จัดทำคู่มือการจัดซื้อจัดจ้างสำหรับเจ้าหน้าที่" 0.39, "จัดทำคู่มือการปฏิบัติงานด้านพัสดุ" 0.16).
 */
export const REWORDED_AT_PLACE = 0.5;

/**
 * Whether two measures have the same follow-ups, as many: each of `a` has a text of `b` (matchKey, in
 * any order), or is the one of `b` at its place with words only added or removed
 * with its cadence (onlyWordsAddedOrRemoved: a follow-up reworded with the title, review 17 s21, S21-3).
 */
function sameFollowUps(
  a: readonly { text: string; cadence: string }[],
  b: readonly { text: string; cadence?: string }[] | undefined,
): boolean {
  if (!b || a.length !== b.length || a.length === 0) return false;
  const keys = new Set(b.map((f) => matchKey(f.text)));
  return a.every(
    (f, k) =>
      keys.has(matchKey(f.text)) ||
      ((b[k]!.cadence === undefined || b[k]!.cadence === f.cadence) && onlyWordsAddedOrRemoved(f.text, b[k]!.text)),
  );
}

/**
 * At most this many title likenesses per alignment (each O(title)), and this much of a title
 * compared: alignment stays linear in the document (review 17 s11, S11-41: 500 x 500 long titles
 * took 26 s). Exact titles are matched through a map and never count.
 */
const MAX_LIKENESS_PAIRS = 4000;
const MAX_COMPARED_TITLE = 300;
/** Pairs of one exact title scored by their items beyond this are taken in order instead. */
const MAX_SAME_TITLE_PAIRS = 100_000;

interface Keyed {
  title: string;
  indicator: number | null | undefined;
  /** matchKey of every sub-measure and follow-up, routine reports left out (routineFollowUp) */
  items: Set<string>;
}

/**
 * The words of a follow-up that says only that results are reported, to whom and how often
 * ("รายงานผลปีละครั้ง", "สรุปผลรอบ ๖ เดือน", "รายงานผลการดำเนินงานเสนอผู้บริหารในเดือนเมษายน และ
 * กันยายนของทุกปี"), on matchKey text (Arabic digits, no spaces).
 */
const ROUTINE_WORDS = new RegExp(
  [
    'รายงาน|สรุป|ผล|ติดตาม|การ|ดำเนิน(?:งาน|การ)|ปฏิบัติ(?:งาน)?|มี|ให้|ต่อ|เสนอ|ทราบ',
    'นายกเทศมนตรี|นายก|ผู้บริหาร|ผู้บังคับบัญชา|คณะ|หัวหน้า|ส่วนราชการ|ที่ประชุม|ประชุม',
    'เป็นประจำ|ประจำ|เป็น|ทุกๆ|ทุก|ราย|รอบ|ละ|ครั้ง|ครึ่ง|ไตรมาส|เดือน|ปีงบประมาณ|ปี|ภายใน|วัน|สิ้น',
    `ที่|และ|ใน|ของ|${MONTH}|[0-9]|[^\\p{L}\\p{M}]`,
  ].join('|'),
  'gu',
);
/** Letters a follow-up must keep past ROUTINE_WORDS to say what the measure does. */
const MIN_CONTENT_LETTERS = 4;

/**
 * Whether a follow-up (matchKey text) only names the reporting and its cadence: every measure of a
 * cadence has one, so sharing it tells no measure apart (review 17 s19, S19-3: a new survey took
 * the saved meeting measure's id and report through "รายงานผลปีละครั้ง" alone).
 */
export const routineFollowUp = (key: string): boolean => key.replace(ROUTINE_WORDS, '').length < MIN_CONTENT_LETTERS;

/** A measure's title, indicator and content items: sub-measures and follow-ups that are no routine report. */
const keyed = (m: {
  title?: string;
  indicator?: number | null;
  subMeasures?: readonly string[];
  followUps?: readonly { text: string }[];
}): Keyed => ({
  title: m.title === undefined ? '' : matchKey(m.title),
  indicator: m.indicator,
  items: new Set([
    ...(m.subMeasures ?? []).map(matchKey).filter(Boolean),
    ...(m.followUps ?? []).map((f) => matchKey(f.text)).filter((key) => key && !routineFollowUp(key)),
  ]),
});

/** The share of the saved measure's items (sub-measures, follow-ups) the re-imported one has, 0..1. */
function itemsShared(a: Keyed, saved: Keyed): number {
  if (saved.items.size === 0) return 0;
  let shared = 0;
  for (const item of saved.items) if (a.items.has(item)) shared++;
  return shared / saved.items.size;
}

/** How a re-imported measure got its id (see measureIdsAgainstSaved). */
export type MeasureMatch =
  | { id: string; by: 'title' | 'body'; savedIndicator: number | null | undefined }
  | { id: string; by: 'place' }
  | { id: string; by: 'new' };

/** An item held by more saved measures than this is boilerplate: it tells no measure apart. */
const MAX_MEASURES_PER_ITEM = 20;
/** The least share of a saved measure's items a re-imported one must hold to be it whatever its title. */
const SAME_BODY = 0.5;

/**
 * Pairs of a re-imported and a saved measure sharing most of the saved one's sub-measures and
 * follow-ups (at least SAME_BODY, and two items, or the one item of a saved measure that only it has),
 * in any indicator, or, within the indicator, an item no other saved measure has (saved measures with a title: one without is matched by its id only): a measure whose title was reworded (review 17 s12, S12-15) or whose indicator was
 * corrected in the document (S12-5) is still the saved one. Linear: an inverted index of items,
 * boilerplate items (in more than MAX_MEASURES_PER_ITEM saved measures) left out.
 */
function bodyPairs(mine: readonly Keyed[], theirs: readonly Keyed[]): { i: number; j: number; share: number }[] {
  const holders = new Map<string, number[]>();
  theirs.forEach((t, j) => {
    for (const item of t.items) addToGroup(holders, item, j);
  });
  const pairs: { i: number; j: number; share: number }[] = [];
  mine.forEach((m, i) => {
    const shared = new Map<number, number>();
    /** saved measures holding an item of this one that no other saved measure has */
    const soleHolders = new Set<number>();
    for (const item of m.items) {
      const js = holders.get(item);
      if (!js || js.length > MAX_MEASURES_PER_ITEM) continue;
      for (const j of js) shared.set(j, (shared.get(j) ?? 0) + 1);
      if (js.length === 1) soleHolders.add(js[0]!);
    }
    for (const [j, n] of shared) {
      const share = n / theirs[j]!.items.size;
      // two items shared, or the one item of a saved measure that only it has
      const distinctive =
        n >= 2 || (theirs[j]!.items.size === 1 && holders.get([...theirs[j]!.items][0]!)!.length === 1);
      // in its own indicator, one item that only this saved measure has is enough (a reworded
      // measure keeping one of its follow-ups)
      const ownIndicator = m.indicator === null || theirs[j]!.indicator == null || m.indicator === theirs[j]!.indicator;
      const unique = ownIndicator && soleHolders.has(j);
      if (theirs[j]!.title && ((share >= SAME_BODY && distinctive) || unique)) pairs.push({ i, j, share });
    }
  });
  return pairs;
}

/**
 * The id of each re-imported measure, in plan order (measureMatchesAgainstSaved's ids).
 */
export function measureIdsAgainstSaved(
  result: ImportResult,
  saved: readonly SavedMeasure[],
  titleLikeness: TextLikeness,
): string[] {
  return measureMatchesAgainstSaved(result, saved, titleLikeness).map((m) => m.id);
}

/**
 * The id of each re-imported measure, in plan order, and how it was found:
 * 1. the saved measure it is: the same title (matchKey), else the most alike title (at least
 *    SAME_MEASURE, within the same indicator, or any when the document gives none), else most of
 *    the saved measure's sub-measures and follow-ups (bodyPairs, in any indicator), each saved id
 *    used once; of measures titled alike (every measure of an indicator titled by its heading), the
 *    one sharing more of the saved measure's sub-measures and follow-ups, then the same indicator,
 *    then the nearer place. A follow-up that only says how often results are reported
 *    (routineFollowUp) counts for nothing: a shared cadence is no likeness (review 17 s19, S19-3);
 * 2. else the id the importer gave it, when that is a saved id still free, the saved measure has
 *    the same indicator, and the two share some text (a sub-measure, a follow-up that is no routine
 *    report, a method, the title as the other's sub-measure), or have the same follow-ups and titles
 *    alike as wholes (REWORDED_AT_PLACE): a measure reworded beyond likeness at its old place. A measure sharing nothing is new, and its saved namesake is removed (the
 *    guard refuses that when it has reports);
 * 3. else a new id: the importer's when no saved measure has it, else "i<indicator>" (or "m<n>"
 *    without one) with the next free "-2", "-3"... A new measure never takes a saved id.
 * Cost: linear in the measures' text, plus at most MAX_LIKENESS_PAIRS title comparisons.
 */
export function measureMatchesAgainstSaved(
  result: ImportResult,
  saved: readonly SavedMeasure[],
  titleLikeness: TextLikeness,
): MeasureMatch[] {
  const measures = result.plan.measures;
  const ids: (string | undefined)[] = measures.map(() => undefined);
  const found: (MeasureMatch | undefined)[] = measures.map(() => undefined);
  const free = new Set(saved.map((s) => s.measureId));
  const mine = measures.map(keyed);
  const theirs = saved.map(keyed);
  const sameIndicator = (i: number, j: number) =>
    theirs[j]!.indicator === undefined || theirs[j]!.indicator === null || mine[i]!.indicator === theirs[j]!.indicator;
  // a title alike is the saved measure's in its indicator, or wherever the document gives none
  const titleFits = (i: number, j: number) => mine[i]!.indicator === null || sameIndicator(i, j);
  const pairs: { i: number; j: number; score: number; same: boolean; by: 'title' | 'body' }[] = [];
  const byTitle = new Map<string, number[]>();
  theirs.forEach((t, j) => {
    if (t.title) addToGroup(byTitle, t.title, j);
  });
  let sameTitlePairs = 0;
  const exact = new Set<number>();
  mine.forEach((m, i) => {
    for (const j of byTitle.get(m.title) ?? []) {
      exact.add(i);
      const scored = ++sameTitlePairs <= MAX_SAME_TITLE_PAIRS;
      pairs.push({
        i,
        j,
        score: 1 + (scored ? itemsShared(m, theirs[j]!) / 2 : 0),
        same: sameIndicator(i, j),
        by: 'title',
      });
    }
  });
  const titledSaved = new Set([...byTitle.values()].flat());
  let compared = 0;
  mine.forEach((m, i) => {
    if (exact.has(i) || !m.title) return;
    theirs.forEach((t, j) => {
      if (!titledSaved.has(j) || !titleFits(i, j) || compared >= MAX_LIKENESS_PAIRS) return;
      compared++;
      const score = titleLikeness(m.title.slice(0, MAX_COMPARED_TITLE), t.title.slice(0, MAX_COMPARED_TITLE));
      if (score >= SAME_MEASURE)
        pairs.push({ i, j, score: score + itemsShared(m, t) / 2, same: sameIndicator(i, j), by: 'title' });
    });
  });
  // below an exact title (1), above a title only alike (0.6) sharing nothing
  for (const { i, j, share } of bodyPairs(mine, theirs))
    pairs.push({ i, j, score: 0.5 + share / 2, same: sameIndicator(i, j), by: 'body' });
  pairs.sort(
    (a, b) =>
      b.score - a.score || Number(b.same) - Number(a.same) || Math.abs(a.i - a.j) - Math.abs(b.i - b.j) || a.i - b.i,
  );
  for (const p of pairs) {
    const id = saved[p.j]!.measureId;
    if (ids[p.i] !== undefined || !free.has(id)) continue;
    ids[p.i] = id;
    found[p.i] = { id, by: p.by, savedIndicator: saved[p.j]!.indicator };
    free.delete(id);
  }
  const savedAt = new Map(saved.map((s, j) => [s.measureId, j]));
  measures.forEach((m, i) => {
    const j = savedAt.get(m.measureId);
    if (ids[i] !== undefined || j === undefined || !free.has(m.measureId) || !sameIndicator(i, j)) return;
    // a free id alone is no likeness: the measure must share some of the saved one's text (S19-3)
    const alike =
      theirs[j]!.title === '' ||
      itemsShared(mine[i]!, theirs[j]!) > 0 ||
      sharesOtherText(m, mine[i]!, saved[j]!, theirs[j]!) ||
      (sameFollowUps(m.followUps, saved[j]!.followUps) &&
        likeness(m.title, saved[j]!.title ?? '') >= REWORDED_AT_PLACE);
    if (!alike) return;
    ids[i] = m.measureId;
    found[i] = { id: m.measureId, by: 'place' };
    free.delete(m.measureId);
  });
  const used = new Set([...saved.map((s) => s.measureId), ...ids.filter((id) => id !== undefined)]);
  return measures.map((m, i): MeasureMatch => {
    if (found[i] !== undefined) return found[i];
    if (!used.has(m.measureId)) {
      used.add(m.measureId);
      return { id: m.measureId, by: 'new' };
    }
    const base = m.indicator === null ? `m${i + 1}` : `i${m.indicator}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return { id, by: 'new' };
  });
}
