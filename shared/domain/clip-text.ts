// Clipping text for quoting in a message: without zod, so the page (plan-limits.ts) loads it too.

/**
 * `value` cut to at most `max` UTF-16 code units for quoting in a message: the first `max` - 1 and
 * "…" when it is longer, else as it is.
 */
export const clipText = (value: string, max: number): string =>
  value.length > max ? `${value.slice(0, max - 1)}…` : value;
