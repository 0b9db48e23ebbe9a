// Where the page moves the browser's maxlength cut back to: the end of the last whole character as
// people read it (a grapheme cluster), never between a Thai consonant and its vowel or tone mark
// (tester s37 #2: "ที่" pasted past the limit ended "…ที่ที", the tone mark lost).
import { describe, expect, it } from 'vitest';
import { wholeGraphemesEnd } from '../../web/src/length-counter.js';

describe('the cut of text pasted past a box limit', () => {
  it.each([
    ['"ที่" cut after its vowel goes back before it', 'ที่'.repeat(4), 11, 9],
    ['"น้ำ" cut after its tone mark goes back before it', `ก${'น้ำ'.repeat(3)}`, 9, 7],
    ['"กำ" (sara am is part of it) cut inside goes back before it', 'กำกำ', 3, 2],
    ['a cut between whole characters stays', 'ที่ที่', 3, 3],
    ['a flag emoji (two code points) is not split', 'ก🇹🇭', 4, 1],
  ])('%s', (_, text, at, end) => {
    expect(wholeGraphemesEnd(text, at)).toBe(end);
  });

  it('keeps the whole text when the cut is at or past its end', () => {
    expect(wholeGraphemesEnd('ที่', 3)).toBe(3);
    expect(wholeGraphemesEnd('ที่', 5)).toBe(3);
  });
});
