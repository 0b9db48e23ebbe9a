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
