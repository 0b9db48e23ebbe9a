// Break 18 F8: the calendar screen's "✅ รายงานแล้ว" was a box (□) in the README's screenshot: the
// page's font (Sarabun, web/build-web.ts) has no emoji, nor has a machine without an emoji font.
// Every character the page's code can show must be one Sarabun draws, or one of the few symbols
// listed here that every system font the page falls back to (system-ui, sans-serif) draws.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { thaiFonts } from '../../shared/documents/thai-fonts.js';

interface Font {
  hasGlyphForCodePoint(codePoint: number): boolean;
}
// fontkit (pdfkit's) has no types of its own: only `create` and the glyph check are used
const fontkit = createRequire(import.meta.url)('fontkit') as { create(data: Buffer): Font };

/** Symbols outside Sarabun that DejaVu Sans (Debian), Segoe UI Symbol (Windows) and Apple's system fonts draw. */
const FALLBACK_SYMBOLS = new Set(['✓']);

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });

/** The characters of `text` (past ASCII) that `font` has no glyph for and no fallback draws. */
const undrawn = (font: Font, text: string) =>
  [...new Set(text)].filter(
    (ch) => ch.codePointAt(0)! > 0x7f && !font.hasGlyphForCodePoint(ch.codePointAt(0)!) && !FALLBACK_SYMBOLS.has(ch),
  );

describe('the web page shows only characters its font draws (no box for a missing glyph)', () => {
  const fonts = thaiFonts();
  it.each([
    ['regular', fonts.regular],
    ['bold', fonts.bold],
  ])('every file of web/src, in Sarabun %s', (_, file) => {
    const font = fontkit.create(readFileSync(file));
    const found = filesUnder('web/src').flatMap((path) =>
      undrawn(font, readFileSync(path, 'utf8')).map((ch) => `${path}: ${ch} U+${ch.codePointAt(0)!.toString(16)}`),
    );
    expect(found).toEqual([]);
  });

  it.each([
    ['an emoji check mark', '✅ รายงานแล้ว', ['✅']],
    ['a warning emoji', '⚠️ ตรวจก่อนบันทึก', ['⚠']],
    ['a box-drawing arrow the font lacks', 'ถัดไป ➜', ['➜']],
    ['Thai text, digits and the fallback tick', 'รายงานแล้ว ๑๒ ✓ “ข้อ” – …', []],
  ])('the check catches %s', (_, text, expected) => {
    const font = fontkit.create(readFileSync(fonts.regular));
    expect(undrawn(font, text).filter((ch) => ch !== '\ufe0f')).toEqual(expected);
  });
});
