// One PDF page's content for the readers: its text runs with positions (pdfjs-dist's text content)
// and the rules it draws (its operator list, the current transformation matrix applied).
import { ValidationError } from '../domain/errors.js';
import { toThaiDigits } from '../domain/thai-format.js';
import { type MarkedContent, markedContentOfPages } from './pdf-actual-text.js';
import { damagedFontMapError } from './pdf-font-maps.js';
import { type GraphicsState, imageCover, type Matrix, transformStep } from './pdf-page-images.js';
import { textQuarterTurns, turnedItems, uprightMatrix } from './pdf-page-orientation.js';
import { PLAN_FILE_FIELD } from './plan-file.js';
import { MAX_RULES_PER_PAGE, type PositionedText, rectangleRules, type Rule } from './pdf-ruled-tables.js';
import { linesOf, pieces } from './pdf-text-lines.js';
import { withStruckRuns } from './pdf-struck-text.js';
import { pdfSymbolFont, pdfSymbolFontText } from './symbol-font-chars.js';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfjsLibrary } from './pdfjs-library.js';
import { withPdfDocument } from './pdf-open.js';
import { decodedImagePixels, MAX_PDF_IMAGES_PIXELS, tooManyImagePixels } from './pdf-image-pixels.js';

export interface PdfPage {
  number: number;
  runs: PositionedText[];
  rules: Rule[];
  /** control characters the page's fonts map glyphs to (a font without a proper Unicode map) */
  unreadable: number;
  /** the share of the page its images cover (0-1): with little text, a scan */
  imageCover: number;
  /** the pixels of the images pdf.js decoded for this page (pdf-image-pixels.ts), not those of earlier pages */
  imagePixels?: number;
  /** the file is encrypted so that its /ActualText cannot be read (told once, on the first page) */
  actualTextUnread?: true;
  /** the page's size (points) as it is read (turned upright) */
  width: number;
  height: number;
  /** one of the two pages printed on this sheet (pdf-sheet-halves.ts): 1 the left/top, 2 the right/bottom */
  half?: 1 | 2;
}

/** Glyphs a font maps to control characters: no text; the page is warned about. */
// eslint-disable-next-line no-control-regex -- the control characters are what is looked for
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

/**
 * The rules a page draws: stroked straight lines, thin filled rectangles and stroked boxes, in
 * page space (the current transformation matrix applied). Curves and other shapes are no rules.
 */
