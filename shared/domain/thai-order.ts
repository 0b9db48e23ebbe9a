// Thai names in the order a Thai reader looks them up: Thai collation (leading vowels such as เ, โ
// are skipped, so "เทศบาล…" files under ท, before "องค์การ…"), as the people list is sorted.
import { byCodeUnits } from './code-unit-order.js';

/** Thai dictionary order; equal names (or names the collator ties) by code units, so the order is total. */
export function byThaiText(a: string, b: string): number {
  return a.localeCompare(b, 'th') || byCodeUnits(a, b);
}
