// A re-imported plan keeps the follow-up numbers of the plan it replaces: reports are filed under
// `measure.fN`, and the importer numbers follow-ups by their place in the cell, so a follow-up
// inserted above others in a revised document would move every report onto another follow-up.
import { type MeasureMatch, measureMatchesAgainstSaved, type SavedMeasure } from './align-saved-measures.js';
import type { ImportWarning } from './import-warning.js';
import { toThaiDigits } from '../domain/thai-format.js';
import type { ImportResult } from './measures-document.js';
import { type SavedFollowUpChoices, withSavedChoices } from './saved-follow-up-choices.js';
import type { Cadence } from '../domain/due-rules.js';
import { dice, differingParts, onlyWordsAddedOrRemoved } from './text-likeness.js';
import { matchKey } from './thai-text.js';
import { detectCadences } from './cadence-detection.js';
import { clipText } from '../domain/clip-text.js';
import { followUpMonthsLabel } from '../domain/follow-up-months.js';
import { CADENCE_LABELS } from '../domain/plan-labels.js';
import { formatThaiMonth } from '../domain/thai-format.js';

/** What alignment needs of the saved plan. */
export interface SavedFollowUps {
  measures: readonly (SavedMeasure & {
    followUps: readonly (SavedFollowUpChoices & { followUpNo: number })[];
    responsible?: { allUnits: boolean; unitIds: readonly string[] };
  })[];
}

/** The least likeness for an edited follow-up to keep its saved number (a reworded line, not another one). */
export const SAME_FOLLOW_UP = 0.6;

/**
 * A change this short (characters of each side, after the shared start and end), without digits,
 * is a slip in the same line (a tone mark, a vowel). Anything longer is a different word: "ภาษี"
 * and "ขยะ", "คลัง" and "ช่าง" name other follow-ups; a wrongly kept number moves reports silently,
 * while a wrongly new one only meets the guard's 409 (review 17 s10, S10-1).
 */
const SMALL_EDIT = 2;

const digitsOf = (key: string): string => key.replace(/[^0-9]/g, '');

/** A saved follow-up without a cadence (a saved measure given as text only) has any. */
const sameCadence = (f: { cadence: Cadence }, saved: { cadence?: Cadence }) =>
  saved.cadence === undefined || saved.cadence === f.cadence;

/**
 * Whether `a` (a re-imported follow-up) is `b` (a saved one) reworded, 0..1. Follow-ups of one plan
 * share their boilerplate ("รายงานผล…ให้นายกเทศมนตรีทราบเป็นประจำทุกเดือน"), so the whole texts'
 * likeness says little: the part that differs once the shared start and end are taken off decides.
 * - words only added or only removed: the share of the longer text the two have in common;
 * - a number changed there (the differing parts' digits differ): another follow-up (0);
 * - a small change (at most SMALL_EDIT characters on each side: a tone mark, a vowel): as likeness;
 * - different words on both sides: the lower of the whole texts' and the differing parts' likeness,
 *   so "…การจัดซื้อจัดจ้าง…" does not pass for "…การจัดการเรื่องร้องเรียน…" (review 17 s10, entry S10-1).
 */
export function followUpLikeness(a: string, b: string): number {
  const x = matchKey(a);
  const y = matchKey(b);
  if (x === y) return 1;
  const { start, end, mx, my } = differingParts(x, y);
  if (mx.length === 0 || my.length === 0) return (start + end) / Math.max(x.length, y.length);
  // "ครั้งที่ ๑" is not "ครั้งที่ ๒" (matchKey folds Thai digits); the same number on both sides
  // ("…(สขร.1)" reworded "…ตามแบบ สขร.1 บนเว็บไซต์") is no change (review 17 s20, S20-6)
  if (digitsOf(mx) !== digitsOf(my)) return 0;
  if (Math.max(mx.length, my.length) <= SMALL_EDIT) return dice(x, y);
  return Math.min(dice(x, y), dice(mx, my));
}

/**
 * `result` with each measure named like the saved measure it is (measureIdsAgainstSaved: by title,
 * then by place; a new measure never takes a saved id), and its follow-ups renumbered against that
 * saved measure:
 * a follow-up takes the number of the saved follow-up with the same text, else of the most alike
 * one (followUpLikeness at least SAME_FOLLOW_UP), else of the saved one at its place with its cadence
 * when words were only added or removed (S21-3), each saved number used once; any other gets the
 * next number after every saved and kept one. Follow-ups stay in the document's order; warnings about a
 * follow-up follow it to its new number. A measure the saved plan does not have is unchanged.
 * Cost: O(follow-ups of a measure² × text length), per measure (at most 100 follow-ups).
 */
