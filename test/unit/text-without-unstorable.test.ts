// withoutUnstorable (shared/domain/text.ts) looks at the code units first and replaces only when one
// may be dropped (session 26: the two Unicode-property replacements cost ~30 ms on a 5 M-character
// Word cell that has none). Here, that it drops what the replacements alone dropped, for any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutUnstorable } from '../../shared/domain/text.js';

/** withoutUnstorable as it was: the replacements on every text. */
const byReplacements = (value: string) =>
  value
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd\p{Noncharacter_Code_Point}]/gu, '')
    .replace(/\p{Cs}/gu, '');

const character = (c: number) => (c >= 0xd800 && c <= 0xdfff ? String.fromCharCode(c) : String.fromCodePoint(c));

describe('a text is stored without what no stored text may hold, whatever it holds', () => {
  it('drops each code point between two letters as the replacements did (every one, lone surrogates too)', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0x10ffff; c++) {
      const text = `ก${character(c)}a`;
      if (withoutUnstorable(text) !== byReplacements(text)) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('gives what the replacements gave for texts of controls, noncharacters, surrogates and Thai', () => {
    const pieces = fc.oneof(
      fc.integer({ min: 0, max: 0x10ffff }).map(character),
      fc.constantFrom('\t', '\n', '\r', '\u000b', '\u007f', '\u009f', '\u00a0', '\ufdd0', '\ufdef', '\ufffd'),
      fc.constantFrom('\ufffe', '\uffff', '\ud800', '\udfff', '\u{1fffe}', '\u{10ffff}', 'ก', 'ำ', ' '),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }), (p) => {
        const text = p.join('');
        expect(withoutUnstorable(text)).toBe(byReplacements(text));
      }),
      { numRuns: 20_000, seed: 26 },
    );
  });
});
