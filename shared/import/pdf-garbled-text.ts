// Letters a PDF font's broken Unicode map gives: where a font's /ToUnicode map is damaged or lacks
// entries, the reader falls back to the glyphs' codes, which for a Thai font's subset are Latin
// letters ("ตัôชี้วัดที่ ĝ กÿðČช้ทรัพย์สิน"). A Latin letter written inside a Thai word never
// occurs in a plan: such letters are counted and the page warned about (review 17 s9, entry 46).
import { clipText } from '../domain/text.js';
import type { PositionedText } from './pdf-ruled-tables.js';
import { linesOf, pieces } from './pdf-text-lines.js';

const THAI = '\\u0e01-\\u0e5b';
/** Latin-1 Supplement and Latin Extended-A/B letters (not signs: "๒×๓ เมตร", "±", "°" are text). */
const LATIN = '\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f';
/** Latin letters with a Thai letter on either side (within one piece of text). */
const GLUED = new RegExp(`(?<=[${THAI}])[${LATIN}]+|[${LATIN}]+(?=[${THAI}])`, 'g');
const WORD = new RegExp(`[${THAI}${LATIN}]*[${LATIN}][${THAI}${LATIN}]*`);
/** Any such letter: a page without one has none glued to Thai, and its lines are not built. */
const ANY_LATIN = new RegExp(`[${LATIN}]`);

/**
 * How many letters of the page's text are such fallbacks, and a word that shows them. `lines`: the
 * page's lines (linesOf), when the caller has them or makes them once for all its readers (called
 * only for a page with a Latin-1 letter).
 */
export function garbledLetters(
  runs: readonly PositionedText[],
  lines?: () => readonly (readonly PositionedText[])[],
): { count: number; sample: string } {
  let count = 0;
  let sample = '';
  // most pages hold no Latin-1 letter at all: their lines are not read (review 17 s17, S17-5)
  if (!runs.some((r) => ANY_LATIN.test(r.text))) return { count, sample };
  for (const line of lines?.() ?? linesOf(runs))
    for (const piece of pieces(line)) {
      const found = (piece.text.match(GLUED) ?? []).reduce((n, m) => n + m.length, 0);
      if (found === 0) continue;
      count += found;
      if (!sample) {
        const at = piece.text.search(GLUED);
        sample = clipText(WORD.exec(piece.text.slice(Math.max(0, at - 12)))?.[0] ?? piece.text, 40);
      }
    }
  return { count, sample };
}
