// Thai lines spread letter by letter in a PDF (Word's "Thai Distributed" alignment, inter-character
// justification, letter spacing): pdfjs-dist reads each gap between letters as a space, "ร า ย ง า น",
// and normaliseThai then takes " า" for a lost sara am ("กำร"). Review 17 s11, S11-6. A piece of a
// line whose words are mostly single letters is such a line: its letters are joined again (Thai
// writes no spaces inside a phrase, so the spaces between Thai letters are the spacing's).

/** Thai marks drawn above or below their letter (no width of their own). */
const MARKS = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g;
const THAI_LETTER = /[\u0e01-\u0e4f]/;
const DIGIT = /[0-9\u0e50-\u0e59]/;

/** A letter with its marks ("ร", "ชี้", "เ"), or two where the second is ะ/า/ำ or a vowel leads ("ดำ", "เด"). */
function letterCount(word: string): number {
  if (!/^[\u0e01-\u0e4f]+$/.test(word)) return Infinity;
  return word.replace(MARKS, '').length;
}

/** Is this text spread letter by letter: four words or more, most of one or two letters, three of one? */
export function isLetterSpaced(text: string): boolean {
  // a letter of one is Thai: without Thai no word is one (and the text is not split)
  if (!THAI_LETTER.test(text)) return false;
  const words = text.split(' ').filter((w) => w !== '');
  if (words.length < 4) return false;
  const counts = words.map(letterCount);
  const single = counts.filter((c) => c === 1).length;
  const short = counts.filter((c) => c <= 2).length;
  return single >= 3 && short * 2 >= words.length;
}

/** The space between two words of a letter-spaced text is the spacing's: Thai with Thai, digit with digit or ".". */
function spacingGap(before: string, after: string): boolean {
  const last = before.at(-1) ?? '';
  const first = after[0] ?? '';
  if (THAI_LETTER.test(last) && THAI_LETTER.test(first)) return true;
  return DIGIT.test(last) && (DIGIT.test(first) || first === '.');
}

/** Words of a letter or two, or one digit or sign ("๑ .", "๒ ๕ ๖ ๖", "แ ล ะ"). */
const allTiny = (words: readonly string[]) => words.every((w) => letterCount(w) <= 2 || w.length === 1);

/**
 * The text with a letter-spaced piece's letters joined again; any other text as it is. On a line
 * that is letter-spaced as a whole (`lineSpaced`), a piece of a few tiny words is too: the wider gap
 * of a word space cut it off ("๑ ." before "ร า ย ง า น").
 */
export function withoutLetterSpacing(text: string, lineSpaced = false): string {
  const spaced = isLetterSpaced(text);
  if (!spaced && !lineSpaced) return text;
  const words = text.split(' ').filter((w) => w !== '');
  if (!spaced && !(words.length > 1 && allTiny(words))) return text;
  let out = words[0]!;
  for (let i = 1; i < words.length; i++) out += spacingGap(out, words[i]!) ? words[i] : ` ${words[i]}`;
  return out;
}