function pageRules(
  fnArray: readonly number[],
  argsArray: readonly unknown[],
  OPS: Record<string, number>,
  upright: Matrix,
): Rule[] {
  const rules: Rule[] = [];
  const state: GraphicsState = { ctm: upright, stack: [] };
  let path: { lines: Rule[]; boxes: [number, number, number, number][] } = { lines: [], boxes: [] };
  const at = (x: number, y: number): [number, number] => [
    state.ctm[0] * x + state.ctm[2] * y + state.ctm[4],
    state.ctm[1] * x + state.ctm[3] * y + state.ctm[5],
  ];
  const stroke = new Set([
    OPS.stroke,
    OPS.closeStroke,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
  ]);
  const fill = new Set([OPS.fill, OPS.eoFill]);
  for (let i = 0; i < fnArray.length && rules.length <= 4 * MAX_RULES_PER_PAGE; i++) {
    const fn = fnArray[i]!;
    const args = argsArray[i] as unknown[] | null;
    if (transformStep(state, fn, args, OPS)) continue;
    if (fn === OPS.constructPath) {
      const ops = (args?.[0] ?? []) as number[];
      const coords = (args?.[1] ?? []) as number[];
      let k = 0;
      let current: [number, number] = [0, 0];
      let start: [number, number] = [0, 0];
      for (const op of ops) {
        if (op === OPS.moveTo) {
          current = start = at(coords[k]!, coords[k + 1]!);
          k += 2;
        } else if (op === OPS.lineTo || op === OPS.closePath) {
          const next = op === OPS.lineTo ? at(coords[k]!, coords[k + 1]!) : start;
          if (op === OPS.lineTo) k += 2;
          const [x1, x2] = [Math.min(current[0], next[0]), Math.max(current[0], next[0])];
          const [y1, y2] = [Math.min(current[1], next[1]), Math.max(current[1], next[1])];
          if (x2 - x1 <= 0.5 || y2 - y1 <= 0.5) path.lines.push({ x1, x2, y1, y2 });
          current = next;
        } else if (op === OPS.rectangle) {
          const [x, y] = at(coords[k]!, coords[k + 1]!);
          const [x2, y2] = at(coords[k]! + coords[k + 2]!, coords[k + 1]! + coords[k + 3]!);
          path.boxes.push([x, y, x2 - x, y2 - y]);
          k += 4;
        } else if (op === OPS.curveTo) k += 6;
        else if (op === OPS.curveTo2 || op === OPS.curveTo3) k += 4;
      }
    } else if (stroke.has(fn) || fill.has(fn) || fn === OPS.endPath) {
      const stroked = stroke.has(fn);
      if (stroked)
        rules.push(...path.lines.map((l) => (l.x2 - l.x1 <= 0.5 ? { ...l, x1: l.x1, x2: l.x1 } : { ...l, y2: l.y1 })));
      if (fn !== OPS.endPath) for (const [x, y, w, h] of path.boxes) rules.push(...rectangleRules(x, y, w, h, stroked));
      if (fill.has(fn)) rules.push(...thinFilledPaths(path.lines));
      path = { lines: [], boxes: [] };
    }
  }
  return rules;
}

/** A filled path of straight sides drawn as a thin box (how Word draws some borders): its long side. */
function thinFilledPaths(lines: Rule[]): Rule[] {
  if (lines.length < 3 || lines.length > 5) return [];
  const x1 = Math.min(...lines.map((l) => l.x1));
  const x2 = Math.max(...lines.map((l) => l.x2));
  const y1 = Math.min(...lines.map((l) => l.y1));
  const y2 = Math.max(...lines.map((l) => l.y2));
  return rectangleRules(x1, y1, x2 - x1, y2 - y1, false);
}

/** pdfjs-dist's text content items: text (in the font the page loads as `fontName`), or the bounds of a marked-content sequence. */
export type TextContentItem =
  | { str: string; transform: number[]; width: number; fontName?: string }
  | { type: 'beginMarkedContent' | 'beginMarkedContentProps' | 'endMarkedContent'; tag?: string | null };

/** The name a page's loaded font (`fontName`, as its text items give it) has in the file, if loaded. */
function fontNameOf(page: PDFPageProxy, fontName: string): string | undefined {
  if (!page.commonObjs.has(fontName)) return undefined;
  const font: unknown = page.commonObjs.get(fontName);
  return typeof font === 'object' && font !== null && 'name' in font && typeof font.name === 'string'
    ? font.name
    : undefined;
}

/**
 * A text item of Wingdings' box codes alone, in Latin-1 ("þ" ☑, "ý" ☒, "¨" ☐): a box typed in
 * Wingdings (U+F0FE as Word keeps it) that a PDF maker without the font drew in another one; no
 * Thai plan writes these letters alone (s17-e's note on /tmp/rev17s17-in/pdf/B-heading-paras-ticks.pdf).
 */
const LONE_WINGDINGS_BOX = /^\s*[þý¨]\s*$/;
/** Wingdings 2's empty box "£" alone: no plan writes a pound sign alone (review 17 s20, S20-2). */
const LONE_WINGDINGS_2_EMPTY_BOX = /^\s*£\s*$/;
/** Wingdings 2's ☑ "R", ☒ "T" and ☐ "£" alone: boxes on a page that has an empty box "£" alone. */
const LONE_WINGDINGS_2_BOX = /^\s*[RT£]\s*$/;