export function alignWithSavedPlan(imported: ImportResult, saved: SavedFollowUps | undefined): ImportResult {
  if (!saved) return imported;
  const result = withSavedMeasureIds(imported, saved);
  const savedById = new Map(saved.measures.map((m) => [m.measureId, m]));
  const renumbered = new Map<string, Map<number, number>>();
  const keptWarnings: ImportWarning[] = [];
  let changed = false;
  const measures = result.plan.measures.map((measure) => {
    const savedMeasure = savedById.get(measure.measureId);
    const before: readonly (SavedFollowUpChoices & { followUpNo: number })[] | undefined = savedMeasure?.followUps;
    if (!before || measure.followUps.length === 0) return measure;
    const numbers = assignNumbers(measure.followUps, before);
    const moves = new Map(measure.followUps.map((f, i) => [f.followUpNo, numbers[i]!]));
    if (![...moves].every(([from, to]) => from === to)) renumbered.set(measure.measureId, moves);
    // what the coordinator set on the saved follow-up and the file does not say (S16-4, S13-4)
    const savedByNo = new Map(before.map((f) => [f.followUpNo, f]));
    const responsible = measure.responsible.allUnits ? undefined : measure.responsible.unitIds;
    const aligned = measure.followUps.map((f, i) => {
      const was = savedByNo.get(numbers[i]!);
      const renumberedOne = f.followUpNo === numbers[i] ? f : { ...f, followUpNo: numbers[i]! };
      return was ? withSavedChoices(renumberedOne, was, responsible) : renumberedOne;
    });
    // a saved follow-up that continues one the file keeps stopped is not dropped with the file (s43 F1)
    const continued = continuationsKept(aligned, before, responsible);
    for (const c of continued) keptWarnings.push(continuationWarning(measure.measureId, c));
    const followUps = [...aligned, ...continued.map((c) => c.followUp)];
    if (followUps.length === measure.followUps.length && followUps.every((f, i) => f === measure.followUps[i]))
      return measure;
    changed = true;
    return { ...measure, followUps };
  });
  if (!changed) return result;
  const warnings = result.warnings.map((w) => {
    const to =
      w.measureId !== undefined && w.followUpNo !== undefined
        ? renumbered.get(w.measureId)?.get(w.followUpNo)
        : undefined;
    return to === undefined ? w : { ...w, followUpNo: to };
  });
  return { ...result, plan: { ...result.plan, measures }, warnings: [...keptWarnings, ...warnings] };
}

type DraftFollowUp = ImportResult['plan']['measures'][number]['followUps'][number];
type SavedFollowUp = SavedFollowUpChoices & { followUpNo: number };

/**
 * The saved follow-ups of a measure the file lacks that continue one it keeps stopped: a saved
 * follow-up starting after the month a kept follow-up stops (its saved `lastMonth`, kept by
 * withSavedChoices), as the guard's advice for a cadence changed mid-year makes it. The file still
 * says the duty runs all year, so dropping the continuation would end it silently after the stop
 * (tester s43 F1: monthly reports stopped after February, their quarterly continuation deleted). Each
 * is kept as saved (its units while the measure still has them), with the stopped one it continues.
 */
function continuationsKept(
  followUps: readonly DraftFollowUp[],
  saved: readonly SavedFollowUp[],
  responsible: readonly string[] | undefined,
): { followUp: DraftFollowUp; stopped: DraftFollowUp }[] {
  const used = new Set(followUps.map((f) => f.followUpNo));
  return saved.flatMap((s) => {
    if (used.has(s.followUpNo) || s.cadence === undefined || s.firstMonth === undefined) return [];
    const stopped = followUps.find((f) => f.lastMonth !== undefined && f.lastMonth < s.firstMonth!);
    if (!stopped) return [];
    const units = s.unitIds?.filter((u) => responsible === undefined || responsible.includes(u));
    if (s.unitIds !== undefined && units!.length === 0) return [];
    const followUp: DraftFollowUp = {
      followUpNo: s.followUpNo,
      text: s.text,
      cadence: s.cadence,
      audience: [...(s.audience ?? [])],
      firstMonth: s.firstMonth,
      ...(s.lastMonth !== undefined ? { lastMonth: s.lastMonth } : {}),
      ...(s.dueDate !== undefined ? { dueDate: s.dueDate } : {}),
      ...(units !== undefined ? { unitIds: units } : {}),
    };
    return [{ followUp, stopped }];
  });
}

