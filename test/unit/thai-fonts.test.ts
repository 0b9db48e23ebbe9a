import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { thaiFonts } from '../../shared/documents/thai-fonts.js';

describe('the Thai fonts of the documents', () => {
  it('come from the npm package when no font folder is given', () => {
    const fonts = thaiFonts();
    expect(fonts.regular).toMatch(/@expo-google-fonts[\\/]sarabun[\\/].*Sarabun_400Regular\.ttf$/);
    expect(existsSync(fonts.bold)).toBe(true);
  });

  it('come from the bundle folder the documents function is given (FONT_DIR)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fonts-'));
    for (const file of Object.values(thaiFonts())) copyFileSync(file, join(dir, basename(file)));
    expect(thaiFonts(dir)).toEqual({
      regular: join(dir, 'Sarabun_400Regular.ttf'),
      bold: join(dir, 'Sarabun_700Bold.ttf'),
    });
  });

  it('stop the function at start, naming the file, when the bundle folder lacks a font', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fonts-'));
    copyFileSync(thaiFonts().regular, join(dir, 'Sarabun_400Regular.ttf'));
    expect(() => thaiFonts(dir)).toThrow(`Thai font not found: ${join(dir, 'Sarabun_700Bold.ttf')}`);
    expect(() => thaiFonts(join(dir, 'missing'))).toThrow(/Sarabun_400Regular\.ttf/);
  });
});