/**
 * The text items with the letters of a symbol font ("R" and "£" in Wingdings 2, "þ" and "¨" in
 * Wingdings) as the boxes they draw, as the Word reader reads them (symbol-font-chars.ts): a Word
 * or LibreOffice PDF's text layer gives the letter typed, not the box (review 17 s17, S16-2's PDF
 * half). `nameOf`: a font's name in the file (looked up once a font).
 */
export function withSymbolFontBoxes(
  items: readonly TextContentItem[],
  nameOf: (fontName: string) => string | undefined,
): TextContentItem[] {
  const fonts = new Map<string, string | undefined>();
  const symbolFontOf = (fontName: string) => {
    if (!fonts.has(fontName)) fonts.set(fontName, pdfSymbolFont(nameOf(fontName)));
    return fonts.get(fontName);
  };
  // Wingdings 2's boxes drawn in another font (LibreOffice without Wingdings 2): "£" alone is an
  // empty box, and beside one, "R" alone is a ticked one (review 17 s20, S20-2)
  const wingdings2Letters = items.some(
    (item) =>
      !('type' in item) && item.fontName && LONE_WINGDINGS_2_EMPTY_BOX.test(item.str) && !symbolFontOf(item.fontName),
  );
  return items.map((item) => {
    if ('type' in item || !item.fontName || !item.str) return item;
    const font = symbolFontOf(item.fontName);
    if (font) return { ...item, str: pdfSymbolFontText(item.str, font) };
    // Wingdings' ☑/☒/☐ drawn in another font (LibreOffice without Wingdings): "þ", "ý", "¨" alone
    if (LONE_WINGDINGS_BOX.test(item.str)) return { ...item, str: pdfSymbolFontText(item.str, 'wingdings') };
    return wingdings2Letters && LONE_WINGDINGS_2_BOX.test(item.str)
      ? { ...item, str: pdfSymbolFontText(item.str, 'wingdings 2') }
      : item;
  });
}

/**
 * The page's text runs from pdfjs-dist's text content. A marked-content sequence with an
 * /ActualText (`marked`, read by pdf-actual-text.ts, in the same order as the content's begin items)
 * is one run of that text where its glyphs start, in place of what the glyphs' Unicode map says.
 * When the two lists do not line up (a form drawn twice, a producer's quirk), the page is read from
 * the glyphs alone.
 */
export function pageRuns(
  items: readonly TextContentItem[],
  marked: MarkedContent[] | undefined,
  counter: { unreadable: number },
) {
  const begins = items.filter((i) => 'type' in i && i.type !== 'endMarkedContent');
  const aligned =
    marked !== undefined &&
    marked.length === begins.length &&
    begins.every((b, k) => ('tag' in b ? (b.tag ?? null) : null) === marked[k]!.tag);
  const runs: PositionedText[] = [];
  const push = (text: string, transform: number[], width: number) => {
    const clean = text.replace(CONTROL, () => (counter.unreadable++, ''));
    if (!clean.trim()) return;
    runs.push({ x: transform[4]!, y: transform[5]!, width, size: Math.abs(transform[3]!), text: clean });
  };
  /** the ActualText span being read: its text, where its first glyph stands, how wide its glyphs are */
  let span: { text: string; depth: number; first?: { transform: number[]; x: number }; right: number } | undefined;
  let depth = 0;
  let k = 0;
  for (const item of items) {
    if ('type' in item) {
      if (item.type === 'endMarkedContent') {
        depth--;
        if (span && depth === span.depth) {
          if (span.first) push(span.text, span.first.transform, span.right - span.first.x);
          span = undefined;
        }
        continue;
      }
      const actualText = aligned ? marked[k]!.actualText : undefined;
      k++;
      if (!span && actualText !== undefined) span = { text: actualText, depth, right: 0 };
      depth++;
      continue;
    }
    if (span) {
      // pdfjs-dist's own spaces (for a gap before the span's glyphs) are no glyphs of it
      if (!item.str.trim()) continue;
      const x = item.transform[4]!;
      span.first ??= { transform: item.transform, x };
      span.right = Math.max(span.right, x + item.width);
      continue;
    }
    push(item.str, item.transform, item.width);
  }
  return runs;
}

