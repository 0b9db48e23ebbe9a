// A units cell written as a list ("๑. กองคลัง ๒. กองช่าง", "(1) กองคลัง (2) สำนักปลัด",
// "• สำนักปลัด • กองการศึกษา", "ก. กองคลัง ข. กองช่าง"): the item markers are no unit names, never
// unknown units (review 17 s16, S16-8: every such cell was warned "ไม่รู้จักหน่วยงาน "1 2"").
// Tick marks and boxes (✓ ✔ □ ■, Wingdings ticks) are not taken: they say which units are ticked.

/** Bullets before list items, as in thai-text.ts, less the tick marks and boxes. */
const BULLETS = '•▪➢○●◦‣⁃►▸❖➤·*\uF0B7\uF0A7\uF0D8\uF076\uF06E\uF071\uF0E8';

/** An item marker at a word's start: "1.", "๑)", "(2)", "ก.", a bullet. */
const MARKER = new RegExp(
  `(^|\\s)(?:[0-9๐-๙]{1,2}\\s?[.)](?![0-9๐-๙])|\\([0-9๐-๙]{1,2}\\)|[ก-ฮ][.)](?=\\s)|[${BULLETS}]+)`,
  'g',
);

/** The cell's text without its list items' markers (each replaced by a space). */
export const withoutListMarkers = (text: string): string => text.replace(MARKER, '$1 ');
