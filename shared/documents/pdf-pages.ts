// A4 landscape pages for the published documents (results report, plan document): Sarabun,
// paragraphs and tables wrapped at Thai word boundaries, rows split across pages with the header
// repeated, page numbers "หน้า ๑ / ๓" in Thai digits. Every line goes through drawTextLine.
// Tagged (pdf-structure.ts): headings, paragraphs and tables are structure elements in reading
// order; rules, fills, the repeated table header and page numbers are artifacts.
import PDFDocument from 'pdfkit';
import { toThaiDigits } from '../domain/thai-format.js';
import { isNumberedItem } from './document-model-fields.js';
import {
  drawTextLine,
  endThaiText,
  lineWidth,
  type PdfTextTarget,
  registerThaiFonts,
  useThaiFont,
} from './pdf-text-line.js';
import { createPdfStructure, type PdfTag } from './pdf-structure.js';
import { type ThaiFonts, thaiFonts } from './thai-fonts.js';
import { printedText } from './printed-text.js';
import type { BlockLine } from './signature-block.js';
import { keptWhole, type WrappedLine, wrapThaiLines } from './thai-line-break.js';

export const MARGIN = 36;
const FONT_SIZE = 10;
const LINE = 14;
const PAD = 4;
/** The signature column's width (points), at the page's right. */
const SIGN_COLUMN = 330;

/** After a row's title repeated over its part on a later page. */
export const CONTINUED = '(ต่อ)';

export interface PdfTable {
  columns: readonly string[];
  /** column widths in points; they should add up to the page's width inside the margins (770) */
  widths: readonly number[];
  /** per row, per column: paragraphs */
  rows: string[][][];
  /** per row: how many paragraphs of the first column are set in bold (the measure's title) */
  boldLead?: (row: number) => number;
  /**
   * The height (points) of what follows and is kept on one page (the signed block): when it does
   * not fit below the last row, the last row goes over with it, so no page holds the block alone.
   */
  keepWithLast?: number;
}

export type PdfPages = ReturnType<typeof createPdfPages>;

/** The part of pdfkit's page this module reaches into: the content stream's chunks (pdfkit 0.20). */
interface BufferedPage {
  content?: { buffer?: unknown };
}

/**
 * Joins a finished page's drawing operations into one chunk. pdfkit keeps every operation of a
 * buffered page (a few per line drawn) as its own small array until the document ends, and the
 * pages stay buffered until `finish` numbers them: the large annual report held millions of them,
 * and with its heap near the cap V8 spent more time collecting than drawing (docs/performance.md,
 * session 20). The bytes are the same; a pdfkit without the field leaves the page as it is.
 */
export function compactPage(page: unknown): void {
  const content = (page as BufferedPage).content;
  if (content && Array.isArray(content.buffer) && content.buffer.length > 1)
    content.buffer = [Buffer.concat(content.buffer as Uint8Array[])];
}