/**
 * The text items and drawing operators a PDF may hold in all its pages read: about twenty dense pages
 * (a plan is a few). Pages may share one compressed content stream, so neither the file's size nor
 * the page cap bounds the work (review 17 s8, entry 3: a 74 KB file took 29 s); past this budget the
 * file is refused (400) between pages.
 */
export const MAX_PDF_TEXT_ITEMS = 60_000;
export const MAX_PDF_OPERATORS = 600_000;

/**
 * `noHeader`: no plan table header was read up to that page (a long report with the plan table
 * further on, review 17 s13, S13-15): the message says so and which pages to save as their own PDF.
 */
const tooMuchContent = (pages: number, noHeader = false) =>
  new ValidationError(
    `ไฟล์ PDF นี้มีข้อความหรือรูปวาดมากเกินกว่าเอกสารแผนมาตรการ (อ่านถึงหน้า ${toThaiDigits(pages)} ก็เกิน ${toThaiDigits(MAX_PDF_TEXT_ITEMS)} ข้อความแล้ว${noHeader ? ` และหน้า ๑–${toThaiDigits(pages)} ยังไม่มีหัวตารางแผนมาตรการ: ตารางแผนอาจอยู่หน้าหลังจากนั้น เช่น ท้ายเล่มรายงาน` : ''}) กรุณานำเข้าจากไฟล์ Word หรือ Excel ต้นฉบับ หรือบันทึก PDF เฉพาะหน้าที่เป็นตารางแผน${noHeader ? ` (ตั้งแต่หน้าที่มีหัวตาราง "มาตรการ" ถึงหน้าสุดท้ายของตาราง)` : ''} แล้วนำเข้าไฟล์นั้น`,
    `this PDF holds more text or drawing than a plan document (past ${MAX_PDF_TEXT_ITEMS} text items or ${MAX_PDF_OPERATORS} operators by page ${pages}${noHeader ? `, and pages 1-${pages} hold no plan table header: the plan table may be further on, such as at the end of a report` : ''}); import the original Word or Excel file, or save a PDF of the plan table's pages only${noHeader ? ' (from the page with its header to its last page)' : ''} and import that`,
    [
      {
        path: PLAN_FILE_FIELD,
        message_th: 'PDF มีข้อความหรือรูปวาดมากเกินไป',
        message_en: 'the PDF holds too much text or drawing',
      },
    ],
  );

/**
 * The most pages a plan PDF may have. A plan, or a results report with its plan, is tens of pages;
 * a small file can declare hundreds of thousands (one page object listed again and again), and
 * every page costs time and memory in both readers (review 17 s10, S10-2). Checked from the page
 * tree's /Count before any page is read. The product's own annual report grows with its reports
 * (review 17 s12, S12-12: 335 pages for 500 measures): the refusal names its .docx, which imports.
 */
export const MAX_PDF_PAGES = 200;

const tooManyPages = (pages: number) =>
  new ValidationError(
    `ไฟล์ PDF นี้มี ${toThaiDigits(pages.toLocaleString('en-US'))} หน้า เกิน ${toThaiDigits(MAX_PDF_PAGES)} หน้าที่ระบบอ่านได้ กรุณาส่งเฉพาะหน้าที่มีตารางแผนมาตรการ หรือนำเข้าไฟล์ Word/Excel ต้นฉบับ (แผนหรือรายงานผลที่ระบบนี้สร้าง: นำเข้าไฟล์ .docx ของเอกสารฉบับเดียวกันแทน)`,
    `this PDF has ${pages} pages, over the ${MAX_PDF_PAGES} the importer reads: send only the pages with the plan table, or import the Word/Excel original (a plan or results report this system made: import the .docx of the same document instead)`,
    [
      {
        path: PLAN_FILE_FIELD,
        message_th: `PDF มีเกิน ${toThaiDigits(MAX_PDF_PAGES)} หน้า`,
        message_en: `the PDF has more than ${MAX_PDF_PAGES} pages`,
      },
    ],
  );

