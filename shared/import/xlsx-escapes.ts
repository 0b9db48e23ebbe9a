// SpreadsheetML writes a character XML cannot hold as "_xHHHH_" (ST_Xstring): Office writes a
// carriage return pasted into a cell as "_x000D_", and a literal "_x" as "_x005F_x". exceljs decodes
// these in the shared-strings table only; an inline string (openpyxl's way) or a formula's string
// result kept "กองคลัง_x000D_" as text (review 17 s11, S11-17).

const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** A cell's text with its "_xHHHH_" escapes decoded (one pass: "_x005F_x000D_" is "_x000D_"). */
export const withoutXstringEscapes = (text: string): string =>
  text.includes('_x') ? text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
