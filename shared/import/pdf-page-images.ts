// How much of a PDF page its images cover. A page that is mostly image with a line or two of text
// (a page number, a browser's header and footer, a scanner's stamp) is a scan: its plan is in the
// image, which needs OCR (review 17 s9, entry 15).
import { ValidationError } from '../domain/errors.js';
import { clipText } from '../domain/text.js';
import { toThaiDigits } from '../domain/thai-format.js';
import type { PositionedText } from './pdf-ruled-tables.js';
import { linesOf, pieces, runsText } from './pdf-text-lines.js';
import { PLAN_FILE_FIELD } from './plan-file.js';
import { normaliseThai } from './thai-text.js';
import { counted } from '../domain/english-count.js';

export type Matrix = [number, number, number, number, number, number];

/** `m` then `n` (pdf.js's row-vector convention: a point times m, then times n). */
export const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

/** A page this much covered by images ... */
export const SCAN_IMAGE_COVER = 0.3;
/** ... with fewer characters of text than this (a plan table's page holds well over a thousand) is a scan. */
export const SCAN_MAX_CHARACTERS = 300;

/** The current transformation matrix while a page's operators are walked, and its saved states. */
export interface GraphicsState {
  ctm: Matrix;
  stack: Matrix[];
}

/**
 * Applies operator `fn` (with `args`) to `state` when it changes the current transformation
 * matrix: q/Q (save, restore), cm (transform), a form XObject's begin (its /Matrix) and end.
 * Returns whether it was one of those (PDF 32000-1, 8.4.4 and 8.10).
 */
export function transformStep(state: GraphicsState, fn: number, args: unknown[] | null, OPS: Record<string, number>) {
  if (fn === OPS.save) state.stack.push(state.ctm);
  else if (fn === OPS.restore) state.ctm = state.stack.pop() ?? state.ctm;
  else if (fn === OPS.transform) state.ctm = multiply(args as Matrix, state.ctm);
  else if (fn === OPS.paintFormXObjectBegin) {
    state.stack.push(state.ctm);
    if (Array.isArray(args?.[0]) && args[0].length === 6) state.ctm = multiply(args[0] as Matrix, state.ctm);
  } else if (fn === OPS.paintFormXObjectEnd) state.ctm = state.stack.pop() ?? state.ctm;
  else return false;
  return true;
}

const IMAGE_OPERATORS = [
  'paintImageXObject',
  'paintInlineImageXObject',
  'paintImageMaskXObject',
  'paintImageXObjectRepeat',
  'paintImageMaskXObjectRepeat',
  'paintInlineImageXObjectGroup',
  'paintImageMaskXObjectGroup',
];

/**
 * The share (0-1) of the page's box `view` ([x1, y1, x2, y2]) its images cover: each image is the
 * unit square under the current transformation matrix, clipped to the page; overlaps count twice
 * (the share is capped at 1).
 */
export function imageCover(
  fnArray: readonly number[],
  argsArray: readonly unknown[],
  OPS: Record<string, number>,
  view: readonly number[],
): number {
  const images = new Set(IMAGE_OPERATORS.map((name) => OPS[name]).filter((op) => op !== undefined));
  const [vx1, vy1, vx2, vy2] = view as [number, number, number, number];
  const pageArea = (vx2 - vx1) * (vy2 - vy1);
  if (!(pageArea > 0)) return 0;
  const state: GraphicsState = { ctm: [1, 0, 0, 1, 0, 0], stack: [] };
  let covered = 0;
  for (let i = 0; i < fnArray.length && covered < pageArea; i++) {
    const fn = fnArray[i]!;
    if (transformStep(state, fn, argsArray[i] as unknown[] | null, OPS)) continue;
    if (images.has(fn)) {
      const ctm = state.ctm;
      const corners = [
        [0, 0],
        [1, 0],
        [0, 1],
        [1, 1],
      ].map(([x, y]) => [ctm[0] * x! + ctm[2] * y! + ctm[4], ctm[1] * x! + ctm[3] * y! + ctm[5]] as const);
      const x1 = Math.max(vx1, Math.min(...corners.map((c) => c[0])));
      const x2 = Math.min(vx2, Math.max(...corners.map((c) => c[0])));
      const y1 = Math.max(vy1, Math.min(...corners.map((c) => c[1])));
      const y2 = Math.min(vy2, Math.max(...corners.map((c) => c[1])));
      if (x2 > x1 && y2 > y1) covered += (x2 - x1) * (y2 - y1);
    }
  }
  return Math.min(1, covered / pageArea);
}

