// Sarabun TTF from npm (@expo-google-fonts/sarabun): shapes Thai correctly in pdfkit.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const FILES = { regular: '400Regular/Sarabun_400Regular.ttf', bold: '700Bold/Sarabun_700Bold.ttf' } as const;

/** In a Lambda bundle the fonts sit beside the code (FONT_DIR); elsewhere in node_modules. */
export function sarabunPath(weight: keyof typeof FILES): string {
  const bundled = process.env.FONT_DIR ? join(process.env.FONT_DIR, FILES[weight].split('/')[1]!) : '';
  if (bundled && existsSync(bundled)) return bundled;
  const root = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/sarabun/package.json'));
  return join(root, FILES[weight]);
}
