// Check boxes typed in a symbol font (review 17 s15, S15-16). Thai Word templates tick boxes with
// Insert > Symbol: `<w:sym w:font="Wingdings" w:char="F0FE"/>`, or text U+F0FE in a Wingdings run
// (pasted; and so in a PDF's text layer). Read as bytes of a normal font they are nothing, the
// boxes vanish, and a tick list reads as every item ticked. These are their Unicode meanings, so
// tick-lists.ts sees the boxes. Codes: the fonts' character maps (Wingdings, Wingdings 2), as
// Word writes them (0xF000 + the font's byte).

/** Wingdings: 0xFE ☑, 0xFD ☒, 0xFC ✓, 0xFB ✗, 0x78 ☒, 0xA8 ☐, 0x6F ☐ (❏), 0x71 ☐ (❑). */
const WINGDINGS: Readonly<Record<number, string>> = {
  0xfe: '☑',
  0xfd: '☒',
  0xfc: '✓',
  0xfb: '✗',
  0x78: '☒',
  0xa8: '☐',
  0x6f: '☐',
  0x71: '☐',
};
/** Wingdings 2: 0x52 ☑, 0x54 ☒, 0x50 ✓, 0x4F ✗, 0xA3 ☐, 0x2A ☐. */
const WINGDINGS_2: Readonly<Record<number, string>> = {
  0x52: '☑',
  0x54: '☒',
  0x50: '✓',
  0x4f: '✗',
  0xa3: '☐',
  0x2a: '☐',
};

/**
 * The Unicode character of symbol `code` (w:char, hex "F0FE" or "FE") in `font`; undefined for a
 * font or symbol that is no check box.
 */
export function symbolFontChar(font: string, code: string): string | undefined {
  const byte = Number.parseInt(code, 16) & 0xff;
  if (!Number.isFinite(byte)) return undefined;
  return SYMBOL_FONTS[font.trim().toLowerCase()]?.[byte];
}

/** The symbol fonts whose check boxes are known, by lower-case name. */
const SYMBOL_FONTS: Readonly<Record<string, Readonly<Record<number, string>>>> = {
  wingdings: WINGDINGS,
  'wingdings 2': WINGDINGS_2,
};

/** Whether `font` (a font name as a file gives it) is a symbol font whose check boxes are known. */
export const isSymbolFont = (font: string | undefined): font is string =>
  font !== undefined && Object.hasOwn(SYMBOL_FONTS, font.trim().toLowerCase());

/** `text` written in `font`: its check boxes as Unicode in a symbol font ("þ" in Wingdings: ☑), else as it is. */
export const inSymbolFont = (text: string, font: string | undefined): string =>
  isSymbolFont(font) ? [...text].map((c) => symbolFontChar(font, c.charCodeAt(0).toString(16)) ?? c).join('') : text;

/**
 * The symbol font (as SYMBOL_FONTS names it) of a font name as a PDF gives it: "FAAAAA+Wingdings2",
 * "Wingdings-Regular", "Wingdings 2,Bold" (a subset's tag, a style after "-" or "," and spaces
 * aside); undefined for any other font. Word and LibreOffice write the name so when they save a
 * document whose boxes are letters in a symbol font (review 17 s17, S16-2's PDF half).
 */
export function pdfSymbolFont(pdfName: string | undefined): string | undefined {
  if (!pdfName) return undefined;
  const bare = pdfName
    .replace(/^[A-Z]{6}\+/, '')
    .replace(/[-,](?:regular|normal|roman|bold|italic|oblique|bolditalic|boldoblique|mt)*$/i, '')
    .replace(/[\s_-]+/g, '')
    .toLowerCase();
  return Object.keys(SYMBOL_FONTS).find((font) => font.replace(/\s+/g, '') === bare);
}

/**
 * `text` of a PDF text item drawn in symbol font `font`: its boxes as Unicode. Only the font's own
 * codes are read so: a byte (U+0000-U+00FF, the letter the PDF's map gives, "R" in Wingdings 2) or
 * its private-use code (U+F000-U+F0FF); any other character is kept.
 */
export const pdfSymbolFontText = (text: string, font: string): string =>
  [...text]
    .map((c) => {
      const code = c.charCodeAt(0);
      return code <= 0xff || (code >= 0xf000 && code <= 0xf0ff) ? (symbolFontChar(font, code.toString(16)) ?? c) : c;
    })
    .join('');

/**
 * Private-use characters of Wingdings' and Wingdings 2's boxes and ticks in text, whatever its font
 * (pasted, PDF). The two fonts' box codes do not overlap (S15-16; Wingdings 2, review 17 s16, S16-2).
 */
export const WINGDINGS_PUA = /[\uf0fe\uf0fd\uf0fc\uf0fb\uf078\uf0a8\uf06f\uf071\uf052\uf054\uf050\uf04f\uf0a3\uf02a]/g;

/** `text` with Wingdings' and Wingdings 2's private-use boxes and ticks as their Unicode characters. */
export function wingdingsAsUnicode(text: string): string {
  return text.replace(WINGDINGS_PUA, (c) => {
    const byte = c.charCodeAt(0) & 0xff;
    return WINGDINGS[byte] ?? WINGDINGS_2[byte]!;
  });
}
