// A re-imported plan keeps the measure ids of the plan it replaces: reports are filed under
// `measureId.fN`, and the importer names measures by their place ("i4", then "i4-2" for a second
// measure of indicator 4), so a measure inserted above another of its indicator, or a measure whose
// indicator the document does not give, would take another measure's id and its reports
// (review 17 s11, S11-2 and S11-11).
import type { ImportResult } from './measures-document.js';
import { matchKey } from './thai-text.js';

/** What measure alignment needs of a saved measure. */
export interface SavedMeasure {
  measureId: string;
  /** absent: the saved measure is matched by its id only */
  title?: string;
  indicator?: number | null;
}

/**
 * The `likeness` function used for titles, 0..1 (followUpLikeness: the part that differs decides).
 * Passed in to keep one implementation of it in align-saved-plan.ts.
 */
export type TextLikeness = (a: string, b: string) => number;

/** The least title likeness for a re-imported measure to be a saved one reworded. */
export const SAME_MEASURE = 0.6;

/**
 * The id of each re-imported measure, in plan order:
 * 1. the saved measure it is: the same title (matchKey), else the most alike title (at least
 *    SAME_MEASURE), the same indicator first, best pairs first, each saved id used once;
 * 2. else the id the importer gave it, when that is a saved id still free and the saved measure has
 *    the same indicator (a measure reworded beyond likeness at its old place);
 * 3. else a new id: the importer's when no saved measure has it, else "i<indicator>" (or "m<n>"
 *    without one) with the next free "-2", "-3"... A new measure never takes a saved id.
 * Cost: O(measures × saved measures × title length).
 */
export function measureIdsAgainstSaved(
  result: ImportResult,
  saved: readonly SavedMeasure[],
  titleLikeness: TextLikeness,
): string[] {
  const measures = result.plan.measures;
  const ids: (string | undefined)[] = measures.map(() => undefined);
  const free = new Set(saved.map((s) => s.measureId));
  const sameIndicator = (i: number, s: SavedMeasure) =>
    s.indicator === undefined || s.indicator === null || measures[i]!.indicator === s.indicator;
  const titled = saved.filter((s) => s.title !== undefined && s.title.trim() !== '');
  const pairs = measures
    .flatMap((m, i) =>
      titled.map((s) => {
        const exact = matchKey(m.title) === matchKey(s.title!);
        return { i, id: s.measureId, same: sameIndicator(i, s), score: exact ? 1 : titleLikeness(m.title, s.title!) };
      }),
    )
    .filter((p) => p.score >= SAME_MEASURE)
    .sort((a, b) => b.score - a.score || Number(b.same) - Number(a.same) || a.i - b.i);
  for (const p of pairs) {
    if (ids[p.i] !== undefined || !free.has(p.id)) continue;
    ids[p.i] = p.id;
    free.delete(p.id);
  }
  measures.forEach((m, i) => {
    const own = saved.find((s) => s.measureId === m.measureId);
    if (ids[i] === undefined && own && free.has(own.measureId) && sameIndicator(i, own)) {
      ids[i] = own.measureId;
      free.delete(own.measureId);
    }
  });
  const used = new Set([...saved.map((s) => s.measureId), ...ids.filter((id) => id !== undefined)]);
  return measures.map((m, i) => {
    if (ids[i] !== undefined) return ids[i];
    if (!used.has(m.measureId)) {
      used.add(m.measureId);
      return m.measureId;
    }
    const base = m.indicator === null ? `m${i + 1}` : `i${m.indicator}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}