/** Does a page's text hold a line that is a plan table header (`isHeader` on its pieces)? */
function holdsHeader(runs: readonly PositionedText[], isHeader: (cells: string[]) => boolean): boolean {
  return linesOf(runs).some((line) => isHeader(pieces(line).map((p) => p.text)));
}

/** `isHeader`: a plan table header line, for the refusal of a PDF over the budget to say whether one was read. */
export const pdfPages = (bytes: Uint8Array, isHeader?: (cells: string[]) => boolean): Promise<PdfPage[]> =>
  withPdfDocument(bytes, (doc, library) => readPages(library, doc, bytes, isHeader));

async function readPages(
  { OPS }: PdfjsLibrary,
  doc: PDFDocumentProxy,
  bytes: Uint8Array,
  isHeader?: (cells: string[]) => boolean,
): Promise<PdfPage[]> {
  if (doc.numPages > MAX_PDF_PAGES) throw tooManyPages(doc.numPages);
  const pageCount = doc.numPages;
  const found = { damagedFontMaps: [] as string[] };
  const markedOrEncrypted = await markedContentOfPages(bytes, pageCount, found);
  if (found.damagedFontMaps.length > 0) throw damagedFontMapError(found.damagedFontMaps);
  const marked = markedOrEncrypted === 'encrypted' ? undefined : markedOrEncrypted;
  const pages: PdfPage[] = [];
  const read = { items: 0, operators: 0, imagePixels: 0 };
  /** the ids of the images pdf.js decoded on the pages before */
  const decodedImages = new Set<string>();
  for (let p = 1; p <= pageCount; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent({ includeMarkedContent: true });
    read.items += content.items.length;
    /** refused between pages: saying whether a plan table header was read on the pages before */
    const refuse = () =>
      tooMuchContent(p, isHeader !== undefined && !pages.some((read) => holdsHeader(read.runs, isHeader)));
    if (read.items > MAX_PDF_TEXT_ITEMS) throw refuse();
    const counter = { unreadable: 0 };
    const operators = await page.getOperatorList();
    read.operators += operators.fnArray.length;
    if (read.operators > MAX_PDF_OPERATORS) throw refuse();
    const imagePixels = decodedImagePixels(operators.fnArray, operators.argsArray, OPS, decodedImages);
    read.imagePixels += imagePixels;
    if (read.imagePixels > MAX_PDF_IMAGES_PIXELS) throw tooManyImagePixels(p);
    // the operator list loads the page's fonts: a symbol font's letters are its boxes (S16-2)
    const boxed = withSymbolFontBoxes(content.items as TextContentItem[], (fontName) => fontNameOf(page, fontName));
    // a page whose text is drawn turned is read turned back (entry 20)
    const upright = uprightMatrix(textQuarterTurns(boxed as { str?: string }[]), page.view);
    const items = turnedItems(boxed, upright);
    const runs = pageRuns(items, marked?.[p - 1], counter);
    const unreadable = counter.unreadable;
    const rules = pageRules(operators.fnArray, operators.argsArray, OPS, upright);
    const [x1, y1, x2, y2] = page.view as [number, number, number, number];
    const turned = upright[1] !== 0;
    pages.push({
      number: p,
      // text a line crosses is struck through (a revised plan's strike-outs, S17-3)
      runs: withStruckRuns(runs, rules),
      rules,
      unreadable,
      imageCover: imageCover(operators.fnArray, operators.argsArray, OPS, page.view),
      imagePixels,
      width: turned ? y2 - y1 : x2 - x1,
      height: turned ? x2 - x1 : y2 - y1,
      ...(p === 1 && markedOrEncrypted === 'encrypted' ? { actualTextUnread: true } : {}),
    });
    page.cleanup();
  }
  return pages;
}
