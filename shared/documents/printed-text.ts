// What the published documents print for a text: one rule for the PDF (drawTextLine) and the DOCX
// (docx-parts' runs), so both say the same text (tester s38 #2; docs/annual-report.md, "Characters
// the font cannot draw").
import { DECOMPOSED_SARA_AM } from '../import/thai-text.js';

/**
 * The printable characters both Sarabun weights of the documents have a glyph for (their cmaps
 * less controls and private use; test/unit/printed-text.test.ts checks it against the font files),
 * as a character class's ranges, escaped.
 */
const SARABUN = [
  String.raw`\u0020-\u007e\u00a0-\u00ac\u00ae-\u017e\u018f\u0192\u01a0-\u01a1\u01af-\u01b0\u01cd-\u01dc`,
  String.raw`\u01e6-\u01e7\u01fa-\u01ff\u0218-\u021b\u0237\u0251\u0259\u02bb-\u02bc\u02be-\u02bf`,
  String.raw`\u02c6-\u02cc\u02d8-\u02dd\u0300-\u0304\u0306-\u030c\u031b\u0323-\u0324\u0326-\u0328\u032e`,
  String.raw`\u0331\u0394\u03a9\u03bc\u03c0\u0e01-\u0e3a\u0e3f-\u0e5b\u1e0c-\u1e0f\u1e20-\u1e21`,
  String.raw`\u1e24-\u1e25\u1e2a-\u1e2b\u1e36-\u1e3b\u1e42-\u1e49\u1e5a-\u1e63\u1e6c-\u1e6f\u1e80-\u1e85`,
  String.raw`\u1e8e-\u1e8f\u1e92-\u1e93\u1e97\u1e9e\u1ea0-\u1ef9\u2007\u2010\u2012-\u2015\u2018-\u201a`,
  String.raw`\u201c-\u201e\u2020-\u2022\u2026\u2030\u2032-\u2033\u2039-\u203a\u2044\u2070\u2074-\u2079`,
  String.raw`\u207d-\u2089\u208d-\u208e\u20a1\u20a4\u20a6-\u20a7\u20ab-\u20ac\u20b1-\u20b2\u20b5`,
  String.raw`\u20b9-\u20ba\u20bd\u210a\u2113\u2117\u2120\u2122\u212e\u2153-\u2154\u215b-\u215e`,
  String.raw`\u2190-\u2193\u2202\u2206\u220f\u2211-\u2212\u2215\u2219-\u221a\u221e\u222b\u2248\u2260`,
  String.raw`\u2264-\u2265\u25a0\u25b2-\u25b3\u25b6-\u25b7\u25bc-\u25bd\u25c0-\u25c1\u25c6\u25ca`,
  String.raw`\ufb01-\ufb02`,
].join('');

/** The code points of SARABUN, for the tests. */
// eslint-disable-next-line no-misleading-character-class -- code points, combining marks among them, each on its own
export const SARABUN_CHARACTERS = new RegExp(`[${SARABUN}]`, 'u');

/** What a character the font cannot draw is printed as: U+25A1 WHITE SQUARE (the PDF draws the font's box). */
export const MISSING_CHARACTER = '\u25a1';

/** Text every character of which is printed as it is: the font's characters and line feeds. */
// eslint-disable-next-line no-misleading-character-class -- code points, combining marks among them, each on its own
const ALL_DRAWN = new RegExp(`^[${SARABUN}\\n]*$`, 'u');
// eslint-disable-next-line no-misleading-character-class -- code points, combining marks among them, each on its own
const DRAWN = new RegExp(`^[${SARABUN}]+$`, 'u');
/** Line breaks of any kind: one line feed. */
const BREAKS = /\r\n|[\v\f\r\u0085\u2028\u2029]/gu;
/** Tabs: a space. */
const TABS = /\t/gu;
/**
 * Invisible characters, left out: controls (not the line feed), format characters (U+200B-U+200D,
 * U+2060, U+FEFF, the soft hyphen U+00AD) and the other default-ignorable ones (variation selectors).
 */
const INVISIBLE = /(?!\n)[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
/** A character that makes a cluster an emoji: a pictograph, a flag's letter, a keycap. */
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u20e3]/u;
const KEYCAP = '\u20e3';
const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });

/** One user-perceived character (grapheme cluster) as printed. */
function printedCluster(cluster: string): string {
  const visible = cluster.replace(INVISIBLE, '');
  if (visible === '' || visible === '\n' || DRAWN.test(visible)) return visible;
  // a keycap ("1️⃣") is its digit; another emoji is decoration, left out
  if (visible.includes(KEYCAP)) return visible.replace(KEYCAP, '').replace(/[^0-9#*]/gu, '');
  if (EMOJI.test(visible)) return '';
  // a space the font lacks (U+2009, U+3000) is a space; so is a braille blank (U+2800: shows nothing)
  if (/^[\s\u2800]+$/u.test(visible)) return ' ';
  return MISSING_CHARACTER;
}

/**
 * `text` as the documents print it: line breaks of any kind a line feed, a tab a space; invisible
 * characters (INVISIBLE) left out; a sara am typed as nikhahit + sara aa (some phones) ำ, so a
 * search for "นำ" finds it; an emoji (a pictograph with its modifiers and joiners, a flag) left out,
 * a keycap its digit; a space the font lacks a
 * space; any other character the font cannot draw □ (MISSING_CHARACTER), one a grapheme cluster.
 * An emoji left out leaves no doubled space, nor one at a line's start or end: "✅ ประชุม 😀 แล้ว 👍" is
 * "ประชุม แล้ว", "1️⃣ ประชุม" "1 ประชุม", "ภาษาลาว ສະບາຍດີ" "ภาษาลาว □□□□□□".
 */
export function printedText(text: string): string {
  if (ALL_DRAWN.test(text) && !text.includes('\u0e4d')) return text;
  const plain = text.replace(BREAKS, '\n').replace(TABS, ' ').replace(DECOMPOSED_SARA_AM, '$1\u0e33');
  let printed = '';
  // after an emoji left out: the spaces that would double one before it, or start a line, go too
  let afterEmoji = false;
  for (const { segment } of graphemes.segment(plain)) {
    const cluster = printedCluster(segment);
    if (cluster === '' && EMOJI.test(segment)) {
      afterEmoji = true;
      continue;
    }
    if (afterEmoji && cluster === ' ' && (printed === '' || printed.endsWith(' ') || printed.endsWith('\n'))) continue;
    // an emoji last on its line leaves no space at the line's end
    if (afterEmoji && cluster === '\n') printed = printed.replace(/ +$/u, '');
    if (cluster !== '') afterEmoji = false;
    printed += cluster;
  }
  return afterEmoji ? printed.replace(/ +$/u, '') : printed;
}
