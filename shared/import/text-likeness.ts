// How alike two texts are, for telling a reworded line or title from another one.
import { matchKey } from './thai-text.js';

/**
 * Two texts' likeness, 0..1: the Sørensen-Dice coefficient of their character bigrams, after
 * matchKey (Thai normalised, digits folded, spaces out). 1 for the same text.
 */
export function likeness(a: string, b: string): number {
  return dice(matchKey(a), matchKey(b));
}

/** Dice of character bigrams of two keys already folded by matchKey, 0..1. */
export function dice(x: string, y: string): number {
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  const grams = new Map<string, number>();
  for (let i = 0; i < x.length - 1; i++) grams.set(x.slice(i, i + 2), (grams.get(x.slice(i, i + 2)) ?? 0) + 1);
  let shared = 0;
  for (let i = 0; i < y.length - 1; i++) {
    const g = y.slice(i, i + 2);
    const n = grams.get(g) ?? 0;
    if (n > 0) {
      shared++;
      grams.set(g, n - 1);
    }
  }
  return (2 * shared) / (x.length - 1 + (y.length - 1));
}

/**
 * The parts of two keys (matchKey) that differ once their shared start and end are taken off:
 * `start` and `end` are the shared lengths, `mx` and `my` what is left of each. Linear.
 */
export function differingParts(x: string, y: string): { start: number; end: number; mx: string; my: string } {
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let end = 0;
  while (end < x.length - start && end < y.length - start && x[x.length - 1 - end] === y[y.length - 1 - end]) end++;
  return { start, end, mx: x.slice(start, x.length - end), my: y.slice(start, y.length - end) };
}

/** Letters the shorter text must have for words added to it to leave it the same follow-up. */
const MIN_KEPT_LETTERS = 8;

/**
 * Whether `a` is `b` with words only added, or only removed, in one place (its start, its end or
 * between): the shorter text whole at the longer one's start and end (matchKey), at least MIN_KEPT_LETTERS long,
 * and no digit in what was added ("รายงานผลทุกไตรมาส" written "รายงานผลต่อผู้บริหารทุกไตรมาส", review
 * 17 s21, S21-3). Such a text says all the other said: a follow-up at its saved place with its cadence
 * is still that follow-up however many words were added.
 */
export function onlyWordsAddedOrRemoved(a: string, b: string): boolean {
  const x = matchKey(a);
  const y = matchKey(b);
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  if (short.length < MIN_KEPT_LETTERS) return false;
  let start = 0;
  while (start < short.length && short[start] === long[start]) start++;
  let end = 0;
  while (end < short.length - start && short[short.length - 1 - end] === long[long.length - 1 - end]) end++;
  if (start + end < short.length) return false;
  return !/[0-9]/.test(long.slice(start, long.length - end));
}
