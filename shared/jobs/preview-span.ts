// A reminder preview's span: the one rule its callers share (previewMail, the job CLI's --from/--to).
import { RANGE_ENDS_BEFORE_START } from '../domain/gregorian-date.js';
import { addDays, type PlainDate } from '../domain/plain-date.js';
import { OUTSIDE_SYSTEM_YEARS, outsideSystemDays } from '../domain/system-days.js';
import { toThaiDigits } from '../domain/thai-format.js';

/** The longest span a preview covers, in days after `from`. */
export const MAX_PREVIEW_DAYS = 400;
/** The refusal of a longer span (field `to`). */
export const PREVIEW_TOO_LONG = {
  th: `วันสิ้นสุดต้องไม่เกิน ${toThaiDigits(MAX_PREVIEW_DAYS)} วันหลังวันเริ่มต้น`,
  en: `"to" must be at most ${MAX_PREVIEW_DAYS} days after "from"`,
} as const;

/** One refused end of a span: its field and the words said (Thai, English). */
export interface SpanRefusal {
  path: 'from' | 'to';
  words: { readonly th: string; readonly en: string };
}

/**
 * What is wrong with the span `from`..`to` (CE dates), in the order said: each end outside the
 * system's fiscal years (OUTSIDE_SYSTEM_YEARS; such an end is not compared with the other, s59-E);
 * else `to` before `from` (RANGE_ENDS_BEFORE_START), or more than MAX_PREVIEW_DAYS after it
 * (PREVIEW_TOO_LONG). An end given as undefined (the caller refused it as a date) is neither checked
 * nor compared. Empty when the span may be previewed.
 */
export function previewSpanRefusals(from: PlainDate | undefined, to: PlainDate | undefined): SpanRefusal[] {
  const ends = { from, to };
  const outside = (['from', 'to'] as const).filter((path) => {
    const day = ends[path];
    return day !== undefined && outsideSystemDays(day);
  });
  if (outside.length > 0) return outside.map((path) => ({ path, words: OUTSIDE_SYSTEM_YEARS }));
  if (from === undefined || to === undefined) return [];
  if (to < from) return [{ path: 'to', words: RANGE_ENDS_BEFORE_START }];
  if (addDays(from, MAX_PREVIEW_DAYS) < to) return [{ path: 'to', words: PREVIEW_TOO_LONG }];
  return [];
}
