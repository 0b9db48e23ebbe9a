// Refinement for lists whose items name themselves: a measure id, a follow-up number, an ITA indicator.
import type * as z from 'zod';

/**
 * A zod refinement: in a list, each item's `field` holds a value no earlier item holds. The second
 * of a pair gets a custom issue at `[...under, index, field]`; `said(item)` gives its Thai and
 * English message (`params.th`, `params.en`, shown by validation-messages.ts), `message` zod's own.
 */
export function eachOnce<T, F extends keyof T & string>(
  field: F,
  message: string,
  said: (item: T) => { th: string; en: string },
  under: readonly string[] = [],
): (items: readonly T[], ctx: z.RefinementCtx) => void {
  return (items, ctx) => {
    const seen = new Set<T[F]>();
    items.forEach((item, i) => {
      if (seen.has(item[field]))
        ctx.addIssue({ code: 'custom', path: [...under, i, field], message, params: said(item) });
      seen.add(item[field]);
    });
  };
}

/**
 * Refinement: each value once in a list of strings; the issue's path (under `path`) points at the
 * repeat, e.g. body.measures.0.responsible.unitIds.1 (a unit listed twice would give its
 * obligations twice).
 */
export function listedOnce<T extends string>(
  values: readonly T[],
  path: readonly (string | number)[],
  ctx: z.RefinementCtx,
  said: (value: T) => { th: string; en: string; unitIds?: readonly string[] },
): void {
  const seen = new Set<T>();
  values.forEach((value, i) => {
    if (seen.has(value))
      ctx.addIssue({ code: 'custom', path: [...path, i], message: 'listed twice', params: said(value) });
    seen.add(value);
  });
}
