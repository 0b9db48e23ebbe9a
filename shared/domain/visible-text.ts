// Whether text shows anything: no zod here, so the web page can use it without loading zod.
/**
 * Characters that show nothing on their own: spaces and separators (Z; with Cc, every White_Space
 * character, so that property is not named: the API bundle's bytes), controls and
 * format characters (Cc, Cf: U+200B, U+00AD, U+FEFF, U+2060), default-ignorable code points
 * (the Hangul fillers U+115F, U+1160, U+3164, U+FFA0; variation selectors), combining marks alone
 * (M: Thai tone marks and vowels above or below) and the braille blank U+2800.
 * Source: Unicode DerivedCoreProperties (Default_Ignorable_Code_Point) and the general categories.
 */
const SHOWS_NOTHING = /^[\p{Default_Ignorable_Code_Point}\p{M}\p{Cc}\p{Cf}\p{Z}\u2800]*$/u;

/** True when `value` has at least one character a reader can see (see SHOWS_NOTHING). */
export const hasVisibleCharacter = (value: string): boolean => !SHOWS_NOTHING.test(value);

/** `value`, or "" when it shows nothing: the one rule that reads such text as empty (shownText, one-line texts). */
export const shownOrEmpty = (value: string): string => (hasVisibleCharacter(value) ? value : '');