/** Said beside the measure: the saved continuation kept, and the stop it continues (Thai first). */
function continuationWarning(measureId: string, c: { followUp: DraftFollowUp; stopped: DraftFollowUp }): ImportWarning {
  const { followUp: f, stopped } = c;
  const months = followUpMonthsLabel(f)!;
  const stop = formatThaiMonth(stopped.lastMonth!);
  const no = toThaiDigits;
  return {
    where: {},
    code: 'follow-up-continuation-kept',
    message_th: `การติดตามผลข้อ ${no(f.followUpNo)} "${clipText(f.text, 60)}" (${CADENCE_LABELS[f.cadence]} ${months.th}) ไม่มีในไฟล์ แต่แผนที่บันทึกไว้เพิ่มข้อนี้ต่อจากข้อ ${no(stopped.followUpNo)} ซึ่งหยุดหลังเดือน${stop} จึงคงไว้ ถ้าลบ จะไม่มีใครต้องรายงานหลังเดือน${stop} ถ้ายกเลิกการรายงานนี้จริง ให้ลบข้อนี้ในหน้าแผนมาตรการ`,
    message_en: `follow-up ${f.followUpNo} (${f.cadence}, ${months.en}) is not in the file, but the saved plan added it to continue follow-up ${stopped.followUpNo}, stopped after ${stopped.lastMonth}: it is kept, or no one would report after ${stopped.lastMonth}; if it was really cancelled, delete it on the plan page`,
    source: f.text,
    measureId,
    followUpNo: f.followUpNo,
  };
}

/**
 * Whether a text is a part of a saved whole (a saved line split in two, S23-8), a few words at
 * least; both given as their matchKey.
 */
function partOf(key: string, wholeKey: string): boolean {
  return key.length >= 6 && key.length < wholeKey.length && wholeKey.includes(key);
}

/**
 * The saved number of each re-imported follow-up of a measure, or the next one: the same text, else
 * the most alike (followUpLikeness, at least SAME_FOLLOW_UP, a part of the saved text alike enough; of
 * the saved cadence first), else the saved follow-up at its place
 * (the same index, the same cadence) when words were only added or removed (onlyWordsAddedOrRemoved).
 */
function assignNumbers(
  followUps: readonly { text: string; cadence: Cadence }[],
  saved: readonly { followUpNo: number; text: string; cadence?: Cadence }[],
): number[] {
  const texts = followUps.map((f) => f.text);
  // each text's key once, not once a pair
  const keys = texts.map((text) => matchKey(text));
  const savedKeys = new Map(saved.map((f) => [f, matchKey(f.text)]));
  const numbers: (number | undefined)[] = texts.map(() => undefined);
  const free = new Set(saved.map((f) => f.followUpNo));
  // the same text first, then the most alike pairs, best first
  keys.forEach((key, i) => {
    const same = saved.find((f) => free.has(f.followUpNo) && savedKeys.get(f) === key);
    if (same) {
      numbers[i] = same.followUpNo;
      free.delete(same.followUpNo);
    }
  });
  const pairs = texts
    .flatMap((text, i) =>
      numbers[i] !== undefined
        ? []
        : saved
            .filter((f) => free.has(f.followUpNo))
            .map((f) => ({
              i,
              no: f.followUpNo,
              score: partOf(keys[i]!, savedKeys.get(f)!)
                ? Math.max(SAME_FOLLOW_UP, followUpLikeness(text, f.text))
                : followUpLikeness(text, f.text),
              cadence: sameCadence(followUps[i]!, f) ? 1 : 0,
            })),
    )
    .filter((p) => p.score >= SAME_FOLLOW_UP)
    // of the alike, one of the saved cadence first: a saved line now split in two (S23-8) keeps its
    // number, reports and cadence in the part that reports as it did (review 17 s25)
    .sort((a, b) => b.cadence - a.cadence || b.score - a.score || a.i - b.i);
  for (const p of pairs) {
    if (numbers[p.i] !== undefined || !free.has(p.no)) continue;
    numbers[p.i] = p.no;
    free.delete(p.no);
  }
  followUps.forEach((f, i) => {
    const atPlace = saved[i];
    if (numbers[i] !== undefined || !atPlace || !free.has(atPlace.followUpNo)) return;
    const kept = sameCadence(f, atPlace)
      ? onlyWordsAddedOrRemoved(f.text, atPlace.text)
      : onlyCadenceChanged(f, atPlace);
    if (!kept) return;
    numbers[i] = atPlace.followUpNo;
    free.delete(atPlace.followUpNo);
  });
  let next = Math.max(0, ...saved.map((f) => f.followUpNo), ...numbers.map((n) => n ?? 0));
  return numbers.map((n) => n ?? ++next);
}

/** Letters the two texts must share for a change of cadence words to leave them one follow-up. */
const MIN_SHARED_LETTERS = 8;
/** The longest change (characters of each side) read as cadence words ("เป็นประจำทุกเดือน", "ปีละครั้ง"). */
const MAX_CADENCE_CHANGE = 24;
/** Shared letters read with the change on each side, so "ทุก" + "เดือน"/"ไตรมาส" is read whole. */
const CADENCE_CONTEXT = 6;
/** Words a cadence phrase may carry before it ("เป็นประจำทุกเดือน"): cadence words too. */
const CADENCE_LEAD = /^(?:เป็นประจำ|เป็น|ประจำ)?$/;

