// One line of Thai/Latin text in a pdfkit PDF, drawn so that it is placed right and reads back
// exactly in every reader (pdftotext, pdf.js/Firefox, copy, search, screen readers). See
// docs/annual-report.md, "Thai text".
//
// Three faults of pdfkit + fontkit, all measured:
// - fontkit picks one script per run from its first letter, so "ITAน้ำใจ" is shaped as Latin and
//   its Thai marks are misplaced. We hand fontkit one run per script (Thai / everything else).
// - Sarabun draws sara am (ำ) as two glyphs, the nikhahit (alone, or joined with a tone mark) and
//   the sara aa glyph that plain า uses too. A font's ToUnicode map has one entry a glyph, taken
//   from the glyph's first use, so one of them read wrong: "ดำา" for ดำ, or plain า as nothing when
//   ำ came first. Each ำ cluster (its consonant, marks and ำ) is drawn in a second instance of the
//   font, which only ever draws such clusters: its map gives sara aa's glyph "ำ", a tone joined to
//   the nikhahit the tone, and a lone nikhahit U+2060 WORD JOINER (invisible; pdf.js drops it), so
//   ดำ reads ด ำ and น้ำ reads น ้ ำ in pdf.js too. The first instance's sara aa is pinned to า.
// - poppler and Acrobat read a marked-content span's /ActualText, which wins over the map: each
//   line is wrapped in one (exact, and the space at a wrap comes back). pdf.js ignores it
//   (mozilla/pdf.js#12237).
import { readFileSync } from 'node:fs';
import { MISSING_CHARACTER, printedText } from './printed-text.js';
import type { ThaiFonts } from './thai-fonts.js';

/** Thai block letters, marks and digits (U+0E00-U+0E7F): one run; everything else: the other kind. */
const SCRIPT_RUNS = /[\u0E00-\u0E7F]+|[^\u0E00-\u0E7F]+/gu;
/** A sara am cluster: its consonant (when there is one), marks (a tone), sara am. Split on, kept. */
const AM_CLUSTER = /([\u0E01-\u0E2E]?[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]*\u0E33)/u;
const SARA_AM = '\u0E33';

/**
 * "ITAน้ำใจ O43" -> ["ITA", "น้ำ", "ใจ", " O43"]: runs that each belong to one script, each sara am
 * cluster a run of its own (drawn in the font's sara am instance).
 */
export function scriptRuns(text: string): string[] {
  const runs = text.match(SCRIPT_RUNS) ?? [];
  return runs.some((r) => r.includes(SARA_AM))
    ? runs.flatMap((r) => (r.includes(SARA_AM) ? r.split(AM_CLUSTER).filter(Boolean) : [r]))
    : runs;
}

/** The part of a pdfkit document this module uses (pdfkit's typings lack the marked-content calls). */
export interface PdfTextTarget {
  text(text: string, x: number, y: number, options: { lineBreak: false }): unknown;
  widthOfString(text: string): number;
  markContent(tag: 'Span', options: { actual: string }): unknown;
  endMarkedContent(): unknown;
  registerFont(name: string, src: string | Buffer): unknown;
  font(name: string): unknown;
}

const amName = (name: string) => `${name}+sara-am`;
/** Font files' bytes for the sara am instance, read once a process (the files never change). */
const amCopies = new Map<string, Buffer>();

/**
 * A copy of a TrueType file that pdfkit opens as a font of its own. pdfkit reuses an open font
 * whose head checksum and names match (isEqualFont in pdfkit 0.20), which would share one subset
 * and one ToUnicode map; the copy differs in head.checkSumAdjustment, which no reader checks.
 * Throws when the file has no head table.
 */
function amCopy(file: string): Buffer {
  let copy = amCopies.get(file);
  if (copy) return copy;
  copy = Buffer.from(readFileSync(file));
  const tables = copy.readUInt16BE(4);
  let head = -1;
  for (let t = 0; t < tables; t++)
    if (copy.toString('latin1', 12 + 16 * t, 16 + 16 * t) === 'head') head = copy.readUInt32BE(20 + 16 * t);
  if (head < 0) throw new Error(`not a TrueType font (no head table): ${file}`);
  copy.writeUInt32BE((copy.readUInt32BE(head + 8) ^ 1) >>> 0, head + 8);
  amCopies.set(file, copy);
  return copy;
}

const SARA_AA = 0x0e32;
const NIKHAHIT = 0x0e4d;
/** What a glyph that draws part of ำ and stands for nothing reads as: invisible, and pdf.js drops it (Cf). */
const WORD_JOINER = 0x2060;

