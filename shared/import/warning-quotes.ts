// How a warning's message quotes the source: kept apart from import-warnings.ts, whose ImportWarning
// schema (zod) the page's bundle must not load for a quote (timeframe-months.ts runs in the page).
import { textStart } from '../domain/clip-text.js';

/** Characters of a text a warning's message quotes. */
export const QUOTE_CHARS = 120;
/** The start of `s` a warning's message quotes: `max` (QUOTE_CHARS) code units, a surrogate pair never split. */
export const quoteStart = (s: string, max = QUOTE_CHARS) => textStart(s, max);
/**
 * Words a warning's message quotes whole when short: `s` itself up to `max` (80) code units, else its
 * start (quoteStart) and "…".
 */
export const quoteWords = (s: string, max = 80) => (s.length > max ? `${quoteStart(s, max)}…` : s);
