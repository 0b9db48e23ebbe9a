// Review 17 s18, S18-1: 1,000,000 "<a" in one Word cell (5 MB of "&lt;a" in its XML) took 48 s
// through the API, superlinear in the count: each decoding (the XML text, then each cell's kept
// entities) was a replacement per reference whose strings the result's builder held to the end.
// Both now write code units to one buffer in a single pass (xml-text.ts's replaceReferences). The
// time is measured by the bench (importer rows ".docx: '<a' in a cell"); here, that each decoding
// gives what the replacements gave, for any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntities, stripTags } from '../../shared/import/thai-text.js';
import { decodeXml } from '../../shared/import/xml-text.js';

/** decodeXml as it was: the reference the new one is checked against. */
function decodeXmlByRegex(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    if (e[0] !== '#') return named[e.toLowerCase()] ?? '';
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '';
  });
}

/** decodeEntities as it was: one replaceAll per entity, &amp; last. */
function decodeEntitiesByReplaceAll(text: string): string {
  const named: [string, string][] = [
    ['lt', '<'],
    ['gt', '>'],
    ['quot', '"'],
    ['apos', "'"],
    ['nbsp', ' '],
    ['amp', '&'],
  ];
  let out = text;
  for (const [name, c] of named) out = out.replaceAll(`&${name};`, c);
  return out;
}

/** Texts made of the pieces references are made of, Thai letters and a lone surrogate. */
const pieces = fc.constantFrom(
  ...['&', ';', '#', 'x', 'X', 'l', 't', 'L', 'T', 'g', 'a', 'm', 'p', 'A', 'M', 'P', 'q', 'u', 'o', 's', 'n', 'b'],
  ...['0', '1', '6', '9', 'f', 'F', 'ก', ' ', '\ud800', '&lt;', '&amp;', '&#x41;', '&#65;', '&#x1F600;', '&#0;'],
  ...['&#55296;', '&#1114112;', '&#99999999999999999999;', '&nbsp;', '&Quot;', '&APOS;', '&#xD800;', '&#X41;'],
);
const texts = fc.array(pieces, { maxLength: 40 }).map((p) => p.join(''));

describe('entity and character references decoded in one pass give what the replacements gave', () => {
  it('decodes the XML of any text as the regular expression did (case, numbers, references to no character)', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(decodeXml(text)).toBe(decodeXmlByRegex(text));
      }),
      { numRuns: 20_000, seed: 18 },
    );
  });

  it("decodes a cell's kept entities as the replaceAll per entity did (&amp;lt; stays &lt;)", () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(decodeEntities(text)).toBe(decodeEntitiesByReplaceAll(text));
      }),
      { numRuns: 20_000, seed: 18 },
    );
  });

  it('reads 1,000,000 "&lt;a" (the XML of 1,000,000 "<a" in one Word cell) as the run of "<a" it is', () => {
    const xml = '&lt;a'.repeat(1_000_000);
    const text = decodeXml(xml);
    expect(text).toBe('<a'.repeat(1_000_000));
    expect(stripTags(`ตัวชี้วัดที่ ๑ ${xml}`)).toBe(`ตัวชี้วัดที่ ๑ ${text}`);
  });

  it('reads 1,000,000 "&#x3C;" and 500,000 "&amp;lt;" each as what they stand for', () => {
    expect(decodeXml('&#x3C;'.repeat(1_000_000))).toBe('<'.repeat(1_000_000));
    expect(decodeEntities('&amp;lt;'.repeat(500_000))).toBe('&lt;'.repeat(500_000));
  });
});
