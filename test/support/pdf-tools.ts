// poppler-utils on real files: the text a reader copies or searches, and the pixels a reader sees.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

function tempFile(name: string, bytes: Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'pdf-')), name);
  writeFileSync(path, bytes);
  return path;
}

/** pdftotext in content-stream order (-raw): what copy and search see, lines in drawing order. */
export function pdfText(pdf: Uint8Array): string {
  return execFileSync('pdftotext', ['-raw', tempFile('d.pdf', pdf), '-'], { encoding: 'utf8' });
}

/** The text with all whitespace removed: compare words across line breaks. */
export const squeeze = (s: string) => s.replace(/\s+/g, '');

/** Each word pdftotext finds, with its page (1-based) and the top left corner of its box (pt). */
export function pdfWords(pdf: Uint8Array): { page: number; x: number; y: number; text: string }[] {
  const html = execFileSync('pdftotext', ['-bbox', tempFile('d.pdf', pdf), '-'], { encoding: 'utf8' });
  return html.split('<page ').flatMap((page, i) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({
      page: i,
      x: Number(m[1]),
      y: Number(m[2]),
      text: m[3]!
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"'),
    })),
  );
}

/** Page numbers (1-based) whose text contains `needle` (whitespace ignored). */
export function pagesContaining(pdf: Uint8Array, needle: string): number[] {
  const pages = pdfText(pdf).split('\f');
  return pages.flatMap((p, i) => (squeeze(p).includes(squeeze(needle)) ? [i + 1] : []));
}

/** Render pages to PNG files (pdftoppm); returns their paths in page order. */
export function renderPages(
  pdf: Uint8Array,
  options: {
    first?: number;
    last?: number;
    dpi?: number;
    gray?: boolean;
    /** pixels at that dpi: x, y, width, height */
    crop?: [number, number, number, number];
  } = {},
): string[] {
  const input = tempFile('d.pdf', pdf);
  const dir = mkdtempSync(join(tmpdir(), 'png-'));
  const args = ['-r', String(options.dpi ?? 100), options.gray ? '-gray' : '-png'];
  if (options.first) args.push('-f', String(options.first));
  if (options.last) args.push('-l', String(options.last));
  if (options.crop)
    args.push(
      '-x',
      ...options.crop.map(String).slice(0, 1),
      '-y',
      String(options.crop[1]),
      '-W',
      String(options.crop[2]),
      '-H',
      String(options.crop[3]),
    );
  execFileSync('pdftoppm', [...args, input, join(dir, 'page')]);
  return readdirSync(dir)
    .sort()
    .map((f) => join(dir, f));
}

/** The rendered pixels of one page (grayscale PGM bytes). */
export function pagePixels(pdf: Uint8Array, page = 1): Buffer {
  return readFileSync(renderPages(pdf, { first: page, last: page, gray: true, dpi: 150 })[0]!);
}

/**
 * How many glyphs the PDF's pages draw as the font's notdef glyph (glyph 0, the box "□"): the
 * two-byte codes of the hex strings its text operators show, in every stream that inflates.
 */
export function notdefGlyphs(pdf: Uint8Array): number {
  let count = 0;
  const bytes = Buffer.from(pdf);
  for (let at = bytes.indexOf('stream'); at >= 0; at = bytes.indexOf('stream', at + 6)) {
    const start = at + (bytes[at + 6] === 13 ? 8 : 7);
    const end = bytes.indexOf('endstream', start);
    if (end < 0) break;
    let content: string;
    try {
      content = inflateSync(bytes.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    for (const shown of content.matchAll(/\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g))
      for (const hex of (shown[1] ?? `<${shown[2]}>`).matchAll(/<([0-9a-fA-F]*)>/g))
        count += (hex[1]!.match(/.{4}/g) ?? []).filter((code) => code === '0000').length;
    at = end;
  }
  return count;
}
