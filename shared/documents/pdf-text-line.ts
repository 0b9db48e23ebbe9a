// One line of Thai/Latin text in a pdfkit PDF, drawn so that it is placed right and reads back
// exactly (pdftotext, copy, search, screen readers). See docs/annual-report.md, "Thai text".
//
// Two faults of pdfkit + fontkit, both measured:
// - fontkit picks one script per run from its first letter, so "ITAน้ำใจ" is shaped as Latin and
//   its Thai marks are misplaced. We hand fontkit one run per script (Thai / everything else).
// - pdfkit's ToUnicode map gives the two glyphs Sarabun draws for sara am (ำ) back as "ำา". We wrap
//   each line in a marked-content span whose /ActualText is the line as laid out.

/** Thai block letters, marks and digits (U+0E00-U+0E7F): one run; everything else: the other kind. */
const SCRIPT_RUNS = /[\u0E00-\u0E7F]+|[^\u0E00-\u0E7F]+/gu;

/** "ITAน้ำใจ O43" -> ["ITA", "น้ำใจ", " O43"]: runs that each belong to one script. */
export function scriptRuns(text: string): string[] {
  return text.match(SCRIPT_RUNS) ?? [];
}

/** The part of a pdfkit document this module uses (pdfkit's typings lack the marked-content calls). */
export interface PdfTextTarget {
  text(text: string, x: number, y: number, options: { lineBreak: false }): unknown;
  widthOfString(text: string): number;
  markContent(tag: 'Span', options: { actual: string }): unknown;
  endMarkedContent(): unknown;
}

/** The width in points of `text` drawn as `drawTextLine` draws it (font and size as set on `doc`). */
export function lineWidth(doc: PdfTextTarget, text: string): number {
  return scriptRuns(text).reduce((sum, run) => sum + doc.widthOfString(run), 0);
}

/** How `drawTextLine` places and tags a line. */
export interface TextLineOptions {
  /** `x` is the line's right edge instead of its left */
  alignRight?: boolean;
  /** the line was wrapped at a space, which its ActualText keeps (not drawn), so a reader joining
   * the lines puts it back (review 17 s27, M-1) */
  spaceAfter?: boolean;
}

/**
 * Draw `text` (one line, no wrapping) with its left edge at `x` and its top at `y` (points), in the
 * current font, size and colour.
 */
export function drawTextLine(
  doc: PdfTextTarget,
  text: string,
  x: number,
  y: number,
  { alignRight = false, spaceAfter = false }: TextLineOptions = {},
): void {
  if (!text) return;
  let left = alignRight ? x - lineWidth(doc, text) : x;
  doc.markContent('Span', { actual: spaceAfter ? `${text} ` : text });
  for (const run of scriptRuns(text)) {
    doc.text(run, left, y, { lineBreak: false });
    left += doc.widthOfString(run);
  }
  doc.endMarkedContent();
}
