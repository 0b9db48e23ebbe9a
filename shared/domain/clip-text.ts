// Clipping text for quoting in a message: without zod, so the page (plan-limits.ts) loads it too.

/** A UTF-16 high surrogate: the first half of a character outside the BMP (an emoji, U+1F4C4). */
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * The first `max` UTF-16 code units of `value`, or `max` - 1 when the cut would split a surrogate
 * pair: a lone half is no text (shared/domain/text.ts refuses it) and shows as "�".
 */
export const textStart = (value: string, max: number): string =>
  value.slice(0, value.length > max && isHighSurrogate(value.charCodeAt(max - 1)) ? max - 1 : max);

/**
 * `value` cut to at most `max` UTF-16 code units for quoting in a message: its start (textStart,
 * `max` - 1 units, a surrogate pair never split) and "…" when it is longer, else as it is.
 */
export const clipText = (value: string, max: number): string =>
  value.length > max ? `${textStart(value, max - 1)}…` : value;