/** fontkit's glyphs and fonts (pdfkit 0.20 holds one a font), as far as this module uses them. */
interface FontkitGlyph {
  id: number;
  codePoints: number[];
}
interface FontkitFont {
  glyphForCodePoint(codePoint: number): FontkitGlyph;
  hasGlyphForCodePoint(codePoint: number): boolean;
  layout(text: string): { glyphs: FontkitGlyph[] };
}

/** Per document: the font set with `useThaiFont`; the sara am clusters whose glyphs' text is set; the texts `endThaiText` fills in. */
interface ThaiText {
  font?: string;
  clusters: Set<string>;
  late: number[][];
}
const thaiText = new WeakMap<PdfTextTarget, ThaiText>();
const stateOf = (doc: PdfTextTarget): ThaiText => {
  let state = thaiText.get(doc);
  if (!state) thaiText.set(doc, (state = { clusters: new Set(), late: [] }));
  return state;
};

/**
 * The fontkit font of the document's current font. pdfkit maps each glyph to the array of code
 * points fontkit gives it on first use (a reference, read when the document ends), and fontkit
 * keeps one glyph object a glyph: what that object's array holds at the end is what the map says.
 * Throws when pdfkit's font has none (another pdfkit version): the text layer would be wrong.
 */
function fontkitFont(doc: PdfTextTarget): FontkitFont {
  const font = (doc as unknown as { _font?: { font?: Partial<FontkitFont> } })._font?.font;
  if (typeof font?.glyphForCodePoint !== 'function' || typeof font.layout !== 'function')
    throw new Error('pdfkit font without its fontkit font: the Thai text layer cannot be set');
  return font as FontkitFont;
}

/**
 * Register the TrueType `file` on `doc` as `name`, with its sara am instance, for `useThaiFont`;
 * call `endThaiText` right before `doc.end()`. Leaves the document's font changed: set it with
 * `useThaiFont` afterwards.
 */
function registerThaiFont(doc: PdfTextTarget, name: string, file: string): void {
  doc.registerFont(name, file);
  doc.registerFont(amName(name), amCopy(file));
  doc.font(name);
  readsNotdefAsMissing(doc);
  const main = fontkitFont(doc);
  main.glyphForCodePoint(SARA_AA).codePoints = [SARA_AA];
  main.glyphForCodePoint(NIKHAHIT).codePoints = [NIKHAHIT];
  doc.font(amName(name));
  fontkitFont(doc).glyphForCodePoint(SARA_AA).codePoints = [SARA_AM.codePointAt(0)!];
}

/**
 * The font's box (glyph 0, .notdef), which draws □ (MISSING_CHARACTER, printedText), reads as □ in
 * the font's ToUnicode map, for pdf.js, which ignores ActualText (pdfkit 0.20 maps it to U+0000).
 * Throws when pdfkit's font has no such map (another pdfkit version).
 */
function readsNotdefAsMissing(doc: PdfTextTarget): void {
  const font = (doc as unknown as { _font?: { unicode?: number[][] } })._font;
  if (!Array.isArray(font?.unicode)) throw new Error('pdfkit font without its ToUnicode entries: □ cannot be set');
  font.unicode[0] = [MISSING_CHARACTER.codePointAt(0)!];
}

/** The documents' two weights as 'th' and 'th-bold' (`registerThaiFont`), the regular one set. */
export function registerThaiFonts(doc: PdfTextTarget, fonts: ThaiFonts): void {
  registerThaiFont(doc, 'th', fonts.regular);
  registerThaiFont(doc, 'th-bold', fonts.bold);
  useThaiFont(doc, 'th');
}

/**
 * In the sara am instance (the current font), `cluster`'s glyphs read as the cluster: sara aa's
 * glyph is ำ (pinned at registration), so the glyph fontkit gave ำ to (the nikhahit, or the
 * nikhahit joined with a tone mark) gives it up: a tone mark reads as itself, a lone nikhahit as
 * nothing until `endThaiText` (fontkit draws a glyph whose first code point is default-ignorable,
 * as U+2060 is, as a blank). Once a cluster a document; a font that does not split ำ is left alone.
 */
function readAsCluster(doc: PdfTextTarget, state: ThaiText, font: string, cluster: string): void {
  const key = `${font}\u0000${cluster}`;
  if (state.clusters.has(key)) return;
  state.clusters.add(key);
  const fontkit = fontkitFont(doc);
  const saraAa = fontkit.glyphForCodePoint(SARA_AA).id;
  const glyphs = fontkit.layout(cluster).glyphs;
  if (!glyphs.some((g) => g.id === saraAa)) return;
  for (const glyph of glyphs) {
    const at = glyph.id === saraAa ? -1 : glyph.codePoints.indexOf(SARA_AM.codePointAt(0)!);
    if (at < 0) continue;
    glyph.codePoints.splice(at, 1);
    if (glyph.codePoints.length === 0) state.late.push(glyph.codePoints);
  }
}