/**
 * Whether a re-imported follow-up is the saved one at its place with only its cadence words changed
 * ("…ให้นายกเทศมนตรีทราบเป็นประจำทุกเดือน" now "…ทราบปีละครั้ง"): the texts share at least
 * MIN_SHARED_LETTERS at their start and end, and on each side the part that differs is the cadence
 * words naming that side's cadence, nothing more ("รายงานผลต่อผู้บริหารทุกเดือน" for "รายงานผลทุกไตรมาส"
 * adds other words: another follow-up). It keeps its number, so the guard on reports says the
 * cadence changed, not that the follow-up was removed (break attempt s27, L-1).
 */
function onlyCadenceChanged(f: { text: string; cadence: Cadence }, saved: { text: string; cadence?: Cadence }) {
  if (saved.cadence === undefined || saved.cadence === f.cadence) return false;
  const [x, y] = [matchKey(f.text), matchKey(saved.text)];
  const { start, end, mx, my } = differingParts(x, y);
  if (start + end < MIN_SHARED_LETTERS || Math.max(mx.length, my.length) > MAX_CADENCE_CHANGE) return false;
  return (
    cadenceWordsOnly(x, start, x.length - end, f.cadence) && cadenceWordsOnly(y, start, y.length - end, saved.cadence)
  );
}

/**
 * Whether `key`'s characters `from`..`to` are cadence words naming `cadence`: the shortest piece
 * around them (CADENCE_CONTEXT each side) that names it covers them, but for a CADENCE_LEAD before
 * it. Bounded: the piece is at most MAX_CADENCE_CHANGE + 2 × CADENCE_CONTEXT characters.
 */
function cadenceWordsOnly(key: string, from: number, to: number, cadence: Cadence): boolean {
  const lo = Math.max(0, from - CADENCE_CONTEXT);
  const piece = key.slice(lo, to + CADENCE_CONTEXT);
  const named = (text: string) => detectCadences(text).cadence === cadence;
  if (!named(piece)) return false;
  let a = 0;
  while (a < piece.length - 1 && named(piece.slice(a + 1))) a++;
  let b = piece.length;
  while (b - 1 > a && named(piece.slice(a, b - 1))) b--;
  const [f, t] = [from - lo, to - lo];
  return (a <= f || CADENCE_LEAD.test(piece.slice(f, a))) && b >= t;
}

/**
 * What a coordinator must be told of a measure's saved id: a saved measure found under another
 * indicator keeps its id and reports (review 17 s12, S12-5). (A measure sharing nothing with the
 * saved one at its place no longer keeps that id: review 17 s19, S19-3.) Thai first.
 */
function matchWarning(match: MeasureMatch, indicator: number | null): ImportWarning | undefined {
  const id = match.id;
  if (
    match.by === 'new' ||
    match.by === 'place' ||
    match.savedIndicator == null ||
    indicator === null ||
    match.savedIndicator === indicator
  )
    return undefined;
  const [was, now] = [toThaiDigits(match.savedIndicator), toThaiDigits(indicator)];
  return {
    where: {},
    code: 'measure-indicator-moved',
    message_th: `มาตรการนี้เคยบันทึกเป็นตัวชี้วัดที่ ${was} (${id}) เอกสารนี้ระบุตัวชี้วัดที่ ${now} จึงย้ายไปตัวชี้วัดที่ ${now} โดยใช้รหัสเดิม รายงานที่ส่งแล้วยังอยู่กับมาตรการนี้`,
    message_en: `this measure was saved under indicator ${match.savedIndicator} (${id}); the document says indicator ${indicator}, so it moves there with its id, and the reports sent stay with it`,
    source: '',
    measureId: id,
    indicators: [match.savedIndicator],
  };
}

/** `result` with the measure ids of measureMatchesAgainstSaved, warnings following their measures. */
function withSavedMeasureIds(result: ImportResult, saved: SavedFollowUps): ImportResult {
  const matches = measureMatchesAgainstSaved(result, saved.measures, followUpLikeness);
  const moves = new Map<string, string>();
  result.plan.measures.forEach((m, i) => {
    if (matches[i]!.id !== m.measureId) moves.set(m.measureId, matches[i]!.id);
  });
  const said = result.plan.measures.flatMap((m, i) => matchWarning(matches[i]!, m.indicator) ?? []);
  if (moves.size === 0 && said.length === 0) return result;
  return {
    ...result,
    plan: { ...result.plan, measures: result.plan.measures.map((m, i) => ({ ...m, measureId: matches[i]!.id })) },
    warnings: [
      ...said,
      ...result.warnings.map((w) =>
        w.measureId !== undefined && moves.has(w.measureId) ? { ...w, measureId: moves.get(w.measureId)! } : w,
      ),
    ],
  };
}