/** The characters of a page's text, spaces left out. */
export const textCharacters = (texts: readonly { text: string }[]): number =>
  texts.reduce((n, t) => n + t.text.replace(/\s+/g, '').length, 0);

/** A line of this many pieces of text apart is a table's row: text of a plan, not a scan's furniture. */
const TABLE_ROW_PIECES = 3;

/**
 * Is this page a scan: mostly image, little text, none of it in a table's row (a page number, a
 * browser's header and footer, a stamp)? A small plan of two measures on a page with a picture
 * behind it (a letterhead) is text.
 */
export const looksScanned = (page: { imageCover: number; runs: readonly PositionedText[]; height?: number }): boolean =>
  page.imageCover >= SCAN_IMAGE_COVER &&
  textCharacters(page.runs) < SCAN_MAX_CHARACTERS &&
  !linesOf(page.runs).some((line) => pieces(line).length >= TABLE_ROW_PIECES && !inMargin(line, page.height));

/** A page with nothing of a plan on it: no text, a scan, or only a few words in its margins (a running header). */
export const nothingToRead = (page: { imageCover: number; runs: readonly PositionedText[]; height?: number }) =>
  page.runs.length === 0 ||
  looksScanned(page) ||
  // a page of text without a picture is no scan, however little of it there is (review 17 s18:
  // one line of text running off the page, cut at its edge, was refused as a scan needing OCR)
  (page.imageCover >= SCAN_IMAGE_COVER &&
    textCharacters(page.runs) < SCAN_MAX_CHARACTERS &&
    linesOf(page.runs).every((l) => inMargin(l, page.height)));

/** The top and bottom share of a page where running headers and footers sit. */
const MARGIN = 0.1;

/**
 * A line in the page's top or bottom margin: a running header or footer ("เทศบาล… | มาตรการ… |
 * หน้า 1/3", added to a scan by a PDF editor), no table row (review 17 s11, S11-14).
 */
const inMargin = (line: readonly PositionedText[], height: number | undefined): boolean =>
  height !== undefined && (line[0]!.y > height * (1 - MARGIN) || line[0]!.y < height * MARGIN);

/** The first characters of a page's text, for quoting in a message. */
export const pageTextQuote = (runs: readonly PositionedText[]): string => clipText(normaliseThai(runsText(runs)), 60);

/**
 * The refusal of a PDF with nothing to read: no text at all, or only scanned pages (mostly image)
 * with a few words of text. 400: it needs OCR first.
 */
export function scannedPdfError(pages: readonly { number: number; runs: readonly PositionedText[] }[]) {
  const withText = pages.find((p) => p.runs.length > 0);
  const th = withText
    ? `ไฟล์ PDF นี้เป็นภาพ (น่าจะเป็นภาพสแกน) มีข้อความเพียง ${toThaiDigits(pages.reduce((n, p) => n + textCharacters(p.runs), 0))} ตัวอักษร (หน้า ${toThaiDigits(withText.number)}: "${pageTextQuote(withText.runs)}") ข้อความในภาพอ่านไม่ได้ กรุณาแปลงเป็นข้อความด้วยโปรแกรม OCR ก่อน หรือใช้ไฟล์ Word/Excel ต้นฉบับ`
    : 'ไฟล์ PDF นี้ไม่มีข้อความให้อ่าน (น่าจะเป็นภาพสแกน) กรุณาแปลงเป็นข้อความด้วยโปรแกรม OCR ก่อน หรือใช้ไฟล์ Word/Excel ต้นฉบับ';
  const en = withText
    ? `this PDF is images (a scan?) with only ${counted(
        pages.reduce((n, p) => n + textCharacters(p.runs), 0),
        'character',
      )} of text (page ${withText.number}: "${pageTextQuote(withText.runs)}"); the text in the images cannot be read: run it through OCR first, or import the Word/Excel original`
    : 'this PDF has no text layer (a scan?): run it through OCR first, or import the Word/Excel original';
  return new ValidationError(th, en, [
    {
      path: PLAN_FILE_FIELD,
      message_th: 'PDF ไม่มีข้อความ ต้องทำ OCR ก่อน',
      message_en: 'the PDF has no text: OCR it first',
    },
  ]);
}