/**
 * Finish the text maps of the fonts registered with `registerThaiFont`: a glyph that draws part
 * of ำ and stands for nothing reads as U+2060 WORD JOINER (invisible; pdf.js drops it), not as the
 * glyph's number, which pdf.js reads for a glyph mapped to nothing. Call it right before `doc.end()`.
 */
export function endThaiText(doc: PdfTextTarget): void {
  for (const text of thaiText.get(doc)?.late ?? []) text.splice(0, text.length, WORD_JOINER);
}

/**
 * Set the font `drawTextLine` and `lineWidth` draw and measure in: one registered with
 * `registerThaiFont`. Use it instead of `doc.font` (they need to know the font's name).
 */
export function useThaiFont(doc: PdfTextTarget, name: string): void {
  doc.font(name);
  stateOf(doc).font = name;
}

/** Each run of `text` with the font it is drawn in; the document's font is set to each in turn. */
function* inFonts(doc: PdfTextTarget, text: string): Generator<string> {
  const state = stateOf(doc);
  const name = state.font;
  if (!name) throw new Error('drawTextLine/lineWidth: set the font with useThaiFont first');
  let am = false;
  try {
    for (const run of scriptRuns(text)) {
      if (run.includes(SARA_AM) !== am) {
        am = !am;
        doc.font(am ? amName(name) : name);
      }
      if (am) readAsCluster(doc, state, name, run);
      yield run;
    }
  } finally {
    if (am) doc.font(name);
  }
}

/** A line every character of which Sarabun draws as it is: printable ASCII and the Thai block's letters (no nikhahit). */
const PLAIN = /^[\u0020-\u007E\u0E01-\u0E3A\u0E3F-\u0E4C\u0E4E-\u0E5B]*$/u;

/**
 * `text` as drawn: what the documents print (printedText, the DOCX's rule too: invisible characters
 * left out, an emoji left out, another character the font lacks □, drawn as the font's box), a line
 * break inside the line a space (session 28, F1; tester s38 #2). Needs the line's font set.
 */
function drawnText(doc: PdfTextTarget, text: string): string {
  if (PLAIN.test(text)) return text;
  const font = fontkitFont(doc);
  let drawn = '';
  for (const char of printedText(text).replace(/\n/gu, ' '))
    drawn += font.hasGlyphForCodePoint(char.codePointAt(0)!) ? char : /\s/u.test(char) ? ' ' : MISSING_CHARACTER;
  return drawn;
}

/** The width in points of `text` drawn as `drawTextLine` draws it (font as set by `useThaiFont`, size on `doc`). */
export function lineWidth(doc: PdfTextTarget, text: string): number {
  let width = 0;
  for (const run of inFonts(doc, drawnText(doc, text))) width += doc.widthOfString(run);
  return width;
}

/** How `drawTextLine` places and tags a line. */
export interface TextLineOptions {
  /** `x` is the line's right edge instead of its left */
  alignRight?: boolean;
  /** the line was wrapped at a space, which its ActualText keeps (not drawn), so a reader joining
   * the lines puts it back (review 17 s27, M-1) */
  spaceAfter?: boolean;
  /** drawn for the eye only: its ActualText is a space (pdfkit writes none for ""), so poppler,
   * Acrobat and the importer read no words there (a row's title repeated over its part on a later
   * page, tester s43 F11) */
  unread?: boolean;
}

/**
 * Draw `text` (one line, no wrapping) with its left edge at `x` and its top at `y` (points), in the
 * font set by `useThaiFont` and the current size and colour, as `drawnText` makes it (what the
 * documents print); its ActualText is what is drawn.
 */
export function drawTextLine(
  doc: PdfTextTarget,
  text: string,
  x: number,
  y: number,
  { alignRight = false, spaceAfter = false, unread = false }: TextLineOptions = {},
): void {
  text = drawnText(doc, text);
  if (!text) return;
  let left = alignRight ? x - lineWidth(doc, text) : x;
  doc.markContent('Span', { actual: unread ? ' ' : spaceAfter ? `${text} ` : text });
  for (const run of inFonts(doc, text)) {
    doc.text(run, left, y, { lineBreak: false });
    left += doc.widthOfString(run);
  }
  doc.endMarkedContent();
}