/** An A4 landscape document with a cursor `y`; `finish()` numbers the pages and gives the bytes. */
export function createPdfPages(info: { title: string; author: string }, fonts: ThaiFonts = thaiFonts()) {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: info.title, Author: info.author, Subject: 'ITA' },
    // Thai for screen readers (catalog /Lang), the title in a viewer's title bar; tagged, with
    // the structure below (break 19 s28, F12)
    lang: 'th-TH',
    displayTitle: true,
    tagged: true,
    // no default font: pdfkit would load Helvetica through require('#standard-fonts/Helvetica'),
    // which only its own package.json maps, so bundled (the documents function, /var/task) every
    // PDF failed; every line is drawn in Sarabun (registerThaiFonts, below)
    font: null as unknown as string,
  });
  const structure = createPdfStructure(doc);
  const target = doc as unknown as PdfTextTarget;
  registerThaiFonts(target, fonts);
  /** the font (and size) lines are drawn and measured in */
  const font = (name: 'th' | 'th-bold', size?: number) => {
    useThaiFont(target, name);
    if (size !== undefined) doc.fontSize(size);
  };
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  const state = { y: MARGIN };
  const bottom = () => doc.page.height - MARGIN - 16;
  const measure = (s: string) => lineWidth(target, s);
  /**
   * A paragraph's lines in a font, size and width, wrapped once a document: a document repeats its
   * paragraphs (the header on every page, units, period lines, a report text under many measures).
   * Leaves the font and size set when it wraps, only then.
   */
  const wrapped = new Map<string, WrappedLine[]>();
  // a paragraph keeps the org's name on one line too; a table cell, too narrow for a long name, does not
  const paragraphKeep = keptWhole([info.author]);
  const wrap = (text: string, width: number, weight: 'th' | 'th-bold', size: number, paragraph = false) => {
    const key = `${weight}\u0000${size}\u0000${width}\u0000${paragraph ? 1 : 0}\u0000${text}`;
    let lines = wrapped.get(key);
    if (!lines) {
      font(weight, size);
      // wrapped as printed (printedText, the DOCX's text): its line breaks and spaces are those
      wrapped.set(
        key,
        (lines = wrapThaiLines(printedText(text), width, measure, paragraph ? paragraphKeep : undefined)),
      );
    }
    return lines;
  };
  /** a line of text, or a wrapped line (its space at the wrap kept for readers) */
  const line = (text: string | WrappedLine, x: number, y: number) =>
    typeof text === 'string'
      ? drawTextLine(target, text, x, y)
      : drawTextLine(target, text.text, x, y, { spaceAfter: text.spaceAfter });
  const pageBreak = () => {
    compactPage(doc.page);
    doc.addPage();
    state.y = MARGIN;
  };
  /**
   * Whether the last of what comes before a block kept on one page (height `last`, with `lead` drawn
   * again above it on a new page: a table's header) goes over with it, so the block never stands
   * alone on a page: the block does not fit below it here, and both fit one page.
   */
  const carriesLast = (last: number, keep: number, lead = 0) =>
    state.y + last + keep > bottom() && MARGIN + lead + last + keep <= bottom();

  /** A paragraph as one structure element of `role` (H1 the title, H2/H3 headings, P text). */
  const paragraph = (text: string, size: number, bold = false, gap = 6, role: 'H1' | 'H2' | 'H3' | 'P' = 'P') => {
    const lines = wrap(text, doc.page.width - 2 * MARGIN, bold ? 'th-bold' : 'th', size, true);
    font(bold ? 'th-bold' : 'th', size);
    const tag = structure.element(role);
    const fits = () => state.y + size * 1.4 <= bottom();
    let i = 0;
    while (i < lines.length) {
      if (!fits()) pageBreak();
      // the lines on this page: one marked content
      structure.content(tag, () => {
        do {
          line(lines[i]!, MARGIN, state.y);
          state.y += size * 1.4;
          i++;
        } while (i < lines.length && fits());
      });
    }
    structure.end(tag);
    state.y += gap;
  };

  /**
   * A table's header row, drawn by `header()` where the table starts and again after each page
   * break: the first time a TR of TH in `tableTag` (each cell drawn by `drawCell`), later ones a
   * Pagination artifact, so a reader of the tags meets the headings once and every page shows them.
   */
  const headerRow = (tableTag: PdfTag, cells: number, drawCell: (i: number) => void) => {
    let row: PdfTag | undefined;
    return () => {
      if (row) structure.artifact(() => Array.from({ length: cells }, (_, i) => drawCell(i)), 'Pagination');
      else {
        row = structure.element('TR', tableTag);
        for (let i = 0; i < cells; i++) structure.content(structure.element('TH', row), () => drawCell(i));
        structure.end(row);
      }
    };
  };

  /** A table: a Table element, its header row TR of TH (repeated on later pages as an artifact),
   * a TR of TD a row; a row split over pages keeps its parts in its TDs. */
  const table = (t: PdfTable) => {
    const tableTag = structure.element('Table');
    const xs = t.widths.map((_, i) => MARGIN + t.widths.slice(0, i).reduce((a, w) => a + w, 0));
    const cell = (paragraphs: string[], width: number, weight: 'th' | 'th-bold') =>
      paragraphs.flatMap((p) => wrap(p, width - 2 * PAD, weight, FONT_SIZE));
    /** Each line's paragraph (its index) in a cell's lines. */
    const paragraphOf = (paragraphs: string[], width: number, lead: number) =>
      paragraphs.flatMap((p, k) => wrap(p, width - 2 * PAD, k < lead ? 'th-bold' : 'th', FONT_SIZE).map(() => k));
    /**
     * The element each paragraph of a TD is drawn in: a P; a numbered item ("๑. …", not a bold
     * lead) an LI's LBody in the cell's L, the paragraphs after it (a follow-up's periods) in it too.
     */
    const paragraphTags = (td: PdfTag, paragraphs: string[], lead: number): PdfTag[] => {
      let list: PdfTag | undefined;
      let body: PdfTag | undefined;
      return paragraphs.map((p, k) => {
        if (k >= lead && isNumberedItem(p)) {
          list ??= structure.element('L', td);
          return (body = structure.element('LBody', structure.element('LI', list)));
        }
        return body ?? structure.element('P', td);
      });
    };
    const headerLines = t.columns.map((c, i) => wrap(c, t.widths[i]! - 2 * PAD, 'th-bold', FONT_SIZE));
    const headerHeight = Math.max(...headerLines.map((l) => l.length)) * LINE + 2 * PAD;
    const headerCells = headerRow(tableTag, t.columns.length, (i) =>
      headerLines[i]!.forEach((l, j) => line(l, xs[i]! + PAD, state.y + PAD + j * LINE)),
    );
    const header = () => {
      const h = headerHeight;
      structure.artifact(() => {
        t.columns.forEach((_, i) => doc.rect(xs[i]!, state.y, t.widths[i]!, h).fillAndStroke('#e8eefc', '#555555'));
        doc.fillColor('#000000');
      });
      font('th-bold', FONT_SIZE);
      headerCells();
      state.y += h;
    };
    // the bold lead paragraphs are wrapped in the bold font, the rest in the regular one
    const rowCells = (row: string[][], r: number) => {
      const lead = t.boldLead?.(r) ?? 0;
      const boldLines = cell(row[0]!.slice(0, lead), t.widths[0]!, 'th-bold');
      const cells = row.map((paras, i) =>
        i === 0 ? [...boldLines, ...cell(paras.slice(lead), t.widths[0]!, 'th')] : cell(paras, t.widths[i]!, 'th'),
      );
      return { boldLines, cells, total: Math.max(1, ...cells.map((c) => c.length)) };
    };
    // a row that fits on a page of its own starts one rather than run over a page break, so its
    // text is one run for search and copy (break 19 s28, F10); a longer row still splits. The
    // first row takes the header with it.
    const lines = (top: number) => Math.floor((bottom() - top - 2 * PAD) / LINE);
    const startsPage = (total: number, top: number) =>
      total > lines(top) && total <= lines(MARGIN + headerHeight) && state.y > MARGIN;
    const first = t.rows[0] ? rowCells(t.rows[0], 0) : undefined;
    if (first && startsPage(first.total, state.y + headerHeight)) pageBreak();
    header();
    t.rows.forEach((row, r) => {
      const { boldLines, cells, total } = r === 0 && first ? first : rowCells(row, r);
      doc.fontSize(FONT_SIZE);
      // the last row over with what is kept after it, when that does not fit below it but both fit a page
      const carried =
        r > 0 &&
        r === t.rows.length - 1 &&
        t.keepWithLast !== undefined &&
        carriesLast(total * LINE + 2 * PAD, t.keepWithLast, headerHeight);
      if (r > 0 && (startsPage(total, state.y) || carried)) {
        pageBreak();
        header();
      }
      const tr = structure.element('TR', tableTag);
      const lead = t.boldLead?.(r) ?? 0;
      // per cell, per line: the element it is drawn in
      const lineTags = row.map((paras, i) => {
        const tags = paragraphTags(structure.element('TD', tr), paras, i === 0 ? lead : 0);
        return paragraphOf(paras, t.widths[i]!, i === 0 ? lead : 0).map((k) => tags[k]!);
      });
      let offset = 0;
      while (offset < total) {
        const room = Math.floor((bottom() - state.y - 2 * PAD) / LINE);
        if (room < 3) {
          pageBreak();
          header();
          continue;
        }
        const take = Math.min(room, total - offset);
        // a part after a page break whose first column is done names the row's title again, "… (ต่อ)"
        // (tester s43 F11: its first columns were blank); pagination, as the repeated header is, and
        // read as no words (its ActualText a space), so the row's text and its re-import stay one
        const label =
          offset > 0 && offset >= cells[0]!.length && lead > 0
            ? wrap(`${row[0]![0]!} ${CONTINUED}`, t.widths[0]! - 2 * PAD, 'th-bold', FONT_SIZE).slice(0, room)
            : [];
        const h = Math.max(take, label.length) * LINE + 2 * PAD;
        structure.artifact(() => cells.forEach((_, i) => doc.rect(xs[i]!, state.y, t.widths[i]!, h).stroke('#555555')));
        if (label.length > 0)
          structure.artifact(() => {
            font('th-bold');
            label.forEach((l, j) =>
              drawTextLine(target, l.text, xs[0]! + PAD, state.y + PAD + j * LINE, { unread: true }),
            );
          }, 'Pagination');
        cells.forEach((lines, i) => {
          // the lines of this part, a run of lines of one element a marked content
          for (let j = offset; j < Math.min(offset + take, lines.length);) {
            const tag = lineTags[i]![j]!;
            structure.content(tag, () => {
              do {
                font(i === 0 && j < boldLines.length ? 'th-bold' : 'th');
                line(lines[j]!, xs[i]! + PAD, state.y + PAD + (j - offset) * LINE);
                j++;
              } while (j < Math.min(offset + take, lines.length) && lineTags[i]![j] === tag);
            });
          }
        });
        state.y += h;
        offset += take;
        if (offset < total) {
          pageBreak();
          header();
        }
      }
      structure.end(tr);
    });
    structure.end(tableTag);
  };

  /**
   * The signed end of a document (signature-block.ts): `left` lines from the margin, `sign` lines
   * centred in the right-hand column, a P each; on one page (a new one unless it fits below).
   * `names`: what no line breaks inside besides dates and the org's name (the signatory's name).
   */
  const layBlock = (items: readonly BlockLine[], size: number, names: readonly string[]) => {
    const full = doc.page.width - 2 * MARGIN;
    const column = Math.min(SIGN_COLUMN, full);
    const step = size * 1.45;
    const laid = items.map((b) => {
      font(b.bold ? 'th-bold' : 'th', size);
      const width = b.at === 'sign' ? column : full;
      // a long position breaks at its spaces first ("ปลัด… / ปฏิบัติหน้าที่ / นายก…"): each part and
      // name kept whole where it fits the line
      const fits = (n: string) => measure(n) <= width;
      const keep = keptWhole([...names, ...b.text.split(' '), info.author].filter(fits));
      return { ...b, lines: wrapThaiLines(printedText(b.text), width, measure, keep) };
    });
    const height = laid.reduce((h, b) => h + ((b.space ?? 0) + b.lines.length) * step, 0);
    return { laid, height, column, step };
  };
  /** The height (points) `block` will take. */
  const blockHeight = (items: readonly BlockLine[], size: number, names: readonly string[]) =>
    layBlock(items, size, names).height;
  const block = (items: readonly BlockLine[], size: number, names: readonly string[]) => {
    const { laid, height, column, step } = layBlock(items, size, names);
    if (state.y + height > bottom() && MARGIN + height <= bottom()) pageBreak();
    const centre = doc.page.width - MARGIN - column / 2;
    for (const b of laid) {
      state.y += (b.space ?? 0) * step;
      font(b.bold ? 'th-bold' : 'th', size);
      const tag = structure.element('P');
      for (const l of b.lines) {
        if (state.y + step > bottom()) pageBreak();
        const x = b.at === 'sign' ? centre - measure(l.text) / 2 : MARGIN;
        structure.content(tag, () => line(l, x, state.y));
        state.y += step;
      }
      structure.end(tag);
    }
  };

  const finish = (): Promise<Buffer> => {
    const range = doc.bufferedPageRange();
    for (let i = 0; i < range.count; i++) {
      doc.switchToPage(range.start + i);
      const margins = doc.page.margins;
      doc.page.margins = { ...margins, bottom: 0 };
      font('th', 9);
      doc.fillColor('#444444');
      structure.artifact(
        () =>
          drawTextLine(
            target,
            `หน้า ${toThaiDigits(i + 1)} / ${toThaiDigits(range.count)}`,
            doc.page.width - MARGIN,
            doc.page.height - MARGIN + 6,
            { alignRight: true },
          ),
        'Pagination',
      );
      doc.page.margins = margins;
    }
    endThaiText(target);
    structure.end(structure.root);
    doc.end();
    return done;
  };

  return {
    doc,
    structure,
    state,
    bottom,
    font,
    line,
    wrap,
    pageBreak,
    carriesLast,
    paragraph,
    headerRow,
    table,
    block,
    blockHeight,
    finish,
    LINE,
    PAD,
    FONT_SIZE,
  };
}
