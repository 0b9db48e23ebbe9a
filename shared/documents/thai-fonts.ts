// Sarabun TTF from npm (@expo-google-fonts/sarabun): shapes Thai correctly in pdfkit.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';

const FILES = { regular: '400Regular/Sarabun_400Regular.ttf', bold: '700Bold/Sarabun_700Bold.ttf' } as const;

/** Absolute paths of the two Sarabun weights the documents use. */
export type ThaiFonts = Record<keyof typeof FILES, string>;

/**
 * Where the fonts are. `fontDir` is the folder a Lambda bundle copies them to (the documents
 * function's FONT_DIR, read by its composition root); without it, the npm package's own files.
 * Throws when `fontDir` is given and a font is not in it (a broken bundle fails at start).
 */
export function thaiFonts(fontDir?: string): ThaiFonts {
  const root = fontDir ?? dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/sarabun/package.json'));
  const path = (file: string) => (fontDir ? join(fontDir, basename(file)) : join(root, file));
  const fonts = { regular: path(FILES.regular), bold: path(FILES.bold) };
  for (const file of Object.values(fonts)) if (!existsSync(file)) throw new Error(`Thai font not found: ${file}`);
  return fonts;
}
