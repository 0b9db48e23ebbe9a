// Control characters, apart from text.ts: modules the web page loads at once import this without zod.

/**
 * Control characters: C0 (U+0000-U+001F, also tab and line breaks), DEL, C1 (U+0080-U+009F), the
 * line and paragraph separators (U+2028, U+2029) and the bidirectional controls that reorder what a
 * reader sees (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069; "Trojan Source", CVE-2021-42574).
 */
export const CONTROL_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
